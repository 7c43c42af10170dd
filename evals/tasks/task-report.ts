import { z } from 'zod';
import type { TaskResult } from './run-tasks.js';

/** The gate: `npm test` runs the suite once and fails below `pass1`. */
export const taskThresholdsSchema = z.object({
  /** Share of tasks that must pass in one run (pass^1 with k = 1). */
  pass1: z.number().min(0).max(1),
  /** Why the threshold is where it is (read by people raising it). */
  note: z.string().default(''),
});
export type TaskThresholds = z.infer<typeof taskThresholdsSchema>;

/** pass^k of one group of tasks, k = 1…trials. */
export interface PassRates {
  tasks: number;
  /** `passHat[k - 1]` = pass^k: the chance that k independent runs of a task all pass, averaged over tasks. */
  passHat: number[];
}

export interface TaskReport {
  trials: number;
  /** Mean ms per task run, and how many runs reset the store (the others found it clean). */
  time: {
    perRun: number;
    resetStore: number;
    storeResets: number;
    resetRecords: number;
    snapshots: number;
    chat: number;
  };
  overall: PassRates;
  byFlow: Record<string, PassRates>;
  byLanguage: Record<string, PassRates>;
  /** Per task: runs passed out of `trials`, and the first failing run's failures. */
  tasks: Array<{
    id: string;
    flow: string;
    language: string;
    passed: number;
    failures: TaskResult['failures'];
    transcript: TaskResult['transcript'];
  }>;
}

function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let out = 1;
  for (let i = 1; i <= k; i++) out = (out * (n - k + i)) / i;
  return out;
}

/**
 * τ-bench's pass^k from n trials per task: the unbiased estimate C(c, k) / C(n, k) for a task that passed
 * c of n times, averaged over tasks. pass^1 is the mean success rate; pass^n is the share of tasks that
 * passed every run.
 */
export function passRates(passedPerTask: readonly number[], trials: number): PassRates {
  const passHat = Array.from({ length: trials }, (_, i) => {
    const k = i + 1;
    if (passedPerTask.length === 0) return 0;
    const sum = passedPerTask.reduce((s, c) => s + choose(c, k) / choose(trials, k), 0);
    return sum / passedPerTask.length;
  });
  return { tasks: passedPerTask.length, passHat };
}

export function buildTaskReport(results: readonly TaskResult[], trials: number): TaskReport {
  const byTask = new Map<string, TaskResult[]>();
  for (const r of results) byTask.set(r.id, [...(byTask.get(r.id) ?? []), r]);
  const tasks = [...byTask.values()].map((runs) => {
    const first = runs[0] as TaskResult;
    const failed = runs.find((r) => !r.passed);
    return {
      id: first.id,
      flow: first.flow,
      language: first.language,
      passed: runs.filter((r) => r.passed).length,
      failures: failed?.failures ?? [],
      transcript: (failed ?? first).transcript,
    };
  });
  const group = (key: 'flow' | 'language') => {
    const out: Record<string, PassRates> = {};
    for (const value of [...new Set(tasks.map((t) => t[key]))].sort())
      out[value] = passRates(
        tasks.filter((t) => t[key] === value).map((t) => t.passed),
        trials,
      );
    return out;
  };
  const mean = (pick: (r: TaskResult) => number) =>
    results.length === 0 ? 0 : Math.round(results.reduce((sum, r) => sum + pick(r), 0) / results.length);
  const resets = results.filter((r) => r.timings.resetStore > 0);
  return {
    trials,
    time: {
      perRun: mean((r) => r.ms),
      resetStore:
        resets.length === 0
          ? 0
          : Math.round(resets.reduce((sum, r) => sum + r.timings.resetStore, 0) / resets.length),
      storeResets: resets.length,
      resetRecords: mean((r) => r.timings.resetRecords),
      snapshots: mean((r) => r.timings.snapshots),
      chat: mean((r) => r.timings.chat),
    },
    overall: passRates(
      tasks.map((t) => t.passed),
      trials,
    ),
    byFlow: group('flow'),
    byLanguage: group('language'),
    tasks,
  };
}

const pct = (n: number): string => `${(n * 100).toFixed(1)} %`.padStart(8);

/** The report as a table (pass^1 … pass^k per flow and language), then each failing task. */
export function formatTaskReport(report: TaskReport, options: { transcripts?: boolean } = {}): string {
  const ks = Array.from({ length: report.trials }, (_, i) => i + 1);
  const header = `${'group'.padEnd(22)}${'tasks'.padStart(6)}${ks.map((k) => `pass^${k}`.padStart(9)).join('')}`;
  const row = (name: string, r: PassRates) =>
    `${name.padEnd(22)}${String(r.tasks).padStart(6)}${r.passHat.map((p) => ` ${pct(p)}`).join('')}`;
  const t = report.time;
  const runs = report.overall.tasks * report.trials;
  const lines = [
    header,
    row('all', report.overall),
    '',
    `time per task run ${t.perRun} ms: chat ${t.chat} ms, store snapshots ${t.snapshots} ms, record reset ${t.resetRecords} ms; store reset ${t.resetStore} ms in ${t.storeResets} of ${runs} runs (the others found the store unchanged)`,
    '',
  ];
  for (const [flow, r] of Object.entries(report.byFlow)) lines.push(row(flow, r));
  lines.push('');
  for (const [language, r] of Object.entries(report.byLanguage)) lines.push(row(`language ${language}`, r));
  for (const t of report.tasks.filter((x) => x.passed < report.trials)) {
    lines.push('', `FAIL ${t.id} (${t.flow}, ${t.language}) passed ${t.passed}/${report.trials}`);
    for (const f of t.failures) lines.push(`  - [${f.kind}] ${f.message}`);
    if (options.transcripts) {
      for (const turn of t.transcript) {
        lines.push(
          `    > ${turn.say}`,
          `    < [${turn.intent}${turn.escalation ? `, handoff ${turn.escalation}` : ''}${turn.actions.length ? `, ${turn.actions.join(' ')}` : ''}] ${turn.reply}`,
        );
      }
    }
  }
  return lines.join('\n');
}
