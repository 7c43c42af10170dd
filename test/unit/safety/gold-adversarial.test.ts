import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEvalCases } from '../../../evals/run-eval.js';
import { detectInjection } from '../../../sidecar/safety/detect-injection.js';

const gold = (name: string) => fileURLToPath(new URL(`../../../evals/gold/${name}.jsonl`, import.meta.url));

describe('injection detector over the gold sets', () => {
  it('flags every injection attempt in the adversarial set (bypass 0)', async () => {
    const attacks = (await readEvalCases(gold('adversarial')))
      .filter((c) => /injection|payload|multi-turn/.test(c.subject))
      .map((c) => c.turns[c.turns.length - 1]?.message ?? '');
    expect(attacks.length).toBeGreaterThanOrEqual(50);
    expect(attacks.filter((message) => !detectInjection(message).flagged)).toEqual([]);
  });

  it('flags no policy or escalation question (no false positives)', async () => {
    const benign = [
      ...(await readEvalCases(gold('policy'))),
      ...(await readEvalCases(gold('escalation'))),
    ].flatMap((c) => c.turns.map((t) => t.message));
    expect(benign.filter((message) => detectInjection(message).flagged)).toEqual([]);
  });
});
