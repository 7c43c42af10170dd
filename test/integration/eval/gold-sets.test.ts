import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EVAL_FILES, EVAL_INSTANCE_SETTINGS, runEvalFiles } from '../../../evals/eval-command.js';
import { startTestInstance, type TestInstance } from '../../support/embedded-instance.js';

/** Starting and indexing the embedded instance: ~10 s alone on 2 cores, up to a minute while other suites run. */
const START_TIMEOUT_MS = 180_000;
/** One gold set against the real engine: the policy set (270 conversations) takes ~4 s alone on 2 cores. */
const EVAL_TIMEOUT_MS = 120_000;

/**
 * The gate on evals/thresholds.json: every default gold set, run against the embedded instance over
 * HTTP, must meet the thresholds. A red run prints the set's report with each failing turn.
 */
describe('gold sets against the embedded instance', () => {
  let instance: TestInstance;

  beforeAll(async () => {
    instance = await startTestInstance({ ...EVAL_INSTANCE_SETTINGS });
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await instance?.close();
  }, START_TIMEOUT_MS);

  it('gates the hand-written paraphrase set with the template-generated ones', () => {
    expect(DEFAULT_EVAL_FILES).toEqual(
      expect.arrayContaining(['evals/gold/policy.jsonl', 'evals/gold/policy-paraphrases.jsonl']),
    );
  });

  it.each(DEFAULT_EVAL_FILES)(
    '%s meets evals/thresholds.json',
    async (file) => {
      const report: string[] = [];
      const passed = await runEvalFiles([file], {
        target: instance.sidecarUrl,
        sharedSecret: instance.sharedSecret,
        write: (text) => report.push(text),
      });
      expect(passed, report.join('\n')).toBe(true);
    },
    EVAL_TIMEOUT_MS,
  );
});
