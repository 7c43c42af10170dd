import { z } from 'zod';
import { type IndexJob, type IndexJobResult, indexJobSchema } from '../common/catalog/index-jobs.js';
import { formatIssuePath } from '../common/errors.js';
import { type JobContext, type JobHandler, PermanentJobError } from '../common/jobs/job-queue.js';
import type { Logger } from '../common/logger.js';
import type { MagentoClient, SearchFilter } from '../common/magento/magento-client.js';
import type { MagentoProduct } from '../common/magento/shapes/product.js';
import { magentoDateTime } from '../common/magento/search-criteria.js';
import { catalogSharedPassages } from './normalize/normalize-product.js';
import { emptyQualityReport, recordSharedPassages } from './normalize/quality-report.js';
import type { IndexRunRepository } from './runs/index-run-repository.js';
import type { DocumentWriter } from './sync/document-writer.js';
import { indexCmsPages } from './sync/index-cms-pages.js';
import { type RunState, indexProducts, isKept, newRunState, recordProblems } from './sync/index-products.js';
import { loadStoreContext } from './sync/load-store-context.js';
import { readProductsBySku } from './sync/read-products-by-sku.js';

/** What the job handler is built from (adapters are chosen by the composition root). */
export interface IndexerDeps {
  magento: MagentoClient;
  writer: DocumentWriter;
  runs: IndexRunRepository;
  logger: Logger;
  /** @default () => new Date() */
  clock?: () => Date;
  /** Products normalized and written per batch. @default 100 */
  batchSize?: number;
}

/** The part of a stored quality report an incremental run reuses: the last full run's boilerplate. */
const storedFingerprintsSchema = z.object({ duplicates: z.object({ fingerprints: z.array(z.string()) }) });

/** Products read per page from Magento. */
const READ_PAGE_SIZE = 200;

function assertNever(value: never): never {
  throw new PermanentJobError(`Unknown index job type: ${JSON.stringify(value)}`);
}

class Progress {
  private processed = 0;
  constructor(
    private readonly runId: string,
    private readonly deps: IndexerDeps,
    private readonly context: JobContext,
    private readonly total: number,
  ) {}

  async advance(by: number, phase: string): Promise<void> {
    this.processed += by;
    const percent = this.total === 0 ? 100 : Math.min(100, Math.round((this.processed / this.total) * 100));
    await this.deps.runs.progress(this.runId, this.processed, this.total);
    await this.context.reportProgress(percent, {
      runId: this.runId,
      phase,
      processed: this.processed,
      total: this.total,
    });
  }
}

async function readAll(
  deps: IndexerDeps,
  store: string,
  run: RunState,
  filterGroups: SearchFilter[][],
): Promise<MagentoProduct[]> {
  const products: MagentoProduct[] = [];
  for await (const page of deps.magento.iterateProducts(store, { filterGroups, pageSize: READ_PAGE_SIZE })) {
    recordProblems(run, page.problems);
    products.push(...page.items);
  }
  return products;
}

async function readSkus(deps: IndexerDeps, store: string, skus: readonly string[], run: RunState) {
  const { items: products, problems } = await readProductsBySku(deps.magento, store, skus);
  recordProblems(run, problems);
  const answered = new Set([...products.map((p) => p.sku), ...problems.map((p) => p.key)]);
  return { products, unknown: [...new Set(skus)].filter((sku) => !answered.has(sku)) };
}

/**
 * Normalizes and writes products in batches. Supplier boilerplate is what this set of products shares
 * plus what the last full run found (an incremental run sees too few products to tell on its own).
 */
