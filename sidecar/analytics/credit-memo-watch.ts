import type { MagentoClient } from '../../common/magento/magento-client.js';
import type { Logger } from '../../common/logger.js';
import type { RecordStore } from '../../common/record-store/record-store.js';
import type { ScheduledTask } from '../inbox/scheduled-tasks.js';

/** A credit memo as the watch needs it: Magento's id and when it was created. */
export interface CreditMemoSeen {
  id: string;
  createdAt: Date;
}

export interface CreditMemoWatchDeps {
  db: RecordStore;
  /** The order's credit memos in Magento (`GET /V1/creditmemos?order_id=…`). */
  creditMemos: (storeCode: string, orderId: number) => Promise<CreditMemoSeen[]>;
  logger: Logger;
  now?: () => Date;
  /** Denials older than this are not followed any more (the longest outcome window). @default 90 */
  followDays?: number;
  /** An order's credit memos are read again after this long. @default 6 hours */
  recheckMs?: number;
  /** Orders read per run. @default 100 */
  batch?: number;
}

/** How often the watch runs. */
export const CREDIT_MEMO_WATCH_MS = 30 * 60_000;

/** Magento's `created_at` ("2026-12-07 10:15:00", UTC) as a date; null when absent or unreadable. */
export function magentoTime(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Follows the orders whose refund or return Verity denied: their credit memos are read from Magento and
 * those created after the denial are recorded (`order_credit_memos`), so outcome analytics counts the
 * answer as reversed even when a person refunded in the Magento admin, outside Verity. Each order is
 * read at most every `recheckMs`, for `followDays` after its denial; a failed read is retried next run.
 */
export class CreditMemoWatch {
  constructor(private readonly deps: CreditMemoWatchDeps) {}

  task(everyMs = CREDIT_MEMO_WATCH_MS): ScheduledTask {
    return { name: 'credit-memo-watch', everyMs, run: () => this.run() };
  }

  /** One run; returns how many credit memos it recorded. */
  async run(): Promise<number> {
    const now = this.deps.now?.() ?? new Date();
    const { rows } = await this.deps.db.query<{
      store_code: string;
      order_id: string;
      order_number: string;
      denied_at: Date;
    }>(
      `SELECT a.store_code, max(a.order_id) AS order_id, a.order_number, min(a.created_at) AS denied_at
         FROM action_requests a
        WHERE a.action IN ('refund', 'return') AND a.verdict = 'deny'
          AND a.created_at >= $1::timestamptz - ($2::int * interval '1 day')
          AND NOT EXISTS (SELECT 1 FROM credit_memo_checks k
                           WHERE k.store_code = a.store_code AND k.order_number = a.order_number
                             AND k.checked_at > $1::timestamptz - ($3::bigint * interval '1 millisecond'))
        GROUP BY a.store_code, a.order_number
        ORDER BY min(a.created_at)
        LIMIT $4`,
      [
        now.toISOString(),
        this.deps.followDays ?? 90,
        this.deps.recheckMs ?? 6 * 3_600_000,
        this.deps.batch ?? 100,
      ],
    );
    let recorded = 0;
    for (const order of rows) {
      let memos: CreditMemoSeen[];
      try {
        memos = await this.deps.creditMemos(order.store_code, Number(order.order_id));
      } catch (error) {
        this.deps.logger.warn(
          { err: error, store: order.store_code, order: order.order_number },
          'credit memos not read: tried again next run',
        );
        continue;
      }
      const deniedAt = new Date(order.denied_at).getTime();
      await this.deps.db.transaction(async (tx) => {
        for (const memo of memos.filter((m) => m.createdAt.getTime() > deniedAt))
          recorded += (
            await tx.query(
              `INSERT INTO order_credit_memos (store_code, order_number, creditmemo_id, created_at)
               VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
              [order.store_code, order.order_number, memo.id, memo.createdAt.toISOString()],
            )
          ).rowCount;
        await tx.query(
          `INSERT INTO credit_memo_checks (store_code, order_number, checked_at) VALUES ($1, $2, $3)
           ON CONFLICT (store_code, order_number) DO UPDATE SET checked_at = EXCLUDED.checked_at`,
          [order.store_code, order.order_number, now.toISOString()],
        );
      });
    }
    if (recorded > 0) this.deps.logger.info({ recorded }, 'credit memos after a denial recorded');
    return recorded;
  }
}

/** The watch's read, from the Magento client's `listCreditMemos`; memos without a creation time are left out. */
export function creditMemosFrom(
  magento: Pick<MagentoClient, 'listCreditMemos'>,
): CreditMemoWatchDeps['creditMemos'] {
  return async (storeCode, orderId) =>
    (await magento.listCreditMemos(storeCode, orderId)).items.flatMap((memo) => {
      const createdAt = magentoTime(memo.created_at);
      return createdAt ? [{ id: memo.increment_id ?? String(memo.entity_id), createdAt }] : [];
    });
}
