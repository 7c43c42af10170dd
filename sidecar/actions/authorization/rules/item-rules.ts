import { eligibleQty, FAULT_REASONS, PREFERENCE_REASONS } from '../item-assessment.js';
import type { ItemRule } from './rule.js';

/**
 * The quantity asked for was delivered and is still open: shipped (and invoiced, for a refund), not yet
 * refunded. A return, refund or damage claim on units that have not shipped is `not_shipped`: the
 * conversation offers a cancellation instead.
 */
export const quantityAvailable: ItemRule = {
  id: 'quantity_available',
  evaluate({ facts, item, qty }) {
    const open = eligibleQty(facts.action, item);
    if (qty <= open) return [];
    const claim = facts.action === 'return' || facts.action === 'refund';
    if (claim && qty > Math.max(0, item.qty_shipped - item.qty_refunded)) {
      const what = facts.action === 'refund' ? 'refunded' : 'returned';
      return [
        {
          code: 'not_shipped',
          verdict: 'deny',
          message: `${item.name} has not shipped yet, so it cannot be ${what}; the order can be cancelled instead.`,
        },
      ];
    }
    const what =
      facts.action === 'refund' ? 'shipped, paid for and not yet refunded' : 'shipped and not yet refunded';
    return [
      {
        code: 'quantity_not_available',
        verdict: 'deny',
        message: `Only ${open} of ${item.name} ${open === 1 ? 'is' : 'are'} ${what}; ${qty} were asked for.`,
      },
    ];
  },
};

/** Without a policy for the item nobody may guess one. */
export const policyKnown: ItemRule = {
  id: 'policy_known',
  evaluate({ item, policy }) {
    if (policy?.ok === true) return [];
    const why =
      policy?.ok === false ? policy.violations.map((v) => v.message).join(' ') : 'No policy lookup was made.';
    return [
      {
        code: 'policy_missing',
        verdict: 'human_review',
        message: `No return policy applies to ${item.name}: ${why}`,
      },
    ];
  },
};

/** Without the product's categories, neither the category policy nor the exclusions can be checked. */
export const categoriesKnown: ItemRule = {
  id: 'categories_known',
  evaluate({ item }) {
    if (item.categories_known) return [];
    return [
      {
        code: 'categories_unknown',
        verdict: 'human_review',
        message: `The catalog does not say which categories ${item.name} is in, so which policy applies needs a person to check.`,
      },
    ];
  },
};

/** Categories the merchant never handles automatically. */
export const categoryNotExcluded: ItemRule = {
  id: 'category_not_excluded',
  evaluate({ facts, item }) {
    const excluded = item.category_ids.filter((id) => facts.bounds.excluded_category_ids.includes(id));
    if (excluded.length === 0) return [];
    return [
      {
        code: 'excluded_category',
        verdict: 'human_review',
        message: `${item.name} is in a category (${excluded.join(', ')}) the store handles by hand.`,
      },
    ];
  },
};

/** Final-sale items are not returnable for preference; a fault claim on one is for a person to judge. */
export const finalSale: ItemRule = {
  id: 'final_sale',
  evaluate({ facts, item, policy }) {
    if (policy?.ok !== true || !policy.values.finalSale) return [];
    if (PREFERENCE_REASONS.has(facts.claim.reason)) {
      return [
        {
          code: 'final_sale',
          verdict: 'deny',
          message: `${item.name} was sold as final sale, so it cannot be returned or refunded for a change of mind or size.`,
        },
      ];
    }
    if (FAULT_REASONS.has(facts.claim.reason)) {
      return [
        {
          code: 'final_sale_fault',
          verdict: 'human_review',
          message: `${item.name} was a final-sale item; a colleague reviews fault claims on final-sale items.`,
        },
      ];
    }
    return [];
  },
};

/** The return window, counted from delivery in store-local days (see `assessWindow`). */
export const returnWindow: ItemRule = {
  id: 'return_window',
  evaluate({ facts, item, policy, window }) {
    const reason = facts.claim.reason;
    if (window === null || policy?.ok !== true || window.withinWindow) return [];
    if (!PREFERENCE_REASONS.has(reason) && !FAULT_REASONS.has(reason)) return [];
    if (window.basis === 'shipment_date') {
      return [
        {
          code: 'delivery_date_unknown',
          verdict: 'human_review',
          message: `The delivery date of ${item.name} is not known for this shipping method, so whether the ${policy.values.returnWindowDays}-day window has passed needs a person to check.`,
        },
      ];
    }
    if (FAULT_REASONS.has(reason)) {
      return [
        {
          code: 'fault_after_window',
          verdict: 'human_review',
          message: `The ${policy.values.returnWindowDays}-day return window for ${item.name} ended on ${window.lastDay}; a fault claim after it is a warranty matter for a colleague.`,
        },
      ];
    }
    return [
      {
        code: 'return_window_expired',
        verdict: 'deny',
        message: `The ${policy.values.returnWindowDays}-day return window for ${item.name} ended on ${window.lastDay} (delivery counted as ${window.deliveredOn}).`,
      },
    ];
  },
};

/** Lost or late parcels need a carrier investigation. */
export const deliveryClaim: ItemRule = {
  id: 'delivery_claim',
  evaluate({ facts, item }) {
    if (facts.claim.reason !== 'not_received' && facts.claim.reason !== 'late') return [];
    return [
      {
        code: 'delivery_claim',
        verdict: 'human_review',
        message: `A ${facts.claim.reason === 'late' ? 'late' : 'missing'} delivery of ${item.name} needs a carrier check by a colleague.`,
      },
    ];
  },
};

/** Change-of-mind money comes back when the goods do; a refund without a return is a person's call. */
export const refundNeedsReturn: ItemRule = {
  id: 'refund_needs_return',
  evaluate({ facts, item }) {
    if (facts.action !== 'refund' || !PREFERENCE_REASONS.has(facts.claim.reason)) return [];
    return [
      {
        code: 'return_required',
        verdict: 'human_review',
        message: `${item.name} is refunded for a change of mind once it is returned; a colleague arranges a refund before that.`,
      },
    ];
  },
};

export const ITEM_RULES: readonly ItemRule[] = [
  quantityAvailable,
  policyKnown,
  categoriesKnown,
  categoryNotExcluded,
  finalSale,
  returnWindow,
  deliveryClaim,
  refundNeedsReturn,
];
