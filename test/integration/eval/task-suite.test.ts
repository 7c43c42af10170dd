import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTasks } from '../../../evals/tasks/load-tasks.js';
import { runTasks } from '../../../evals/tasks/run-tasks.js';
import { buildTaskReport, formatTaskReport, taskThresholdsSchema } from '../../../evals/tasks/task-report.js';
import { embeddedTarget } from '../../../evals/tasks/task-targets.js';
import { startTestInstance, type TestInstance } from '../../support/embedded-instance.js';
import { EVAL_INSTANCE_SETTINGS } from '../../../evals/eval-command.js';

/** Starting and indexing the embedded instance: ~10 s alone on 2 cores, up to a minute while other suites run. */
const START_TIMEOUT_MS = 180_000;
/** The whole suite once: ~1.5 s a task alone on 2 cores (reset, two store snapshots, the turns). */
const SUITE_TIMEOUT_MS = 900_000;

/**
 * The gate on evals/tasks/thresholds.json: every task of the end-to-end suite, once (k = 1), against one
 * embedded instance over HTTP, the store reset before each task; pass^1 must reach `pass1`. A red run
 * prints the table and each failing task with its conversation.
 */
describe('customer task suite against the embedded instance', () => {
  let instance: TestInstance;

  beforeAll(async () => {
    instance = await startTestInstance({ ...EVAL_INSTANCE_SETTINGS });
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await instance?.close();
  }, START_TIMEOUT_MS);

  it(
    'passes at least evals/tasks/thresholds.json',
    async () => {
      const thresholds = taskThresholdsSchema.parse(
        JSON.parse(await readFile(new URL('../../../evals/tasks/thresholds.json', import.meta.url), 'utf8')),
      );
      const results = await runTasks(loadTasks(), embeddedTarget(instance.running), { trials: 1 });
      const report = buildTaskReport(results, 1);
      expect(results.filter((r) => r.failures.some((f) => f.kind === 'precondition'))).toEqual([]);
      expect(
        report.overall.passHat[0],
        formatTaskReport(report, { transcripts: true }),
      ).toBeGreaterThanOrEqual(thresholds.pass1);
    },
    SUITE_TIMEOUT_MS,
  );
});
