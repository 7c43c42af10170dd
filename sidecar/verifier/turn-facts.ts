import type { Citation } from '../../common/chat-api/reply-payload.js';
import type { PolicyValues } from '../policy/policy-types.js';

/**
 * Everything a turn established from deterministic sources before a reply is composed. The verifier
 * checks every claim in a draft against these facts only: a value that is not here may not be said.
 * Money is a number in `currency` (ISO 4217); dates are ISO 8601 strings.
 */
export interface TurnFacts {
  policies: PolicyFact[];
  products: ProductFact[];
  orders: OrderFact[];
  actions: ActionDecisionFact[];
  /** Delivery windows the reply may quote: from policy ranges or the carrier's tracking. */
  deliveryRanges: DeliveryRangeFact[];
  /** Citations the turn can attach; a reply's citations must be a subset. */
  citations: TurnCitation[];
  /**
   * Retrieved text the reply quotes verbatim and attributes (a customer review): someone's words, not
   * the store's claims, so the verifier does not read claims inside them. @default none
   */
  quotes?: string[];
}

/** A citation is sent to the widget and stored with the message as it is: the chat API's shape. */
export type TurnCitation = Citation;

export interface PolicyFact {
  ruleId: string;
  /** Config version hash (`PolicyVersion.hash`). */
  version: string;
  values: PolicyValues;
  /** What the rule was resolved for, e.g. "Shoes, Main Website, web", to name it in the reply. */
  appliesTo: string;
}

export type StockStatus = 'in_stock' | 'out_of_stock' | 'backorder';

export interface ProductFact {
  sku: string;
  name: string;
  /** Price the customer pays now (the special price when one applies). */
  price: number;
  /** Regular price when a special price applies. */
  regularPrice?: number;
  currency: string;
  stockStatus: StockStatus;
  /** Salable quantity when Magento exposes it; null = unknown (say nothing about a count). */
  qty: number | null;
  attributes: Record<string, string>;
  /** Average rating 0–5; null = no reviews. */
  rating: number | null;
  reviewCount: number;
}

export interface OrderItemFact {
  sku: string;
  name: string;
  qty: number;
  price: number;
}

export interface OrderFact {
  number: string;
  /** Magento order status code, e.g. `processing`, `complete`, `canceled`. */
  status: string;
  /** Customer-facing status label, e.g. "Shipped". */
  statusLabel?: string;
  createdAt: string;
  shippedAt?: string;
  deliveredAt?: string;
  grandTotal: number;
  subtotal: number;
  shippingAmount: number;
  currency: string;
  carrier?: string;
  trackingNumbers: string[];
  items: OrderItemFact[];
}

export type ActionKind =
  'refund' | 'return' | 'exchange' | 'replacement' | 'coupon' | 'cancellation' | 'store_credit';
export type ActionOutcome = 'approved' | 'denied' | 'needs_evidence' | 'human_review';

export interface ActionDecisionFact {
  kind: ActionKind;
  outcome: ActionOutcome;
  /** Amount approved or requested; null when the action has no amount. */
  amount: number | null;
  currency: string;
  /** Action / RMA / credit memo id the reply may quote. */
  reference?: string;
  /** True once executed in Magento (a refund "issued"), false when only decided. */
  executed: boolean;
}

export interface DeliveryRangeFact {
  /** Shipping method code or carrier name. */
  method: string;
  minDays: number;
  maxDays: number;
  source: 'policy' | 'carrier';
}

/** Facts with nothing in them: the starting point a turn fills. */
export function emptyTurnFacts(): TurnFacts {
  return { policies: [], products: [], orders: [], actions: [], deliveryRanges: [], citations: [] };
}
