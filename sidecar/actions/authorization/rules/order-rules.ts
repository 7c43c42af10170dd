import { assessRisk, DEFAULT_RISK_THRESHOLDS, type RiskThresholds } from '../../risk/risk-signals.js';
import { selectCouponRule } from '../coupon-selection.js';
import { FAULT_REASONS, toCents } from '../item-assessment.js';
import type { OrderRule } from './rule.js';

/** A customer acts only on their own orders (guest orders: by the order's e-mail). */
export const orderOwnedByCustomer: OrderRule = {
  id: 'order_owned_by_customer',
  evaluate({ facts }) {
    const { order, customer } = facts;
    const owned =
      order.customer_id !== null
        ? order.customer_id === customer.id
        : order.customer_email !== null &&
          customer.email !== null &&
          order.customer_email.trim().toLowerCase() === customer.email.trim().toLowerCase();
    if (owned) return [];
    return [
      {
        code: 'order_not_owned',
        verdict: 'deny',
        message: `Order ${order.increment_id} does not belong to this customer.`,
      },
    ];
  },
};

/** Bounds and policies are in the website's base currency; an order in another base currency cannot be compared. */
export const currencyConsistent: OrderRule = {
  id: 'currency_consistent',
  evaluate({ facts }) {
    const base = facts.store.base_currency_code;
    const policyCurrencies = Object.values(facts.policies).flatMap((p) => (p.ok ? [p.values.currency] : []));
    const mismatched = [facts.order.base_currency_code, ...policyCurrencies].filter((c) => c !== base);
    if (mismatched.length === 0) return [];
    return [
      {
        code: 'currency_mismatch',
        verdict: 'human_review',
        message: `Order ${facts.order.increment_id} is in ${mismatched[0]} but the store's limits are in ${base}.`,
      },
    ];
  },
};

const CLOSED_STATES = new Set(['canceled', 'closed']);
const HELD_STATES = new Set(['holded', 'payment_review', 'pending_payment', 'fraud']);

/** Returns and refunds need an open, settled order. */
export const orderStateAllowsClaim: OrderRule = {
  id: 'order_state_allows_claim',
  evaluate({ facts }) {
    if (facts.action !== 'return' && facts.action !== 'refund') return [];
    const { state, increment_id } = facts.order;
    if (CLOSED_STATES.has(state)) {
      return [
        {
          code: 'order_closed',
          verdict: 'deny',
          message: `Order ${increment_id} is ${state}; nothing is left to return or refund.`,
        },
      ];
    }
    if (HELD_STATES.has(state)) {
      return [
        {
          code: 'order_on_hold',
          verdict: 'human_review',
          message: `Order ${increment_id} is in state ${state}; a colleague takes it from here.`,
        },
      ];
    }
    return [];
  },
};

/** Mirrors Magento's `Order::canCancel`: nothing shipped, nothing invoiced, not on hold or closed. */
export const cancelAllowed: OrderRule = {
  id: 'cancel_allowed',
  evaluate({ facts }) {
    if (facts.action !== 'cancel') return [];
    const { order } = facts;
    if (CLOSED_STATES.has(order.state) || order.state === 'complete') {
      return [
        {
          code: 'order_closed',
          verdict: 'deny',
          message: `Order ${order.increment_id} is ${order.state} and can no longer be cancelled.`,
        },
      ];
    }
    if (order.items.some((i) => i.qty_shipped > 0)) {
      return [
        {
          code: 'already_shipped',
          verdict: 'deny',
          message: `Order ${order.increment_id} has already shipped, so it cannot be cancelled; it can be returned once it arrives.`,
        },
      ];
    }
    if (HELD_STATES.has(order.state)) {
      return [
        {
          code: 'order_on_hold',
          verdict: 'human_review',
          message: `Order ${order.increment_id} is in state ${order.state}; a colleague cancels it.`,
        },
      ];
    }
    if (order.items.some((i) => i.qty_invoiced > 0)) {
      return [
        {
          code: 'cancel_needs_refund',
          verdict: 'human_review',
          message: `Order ${order.increment_id} is already paid; a colleague cancels it and refunds the payment.`,
        },
      ];
    }
    return [];
  },
};

