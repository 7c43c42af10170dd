import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import { readCustomerHistory } from '../../../sidecar/actions/outbox/customer-history.js';

describe("a customer's history counts only their standing claims", () => {
  let store: PgliteRecordStore;

  beforeAll(async () => {
    store = await PgliteRecordStore.open({});
    await migrate(store, await loadMigrations());
    const rows: Array<[string, string, string, string, number]> = [
      // action, reason, verdict, state, amount (cents)
      ['cancel', 'changed_mind', 'approve', 'done', 0],
      ['cancel', 'changed_mind', 'approve', 'done', 0],
      ['refund', 'damaged', 'deny', 'held', 0],
      ['return', 'changed_mind', 'deny', 'held', 0],
      ['refund', 'damaged', 'needs_evidence', 'held', 0],
      ['return', 'wrong_size', 'approve', 'done', 2_500],
      ['refund', 'defective', 'human_review', 'held', 0],
    ];
    for (const [n, [action, reason, verdict, state, amount]] of rows.entries()) {
      await store.query(
        `INSERT INTO action_requests (idempotency_key, action, store_code, order_id, order_number, customer_key,
           reason, verdict, amount_cents, currency, state, payload, decision)
         VALUES ($1, $2, 'default', $3, $4, '7', $5, $6, $7, 'USD', $8, '{}', '{}')`,
        [`key-${n}`, action, 100 + n, `00000${n}`, reason, verdict, amount, state],
      );
    }
  }, 120_000);

  afterAll(async () => {
    await store?.close();
  });

  it('leaves out the bot-decided cancellations and the denied requests', async () => {
    const history = await readCustomerHistory(store, {
      storeCode: 'default',
      customerKey: '7',
      since: new Date(Date.now() - 86_400_000),
      excludeKey: 'none',
      ordersInPeriod: 6,
    });
    // Granted (the return) and pending (evidence asked, with a person): three claims, not six.
    expect(history.claims_in_period.map((c) => c.reason).sort()).toEqual([
      'damaged',
      'defective',
      'wrong_size',
    ]);
    // Only money actions count towards the automatic limit: the return, not the two cancellations.
    expect(history.auto_actions_in_period).toBe(1);
    expect(history.auto_amount_in_period).toBe(25);
  });
});
