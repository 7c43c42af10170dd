import type { SqlExecutor } from '../../../common/record-store/record-store.js';
import type { ClaimReason, CustomerHistory } from '../authorization/authorization-facts.js';

interface HistoryRow {
  action: string;
  order_id: number;
  reason: ClaimReason;
  verdict: string;
  state: string;
  amount_cents: number;
}

/**
 * The customer's running totals within the bounds period, across sessions, from the decisions on
 * record (this request's own row excluded, so asking again is not counted twice).
 */
export async function readCustomerHistory(
  tx: SqlExecutor,
  query: {
    storeCode: string;
    customerKey: string;
    since: Date;
    excludeKey: string;
    ordersInPeriod: number | null;
  },
): Promise<CustomerHistory> {
  const { rows } = await tx.query<HistoryRow>(
    `SELECT action, order_id, reason, verdict, state, amount_cents FROM action_requests
     WHERE store_code = $1 AND customer_key = $2 AND created_at >= $3 AND idempotency_key <> $4`,
    [query.storeCode, query.customerKey, query.since, query.excludeKey],
  );
  const automatic = rows.filter((r) => r.verdict === 'approve' && r.state !== 'failed');
  const claims = rows.filter((r) => r.action === 'return' || r.action === 'refund');
  return {
    auto_actions_in_period: automatic.length,
    auto_amount_in_period: automatic.reduce((sum, r) => sum + Number(r.amount_cents), 0) / 100,
    claims_in_period: claims.map((r) => ({
      order_id: Number(r.order_id),
      reason: r.reason,
      amount: Number(r.amount_cents) / 100,
    })),
    coupons_in_period: automatic.filter((r) => r.action === 'coupon').length,
    orders_in_period: query.ordersInPeriod,
  };
}
