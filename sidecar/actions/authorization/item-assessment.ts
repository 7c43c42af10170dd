import type { AuthorizationFacts, ClaimReason, ItemPolicy, OrderItemFacts } from './authorization-facts.js';
import type { WindowAssessment } from './authorization-result.js';
import { addBusinessDays, addDays, localDate, onOrBefore } from './store-calendar.js';

/** Reasons where the customer no longer wants the item; the only ones a restocking fee applies to. */
export const PREFERENCE_REASONS: ReadonlySet<ClaimReason> = new Set(['changed_mind', 'wrong_size']);
/** Reasons where the item itself is at fault. */
export const FAULT_REASONS: ReadonlySet<ClaimReason> = new Set(['damaged', 'defective']);

export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

export function fromCents(cents: number): number {
  return cents / 100;
}

/**
 * Quantity still open for this action, decided on what was delivered: shipped (and, for a refund, also
 * invoiced), minus what was refunded. Money for goods that have not left the warehouse is a cancellation,
 * never a refund: refunding them while they still ship pays for goods the customer then receives too.
 */
export function eligibleQty(action: AuthorizationFacts['action'], item: OrderItemFacts): number {
  const basis = action === 'refund' ? Math.min(item.qty_invoiced, item.qty_shipped) : item.qty_shipped;
  return Math.max(0, basis - item.qty_refunded);
}

/**
 * Money back for `qty` units in base currency: the paid row total per unit, minus the policy's
 * restocking fee for change-of-mind reasons. Computed in cents so sums compare exactly with bounds.
 */
export function lineAmount(
  item: OrderItemFacts,
  qty: number,
  reason: ClaimReason,
  policy: ItemPolicy | undefined,
): { amount: number; restockingFee: number } {
  const gross = Math.round((toCents(item.base_row_total_paid) * qty) / item.qty_ordered);
  const percent =
    policy?.ok === true && PREFERENCE_REASONS.has(reason) ? policy.values.restockingFeePercent : 0;
  const fee = Math.round((gross * percent) / 100);
  return { amount: fromCents(gross - fee), restockingFee: fromCents(fee) };
}

/** Carrier part of a Magento shipping method code (`flatrate_flatrate` → `flatrate`). */
function carrierOf(method: string): string {
  return method.split('_')[0] ?? method;
}

/**
 * The return window of one shipped item, counted in store-local days from delivery. Magento records no
 * delivery date, so delivery is the shipment date plus the shipping method's longest delivery range (in
 * business days) — the latest the parcel should arrive, which never shortens a customer's window. With
 * no range for the method, the shipment date itself is used: a request inside that window is certainly
 * inside; one outside it is uncertain and goes to a human (see the `return_window` rule).
 */
export function assessWindow(
  facts: AuthorizationFacts,
  item: OrderItemFacts,
  policy: ItemPolicy | undefined,
): WindowAssessment | null {
  if (item.shipped_at === null || policy?.ok !== true) return null;
  const tz = facts.store.time_zone;
  const shippedOn = localDate(item.shipped_at, tz);
  const method = facts.order.shipping_method;
  const range =
    method === null
      ? undefined
      : policy.values.deliveryRanges.find((r) => r.method === method || r.method === carrierOf(method));
  const deliveredOn = range === undefined ? shippedOn : addBusinessDays(shippedOn, range.maxDays);
  const lastDay = addDays(deliveredOn, policy.values.returnWindowDays);
  const today = localDate(facts.now, tz);
  return {
    basis: range === undefined ? 'shipment_date' : 'shipment_plus_delivery_range',
    deliveredOn,
    lastDay,
    today,
    withinWindow: onOrBefore(today, lastDay),
  };
}
