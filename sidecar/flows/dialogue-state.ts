import { z } from 'zod';
import { intentSchema } from '../nlu/types.js';

const shownProductSchema = z.object({ sku: z.string(), name: z.string(), price: z.number().optional() });

/**
 * What a session remembers between turns, kept in the session store (Redis or memory) with an idle
 * TTL. Validated on read: a corrupt or old-format entry starts a fresh state instead of crashing a turn.
 */
export const dialogueStateSchema = z.object({
  version: z.literal(1),
  sessionId: z.string(),
  conversationId: z.string(),
  storeCode: z.string(),
  /** The signed-in customer who owns the session; null for a guest session. */
  customerId: z.string().nullable(),
  shownProducts: z.array(shownProductSchema),
  focusProduct: shownProductSchema.optional(),
  lastOrderNumber: z.string().optional(),
  lastIntent: intentSchema.optional(),
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
  escalation: z.object({ ticketId: z.string(), reason: z.string() }).optional(),
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
    version: 1,
    ...input,
    shownProducts: [],
    guest: { verifiedOrders: [] },
    misunderstandings: 0,
    turns: 0,
    injectionAttempts: 0,
  };
}
