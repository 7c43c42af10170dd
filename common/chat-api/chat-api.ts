import { z } from 'zod';
import { replyPayloadSchema } from './reply-payload.js';

/**
 * The chat API's wire shapes (request bodies, the reply, the history), shared by the sidecar, which
 * parses and documents with them, and the widget, which imports the types only.
 */

export const chatMessageBodySchema = z.object({
  sessionId: z.string().uuid().optional(),
  message: z.string().trim().min(1, 'must not be empty').max(4000, 'at most 4000 characters'),
  store: z
    .string()
    .regex(/^[a-z0-9_]+$/, 'a store view code')
    .optional(),
  /** Where the customer is talking to the store; policies can differ per channel. @default "web" */
  channel: z.enum(['web', 'marketplace', 'retail']).optional(),
});
export type ChatMessageBody = z.input<typeof chatMessageBodySchema>;

export const feedbackBodySchema = z.object({
  sessionId: z.string().uuid(),
  messageId: z.string().uuid(),
  rating: z.number().int().min(1).max(5),
  comment: z.string().max(2000).optional(),
});
export type FeedbackBody = z.input<typeof feedbackBodySchema>;

export const actionSummarySchema = z.object({
  kind: z.string(),
  outcome: z.string(),
  reference: z.string().nullable(),
});
export type ActionSummary = z.infer<typeof actionSummarySchema>;

export const chatReplySchema = replyPayloadSchema.extend({
  sessionId: z.string().uuid(),
  messageId: z.string().uuid(),
  reply: z.string().describe('Plain text; render as text, never as HTML.'),
  intent: z.string(),
  confidence: z.number().min(0).max(1),
  entities: z.record(z.string(), z.unknown()),
  actions: z.array(actionSummarySchema),
  traceId: z.string(),
  /**
   * True when a person from the store holds the conversation: the message went to them and the
   * assistant stayed quiet (`reply` is empty); their answer arrives through `/api/chat/updates`.
   */
  personHolds: z.boolean().optional(),
});
export type ChatReply = z.infer<typeof chatReplySchema>;

/** One message of a session as it was sent; a customer's message has an empty payload. */
export const historyMessageSchema = replyPayloadSchema.extend({
  id: z.string().uuid(),
  role: z.enum(['customer', 'assistant', 'system', 'agent']),
  text: z.string(),
  /** A person's message (`role: agent`): how they are introduced, e.g. "Sam, from our team". */
  author: z.string().nullable().optional(),
  createdAt: z.iso.datetime(),
});
export type HistoryMessage = z.infer<typeof historyMessageSchema>;

export const chatHistorySchema = z.object({
  sessionId: z.string().uuid(),
  messages: z.array(historyMessageSchema),
});
export type ChatHistory = z.infer<typeof chatHistorySchema>;

/** Where a handed-off conversation stands, as the customer may see it. */
export const handoffStateSchema = z.enum(['waiting', 'with_person']);

/** What the widget polls for while a handoff is live: messages after its cursor and the handoff's state. */
export const chatUpdatesSchema = z.object({
  sessionId: z.string().uuid(),
  messages: z.array(historyMessageSchema),
  /** null once no ticket is live (resolved, handed back, or never opened): polling may stop. */
  handoff: handoffStateSchema.nullable(),
});
export type ChatUpdates = z.infer<typeof chatUpdatesSchema>;
