import type { ActionKind, ClaimReason } from './authorization-facts.js';

/** The four outcomes. Ordered from most to least final; see `decideVerdict` for precedence. */
export type Verdict = 'approve' | 'deny' | 'needs_evidence' | 'human_review';

/** One reason a rule did not let a request through, with the outcome it calls for. */
export interface Violation {
  /** Stable machine code, e.g. `final_sale`, `return_window_expired`, `above_auto_approve_bound`. */
  code: string;
  /** Human-readable reason, built only from facts and policy values. */
  message: string;
  verdict: Exclude<Verdict, 'approve'>;
  /** Id of the rule that raised it. */
  ruleId: string;
}

/** How the return window was measured for one item (shown to operators and in the audit trail). */
export interface WindowAssessment {
  /** `shipment_plus_delivery_range`: shipment date + the method's max delivery business days; `shipment_date`: no range known, so the earliest possible delivery. */
  basis: 'shipment_plus_delivery_range' | 'shipment_date';
  /** Store-local calendar date (YYYY-MM-DD) the window is counted from. */
  deliveredOn: string;
  /** Last store-local day on which a return is accepted (inclusive). */
  lastDay: string;
  /** Store-local date of the request. */
  today: string;
  withinWindow: boolean;
}

export interface ItemDecision {
  itemId: number;
  sku: string;
  qty: number;
  verdict: Verdict;
  violations: Violation[];
  /** Amount the customer would get back for this line, base currency, after any restocking fee. */
  amount: number;
  /** Restocking fee withheld, base currency. */
  restockingFee: number;
  policy: { ruleId: string; version: string } | null;
  window: WindowAssessment | null;
}

export interface AuthorizationResult {
  action: ActionKind;
  reason: ClaimReason;
  verdict: Verdict;
  items: ItemDecision[];
  /** Order-level violations (ownership, bounds, risk). */
  violations: Violation[];
  /** Total of the approved lines, base currency (0 unless the verdict is approve). */
  approvedAmount: number;
  currency: string;
  /** Merchant coupon chosen for a coupon action. */
  coupon: { ruleId: string; code: string } | null;
  /** One line per reason, for the operator view and the customer reply's template slots. */
  reasons: string[];
}
