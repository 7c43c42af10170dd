import type { RecordStore } from '../../common/record-store/record-store.js';

export type ConversationStatus = 'open' | 'resolved' | 'escalated' | 'expired';
export type MessageRole = 'customer' | 'assistant' | 'system';

export interface NewMessage {
  conversationId: string;
  role: MessageRole;
  text: string;
  intent?: string | null;
  confidence?: number | null;
  entities?: unknown;
  citations?: unknown[];
  products?: unknown[];
  traceId?: string | null;
}

export interface StoredMessage {
  id: string;
  conversationId: string;
  role: MessageRole;
  text: string;
  intent: string | null;
  citations: unknown[];
  products: unknown[];
  createdAt: string;
}

export interface SessionOwner {
  conversationId: string;
  customerId: string | null;
  storeCode: string;
}

/** Conversations, messages and feedback in the record store. SQL only; no decisions. */
export class ConversationRecords {
  constructor(private readonly db: RecordStore) {}

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
    const { rows } = await this.db.query<{ id: string; created_at: Date }>(
      `INSERT INTO messages (conversation_id, role, text, intent, confidence, entities, citations, products, trace_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, created_at`,
      [
        message.conversationId,
        message.role,
        message.text,
        message.intent ?? null,
        message.confidence ?? null,
        JSON.stringify(message.entities ?? []),
        JSON.stringify(message.citations ?? []),
        JSON.stringify(message.products ?? []),
        message.traceId ?? null,
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

  async history(sessionId: string, limit = 200): Promise<StoredMessage[]> {
    const { rows } = await this.db.query<{
      id: string;
      conversation_id: string;
      role: MessageRole;
      text: string;
      intent: string | null;
      citations: unknown[];
      products: unknown[];
      created_at: Date;
    }>(
      `SELECT m.id, m.conversation_id, m.role, m.text, m.intent, m.citations, m.products, m.created_at
         FROM messages m JOIN conversations c ON c.id = m.conversation_id
        WHERE c.session_id = $1
        ORDER BY m.created_at, m.id
        LIMIT $2`,
      [sessionId, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      conversationId: row.conversation_id,
      role: row.role,
      text: row.text,
      intent: row.intent,
      citations: row.citations,
      products: row.products,
      createdAt: new Date(row.created_at).toISOString(),
    }));
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
