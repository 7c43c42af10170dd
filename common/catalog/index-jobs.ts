import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * The catalog indexer's job contract: producers (the sidecar's webhook endpoint, the CLI, start-up)
 * import the queue name and this union, never the worker. The worker dispatches it exhaustively.
 */
export const INDEX_QUEUE_NAME = 'catalog-index';

const storeCode = z.string().regex(/^[a-z0-9_]+$/, 'a store view code');
const skuList = z.array(z.string().min(1).max(64)).min(1).max(1000);

export const indexJobSchema = z.discriminatedUnion('type', [
  /** Every product, CMS page and review summary of the store view; documents no longer in Magento are removed. */
  z.object({ type: z.literal('full'), store: storeCode }),
  /** Products with `updated_at` ≥ `since` (ISO 8601). */
  z.object({ type: z.literal('incremental'), store: storeCode, since: z.iso.datetime({ offset: true }) }),
  /** These SKUs, read again from Magento (a product saved in the admin). */
  z.object({ type: z.literal('upsert-skus'), store: storeCode, skus: skuList }),
  /** These SKUs' documents removed (a product deleted in Magento). */
  z.object({ type: z.literal('delete-skus'), store: storeCode, skus: skuList }),
]);
export type IndexJob = z.infer<typeof indexJobSchema>;
export type IndexJobType = IndexJob['type'];

/** What an index job resolves with. */
export interface IndexJobResult {
  runId: string;
  status: 'succeeded' | 'failed';
  /** Documents written (new or changed), left unchanged (same checksum), deleted. */
  written: number;
  unchanged: number;
  deleted: number;
  productsSeen: number;
  skipped: number;
  invalid: number;
}

/**
 * A deterministic job id: the same request while one is still waiting or running is not queued twice
 * (a webhook Magento retries, an operator pressing reindex twice). A job with this id that is already
 * *running* also swallows the new request, so a producer that must not lose a later change (a product
 * saved again while its upsert runs) passes `version` — e.g. the save's timestamp — to get a new id.
 */
export function indexJobId(job: IndexJob, version?: string): string {
  const subject =
    job.type === 'full'
      ? ''
      : job.type === 'incremental'
        ? job.since
        : [...new Set(job.skus)].sort().join('\n');
  const digest = createHash('sha1')
    .update(subject)
    .update(version === undefined ? '' : `\u0000${version}`)
    .digest('hex')
    .slice(0, 16);
  return `${job.type}-${job.store}-${digest}`;
}
