import type { ReplyPayload } from '../../common/chat-api/reply-payload.js';
import type { Logger } from '../../common/logger.js';
import type { RecordStore } from '../../common/record-store/record-store.js';
import { EMPTY_REPLY, replyColumns, storedReply } from './stored-reply.js';

export type ConversationStatus = 'open' | 'resolved' | 'escalated' | 'expired';
/** `agent`: a person from the merchant's team, writing from the inbox. */
export type MessageRole = 'customer' | 'assistant' | 'system' | 'agent';

export interface NewMessage {
  conversationId: string;
  role: MessageRole;
  text: string;
  intent?: string | null;
  confidence?: number | null;
  entities?: unknown;
  /** What an assistant reply showed besides its text, exactly as it was sent. */
  reply?: ReplyPayload;
  traceId?: string | null;
  /** For an agent's message: how the customer sees the person (rendered from the template table). */
  author?: string | null;
}

/** A message as it was sent: its text and, for an assistant reply, what it showed (validated on read). */
export interface StoredMessage extends ReplyPayload {
  id: string;
  conversationId: string;
  role: MessageRole;
  text: string;
  intent: string | null;
  /** An agent's message: how the customer sees the person; null otherwise. */
  author: string | null;
  createdAt: string;
}

export interface SessionOwner {
  conversationId: string;
  customerId: string | null;
  storeCode: string;
}

/** Conversations, messages and feedback in the record store. SQL only; no decisions. */
export class ConversationRecords {
  constructor(
    private readonly db: RecordStore,
    private readonly logger: Logger,
  ) {}

  async startConversation(input: {
    sessionId: string;
    storeCode: string;
    customerId: string | null;
    channel: string;
  }): Promise<string> {
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO conversations (session_id, store_code, customer_id, channel) VALUES ($1, $2, $3, $4) RETURNING id`,
      [input.sessionId, input.storeCode, input.customerId, input.channel],
    );
    return rows[0]!.id;
  }

  async appendMessage(message: NewMessage): Promise<{ id: string; createdAt: string }> {
    const reply = replyColumns(message.reply ?? EMPTY_REPLY);
    const { rows } = await this.db.query<{ id: string; created_at: Date }>(
      `INSERT INTO messages (conversation_id, role, text, intent, confidence, entities, citations, products, reply_extras, trace_id, author)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id, created_at`,
      [
        message.conversationId,
        message.role,
        message.text,
        message.intent ?? null,
        message.confidence ?? null,
        JSON.stringify(message.entities ?? []),
        JSON.stringify(reply.citations),
        JSON.stringify(reply.products),
        JSON.stringify(reply.extras),
        message.traceId ?? null,
        message.author ?? null,
      ],
    );
    await this.db.query(`UPDATE conversations SET last_message_at = now() WHERE id = $1`, [
      message.conversationId,
    ]);
    return { id: rows[0]!.id, createdAt: new Date(rows[0]!.created_at).toISOString() };
  }

  async setStatus(conversationId: string, status: ConversationStatus): Promise<void> {
    // An escalated conversation stays escalated: a later "thanks" does not make it self-served.
    await this.db.query(`UPDATE conversations SET status = $2 WHERE id = $1 AND status <> 'escalated'`, [
      conversationId,
      status,
    ]);
  }

  /** Who owns a session: the first conversation's customer (null for a guest session). */
  async sessionOwner(sessionId: string): Promise<SessionOwner | null> {
    const { rows } = await this.db.query<{ id: string; customer_id: string | null; store_code: string }>(
      `SELECT id, customer_id, store_code FROM conversations WHERE session_id = $1 ORDER BY started_at LIMIT 1`,
      [sessionId],
    );
    const row = rows[0];
    return row ? { conversationId: row.id, customerId: row.customer_id, storeCode: row.store_code } : null;
  }

  /**
   * A session's latest `limit` (200) messages in order, optionally of one of its conversations, each with what it showed when it was sent (never re-read
   * facts).
   * A stored payload that fails validation is logged and dropped: the message keeps its text only.
   */
  async history(
    sessionId: string,
    options: { limit?: number; conversationId?: string } = {},
  ): Promise<StoredMessage[]> {
    const { rows } = await this.db.query<{
      id: string;
      conversation_id: string;
      role: MessageRole;
      text: string;
      intent: string | null;
      citations: unknown;
      products: unknown;
      reply_extras: unknown;
      author: string | null;
      created_at: Date;
    }>(
      // The latest `limit` messages, oldest first: a long session restores (and hands off) its end.
      `SELECT * FROM (
         SELECT m.id, m.conversation_id, m.role, m.text, m.intent, m.citations, m.products, m.reply_extras, m.author,
                m.created_at, m.seq
           FROM messages m JOIN conversations c ON c.id = m.conversation_id
          WHERE c.session_id = $1 AND ($3::uuid IS NULL OR c.id = $3::uuid)
          ORDER BY m.seq DESC
          LIMIT $2) latest
        ORDER BY seq`,
      [sessionId, options.limit ?? 200, options.conversationId ?? null],
    );
    return rows.map((row) => {
      const reply = storedReply({
        products: row.products,
        citations: row.citations,
        extras: row.reply_extras,
      });
      if (!reply)
        this.logger.warn(
          { messageId: row.id },
          'stored reply payload is invalid; history shows its text only',
        );
      return {
        id: row.id,
        conversationId: row.conversation_id,
        role: row.role,
        text: row.text,
        intent: row.intent,
        author: row.author,
        ...(reply ?? EMPTY_REPLY),
        createdAt: new Date(row.created_at).toISOString(),
      };
    });
  }

  /** One conversation's latest messages (the inbox's transcript), in order; [] for an unknown id. */
  async conversationMessages(conversationId: string, limit = 500): Promise<StoredMessage[]> {
    const { rows } = await this.db.query<{ session_id: string }>(
      `SELECT session_id FROM conversations WHERE id = $1`,
      [conversationId],
    );
    return rows[0] ? this.history(rows[0].session_id, { conversationId, limit }) : [];
  }

  /** The message a rating is about, if it belongs to this session and is the assistant's. */
  async findAssistantMessage(
    sessionId: string,
    messageId: string,
  ): Promise<{ conversationId: string } | null> {
    const { rows } = await this.db.query<{ conversation_id: string }>(
      `SELECT m.conversation_id FROM messages m JOIN conversations c ON c.id = m.conversation_id
        WHERE c.session_id = $1 AND m.id = $2 AND m.role = 'assistant'`,
      [sessionId, messageId],
    );
    return rows[0] ? { conversationId: rows[0].conversation_id } : null;
  }

  async recordFeedback(input: {
    conversationId: string;
    messageId: string;
    rating: number;
    comment?: string;
  }): Promise<void> {
    await this.db.query(
      `INSERT INTO feedback (conversation_id, message_id, rating, comment) VALUES ($1, $2, $3, $4)
       ON CONFLICT (message_id) DO UPDATE SET rating = EXCLUDED.rating, comment = EXCLUDED.comment, created_at = now()`,
      [input.conversationId, input.messageId, input.rating, input.comment ?? null],
    );
  }
}
