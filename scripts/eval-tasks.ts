/**
 * `npm run eval:tasks [-- options]`: the end-to-end customer task suite (`evals/tasks/`). Each task is
 * run from a reset store, k times (`--trials`, default 3), and judged on the store's end state, the
 * handoff, the facts in the replies and their truth. Prints pass^1…pass^k per flow and language, writes
 * the report as JSON, and exits 1 when pass^1 is below `evals/tasks/thresholds.json`.
 *
 * In process (default): the embedded demo with a throw-away data directory, as `npm run eval`.
 * By URL: `--url <sidecar> --store-url <sandbox>` (the sandbox's documented admin login unless
 * `--admin-token`; customer tokens signed with VERITY_SHARED_SECRET).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../common/config/config.js';
import { loadTasks } from '../evals/tasks/load-tasks.js';
import { runTasks, type TaskTarget } from '../evals/tasks/run-tasks.js';
import { startEmbeddedTarget, urlTarget } from '../evals/tasks/task-targets.js';
import { buildTaskReport, formatTaskReport, taskThresholdsSchema } from '../evals/tasks/task-report.js';

const program = new Command('eval-tasks')
  .option('--trials <k>', 'independent runs of every task (pass^k)', '3')
  .option('--only <filters...>', 'only tasks whose id contains one of these, or of this flow or store view')
  .option(
    '--url <url>',
    "a running sidecar's base URL (default: $VERITY_EVAL_URL, else one started in process)",
  )
  .option('--store-url <url>', 'the sandbox store behind --url')
  .option('--admin-token <token>', "the sandbox's admin token (default: the documented admin login)")
  .option('--json <file>', 'where the JSON report goes', 'test-results/eval-tasks.json')
  .option('--transcripts', 'print the conversation of each failing task')
  .parse();

const opts = program.opts<{
  trials: string;
  only?: string[];
  url?: string;
  storeUrl?: string;
  adminToken?: string;
  json: string;
  transcripts?: boolean;
}>();
const trials = Number(opts.trials);
if (!Number.isInteger(trials) || trials < 1) throw new Error('--trials must be a whole number ≥ 1');
const tasks = loadTasks(opts.only ?? []);
const thresholds = taskThresholdsSchema.parse(
  JSON.parse(await readFile(new URL('../evals/tasks/thresholds.json', import.meta.url), 'utf8')),
);

const url = opts.url ?? (process.env.VERITY_EVAL_URL || undefined);
let target: TaskTarget & { close?: () => Promise<void> };
if (url === undefined) {
  console.error('Starting Verity in process with a throw-away data directory…');
  const starting = performance.now();
  target = await startEmbeddedTarget(loadConfig(process.env).dataDir);
  console.log(`instance started and indexed in ${((performance.now() - starting) / 1000).toFixed(1)} s`);
} else {
  if (opts.storeUrl === undefined) throw new Error('--url needs --store-url (the sandbox store behind it)');
  target = await urlTarget({
    sidecarUrl: url,
    storeUrl: opts.storeUrl,
    ...(opts.adminToken === undefined ? {} : { adminToken: opts.adminToken }),
    ...(process.env.VERITY_SHARED_SECRET ? { sharedSecret: process.env.VERITY_SHARED_SECRET } : {}),
  });
}

try {
  const started = performance.now();
  console.error(`${tasks.length} tasks × ${trials} trials`);
  const results = await runTasks(tasks, target, {
    trials,
    onResult: (r) => console.error(`${r.passed ? 'pass' : 'FAIL'} ${r.id} #${r.trial} (${r.ms} ms)`),
  });
  const report = buildTaskReport(results, trials);
  const seconds = (performance.now() - started) / 1000;
  console.log(formatTaskReport(report, { transcripts: opts.transcripts === true }));
  console.log(`\n${results.length} task runs in ${seconds.toFixed(1)} s`);
  await mkdir(path.dirname(opts.json), { recursive: true });
  await writeFile(
    opts.json,
    `${JSON.stringify({ ...report, seconds, node: process.version, date: new Date().toISOString() }, null, 2)}\n`,
  );
  console.log(`report: ${opts.json}`);
  const pass1 = report.overall.passHat[0] ?? 0;
  if (pass1 < thresholds.pass1) {
    console.log(`BELOW THRESHOLD pass^1 ${pass1.toFixed(3)} < ${thresholds.pass1}`);
    process.exitCode = 1;
  }
} finally {
  await target.close?.();
}
