import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { RecordStore } from '../../common/record-store/record-store.js';
import { AuditLog, type AuditFilter } from './audit-log.js';

/**
 * Writes the audit entries matching `filter` to `writable`, one JSON object per line, oldest first, with
 * their chain fields (seq, prevHash, hash) so an export can be verified on its own. Respects
 * backpressure. Returns the number of lines written. Used by `verity audit export`.
 */
export async function exportAuditJsonl(
  store: RecordStore,
  writable: Writable,
  filter: AuditFilter = {},
): Promise<number> {
  let lines = 0;
  for await (const record of new AuditLog(store).iterate(filter)) {
    if (!writable.write(`${JSON.stringify(record)}\n`)) await once(writable, 'drain');
    lines += 1;
  }
  return lines;
}
