import { z } from 'zod';
import { cleanInputText } from './clean-input.js';
import { replyPayloadSchema } from './reply-payload.js';

/**
 * The chat API's wire shapes (request bodies, the reply, the history), shared by the sidecar, which
 * parses and documents with them, and the widget, which imports the types only.
 */

/** Typed text from outside, cleaned once here (see `cleanInputText`), then trimmed and bounded. */
export const typedText = (max: number) =>
  z
    .string()
    .max(max * 2, `at most ${max} characters`)
    .transform(cleanInputText)
    .pipe(z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`));

/** Attachments one message may carry (evidence photos, a receipt). */
export const MAX_ATTACHMENTS_PER_MESSAGE = 5;

/** Storefront page types Magento's layout handles map to (`catalog_product_view` → product, …). */
export const PAGE_TYPES = [
  'home',
  'product',
  'category',
  'search',
  'cart',
  'checkout',
  'account',
  'cms',
  'other',
] as const;

/**
 * The page the shopper is on when they write, as the Magento module's ViewModel\PageContext reads it
 * from the layout (product SKU and name, category) and the widget sends it with each message. It comes
 * from the browser, so it is context only: "this jacket" names the jacket on the page, but nothing is
 * authorised or believed because of it (prices, stock and policies are read from Magento by SKU).
 */
export const pageContextSchema = z.object({
  type: z.enum(PAGE_TYPES),
  /** The product on a product page. */
  sku: z.string().trim().min(1).max(64).optional(),
  productName: typedText(255).optional(),
  /** The category of a category page (or the product's current category). */
  categoryId: z.number().int().positive().optional(),
  categoryName: typedText(255).optional(),
  /** The search of a search results page. */
  query: typedText(255).optional(),
});
export type PageContext = z.infer<typeof pageContextSchema>;

export const chatMessageBodySchema = z.object({
  sessionId: z.string().uuid().optional(),
  message: typedText(4000),
  /**
   * Chosen by the client per message and sent again on a retry: a repeat in the same session returns
   * the reply already given and records nothing twice.
   */
  clientMessageId: z.string().uuid().optional(),
  /** Ids of files uploaded to this session (`POST /api/chat/attachments`) that this message sends. */
  attachments: z
    .array(z.string().uuid())
    .max(MAX_ATTACHMENTS_PER_MESSAGE, `at most ${MAX_ATTACHMENTS_PER_MESSAGE} attachments`)
    .optional(),
  store: z
    .string()
    .regex(/^[a-z0-9_]+$/, 'a store view code')
    .optional(),
  /** Where the customer is talking to the store; policies can differ per channel. @default "web" */
  channel: z.enum(['web', 'marketplace', 'retail']).optional(),
  /** The storefront page the message was written on (see `pageContextSchema`). */
  page: pageContextSchema.optional(),
});
export type ChatMessageBody = z.input<typeof chatMessageBodySchema>;

export const feedbackBodySchema = z.object({
  sessionId: z.string().uuid(),
  messageId: z.string().uuid(),
  rating: z.number().int().min(1).max(5),
  comment: typedText(2000).optional(),
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
/** Evidence file types: photos and PDFs (receipts, carrier letters). Checked by content, not by name. */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const attachmentSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  type: z.enum(ATTACHMENT_TYPES),
  /** Bytes. */
  size: z.number().int().positive(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** `POST /api/chat/attachments` → 201. */
export const attachmentCreatedSchema = z.object({ attachment: attachmentSchema });
export type AttachmentCreated = z.infer<typeof attachmentCreatedSchema>;

/** `GET /api/chat/greeting?store=…`: what the widget opens with before the shopper writes. */
export const greetingQuerySchema = z.object({
  store: z
    .string()
    .regex(/^[a-z0-9_]+$/, 'a store view code')
    .optional(),
});

export const chatGreetingSchema = z.object({
  store: z.string(),
  /** The store's name as customers know it (Magento's store, e.g. "Cedar & Pine"), not the store view's label. */
  storeName: z.string(),
  /** The store view's language. */
  locale: z.string(),
  /** The merchant's greeting for the store view, or Verity's own with the store's name. Plain text. */
  greeting: z.string(),
});
export type ChatGreeting = z.infer<typeof chatGreetingSchema>;
