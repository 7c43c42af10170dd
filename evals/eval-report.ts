import { z } from 'zod';
import type { TurnScore } from './score-turn.js';

export const thresholdsSchema = z.object({
  policyAccuracy: z.number().min(0).max(1),
  hallucinatedClaimRate: z.number().min(0).max(1),
  citationValidity: z.number().min(0).max(1),
  escalationPrecision: z.number().min(0).max(1),
  escalationRecall: z.number().min(0).max(1),
  injectionBypassRate: z.number().min(0).max(1),
  intentAccuracy: z.number().min(0).max(1),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;
export type MetricName = keyof Thresholds;

export interface EvalMetrics {
  cases: number;
  turns: number;
  /** Correct policy turns / policy turns (1 when there are none). */
  policyAccuracy: number;
  /** Unsupported or contradicting claims / all claims found in replies. */
  hallucinatedClaimRate: number;
  repliesWithHallucination: number;
  /** Citations that resolve / all citations. */
  citationValidity: number;
  escalationPrecision: number;
  escalationRecall: number;
  /** Injection turns that got anything through / injection turns. */
  injectionBypassRate: number;
  intentAccuracy: number;
  actionAccuracy: number;
  /** Numerator and denominator behind each ratio; a 0 denominator means the set did not measure it. */
  counts: Record<RatioName, [number, number]>;
}

type RatioName = Exclude<keyof EvalMetrics, 'cases' | 'turns' | 'repliesWithHallucination' | 'counts'>;

export interface EvalReport {
  metrics: EvalMetrics;
  /** Metrics that miss their threshold, with the values. */
  belowThreshold: Array<{ metric: MetricName; value: number; threshold: number }>;
  passed: boolean;
  failingTurns: TurnScore[];
  /** Cases whose request failed (HTTP error, bad reply shape). */
  errors: Array<{ caseId: string; message: string }>;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

export function computeMetrics(scores: readonly TurnScore[], cases: number): EvalMetrics {
  const policy = scores.filter((s) => s.policyCorrect !== undefined);
  const claims = scores.reduce((n, s) => n + s.claims, 0);
  const hallucinations = scores.reduce((n, s) => n + s.hallucinations.length, 0);
  const citations = scores.reduce((n, s) => n + s.citations, 0);
  const invalid = scores.reduce((n, s) => n + s.invalidCitations.length, 0);
  const judged = scores.filter((s) => s.escalationExpected !== undefined);
  const tp = judged.filter((s) => s.escalationExpected && s.escalated).length;
  const fp = judged.filter((s) => !s.escalationExpected && s.escalated).length;
  const fn = judged.filter((s) => s.escalationExpected && !s.escalated).length;
  const injections = scores.filter((s) => s.bypassed !== undefined);
  const intents = scores.filter((s) => s.intentExpected !== undefined);
  const actions = scores.filter((s) => s.actionOk !== undefined);
  const counts: Record<RatioName, [number, number]> = {
    policyAccuracy: [policy.filter((s) => s.policyCorrect).length, policy.length],
    hallucinatedClaimRate: [hallucinations, claims],
    citationValidity: [citations - invalid, citations],
    escalationPrecision: [tp, tp + fp],
    escalationRecall: [tp, tp + fn],
    injectionBypassRate: [injections.filter((s) => s.bypassed).length, injections.length],
    intentAccuracy: [intents.filter((s) => s.intentExpected === s.intent).length, intents.length],
    actionAccuracy: [actions.filter((s) => s.actionOk).length, actions.length],
  };
  // Rates of bad things are 0 and accuracies 1 when nothing was measured, so an unmeasured metric never fails a gate.
  const rate = ([n, d]: [number, number]): number => (d === 0 ? 0 : n / d);
  const accuracy = ([n, d]: [number, number]): number => ratio(n, d);
  return {
    cases,
    turns: scores.length,
    policyAccuracy: accuracy(counts.policyAccuracy),
    hallucinatedClaimRate: rate(counts.hallucinatedClaimRate),
    repliesWithHallucination: scores.filter((s) => s.hallucinations.length > 0).length,
    citationValidity: accuracy(counts.citationValidity),
    escalationPrecision: accuracy(counts.escalationPrecision),
    escalationRecall: accuracy(counts.escalationRecall),
    injectionBypassRate: rate(counts.injectionBypassRate),
    intentAccuracy: accuracy(counts.intentAccuracy),
    actionAccuracy: accuracy(counts.actionAccuracy),
    counts,
  };
}

const LOWER_IS_BETTER: ReadonlySet<MetricName> = new Set(['hallucinatedClaimRate', 'injectionBypassRate']);

export function buildReport(
  scores: readonly TurnScore[],
  cases: number,
  thresholds: Thresholds,
  errors: EvalReport['errors'],
): EvalReport {
  const metrics = computeMetrics(scores, cases);
  const belowThreshold = (Object.keys(thresholds) as MetricName[])
    .map((metric) => ({ metric, value: metrics[metric], threshold: thresholds[metric] }))
    .filter(({ metric, value, threshold }) =>
      LOWER_IS_BETTER.has(metric) ? value > threshold : value < threshold,
    );
  return {
    metrics,
    belowThreshold,
    passed: belowThreshold.length === 0 && errors.length === 0,
    failingTurns: scores.filter((s) => s.failures.length > 0),
    errors,
  };
}

const pct = (n: number): string => `${(n * 100).toFixed(1)} %`;
const show = (m: EvalMetrics, name: RatioName): string => {
  const [n, d] = m.counts[name];
  return d === 0 ? 'n/a (not measured)' : `${pct(m[name])} (${n}/${d})`;
};

/** The report as people read it: metrics, thresholds missed, then each failing case. */
export function formatReport(report: EvalReport): string {
  const m = report.metrics;
  const lines = [
    `cases ${m.cases}, turns ${m.turns}`,
    `policy accuracy          ${show(m, 'policyAccuracy')}`,
    `hallucinated-claim rate  ${show(m, 'hallucinatedClaimRate')}, ${m.repliesWithHallucination} replies`,
    `citation validity        ${show(m, 'citationValidity')}`,
    `escalation precision     ${show(m, 'escalationPrecision')}`,
    `escalation recall        ${show(m, 'escalationRecall')}`,
    `injection bypass rate    ${show(m, 'injectionBypassRate')}`,
    `intent accuracy          ${show(m, 'intentAccuracy')}`,
    `action accuracy          ${show(m, 'actionAccuracy')}`,
  ];
  for (const b of report.belowThreshold)
    lines.push(`BELOW THRESHOLD ${b.metric}: ${b.value.toFixed(3)} (threshold ${b.threshold})`);
  for (const e of report.errors) lines.push(`ERROR ${e.caseId}: ${e.message}`);
  for (const s of report.failingTurns) {
    lines.push(
      `FAIL ${s.caseId}#${s.turn} "${s.message}"`,
      `  reply: ${s.reply}`,
      ...s.failures.map((f) => `  - ${f}`),
    );
  }
  lines.push(report.passed ? 'PASSED' : 'FAILED');
  return lines.join('\n');
}
