import type { RecordStore } from '../../common/record-store/record-store.js';

/**
 * Store views whose search index has never been built completely: no full index run has succeeded
 * for them (`index_runs`). A store view built once stays ready through later reindexes, so an
 * operator's reindex never takes every instance out of a load balancer.
 */
export async function storesNeverIndexed(db: RecordStore, storeCodes: readonly string[]): Promise<string[]> {
  if (storeCodes.length === 0) return [];
  const { rows } = await db.query<{ store: string }>(
    `SELECT DISTINCT store FROM index_runs WHERE job_type = 'full' AND status = 'succeeded' AND store = ANY($1::text[])`,
    [`{${storeCodes.join(',')}}`],
  );
  const built = new Set(rows.map((r) => r.store));
  return storeCodes.filter((code) => !built.has(code));
}
