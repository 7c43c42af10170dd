import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../common/logger.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import {
  CreditMemoWatch,
  creditMemosFrom,
  magentoTime,
  type CreditMemoSeen,
} from '../../../sidecar/analytics/credit-memo-watch.js';
import { outcomeAnalytics } from '../../../sidecar/analytics/outcome-analytics.js';
import { ConversationRecords } from '../../../sidecar/records/conversation-records.js';

/**
 * "No refund or credit memo after an answer that denied one": a credit memo a person creates in the
 * Magento admin after Verity denied the refund reverses the answer in the outcome analytics.
 */
describe('credit memos after a denial (outcome analytics)', { timeout: 120_000 }, () => {
  let store: PgliteRecordStore;
  const memos = new Map<number, CreditMemoSeen[] | Error>();
  const reads: number[] = [];
  let now = new Date('2026-11-06T12:00:00Z');

  const watch = () =>
    new CreditMemoWatch({
      db: store,
      creditMemos: async (_store, orderId) => {
        reads.push(orderId);
        const found = memos.get(orderId) ?? [];
        if (found instanceof Error) throw found;
        return found;
      },
      logger: silentLogger(),
      now: () => now,
    });

  /** A conversation whose answer denied the customer a refund for `order` (entity id `orderId`). */
  async function deniedConversation(
    at: string,
    customerId: string,
    order: string,
    orderId: number,
  ): Promise<void> {
    const records = new ConversationRecords(store, silentLogger());
    const id = await records.startConversation({
      sessionId: `s-${order}`,
      storeCode: 'default',
      customerId,
      channel: 'web',
    });
    await records.appendMessage({
      conversationId: id,
      role: 'customer',
      text: `refund ${order}`,
      intent: 'refund_request',
    });
    await records.appendMessage({
      conversationId: id,
      role: 'assistant',
      text: 'I am sorry, our policy does not allow it.',
    });
    await store.query(
      `UPDATE conversations SET started_at = $2, last_message_at = $2::timestamptz + interval '2 minutes' WHERE id = $1`,
      [id, at],
    );
    await store.query(
      `INSERT INTO action_requests (idempotency_key, action, store_code, order_id, order_number, customer_key, conversation_id,
         reason, verdict, amount_cents, currency, state, payload, decision, created_at, updated_at)
       VALUES ($1, 'refund', 'default', $2, $3, $6, $4, 'changed_mind', 'deny', 0, 'USD', 'held', '{}', '{}', $5, $5)`,
      [`deny-${order}`, orderId, order, id, at, customerId],
    );
  }

  beforeAll(async () => {
    store = await PgliteRecordStore.open();
    await migrate(store, await loadMigrations());
    await deniedConversation('2026-11-02T10:00:00Z', '7', '000000077', 77);
    await deniedConversation('2026-11-02T11:00:00Z', '8', '000000088', 88);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('reads Magento’s creation time as UTC and leaves out memos without one', async () => {
    expect(magentoTime('2026-11-05 10:00:00')).toEqual(new Date('2026-11-05T10:00:00Z'));
    expect(magentoTime('2026-11-05T10:00:00+01:00')).toEqual(new Date('2026-11-05T09:00:00Z'));
    expect(magentoTime(undefined)).toBeNull();
    expect(magentoTime('soon')).toBeNull();
    const read = creditMemosFrom({
      listCreditMemos: async () => ({
        items: [
          {
            entity_id: 5,
            increment_id: '100000005',
            order_id: 77,
            created_at: '2026-11-05 10:00:00',
            items: [],
          },
          { entity_id: 6, order_id: 77, items: [] },
        ],
        problems: [],
        totalCount: 2,
        currentPage: 1,
        pageSize: 20,
      }),
    });
    expect(await read('default', 77)).toEqual([
      { id: '100000005', createdAt: new Date('2026-11-05T10:00:00Z') },
    ]);
  });

  it('counts the answer reversed once a credit memo follows the denial, not before', async () => {
    const period = { from: '2026-11-01', to: '2026-11-03', windowDays: 7 };
    expect((await outcomeAnalytics(store, period)).outcomes).toMatchObject({ resolved: 2, reversed: 0 });

    // Order 77: an older memo (before the denial) and one a person made in the admin three days after.
    memos.set(77, [
      { id: '100000001', createdAt: new Date('2026-10-20T09:00:00Z') },
      { id: '100000002', createdAt: new Date('2026-11-05T09:00:00Z') },
    ]);
    // Order 88: Magento does not answer this time.
    memos.set(88, new Error('Magento timed out'));
    expect(await watch().run()).toBe(1);
    expect(reads.sort()).toEqual([77, 88]);
    expect((await outcomeAnalytics(store, period)).outcomes).toMatchObject({ resolved: 1, reversed: 1 });

    // A read that failed is tried again next run; one that worked waits for the recheck interval.
    reads.length = 0;
    memos.set(88, []);
    expect(await watch().run()).toBe(0);
    expect(reads).toEqual([88]);
    reads.length = 0;
    expect(await watch().run()).toBe(0);
    expect(reads).toEqual([]);
    now = new Date('2026-11-06T19:00:00Z');
    expect(await watch().run()).toBe(0);
    expect(reads.sort()).toEqual([77, 88]);
    // Past the outcome window the reversal no longer counts (8 days after the answer).
    const late = await outcomeAnalytics(store, { ...period, windowDays: 2 });
    expect(late.outcomes).toMatchObject({ resolved: 2, reversed: 0 });
  });
});
