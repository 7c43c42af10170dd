import type { AuthorizationFacts, CouponRule } from './authorization-facts.js';

export type CouponSelection =
  | { ok: true; rule: CouponRule }
  | {
      ok: false;
      code: 'coupon_not_available' | 'coupon_limit_reached' | 'coupon_no_stacking';
      message: string;
    };

/**
 * The merchant's coupon for this claim: the first configured rule for the claim reason. With none
 * configured the action is simply not available — a code is never made up.
 */
export function selectCouponRule(facts: AuthorizationFacts): CouponSelection {
  const rule = facts.coupon_rules.find((r) => r.reasons.includes(facts.claim.reason));
  if (rule === undefined) {
    return {
      ok: false,
      code: 'coupon_not_available',
      message: `Store ${facts.store.code} has no courtesy coupon for this kind of request.`,
    };
  }
  if (facts.history.coupons_in_period >= rule.max_per_customer_per_period) {
    return {
      ok: false,
      code: 'coupon_limit_reached',
      message: `A courtesy coupon was already issued in the last ${facts.bounds.period_days} days.`,
    };
  }
  if (facts.order.coupon_code !== null && !rule.allow_with_order_coupon) {
    return {
      ok: false,
      code: 'coupon_no_stacking',
      message: `Order ${facts.order.increment_id} already used coupon ${facts.order.coupon_code}; coupons are not stacked.`,
    };
  }
  return { ok: true, rule };
}
