import { createHash } from 'node:crypto';
import type { RecordStore, SqlExecutor } from '../../common/record-store/record-store.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { AuditRecord } from '../audit/audit-entry.js';
import type { ConversationRecords, StoredMessage } from '../records/conversation-records.js';
import { customerConversationIds, type CustomerRef } from '../records/customer-conversations.js';

export interface PrivacyDeps {
  db: RecordStore;
  records: ConversationRecords;
  auditLog: AuditLog;
  /** Deletes a chat session's live dialogue state (Redis or memory), which may hold a guest's e-mail. */
  forgetSession?: (sessionId: string) => Promise<void>;
}

/** Everything Verity holds about one customer, as one JSON document. */
export interface CustomerDataExport {
  customer: CustomerRef;
  exportedAt: string;
  conversations: {
    id: string;
    sessionId: string;
    storeCode: string;
    customerId: string | null;
    channel: string;
    status: string;
    startedAt: string;
    messages: StoredMessage[];
    feedback: { messageId: string; rating: number; comment: string | null; createdAt: string }[];
    tickets: Record<string, unknown>[];
    /** Files the customer uploaded, base64. */
    uploads: {
      id: string;
      name: string;
      contentType: string;
      sizeBytes: number;
      sha256: string;
      createdAt: string;
      data: string;
    }[];
  }[];
  /** The dialogue state of their chat sessions still held (verified guest orders, what was last shown). */
  sessions: { sessionId: string; state: unknown; expiresAt: string }[];
  actionRequests: Record<string, unknown>[];
  returnRequests: Record<string, unknown>[];
  audit: AuditRecord[];
}

export interface ErasureReport {
  customer: CustomerRef;
  conversations: number;
  messages: number;
  tickets: number;
  uploads: number;
  /** Durable chat sessions (dialogue state) deleted. */
  sessions: number;
  /** Decisions kept for the merchant's accounts, with the customer replaced by a pseudonym. */
  actionRequestsPseudonymized: number;
  returnRequestsPseudonymized: number;
  /** Audit entries whose personal fields were erased (their hash chain is intact). */
  auditEntriesErased: number;
  /** Entries written before personal fields were kept apart, which still name the customer (see docs/privacy.md). */
  auditLegacyEntries: number;
}

/** The customer keys the action outbox and the audit trail know the customer by. */
export function customerKeys(ref: CustomerRef): string[] {
  return [...(ref.customerId ? [ref.customerId] : []), ...(ref.email ? [`guest:${ref.email}`] : [])];
}

/** Whether the record store has a table (evidence uploads came with migration 005, durable sessions with 007). */
async function hasTable(db: SqlExecutor, table: 'chat_attachments' | 'chat_sessions'): Promise<boolean> {
  const { rows } = await db.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [
    table,
  ]);
  return rows[0]?.present === true;
}

const hasUploads = (db: SqlExecutor) => hasTable(db, 'chat_attachments');

/** Exports everything held about a customer: conversations with messages, ratings, tickets and uploads; decisions; audit. */
export async function exportCustomerData(
  deps: PrivacyDeps,
  ref: CustomerRef,
  now = new Date(),
): Promise<CustomerDataExport> {
  const ids = await customerConversationIds(deps.db, ref);
  const uploads = await hasUploads(deps.db);
  const conversations = await Promise.all(
    ids.map(async (id) => {
      const [conversation, messages, feedback, tickets, files] = await Promise.all([
        deps.db.query<{
          session_id: string;
          store_code: string;
          customer_id: string | null;
          channel: string;
          status: string;
          started_at: Date;
        }>(
          `SELECT session_id, store_code, customer_id, channel, status, started_at FROM conversations WHERE id = $1`,
          [id],
        ),
        deps.records.conversationMessages(id, 100_000),
        deps.db.query<{ message_id: string; rating: number; comment: string | null; created_at: Date }>(
          `SELECT message_id, rating, comment, created_at FROM feedback WHERE conversation_id = $1 ORDER BY created_at`,
          [id],
        ),
        deps.db.query<Record<string, unknown>>(
          `SELECT id, store_code, reason, status, customer, orders, transcript, suggested_reply, claimed_by, claimed_at,
                  closed_at, resolution, created_at FROM handoff_tickets WHERE conversation_id = $1 ORDER BY created_at`,
          [id],
        ),
        uploads
          ? deps.db.query<{
              id: string;
              name: string;
              content_type: string;
              size_bytes: number;
              sha256: string;
              created_at: Date;
              data: Uint8Array;
            }>(
              `SELECT id, name, content_type, size_bytes, sha256, created_at, data FROM chat_attachments WHERE conversation_id = $1 ORDER BY created_at`,
              [id],
            )
          : Promise.resolve({ rows: [] }),
      ]);
      const c = conversation.rows[0]!;
      return {
        id,
        sessionId: c.session_id,
        storeCode: c.store_code,
        customerId: c.customer_id,
        channel: c.channel,
        status: c.status,
        startedAt: new Date(c.started_at).toISOString(),
        messages,
        feedback: feedback.rows.map((f) => ({
          messageId: f.message_id,
          rating: f.rating,
          comment: f.comment,
          createdAt: new Date(f.created_at).toISOString(),
        })),
        tickets: tickets.rows,
        uploads: files.rows.map((f) => ({
          id: f.id,
          name: f.name,
          contentType: f.content_type,
          sizeBytes: f.size_bytes,
          sha256: f.sha256,
          createdAt: new Date(f.created_at).toISOString(),
          data: Buffer.from(f.data).toString('base64'),
        })),
      };
    }),
  );
  const keys = customerKeys(ref);
  const sessions = (await hasTable(deps.db, 'chat_sessions'))
    ? await deps.db.query<{ session_id: string; state: unknown; expires_at: Date }>(
        `SELECT session_id, state, expires_at FROM chat_sessions WHERE session_id = ANY($1::text[]) ORDER BY session_id`,
        [[...new Set(conversations.map((c) => c.sessionId))]],
      )
    : { rows: [] };
  const actionRequests = await deps.db.query<Record<string, unknown>>(
    `SELECT action, store_code, order_number, reason, verdict, amount_cents, currency, state, decision, result, created_at, updated_at
       FROM action_requests WHERE customer_key = ANY($1::text[]) OR conversation_id = ANY($2::text[]) ORDER BY created_at`,
    [keys, ids],
  );
  const returnRequests = await deps.db.query<Record<string, unknown>>(
    `SELECT store_code, order_number, reason, items, status, created_at FROM return_requests
      WHERE customer_key = ANY($1::text[]) ORDER BY created_at`,
    [keys],
  );
  const audit: AuditRecord[] = [];
  const seen = new Set<number>();
  for (const key of keys)
    for await (const record of deps.auditLog.iterate({ customerKey: key }))
      if (!seen.has(record.seq)) {
        seen.add(record.seq);
        audit.push(record);
      }
  audit.sort((a, b) => a.seq - b.seq);
  return {
    customer: ref,
    exportedAt: now.toISOString(),
    conversations,
    sessions: sessions.rows.map((r) => ({
      sessionId: r.session_id,
      state: r.state,
      expiresAt: new Date(r.expires_at).toISOString(),
    })),
    actionRequests: actionRequests.rows,
    returnRequests: returnRequests.rows,
    audit,
  };
}

