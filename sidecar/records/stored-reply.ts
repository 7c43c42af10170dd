import { replyPayloadSchema, type ReplyPayload } from '../../common/chat-api/reply-payload.js';

/** The payload of a message that shows nothing but its text (every customer message). */
export const EMPTY_REPLY: ReplyPayload = {
  products: [],
  citations: [],
  escalation: null,
  quickReplies: [],
  order: null,
  orders: [],
  comparison: null,
};

/** How a reply payload is split over the `messages` columns. */
export interface ReplyColumns {
  products: ReplyPayload['products'];
  citations: ReplyPayload['citations'];
  /** Everything else: `reply_extras`. */
  extras: Omit<ReplyPayload, 'products' | 'citations'>;
}

/**
 * Validates a reply payload on its way into the record store. Products and citations keep the columns
 * they always had; the rest goes into `reply_extras`. Throws on a payload that does not match the wire
 * shape: a reply the widget could not render must not be stored as history.
 */
export function replyColumns(payload: ReplyPayload): ReplyColumns {
  const { products, citations, ...extras } = replyPayloadSchema.parse(payload);
  return { products, citations, extras };
}

/** Every field may be missing from a row stored before `reply_extras` existed. */
const storedReplySchema = replyPayloadSchema.partial();

/**
 * Reads a stored payload back, validated. Fields an older row does not have are empty; a row that does
 * not match the shape gives `null`, so the caller can keep the message's text without presenting cards
 * it cannot trust.
 */
export function storedReply(columns: {
  products: unknown;
  citations: unknown;
  extras: unknown;
}): ReplyPayload | null {
  const extras = typeof columns.extras === 'object' && columns.extras !== null ? columns.extras : {};
  const parsed = storedReplySchema.safeParse({
    ...extras,
    products: columns.products,
    citations: columns.citations,
  });
  return parsed.success ? { ...EMPTY_REPLY, ...parsed.data } : null;
}
