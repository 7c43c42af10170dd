import { z } from 'zod';
import { AUDIENCES } from '../../common/language/audience.js';
import { intentSchema } from '../nlu/types.js';
import { COMPARED_CONCEPTS } from '../nlu/entities/comparison-question.js';
import { FLOW_NAMES } from './flow-names.js';
import { SLOT_NAMES, slotValuesSchema } from './slots.js';

/** Why a flow's turn stopped: it asked for a slot, asked to confirm an exact consequence, or waits (a photo). */
const pendingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('collect'), slot: z.enum(SLOT_NAMES as [string, ...string[]]) }),
  z.object({ kind: z.literal('confirm'), fingerprint: z.string() }),
  z.object({ kind: z.literal('wait') }),
]);

/** One running flow: its own slots, what it waits for, and what the customer confirmed. */
export const flowFrameSchema = z.object({
  flow: z.enum(FLOW_NAMES),
  slots: slotValuesSchema,
  pending: pendingSchema.optional(),
  /** The fingerprint of the consequence the customer said yes to (one confirmation, one consequence). */
  confirmed: z.string().optional(),
  /** Turns this flow stopped without progress; capped so a flow cannot loop. */
  stalls: z.number().int(),
  /** The words the request was made in (one clause of a multi-request message). */
  utterance: z.string().optional(),
});
export type FlowFrame = z.infer<typeof flowFrameSchema>;
export type FlowPending = z.infer<typeof pendingSchema>;

const shownProductSchema = z.object({ sku: z.string(), name: z.string(), price: z.number().optional() });

/**
 * What a session remembers between turns, kept in the session store (Redis or memory) with an idle
 * TTL. Validated on read: a corrupt or old-format entry starts a fresh state instead of crashing a turn.
 */
export const dialogueStateSchema = z.object({
  version: z.literal(2),
  sessionId: z.string(),
  conversationId: z.string(),
  storeCode: z.string(),
  /** The signed-in customer who owns the session; null for a guest session. */
  customerId: z.string().nullable(),
  shownProducts: z.array(shownProductSchema),
  focusProduct: shownProductSchema.optional(),
  lastOrderNumber: z.string().optional(),
  /**
   * The items of an order the customer last named or chose ("the earbuds one", "both shirts"), so
   * "can I return them?" about the same order is about those lines (SKUs of that order's lines).
   */
  focusItems: z.object({ order: z.string(), skus: z.array(z.string()).min(1).max(20) }).optional(),
  lastIntent: intentSchema.optional(),
  /**
   * What the last product question asked about (the NLU's topic words and concept), so "and the first
   * one?" asks it of another product.
   */
  lastQuestion: z
    .object({ words: z.array(z.string()), concept: z.enum(COMPARED_CONCEPTS).optional() })
    .optional(),
  /** The slot the last reply asked for. */
  awaiting: z.enum(['order_number', 'email', 'verification', 'confirmation', 'product']).optional(),
  /** The request waiting for that slot (e.g. `order_status` waiting for an order number). */
  pendingIntent: z.string().optional(),
  guest: z.object({
    /** Orders this guest proved ownership of in this session. */
    verifiedOrders: z.array(z.string()),
    pendingOrderNumber: z.string().optional(),
    email: z.string().optional(),
    lastName: z.string().optional(),
    postcode: z.string().optional(),
  }),
  /** Consecutive turns the assistant did not understand. */
  misunderstandings: z.number().int(),
  turns: z.number().int(),
  /** Prompt-injection attempts seen in this session. */
  injectionAttempts: z.number().int(),
  /** The conversation's handoff; `turn`: the turn count once it was made (a withdrawal right after it). */
  escalation: z
    .object({ ticketId: z.string(), reason: z.string(), turn: z.number().int().optional() })
    .optional(),
  /** Running flows, the active one last; those below resume when it ends. */
  flows: z.array(flowFrameSchema),
  /** Slots that outlive a flow (`CONVERSATION_SLOTS`): the order meant, a guest's proof. */
  slots: slotValuesSchema,
  /** The last flow that ran, so "and order 000000003?" continues it. */
  lastFlow: z.enum(FLOW_NAMES).optional(),
  /** Consequential action decisions asked of the action engine in this conversation (capped). */
  actionDecisions: z.number().int(),
  /** The last product search, so "in blue?" or "anything cheaper?" refines it instead of starting over. */
  lastSearch: z
    .object({
      query: z.string(),
      /** The shopper's budget ("under $150"); a "cheaper" bound is `cheaperThan`, not a budget. */
      minPrice: z.number().optional(),
      maxPrice: z.number().optional(),
      /** "Cheaper": under this price (the cheapest product of the kind shown before), exclusive. */
      cheaperThan: z.number().optional(),
      /**
       * The kind of product searched for (the query's head word, stemmed: `boot`) and the shopper's word
       * for it ("boots"): a refinement shows only products of this kind, or says there are none.
       */
      kind: z.object({ term: z.string(), word: z.string() }).optional(),
      /** Who the products are for, said in a refinement ("for women"): a filter of the search. */
      audience: z.array(z.enum(AUDIENCES)).optional(),
      /** The lowest price among the products of the kind shown last ("cheaper" goes under it). */
      cheapest: z.number().optional(),
      /** Products of the kind shown so far by this search and its pages ("that's the only one"). */
      found: z.number().int().nonnegative().optional(),
      attributes: z.record(z.string(), z.array(z.string())).optional(),
      includeOutOfStock: z.boolean().optional(),
      /** Where the next page of its ranking starts ("show me more"). */
      offset: z.number().int().nonnegative().optional(),
    })
    .optional(),
  /** Orders of the customer's list shown so far ("show me more orders" shows the next ones). */
  ordersShown: z.number().int().nonnegative().optional(),
  /** The order numbers the last order list or "which order?" showed, in their order ("the second one"). */
  listedOrders: z.array(z.string()).max(10).optional(),
  /** The last proof a guest gave that did not match, so the same one is not tried again. */
  failedProof: z.string().optional(),
});
export type DialogueState = z.infer<typeof dialogueStateSchema>;
export type ShownProductState = z.infer<typeof shownProductSchema>;

export function newDialogueState(input: {
  sessionId: string;
  conversationId: string;
  storeCode: string;
  customerId: string | null;
}): DialogueState {
  return {
    version: 2,
    ...input,
    flows: [],
    slots: {},
    actionDecisions: 0,
    shownProducts: [],
    guest: { verifiedOrders: [] },
    misunderstandings: 0,
    turns: 0,
    injectionAttempts: 0,
  };
}