/** What replaces a customer key in the records kept for the merchant's accounts. */
function pseudonym(key: string): string {
  return `erased:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/**
 * Erases everything held about a customer: their conversations (messages, ratings, tickets, webhook
 * deliveries and uploads go with them), their live chat sessions and LLM spend rows; the personal fields
 * of their audit entries (the chain stays intact). Action and return requests — the merchant's record of
 * refunds and returns — are kept with the customer replaced by a pseudonym and no conversation.
 * One transaction: all of it or none.
 */
export async function eraseCustomerData(deps: PrivacyDeps, ref: CustomerRef): Promise<ErasureReport> {
  const keys = customerKeys(ref);
  const result = await deps.db.transaction(async (tx) => {
    const ids = await customerConversationIds(tx, ref);
    const sessions = await tx.query<{ session_id: string }>(
      `SELECT DISTINCT session_id FROM conversations WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const counts = await tx.query<{ messages: number; tickets: number }>(
      `SELECT (SELECT count(*) FROM messages WHERE conversation_id = ANY($1::uuid[])) AS messages,
              (SELECT count(*) FROM handoff_tickets WHERE conversation_id = ANY($1::uuid[])) AS tickets`,
      [ids],
    );
    const uploads = (await hasUploads(tx))
      ? (await tx.query(`DELETE FROM chat_attachments WHERE conversation_id = ANY($1::uuid[])`, [ids]))
          .rowCount
      : 0;
    const auditEntriesErased = await deps.auditLog.erasePersonal(tx, {
      customerKeys: keys,
      conversationIds: ids,
    });
    let actionRequestsPseudonymized = 0;
    let returnRequestsPseudonymized = 0;
    for (const key of keys) {
      actionRequestsPseudonymized += (
        await tx.query(
          `UPDATE action_requests SET customer_key = $2, conversation_id = NULL WHERE customer_key = $1`,
          [key, pseudonym(key)],
        )
      ).rowCount;
      returnRequestsPseudonymized += (
        await tx.query(`UPDATE return_requests SET customer_key = $2 WHERE customer_key = $1`, [
          key,
          pseudonym(key),
        ])
      ).rowCount;
    }
    actionRequestsPseudonymized += (
      await tx.query(
        `UPDATE action_requests SET conversation_id = NULL WHERE conversation_id = ANY($1::text[])`,
        [ids],
      )
    ).rowCount;
    const sessionIds = sessions.rows.map((s) => s.session_id);
    // The durable copy of their chat sessions (a guest's e-mail and verified orders); the Redis copy
    // goes through `forgetSession` after the commit.
    const sessionsErased = (await hasTable(tx, 'chat_sessions'))
      ? (await tx.query(`DELETE FROM chat_sessions WHERE session_id = ANY($1::text[])`, [sessionIds]))
          .rowCount
      : 0;
    await tx.query(`DELETE FROM llm_spend WHERE customer_key = ANY($1::text[])`, [
      [...keys, ...sessionIds.map((s) => `session:${s}`)],
    ]);
    const conversations = (await tx.query(`DELETE FROM conversations WHERE id = ANY($1::uuid[])`, [ids]))
      .rowCount;
    return {
      sessionIds,
      report: {
        customer: ref,
        conversations,
        messages: Number(counts.rows[0]?.messages ?? 0),
        tickets: Number(counts.rows[0]?.tickets ?? 0),
        uploads,
        sessions: sessionsErased,
        actionRequestsPseudonymized,
        returnRequestsPseudonymized,
        auditEntriesErased,
        auditLegacyEntries: 0,
      },
    };
  });
  if (deps.forgetSession) await Promise.all(result.sessionIds.map((id) => deps.forgetSession!(id)));
  return { ...result.report, auditLegacyEntries: await deps.auditLog.legacyEntriesOf(keys) };
}
