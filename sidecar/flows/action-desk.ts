import type { ClaimReason } from '../nlu/types.js';
import type { AccessibleOrder } from '../tools/order-access.js';
import type { ActionKind, ActionOutcome } from '../verifier/turn-facts.js';

/** A customer's request for a consequential action, as the conversation understood it. */
export interface ActionRequest {
  kind: Extract<ActionKind, 'return' | 'refund' | 'cancellation'>;
  store: string;
  channel: 'web' | 'marketplace' | 'retail';
  conversationId: string;
  customer: { id: string | null; email: string | null };
  order: AccessibleOrder;
  /** Items the customer named; empty = the whole order. */
  skus: string[];
  reason: ClaimReason | null;
  /** Ids of the files the customer sent in this conversation (photos, receipts); empty = no evidence. */
  evidence: string[];
  /** The customer's own words, for the audit trail and risk signals. */
  message: string;
}

/** What the authorization engine decided and, when approved, what was executed in Magento. */
export interface ActionResult {
  actionId: string;
  kind: ActionRequest['kind'];
  outcome: ActionOutcome;
  executed: boolean;
  /** Amount refunded or requested, in `currency`; null when the action has no amount. */
  amount: number | null;
  currency: string;
  /** Credit memo / return request reference the reply may quote. */
  reference: string | null;
  /** Customer-facing reasons, already worded by the action engine from its decision codes. */
  reasons: string[];
  /** The reply text the action engine approved for this decision. */
  customerText: string;
  /** Policy rule the decision rested on. */
  policy: { ruleId: string; version: string } | null;
}

/** The actions layer as the conversation engine sees it: decide by code, execute once, audit. */
export interface ActionDesk {
  request(request: ActionRequest): Promise<ActionResult>;
}
