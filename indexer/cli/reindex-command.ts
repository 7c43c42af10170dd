import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { indexJobId } from '../../common/catalog/index-jobs.js';
import type { Config } from '../../common/config/config.js';
import { ConfigError } from '../../common/errors.js';
import { createLogger } from '../../common/logger.js';
import { type QualityReport, formatQualityReport } from '../normalize/quality-report.js';
import { startIndexerWorker } from '../worker.js';
import type { StartEmbeddedMagento } from './embedded-magento.js';
import { type ReindexOptions, reindexJobFromOptions } from './reindex-job-from-options.js';

export interface CliDeps {
  loadConfig: () => Config;
  startEmbeddedMagento?: StartEmbeddedMagento;
  /** Where results go. @default process.stdout */
  out?: NodeJS.WritableStream;
  /** Where the progress bar goes. @default process.stderr */
  err?: NodeJS.WritableStream;
}

/** Default store view: the first of MAGENTO_STORE_CODES, else `default`. */
export function defaultStore(config: Pick<Config, 'MAGENTO_STORE_CODES'>): string {
  return config.MAGENTO_STORE_CODES?.split(',')[0] ?? 'default';
}

/**
 * Runs one reindex in this process (it also works the queue: with REDIS_URL it is one more BullMQ
 * worker for as long as it runs) and reports progress, the result and the data-quality summary.
 * Resolves with the exit code.
 */
export async function runReindex(
  options: ReindexOptions & { json?: boolean },
  deps: CliDeps,
): Promise<number> {
  const out = deps.out ?? process.stdout;
  const err = deps.err ?? process.stderr;
  const config = deps.loadConfig();
  const job = reindexJobFromOptions(options, defaultStore(config));
  let embedded: Awaited<ReturnType<StartEmbeddedMagento>> | undefined;
  if (!config.MAGENTO_URL) {
    if (!deps.startEmbeddedMagento)
      throw new ConfigError('MAGENTO_URL is not set and no embedded store is available.');
    embedded = await deps.startEmbeddedMagento();
  }
  const logger = createLogger({ level: options.json ? 'silent' : 'warn', name: 'verity-reindex' });
  const worker = await startIndexerWorker(config, {
    logger,
    magentoUrl: embedded?.url,
    magentoToken: embedded?.token,
  });
  const bar = options.json
    ? undefined
    : new cliProgress.SingleBar(
        {
          stream: err,
          format: ' {bar} {percentage}% | {value}/{total} products | {rate}/s | ETA {eta_formatted}',
          hideCursor: true,
          // Logs and CI are not terminals: print a line now and then instead of nothing.
          noTTYOutput: true,
          notTTYSchedule: 2000,
        },
        cliProgress.Presets.shades_classic,
      );
  const startedAt = Date.now();
  try {
    const jobId = await worker.queue.enqueue(job, { jobId: indexJobId(job) });
    let started = false;
    const stopListening = worker.queue.onProgress((progress) => {
      if (progress.jobId !== jobId || !bar) return;
      const processed = Number(progress.detail?.processed ?? 0);
      const total = Number(progress.detail?.total ?? 0);
      const rate = (processed / Math.max(0.001, (Date.now() - startedAt) / 1000)).toFixed(0);
      if (!started) bar.start(total, processed, { rate });
      started = true;
      bar.setTotal(total);
      bar.update(processed, { rate });
    });
    let outcome:
      { ok: true; result: Awaited<ReturnType<typeof worker.queue.waitFor>> } | { ok: false; error: Error };
    try {
      outcome = { ok: true, result: await worker.queue.waitFor(jobId) };
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
    } finally {
      stopListening();
      bar?.stop();
    }
    const runs = await worker.runs.latest(job.store, 1);
    const run = outcome.ok ? await worker.runs.get(outcome.result.runId) : runs[0];
    const report = (run?.report ?? undefined) as QualityReport | undefined;
    if (options.json) {
      out.write(
        `${JSON.stringify({ job, ok: outcome.ok, ...(outcome.ok ? { result: outcome.result } : { error: outcome.error.message }), report }, null, 2)}\n`,
      );
    } else {
      const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
      if (outcome.ok) {
        const r = outcome.result;
        out.write(
          `Reindex (${job.type}, store ${job.store}) done in ${seconds} s: ${r.written} written, ${r.unchanged} unchanged, ${r.deleted} deleted, ${r.skipped} skipped, ${r.invalid} invalid.\n`,
        );
      } else {
        out.write(
          `Reindex (${job.type}, store ${job.store}) failed after ${seconds} s: ${outcome.error.message}\n`,
        );
      }
      if (report) out.write(`\nData quality\n${formatQualityReport(report)}\n`);
    }
    return outcome.ok ? 0 : 1;
  } finally {
    await worker.close();
    await embedded?.close();
  }
}

export function registerReindexCommand(program: Command, deps: CliDeps): void {
  program
    .command('reindex')
    .description(
      'Reindex the catalog from Magento: full (default), products changed since a date, or some SKUs',
    )
    .option('--full', 'every product, CMS page and review summary; removes what Magento no longer has')
    .option('--since <date>', 'products updated since this ISO date/datetime')
    .option('--sku <sku...>', 'these SKUs only')
    .option('--store <code>', 'store view code (default: first of MAGENTO_STORE_CODES, else "default")')
    .option('--json', 'machine-readable result and quality report on stdout')
    .action(async (options: ReindexOptions & { json?: boolean }) => {
      process.exitCode = await runReindex(options, deps);
    });
}