async function indexProductSet(
  products: readonly MagentoProduct[],
  job: IndexJob,
  deps: IndexerDeps,
  run: RunState,
  progress: Progress,
): Promise<void> {
  const normalizeBase = await loadStoreContext(deps.magento, job.store, (deps.clock ?? (() => new Date()))());
  const shared = catalogSharedPassages(products);
  recordSharedPassages(run.report, shared.values());
  const known = new Set(shared.keys());
  if (job.type !== 'full') {
    const lastFull = await deps.runs.lastSucceeded(job.store, 'full');
    const stored = storedFingerprintsSchema.safeParse(lastFull?.report);
    if (stored.success) for (const fingerprint of stored.data.duplicates.fingerprints) known.add(fingerprint);
  }
  const sync = {
    magento: deps.magento,
    writer: deps.writer,
    normalize: { ...normalizeBase, sharedPassages: known },
  };
  const batchSize = deps.batchSize ?? 100;
  for (let i = 0; i < products.length; i += batchSize) {
    const batch = products.slice(i, i + batchSize);
    await indexProducts(batch, sync, run);
    await progress.advance(batch.length, 'products');
  }
}

async function runJob(job: IndexJob, deps: IndexerDeps, run: RunState, runId: string, context: JobContext) {
  switch (job.type) {
    case 'full': {
      const products = await readAll(deps, job.store, run, []);
      const progress = new Progress(runId, deps, context, products.length);
      await indexProductSet(products, job, deps, run, progress);
      await indexCmsPages(deps.magento, deps.writer, job.store, run);
      const unseen = await deps.writer.unseen(
        job.store,
        ['product', 'review_summary', 'cms_paragraph'],
        run.seen,
      );
      run.counts.deleted += await deps.writer.delete(unseen.filter((key) => !isKept(run, key)));
      return;
    }
    case 'incremental': {
      const since = magentoDateTime(new Date(job.since));
      const products = await readAll(deps, job.store, run, [
        [{ field: 'updated_at', value: since, conditionType: 'gteq' }],
      ]);
      await indexProductSet(products, job, deps, run, new Progress(runId, deps, context, products.length));
      return;
    }
    case 'upsert-skus': {
      const { products, unknown } = await readSkus(deps, job.store, job.skus, run);
      await indexProductSet(products, job, deps, run, new Progress(runId, deps, context, products.length));
      if (unknown.length > 0)
        throw new PermanentJobError(
          `Magento has no product with SKU ${unknown.join(', ')} in store ${job.store}`,
        );
      return;
    }
    case 'delete-skus': {
      const keys = job.skus.flatMap((sku) => [
        { store: job.store, type: 'product' as const, id: sku },
        { store: job.store, type: 'review_summary' as const, id: sku },
      ]);
      run.counts.deleted += await deps.writer.delete(keys);
      await new Progress(runId, deps, context, job.skus.length).advance(job.skus.length, 'delete');
      return;
    }
    default:
      assertNever(job);
  }
}

/**
 * The index job handler: validates the payload (a bad one is permanent), records a run with progress
 * and its data-quality report, dispatches on the job type. Magento outages propagate so the queue
 * retries with backoff; unknown SKUs and bad payloads are `PermanentJobError`s. Idempotent: writes are
 * checksum-gated, so repeating a job changes nothing.
 */
export function createIndexJobHandler(deps: IndexerDeps): JobHandler<IndexJob, IndexJobResult> {
  return async (payload, context) => {
    const parsed = indexJobSchema.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PermanentJobError(
        `Bad index job payload: ${issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : 'invalid'}`,
      );
    }
    const job = parsed.data;
    const runId = await deps.runs.start(job, context.jobId);
    const run = newRunState(emptyQualityReport());
    const log = deps.logger.child({ runId, jobId: context.jobId, job: job.type, store: job.store });
    try {
      await runJob(job, deps, run, runId, context);
      await deps.writer.flush();
    } catch (error) {
      // Keep what was written before the failure; a failing flush must not hide the job's own error.
      await deps.writer
        .flush()
        .catch((flushError: unknown) => log.error({ err: flushError }, 'index flush failed'));
      const message = error instanceof Error ? error.message : String(error);
      await deps.runs.finish(runId, {
        status: 'failed',
        counts: run.counts,
        report: run.report,
        error: message,
      });
      log.warn({ err: message, attempt: context.attempt }, 'index run failed');
      throw error;
    }
    await deps.runs.finish(runId, { status: 'succeeded', counts: run.counts, report: run.report });
    log.info({ ...run.counts }, 'index run succeeded');
    return {
      runId,
      status: 'succeeded',
      ...run.counts,
      productsSeen: run.report.productsSeen,
    };
  };
}
