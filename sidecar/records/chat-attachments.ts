import { createHash } from 'node:crypto';
import type { Attachment, AttachmentType } from '../../common/chat-api/chat-api.js';
import type { RecordStore } from '../../common/record-store/record-store.js';

/** A stored file with its bytes, for the person who reviews a claim. */
export interface AttachmentFile extends Attachment {
  conversationId: string;
  data: Buffer;
}

/**
 * Evidence files in the record store, kept with their conversation (migration 005). SQL only: which
 * session may upload and what a file may be is decided by the upload route.
 */
export class ChatAttachments {
  constructor(private readonly db: RecordStore) {}

  /** The conversation a session is in now (its latest), or null for a session that never chatted. */
  async currentConversation(
    sessionId: string,
  ): Promise<{ conversationId: string; customerId: string | null } | null> {
    const { rows } = await this.db.query<{ id: string; customer_id: string | null }>(
      `SELECT id, customer_id FROM conversations WHERE session_id = $1 ORDER BY started_at DESC LIMIT 1`,
      [sessionId],
    );
    return rows[0] ? { conversationId: rows[0].id, customerId: rows[0].customer_id } : null;
  }

  async save(input: {
    conversationId: string;
    name: string;
    type: AttachmentType;
    data: Buffer;
  }): Promise<Attachment> {
    const sha256 = createHash('sha256').update(input.data).digest('hex');
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO chat_attachments (conversation_id, name, content_type, size_bytes, sha256, data)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [input.conversationId, input.name, input.type, input.data.length, sha256, input.data],
    );
    return { id: rows[0]!.id, name: input.name, type: input.type, size: input.data.length };
  }

  /**
   * Ties uploads of this session to the customer message that sends them. Returns the ids that were
   * this session's and not yet sent; anything else (another session's file, one sent before) is left.
   */
  async send(sessionId: string, messageId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.db.query<{ id: string }>(
      `UPDATE chat_attachments a SET message_id = $2
         FROM conversations c
        WHERE a.conversation_id = c.id AND c.session_id = $1 AND a.message_id IS NULL AND a.id = ANY($3::uuid[])
        RETURNING a.id`,
      [sessionId, messageId, `{${ids.join(',')}}`],
    );
    return rows.map((r) => r.id);
  }

  /** Uploads of this session not yet sent, among `ids` (for validating a message before it is recorded). */
  async unsent(sessionId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.db.query<{ id: string }>(
      `SELECT a.id FROM chat_attachments a JOIN conversations c ON c.id = a.conversation_id
        WHERE c.session_id = $1 AND a.message_id IS NULL AND a.id = ANY($2::uuid[])`,
      [sessionId, `{${ids.join(',')}}`],
    );
    return rows.map((r) => r.id);
  }

  /** Files the customer has sent in this conversation, each with the message that sent it. */
  async sentIn(conversationId: string): Promise<Array<Attachment & { messageId: string }>> {
    const { rows } = await this.db.query<AttachmentRow & { message_id: string }>(
      `SELECT id, name, content_type, size_bytes, conversation_id, message_id FROM chat_attachments
        WHERE conversation_id = $1 AND message_id IS NOT NULL ORDER BY created_at`,
      [conversationId],
    );
    return rows.map((row) => ({ ...summary(row), messageId: row.message_id }));
  }

  async file(id: string): Promise<AttachmentFile | null> {
    const { rows } = await this.db.query<AttachmentRow & { data: Uint8Array }>(
      `SELECT id, name, content_type, size_bytes, conversation_id, data FROM chat_attachments WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    return row ? { ...summary(row), conversationId: row.conversation_id, data: Buffer.from(row.data) } : null;
  }
}

interface AttachmentRow {
  id: string;
  name: string;
  content_type: AttachmentType;
  size_bytes: number;
  conversation_id: string;
}

function summary(row: AttachmentRow): Attachment {
  return { id: row.id, name: row.name, type: row.content_type, size: Number(row.size_bytes) };
}
