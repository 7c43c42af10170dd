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

/** Verdicts under which a claim counts against the customer: granted, or waiting for evidence or a person. */
const STANDING_VERDICTS = new Set(['approve', 'needs_evidence', 'human_review']);
/** Actions that pay money out; a cancellation of goods that never shipped costs the store nothing. */
const MONEY_ACTIONS = new Set(['return', 'refund', 'coupon']);

/**
 * The customer's running totals within the bounds period, across sessions, from the decisions on
 * record (this request's own row excluded, so asking again is not counted twice). Claims are the
 * customer's own returns and refunds that were granted or are pending: a request the engine denied
 * paid nothing and is no pattern, and a cancellation is not a claim on delivered goods.
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
  const automatic = rows.filter(
    (r) => r.verdict === 'approve' && r.state !== 'failed' && MONEY_ACTIONS.has(r.action),
  );
  const claims = rows.filter(
    (r) => (r.action === 'return' || r.action === 'refund') && STANDING_VERDICTS.has(r.verdict),
  );
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
