import type { RecordStore } from '../../common/record-store/record-store.js';
import type { HandoffDesk, Ticket } from '../escalation/handoff-tickets.js';
import type { ConversationRecords, StoredMessage } from '../records/conversation-records.js';
import { customerConversationIds, parseCustomerRef } from '../records/customer-conversations.js';

export interface ConversationSummary {
  id: string;
  sessionId: string;
  storeCode: string;
  customerId: string | null;
  channel: string;
  status: string;
  startedAt: string;
  lastMessageAt: string;
  messages: number;
}

export interface ConversationDetail extends ConversationSummary {
  transcript: StoredMessage[];
  tickets: Ticket[];
}

interface ConversationRow {
  id: string;
  session_id: string;
  store_code: string;
  customer_id: string | null;
  channel: string;
  status: string;
  started_at: Date;
  last_message_at: Date;
  messages: number;
}

const SELECT = `SELECT c.id, c.session_id, c.store_code, c.customer_id, c.channel, c.status, c.started_at, c.last_message_at,
         (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS messages
    FROM conversations c`;

/** Conversations as the inbox lists and reads them (newest first). */
export class ConversationDirectory {
  constructor(
    private readonly db: RecordStore,
    private readonly records: ConversationRecords,
    private readonly desk: HandoffDesk,
  ) {}

  async list(query: { customer?: string; store?: string; limit: number }): Promise<ConversationSummary[]> {
    const ids = query.customer
      ? await customerConversationIds(this.db, parseCustomerRef(query.customer))
      : null;
    const { rows } = await this.db.query<ConversationRow>(
      `${SELECT} WHERE ($1::uuid[] IS NULL OR c.id = ANY($1::uuid[])) AND ($2::text IS NULL OR c.store_code = $2)
        ORDER BY c.last_message_at DESC LIMIT $3`,
      [ids, query.store ?? null, query.limit],
    );
    return rows.map(toSummary);
  }

  async read(conversationId: string): Promise<ConversationDetail | null> {
    const { rows } = await this.db.query<ConversationRow>(`${SELECT} WHERE c.id = $1`, [conversationId]);
    if (!rows[0]) return null;
    const [transcript, tickets] = await Promise.all([
      this.records.conversationMessages(conversationId),
      this.desk.ofConversation(conversationId),
    ]);
    return { ...toSummary(rows[0]), transcript, tickets };
  }
}

function toSummary(row: ConversationRow): ConversationSummary {
  return {
    id: row.id,
    sessionId: row.session_id,
    storeCode: row.store_code,
    customerId: row.customer_id,
    channel: row.channel,
    status: row.status,
    startedAt: new Date(row.started_at).toISOString(),
    lastMessageAt: new Date(row.last_message_at).toISOString(),
    messages: Number(row.messages),
  };
}
