import type { Logger } from '../../common/logger.js';
import type { SqlExecutor } from '../../common/record-store/record-store.js';
import type { ScheduledTask } from '../inbox/scheduled-tasks.js';
import type { PrivacyDeps } from './customer-data.js';

export interface PurgeReport {
  storeCode: string;
  retentionDays: number;
  conversations: number;
  auditEntriesErased: number;
}

/**
 * Purges the transcripts of one store view whose last message is older than `retentionDays`: the
 * conversations with their messages, ratings, tickets and uploads, and the personal fields of their
 * audit entries (the chain stays intact). A conversation a person still holds or waits on is kept.
 */
export async function purgeExpiredConversations(
  tx: SqlExecutor,
  auditLog: PrivacyDeps['auditLog'],
  storeCode: string,
  retentionDays: number,
  now: Date = new Date(),
  /** At most this many conversations. */
  limit = 500,
): Promise<PurgeReport> {
  const empty = { storeCode, retentionDays, conversations: 0, auditEntriesErased: 0 };
  if (retentionDays <= 0) return empty;
  const { rows } = await tx.query<{ id: string }>(
    `SELECT c.id FROM conversations c
        WHERE c.store_code = $1 AND c.last_message_at < $2::timestamptz - ($3::int * interval '1 day')
          AND NOT EXISTS (SELECT 1 FROM handoff_tickets t WHERE t.conversation_id = c.id AND t.status IN ('open', 'claimed'))
        ORDER BY c.last_message_at LIMIT $4`,
    [storeCode, now.toISOString(), retentionDays, limit],
  );
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return empty;
  const auditEntriesErased = await auditLog.erasePersonal(tx, {
    customerKeys: [],
    conversationIds: ids,
  });
  const deleted = await tx.query(`DELETE FROM conversations WHERE id = ANY($1::uuid[])`, [ids]);
  return { storeCode, retentionDays, conversations: deleted.rowCount, auditEntriesErased };
}

export interface RetentionJobOptions {
  deps: Pick<PrivacyDeps, 'db' | 'auditLog'>;
  /** Store views Verity serves. */
  storeCodes: () => Promise<string[]>;
  /** The store view's retention period (Stores › Configuration › Verity › Privacy, `retention_days`). */
  retentionDays: (storeCode: string) => Promise<number>;
  logger: Logger;
  now?: () => Date;
  /** Conversations purged per transaction, so no transaction stays open long. @default 500 */
  batchSize?: number;
}

/** How often the purge runs. */
export const RETENTION_EVERY_MS = 6 * 3_600_000;

/**
 * The retention purge: each store view's expired transcripts, and every chat session's dialogue state
 * past its TTL, in short transactions of `batchSize` conversations. It is scheduled by
 * `startTaskSchedule` (a BullMQ job scheduler with Redis, so one process runs each round; timers in
 * the embedded process); a transaction-level advisory lock still lets one purge run at a time should
 * two ever start together (several processes without Redis, a Redis outage).
 */
export class RetentionJob {
  private running: Promise<PurgeReport[]> | null = null;

  constructor(private readonly options: RetentionJobOptions) {}

  /** The purge as a scheduled task. */
  task(everyMs = RETENTION_EVERY_MS): ScheduledTask {
    return { name: 'retention-purge', everyMs, run: () => this.runOnce() };
  }

  /** One round over every store view; [] when another process holds the lock. */
  runOnce(): Promise<PurgeReport[]> {
    this.running ??= this.round().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async round(): Promise<PurgeReport[]> {
    const { db, auditLog } = this.options.deps;
    const now = this.options.now?.() ?? new Date();
    const batchSize = this.options.batchSize ?? 500;
    // Magento is asked before any transaction opens: none waits on the network.
    const plan: { store: string; days: number }[] = [];
    for (const store of await this.options.storeCodes())
      plan.push({ store, days: await this.options.retentionDays(store) });
    /** One batch under the lock; null when another process holds it (that one finishes the round). */
    const locked = <T>(work: (tx: SqlExecutor) => Promise<T>) =>
      db.transaction(async (tx) => {
        const { rows } = await tx.query<{ locked: boolean }>(
          `SELECT pg_try_advisory_xact_lock(hashtext('verity.retention-purge')) AS locked`,
        );
        return rows[0]?.locked ? await work(tx) : null;
      });
    const reports: PurgeReport[] = [];
    for (const { store, days } of plan) {
      const total: PurgeReport = {
        storeCode: store,
        retentionDays: days,
        conversations: 0,
        auditEntriesErased: 0,
      };
      for (;;) {
        const batch = await locked((tx) =>
          purgeExpiredConversations(tx, auditLog, store, days, now, batchSize),
        );
        if (batch === null) return reports;
        total.conversations += batch.conversations;
        total.auditEntriesErased += batch.auditEntriesErased;
        if (batch.conversations < batchSize) break;
      }
      if (total.conversations > 0) this.options.logger.info(total, 'expired transcripts purged');
      reports.push(total);
    }
    // Dialogue state past its TTL is never read again; it may hold a guest's e-mail and orders.
    const expired = await locked((tx) =>
      tx.query(`DELETE FROM chat_sessions WHERE expires_at < $1::timestamptz`, [now.toISOString()]),
    );
    if (expired && expired.rowCount > 0)
      this.options.logger.info({ sessions: expired.rowCount }, 'expired chat sessions deleted');
    return reports;
  }
}
