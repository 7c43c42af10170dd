import { type IndexJob, indexJobSchema } from '../../common/catalog/index-jobs.js';
import { ValidationError, formatIssuePath } from '../../common/errors.js';

export interface ReindexOptions {
  full?: boolean;
  since?: string;
  sku?: string[];
  store?: string;
}

/**
 * `verity reindex` flags → one index job. At most one of `--full`, `--since`, `--sku`; none means a full
 * reindex. `--since` takes an ISO date or datetime (a bare date is midnight UTC).
 */
export function reindexJobFromOptions(options: ReindexOptions, defaultStore: string): IndexJob {
  const modes = [options.full, options.since !== undefined, options.sku !== undefined].filter(Boolean).length;
  if (modes > 1) throw new ValidationError('Use only one of --full, --since <date> and --sku <sku…>.');
  const store = options.store ?? defaultStore;
  let candidate: unknown = { type: 'full', store };
  if (options.since !== undefined) {
    const since = /^\d{4}-\d{2}-\d{2}$/.test(options.since) ? `${options.since}T00:00:00Z` : options.since;
    const date = new Date(since);
    if (Number.isNaN(date.getTime()))
      throw new ValidationError(`--since expects an ISO date such as 2026-03-01 (got "${options.since}").`);
    candidate = { type: 'incremental', store, since: date.toISOString() };
  } else if (options.sku !== undefined) {
    candidate = { type: 'upsert-skus', store, skus: options.sku };
  }
  const parsed = indexJobSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(
      `Invalid reindex request: ${issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : ''}`,
    );
  }
  return parsed.data;
}