/** Only merchant-configured coupons, within their limits. */
export const couponRuleAvailable: OrderRule = {
  id: 'coupon_rule_available',
  evaluate({ facts }) {
    if (facts.action !== 'coupon') return [];
    const selection = selectCouponRule(facts);
    return selection.ok ? [] : [{ code: selection.code, verdict: 'deny', message: selection.message }];
  },
};

/**
 * Amounts above the merchant's automatic limit go to a person — counted per order, with what was already
 * refunded on it, so a large claim cannot be split into small ones that each pass.
 */
export const autoApproveBound: OrderRule = {
  id: 'auto_approve_bound',
  evaluate({ facts, amount }) {
    const bound = toCents(facts.bounds.auto_approve_max_amount);
    if (toCents(amount) > bound)
      return [
        {
          code: 'above_auto_approve_bound',
          verdict: 'human_review',
          message: `${amount.toFixed(2)} ${facts.store.base_currency_code} is above the ${facts.bounds.auto_approve_max_amount} ${facts.store.base_currency_code} the store approves automatically.`,
        },
      ];
    const refunded = facts.order.items.reduce(
      (sum, item) =>
        sum + Math.round((toCents(item.base_row_total_paid) * item.qty_refunded) / item.qty_ordered),
      0,
    );
    if (amount <= 0 || refunded === 0 || toCents(amount) + refunded <= bound) return [];
    return [
      {
        code: 'order_refunds_above_bound',
        verdict: 'human_review',
        message: `With ${(refunded / 100).toFixed(2)} ${facts.store.base_currency_code} already refunded on order ${facts.order.increment_id}, ${amount.toFixed(2)} more is above the ${facts.bounds.auto_approve_max_amount} ${facts.store.base_currency_code} the store approves automatically per order.`,
      },
    ];
  },
};

/** Damage and defect claims above the threshold need a photo first. */
export const evidenceThreshold: OrderRule = {
  id: 'evidence_threshold',
  evaluate({ facts, amount }) {
    if (!FAULT_REASONS.has(facts.claim.reason) || facts.claim.evidence_provided) return [];
    if (toCents(amount) <= toCents(facts.bounds.evidence_required_threshold)) return [];
    return [
      {
        code: 'evidence_required',
        verdict: 'needs_evidence',
        message: `Claims above ${facts.bounds.evidence_required_threshold} ${facts.store.base_currency_code} for damaged or defective items need a photo.`,
      },
    ];
  },
};

/** At most N automatic actions per customer per period. */
export const autoActionLimit: OrderRule = {
  id: 'auto_action_limit',
  evaluate({ facts }) {
    if (facts.history.auto_actions_in_period < facts.bounds.max_auto_actions_per_customer) return [];
    return [
      {
        code: 'auto_action_limit',
        verdict: 'human_review',
        message: `${facts.history.auto_actions_in_period} automatic actions in the last ${facts.bounds.period_days} days reach the store's limit of ${facts.bounds.max_auto_actions_per_customer}.`,
      },
    ];
  },
};

/** Risk signals (return rate, repeated or split claims, agent-style messages) as evidence or review requests. */
export function riskSignalsRule(thresholds: RiskThresholds = DEFAULT_RISK_THRESHOLDS): OrderRule {
  return {
    id: 'risk_signals',
    evaluate({ facts, amount }) {
      if (facts.action === 'cancel') return [];
      return assessRisk(facts, amount, thresholds).map((s) => ({
        code: s.code,
        verdict: s.verdict,
        message: s.message,
      }));
    },
  };
}

export const ORDER_RULES: readonly OrderRule[] = [
  orderOwnedByCustomer,
  currencyConsistent,
  orderStateAllowsClaim,
  cancelAllowed,
  couponRuleAvailable,
  autoApproveBound,
  evidenceThreshold,
  autoActionLimit,
  riskSignalsRule(),
];
