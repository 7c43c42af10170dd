import type { ReplyPayload } from '../../common/chat-api/reply-payload.js';
import type { Logger } from '../../common/logger.js';
import type { RecordStore } from '../../common/record-store/record-store.js';
import type { SessionRow } from '../../common/session-store/session-store.js';
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
  /** The client's id for the exchange: a repeat finds this message instead of recording another. */
  clientMessageId?: string;
  /** What a live reply carried besides its payload, so a repeat returns the same reply. */
  turnSummary?: TurnSummary;
}

/** The parts of a chat reply that are not in its stored payload. */
export interface TurnSummary {
  confidence: number;
  entities: Record<string, unknown>;
  actions: Array<{ kind: string; outcome: string; reference: string | null }>;
  /** The flow the turn ran first (analytics' topic). */
  flow?: string;
}

/** A reply recorded under a client message id, as a repeat returns it. */
export interface RecordedReply extends StoredMessage {
  traceId: string | null;
  turnSummary: Partial<TurnSummary>;
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

/** A message as `appendMessage` recorded it (or found it already recorded). */
export interface AppendedMessage {
  id: string;
  createdAt: string;
  repeated: boolean;
}

interface MessageRow {
  id: string;
  created_at: Date;
}

const MESSAGE_COLUMNS = `conversation_id, role, text, intent, confidence, entities, citations, products, reply_extras,
                         trace_id, author, client_message_id, turn_summary`;

/** One message's INSERT, parameters $1–$13 as `messageParams` orders them; a repeat inserts nothing. */
const INSERT_MESSAGE = `INSERT INTO messages (${MESSAGE_COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (conversation_id, role, client_message_id) WHERE client_message_id IS NOT NULL DO NOTHING`;

function messageParams(message: NewMessage): unknown[] {
  const reply = replyColumns(message.reply ?? EMPTY_REPLY);
  return [
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
    message.clientMessageId ?? null,
    JSON.stringify(message.turnSummary ?? {}),
  ];
}

function appended(row: MessageRow, repeated: boolean): AppendedMessage {
  return { id: row.id, createdAt: new Date(row.created_at).toISOString(), repeated };
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

  /**
   * Records a message, and the conversation's last activity with it, in one statement. With a
   * `clientMessageId` already recorded for this role in the conversation, nothing is written and the
   * earlier message is returned with `repeated: true`.
   */
  async appendMessage(message: NewMessage): Promise<AppendedMessage> {
    const { rows } = await this.db.query<MessageRow>(
      `WITH inserted AS (${INSERT_MESSAGE} RETURNING id, created_at),
            touched AS (UPDATE conversations SET last_message_at = now()
                         WHERE id = $1 AND EXISTS (SELECT 1 FROM inserted))
       SELECT id, created_at FROM inserted`,
      messageParams(message),
    );
    return rows[0] ? appended(rows[0], false) : this.earlier(message);
  }

  /**
   * A customer's message in a turn: records it with the conversation's last activity, and says whether
   * a person holds the conversation (its handoff ticket is claimed), in one statement instead of a
   * SELECT before the INSERT. While a person holds it the message is theirs and is recorded as
   * `appendMessage` records one passed to them, without its client message id. A client message id
   * already recorded (no person holding) writes nothing and returns the earlier message, `repeated`.
   */
  async appendCustomerMessage(
    message: Omit<NewMessage, 'role'>,
  ): Promise<AppendedMessage & { personHolds: boolean }> {
    const { rows } = await this.db.query<{ held: boolean; id: string | null; created_at: Date | null }>(
      `WITH holder AS (SELECT EXISTS (SELECT 1 FROM handoff_tickets
                                       WHERE conversation_id = $1 AND status = 'claimed') AS held),
            inserted AS (INSERT INTO messages (${MESSAGE_COLUMNS})
                         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
                                CASE WHEN holder.held THEN NULL ELSE $12::uuid END, $13 FROM holder
                         ON CONFLICT (conversation_id, role, client_message_id) WHERE client_message_id IS NOT NULL
                         DO NOTHING
                         RETURNING id, created_at),
            touched AS (UPDATE conversations SET last_message_at = now()
                         WHERE id = $1 AND EXISTS (SELECT 1 FROM inserted))
       SELECT holder.held, inserted.id, inserted.created_at FROM holder LEFT JOIN inserted ON true`,
      messageParams({ ...message, role: 'customer' }),
    );
    const row = rows[0]!;
    if (row.id !== null && row.created_at !== null)
      return { ...appended({ id: row.id, created_at: row.created_at }, false), personHolds: row.held };
    return { ...(await this.earlier({ ...message, role: 'customer' })), personHolds: row.held };
  }

  /**
   * Starts a conversation with its first message in one statement (a session's first turn): what
   * `startConversation` then `appendMessage` do in two.
   */
  async startConversationWith(
    conversation: { sessionId: string; storeCode: string; customerId: string | null; channel: string },
    message: Omit<NewMessage, 'conversationId'>,
  ): Promise<AppendedMessage & { conversationId: string }> {
    // The message's parameters less its conversation id ($1–$12), then the conversation's ($13–$16).
    const params = messageParams({ ...message, conversationId: '' }).slice(1);
    const { rows } = await this.db.query<MessageRow & { conversation_id: string }>(
      `WITH conversation AS (
         INSERT INTO conversations (session_id, store_code, customer_id, channel) VALUES ($13, $14, $15, $16)
         RETURNING id)
       INSERT INTO messages (${MESSAGE_COLUMNS})
       SELECT conversation.id, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12 FROM conversation
       RETURNING id, created_at, conversation_id`,
      [
        ...params,
        conversation.sessionId,
        conversation.storeCode,
        conversation.customerId,
        conversation.channel,
      ],
    );
    const row = rows[0]!;
    return { ...appended(row, false), conversationId: row.conversation_id };
  }

  /**
   * The end of a turn in one statement: what the engine understood of the customer's message, the
   * assistant's reply, and the conversation's last activity and status (`setStatus`'s rule: an
   * escalated conversation stays escalated), and the dialogue state's durable row when given. A reply
   * already recorded under the same client message id is returned with `repeated: true`, the rest still
   * applied but the session row, which is then not written.
   */
  async recordReply(input: {
    reply: NewMessage;
    understanding?: { messageId: string; intent: string; confidence: number; entities: unknown };
    status?: ConversationStatus;
    /** The dialogue state's durable row (`chat_sessions`), written only when the reply is new. */
    session?: SessionRow;
  }): Promise<AppendedMessage> {
    const understanding = input.understanding;
    const session = input.session;
    const { rows } = await this.db.query<MessageRow>(
      `WITH understood AS (UPDATE messages SET intent = $14, confidence = $15, entities = $16
                            WHERE id = $17::uuid AND conversation_id = $1),
            inserted AS (${INSERT_MESSAGE} RETURNING id, created_at),
            touched AS (UPDATE conversations
                           SET last_message_at = now(),
                               status = CASE WHEN $18::text IS NULL OR status = 'escalated' THEN status ELSE $18::text END
                         WHERE id = $1),
            saved AS (INSERT INTO chat_sessions (session_id, state, expires_at)
                      SELECT $19::text, $20::jsonb, $21::timestamptz
                       WHERE $19::text IS NOT NULL AND EXISTS (SELECT 1 FROM inserted)
                      ON CONFLICT (session_id) DO UPDATE
                        SET state = EXCLUDED.state, expires_at = EXCLUDED.expires_at, updated_at = now())
       SELECT id, created_at FROM inserted`,
      [
        ...messageParams(input.reply),
        understanding?.intent ?? null,
        understanding?.confidence ?? null,
        JSON.stringify(understanding?.entities ?? []),
        understanding?.messageId ?? null,
        input.status ?? null,
        session?.sessionId ?? null,
        session?.state ?? null,
        session?.expiresAt ?? null,
      ],
    );
    return rows[0] ? appended(rows[0], false) : this.earlier(input.reply);
  }

  /** The message an insert met under the same client message id. */
  private async earlier(message: NewMessage): Promise<AppendedMessage> {
    const { rows } = await this.db.query<MessageRow>(
      `SELECT id, created_at FROM messages WHERE conversation_id = $1 AND role = $2 AND client_message_id = $3`,
      [message.conversationId, message.role, message.clientMessageId],
    );
    return appended(rows[0]!, true);
  }

  /** What the engine understood of a customer message recorded before it was understood. */
  async setUnderstanding(
    messageId: string,
    understanding: { intent: string; confidence: number; entities: unknown },
  ): Promise<void> {
    await this.db.query(`UPDATE messages SET intent = $2, confidence = $3, entities = $4 WHERE id = $1`, [
      messageId,
      understanding.intent,
      understanding.confidence,
      JSON.stringify(understanding.entities),
    ]);
  }

  /** The assistant reply recorded for a client message id in this conversation, if any. */
  async replyTo(conversationId: string, clientMessageId: string): Promise<RecordedReply | null> {
    const { rows } = await this.db.query<{
      id: string;
      text: string;
      intent: string | null;
      citations: unknown;
      products: unknown;
      reply_extras: unknown;
      created_at: Date;
      trace_id: string | null;
      turn_summary: Partial<TurnSummary>;
    }>(
      `SELECT id, text, intent, citations, products, reply_extras, created_at, trace_id, turn_summary
         FROM messages WHERE conversation_id = $1 AND role = 'assistant' AND client_message_id = $2`,
      [conversationId, clientMessageId],
    );
    const row = rows[0];
    if (!row) return null;
    const reply = storedReply({ products: row.products, citations: row.citations, extras: row.reply_extras });
    return {
      id: row.id,
      conversationId,
      role: 'assistant',
      text: row.text,
      intent: row.intent,
      author: null,
      ...(reply ?? EMPTY_REPLY),
      createdAt: new Date(row.created_at).toISOString(),
      traceId: row.trace_id,
      turnSummary: row.turn_summary,
    };
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
