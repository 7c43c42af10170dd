import { describe, expect, it } from 'vitest';
import { runActionEval } from '../../fixtures/actions/run-action-eval.js';

describe('action eval (test/fixtures/actions/cases.jsonl)', () => {
  const report = runActionEval();

  it('has at least 150 labelled cases covering every verdict', () => {
    expect(report.cases).toBeGreaterThanOrEqual(150);
    for (const verdict of ['approve', 'deny', 'needs_evidence', 'human_review'] as const) {
      expect(report.byVerdict[verdict].expected).toBeGreaterThan(0);
    }
  });

  it('approves nothing the labels do not approve', () => {
    expect(report.outcomes.filter((o) => o.unauthorized).map((o) => o.id)).toEqual([]);
  });

  it('denies nothing the labels do not deny', () => {
    expect(report.outcomes.filter((o) => o.falseDenial).map((o) => o.id)).toEqual([]);
  });

  it('pays out exactly the labelled amounts', () => {
    for (const d of Object.values(report.dollars)) expect(d.net).toBe(0);
  });
});
