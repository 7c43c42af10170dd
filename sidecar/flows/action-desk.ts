import type { ClaimReason } from '../nlu/types.js';
import type { AccessibleOrder } from '../tools/order-access.js';
import type { ActionKind, ActionOutcome } from '../verifier/turn-facts.js';
import type { ItemSelection } from './slots.js';

/** The consequential actions a flow may ask for. */
export type FlowActionKind = Extract<ActionKind, 'return' | 'refund' | 'cancellation' | 'coupon'>;

/** A customer's request for a consequential action, as a flow collected it. */
export interface ActionAsk {
  kind: FlowActionKind;
  store: string;
  channel: 'web' | 'marketplace' | 'retail';
  conversationId: string;
  customer: { id: string | null; email: string | null };
  order: AccessibleOrder;
  /** The lines (and quantities) the customer named; empty = the whole order (cancellation, coupon). */
  items: ItemSelection[];
  reason: ClaimReason | null;
  /** Ids of the files the customer sent in this conversation (photos, receipts); empty = no evidence. */
  evidence: string[];
  /** The customer's own words, for the audit trail and risk signals. */
  message: string;
}

/** What the action engine decided, as codes and amounts: the flow words it from templates. */
export interface ActionDecision {
  actionId: string;
  kind: FlowActionKind;
  outcome: ActionOutcome;
  /** Amount refunded or to be refunded, in `currency`; null when the action has no amount. */
  amount: number | null;
  currency: string;
  /** Per line: what the customer would get back, after any restocking fee. */
  lines: Array<{ sku: string; qty: number; amount: number; restockingFee: number }>;
  /** Stable codes of the rules that stood in the way (`final_sale`, `return_window_expired`…). */
  codes: string[];
  /** Policy rule the decision rested on. */
  policy: { ruleId: string; version: string } | null;
  /** The merchant coupon a coupon action would issue. */
  couponCode: string | null;
}

/** A decision previewed before the customer confirms; `earlier` when an identical request was decided already. */
export interface ActionPreview extends ActionDecision {
  earlier: { executed: boolean; reference: string | null } | null;
}

/** A decision taken, and, when approved, what was executed in Magento. */
export interface ActionResult extends ActionDecision {
  executed: boolean;
  /** Approved but not carried out: the store failed (a person takes over) or it is still running. */
  state: 'done' | 'failed' | 'processing';
  /** Credit memo / return request / coupon reference the reply may quote. */
  reference: string | null;
}

/** A return registered on an order earlier (in this conversation or another): its lines and amount. */
export interface RegisteredReturn {
  lines: Array<{ sku: string; qty: number }>;
  amount: number;
  currency: string;
  reference: string | null;
  /** Carried out in Magento; else still being carried out. */
  done: boolean;
}

/** The actions layer as flows see it: preview (nothing recorded), then decide by code, execute once, audit. */
export interface ActionDesk {
  preview(ask: ActionAsk): Promise<ActionPreview>;
  request(ask: ActionAsk): Promise<ActionResult>;
  /** The returns registered on the order, oldest first. */
  registeredReturns(store: string, orderNumber: string): Promise<RegisteredReturn[]>;
}
