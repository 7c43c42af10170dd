import type { HandoffReason } from '../escalation/handoff-tickets.js';
import type { FlowName } from './flow-names.js';
import type { SlotName } from './slots.js';

/**
 * Tools a flow calls by name. Each one reads live facts or asks the action engine, and answers with a
 * `StepResult` (go on, ask, confirm, wait, end); none writes customer text except through templates.
 */
export const FLOW_TOOLS = [
  /** Which of the customer's orders is meant: a number, a short number, a product it holds, a date, "my last". */
  'find_order',
  /** Proves the requester may see the order (signed in and owner, or the guest's e-mail + last name/postcode). */
  'verify_order',
  /** Which lines of the order the request is about, and how many of each. */
  'select_items',
  /** A refund of items whose return is registered already: that return's refund, nothing new requested. */
  'answer_return_under_way',
  /** A damage claim on an order that has not shipped: offer cancellation, never a refund while goods ship. */
  'offer_cancellation_if_unshipped',
  /** Asks the action engine what it would decide, and asks the customer to confirm its exact consequence. */
  'preview_action',
  /** Runs the confirmed action once (idempotent, audited) and reports what Magento did. */
  'execute_action',
  /** An address change on an order that has shipped is the carrier's business: say so, hand off. */
  'check_not_shipped',
  'confirm_address',
] as const;
export type FlowTool = (typeof FLOW_TOOLS)[number];

/** Answers that end a flow: the read-only skills (catalog, policies, orders). */
export const FLOW_SKILLS = [
  'search_products',
  'answer_product_question',
  'compare_products',
  'check_stock',
  'check_price',
  'order_status',
  'order_list',
  'answer_policy_question',
  'account_help',
  'request_summary',
] as const;
export type FlowSkill = (typeof FLOW_SKILLS)[number];

/**
 * A step of a flow (Rasa CALM's step kinds):
 * - `collect`: the slot must have a value; if not, ask `ask` and wait for the customer;
 * - `call`: run a tool (it may fill slots, ask, confirm, wait, or end the flow with a reply);
 * - `reply`: answer with a skill; the flow ends;
 * - `hand_off`: a person takes over for `reason`, with the flow's slots on the ticket; the flow ends.
 */
export type FlowStep =
  | {
      kind: 'collect';
      slot: SlotName;
      ask: 'ask_address' | 'ask_variant' | 'ask_competitor' | 'ask_coupon_reason';
    }
  | { kind: 'call'; tool: FlowTool }
  | { kind: 'reply'; skill: FlowSkill }
  | { kind: 'hand_off'; reason: HandoffReason; say?: FlowSkill };

export interface FlowDefinition {
  name: FlowName;
  /** What the flow is for, as a merchant's support lead would write it. */
  description: string;
  steps: readonly FlowStep[];
  /** The flow acts on the store (returns, refunds, cancellations, coupons): capped per conversation. */
  consequential?: boolean;
}

export const collect = (slot: SlotName, ask: Extract<FlowStep, { kind: 'collect' }>['ask']): FlowStep => ({
  kind: 'collect',
  slot,
  ask,
});
export const call = (tool: FlowTool): FlowStep => ({ kind: 'call', tool });
export const reply = (skill: FlowSkill): FlowStep => ({ kind: 'reply', skill });
export const handOff = (reason: HandoffReason, say?: FlowSkill): FlowStep => ({
  kind: 'hand_off',
  reason,
  ...(say ? { say } : {}),
});
