import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../common/logger.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgRecordStore } from '../../../common/record-store/pg-record-store.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import type { QueryResult, RecordStore } from '../../../common/record-store/record-store.js';
import { createPgSchema } from '../../../common/testing/pg-schema.js';
import { serviceAvailable, testDatabaseUrl } from '../../../common/testing/services.js';
import { ConversationRecords } from '../../../sidecar/records/conversation-records.js';

const C1 = '6f1c1b7e-1d55-4c8e-9a55-000000000001';
const C9 = '6f1c1b7e-1d55-4c8e-9a55-000000000009';

/** Counts the statements the records send, to hold a turn to its budget. */
function counting(store: RecordStore): RecordStore & { statements: string[] } {
  const statements: string[] = [];
  return Object.assign(Object.create(store) as RecordStore, {
    statements,
    query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
      statements.push(sql);
      return store.query<R>(sql, params);
    },
  });
}

const hasPostgres = await serviceAvailable('PostgreSQL', testDatabaseUrl());
type Backend = [
  string,
  () => Promise<{ store: PgliteRecordStore | PgRecordStore; drop: () => Promise<void> }>,
];
const backends: Backend[] = [
  [
    'PGlite',
    async () => {
      const store = await PgliteRecordStore.open();
      return { store, drop: () => store.close() };
    },
  ],
  ...(hasPostgres
    ? ([
        [
          'PostgreSQL',
          async () => {
            const schema = await createPgSchema('conversation_records');
            const store = new PgRecordStore({ url: schema.url, schema: schema.name });
            return {
              store,
              drop: async () => {
                await store.close();
                await schema.drop();
              },
            };
          },
        ],
      ] satisfies Backend[])
    : []),
];

describe.each(backends)(
  'ConversationRecords on %s: a turn in few statements',
  { timeout: 120_000 },
  (_, open) => {
    let store: PgliteRecordStore | PgRecordStore;
    let drop: () => Promise<void>;
    let db: RecordStore & { statements: string[] };
    let records: ConversationRecords;

    beforeAll(async () => {
      ({ store, drop } = await open());
      await migrate(store, await loadMigrations());
      db = counting(store);
      records = new ConversationRecords(db, createLogger({ level: 'silent' }));
    });
    afterAll(async () => {
      await drop();
    });

    const conversation = (sessionId: string) => ({
      sessionId,
      storeCode: 'default',
      customerId: null,
      channel: 'web',
    });

    async function lastMessageAt(conversationId: string): Promise<Date> {
      const { rows } = await store.query<{ at: Date }>(
        'SELECT last_message_at AS at FROM conversations WHERE id = $1',
        [conversationId],
      );
      return new Date(rows[0]!.at);
    }

    it('records a message and the conversation’s last activity in one statement; a repeat writes nothing', async () => {
      const conversationId = await records.startConversation(conversation('one-statement'));
      await store.query(
        `UPDATE conversations SET last_message_at = now() - interval '1 hour' WHERE id = $1`,
        [conversationId],
      );
      db.statements.length = 0;
      const first = await records.appendMessage({
        conversationId,
        role: 'customer',
        text: 'hello',
        clientMessageId: C1,
      });
      expect(db.statements).toHaveLength(1);
      expect(first.repeated).toBe(false);
      expect(Date.now() - (await lastMessageAt(conversationId)).getTime()).toBeLessThan(60_000);

      const again = await records.appendMessage({
        conversationId,
        role: 'customer',
        text: 'hello',
        clientMessageId: C1,
      });
      expect(again).toEqual({ ...first, repeated: true });
      const { rows } = await store.query('SELECT id FROM messages WHERE conversation_id = $1', [
        conversationId,
      ]);
      expect(rows).toHaveLength(1);
    });

    it('records a customer’s message and says whether a person holds the conversation, in one statement', async () => {
      const conversationId = await records.startConversation(conversation('customer-message'));
      db.statements.length = 0;
      const first = await records.appendCustomerMessage({ conversationId, text: 'hi', clientMessageId: C1 });
      expect(db.statements).toHaveLength(1);
      expect(first).toMatchObject({ repeated: false, personHolds: false });
      const again = await records.appendCustomerMessage({ conversationId, text: 'hi', clientMessageId: C1 });
      expect(again).toEqual({ ...first, repeated: true });

      // A claimed ticket: the message is the person's, recorded without its client message id (as
      // `appendMessage` records a message passed to a person), so a repeat is recorded again.
      await store.query(
        `INSERT INTO handoff_tickets (conversation_id, store_code, reason, status, claimed_by)
       VALUES ($1, 'default', 'customer_request', 'claimed', 'agent')`,
        [conversationId],
      );
      const held = await records.appendCustomerMessage({
        conversationId,
        text: 'hello?',
        clientMessageId: C9,
      });
      expect(held).toMatchObject({ repeated: false, personHolds: true });
      const heldAgain = await records.appendCustomerMessage({
        conversationId,
        text: 'hello?',
        clientMessageId: C9,
      });
      expect(heldAgain.id).not.toBe(held.id);
      const { rows } = await store.query<{ text: string; role: string; client_message_id: string | null }>(
        'SELECT text, role, client_message_id FROM messages WHERE conversation_id = $1 ORDER BY created_at, id',
        [conversationId],
      );
      expect(rows.map((r) => [r.role, r.text, r.client_message_id])).toEqual([
        ['customer', 'hi', C1],
        ['customer', 'hello?', null],
        ['customer', 'hello?', null],
      ]);
    });

    it('starts a conversation with its first message in one statement', async () => {
      db.statements.length = 0;
      const started = await records.startConversationWith(conversation('started-with'), {
        role: 'customer',
        text: 'is the raptor in stock?',
        traceId: 't-1',
      });
      expect(db.statements).toHaveLength(1);
      expect(await records.sessionOwner('started-with')).toEqual({
        conversationId: started.conversationId,
        customerId: null,
        storeCode: 'default',
      });
      const history = await records.history('started-with');
      expect(history.map((m) => [m.id, m.role, m.text])).toEqual([
        [started.id, 'customer', 'is the raptor in stock?'],
      ]);
    });

    it('ends a turn in one statement: understanding, reply, last activity, status and the session row', async () => {
      const { conversationId, id: customerMessageId } = await records.startConversationWith(
        conversation('record-reply'),
        { role: 'customer', text: 'thanks, bye', clientMessageId: C9 },
      );
      db.statements.length = 0;
      const reply = await records.recordReply({
        understanding: {
          messageId: customerMessageId,
          intent: 'thanks',
          confidence: 0.9,
          entities: { sentiment: 'positive' },
        },
        reply: {
          conversationId,
          role: 'assistant',
          text: 'You are welcome!',
          intent: 'thanks',
          clientMessageId: C9,
          turnSummary: { confidence: 0.9, entities: {}, actions: [] },
        },
        status: 'resolved',
        session: {
          sessionId: 'record-reply',
          state: '{"turns":1}',
          expiresAt: new Date(Date.now() + 60_000),
        },
      });
      expect(db.statements).toHaveLength(1);
      expect(reply.repeated).toBe(false);
      const saved = await store.query<{ state: unknown }>(
        'SELECT state FROM chat_sessions WHERE session_id = $1',
        ['record-reply'],
      );
      expect(saved.rows).toEqual([{ state: { turns: 1 } }]);
      const { rows } = await store.query<{
        role: string;
        intent: string;
        confidence: number;
        entities: unknown;
      }>('SELECT role, intent, confidence, entities FROM messages WHERE conversation_id = $1 ORDER BY seq', [
        conversationId,
      ]);
      expect(rows).toEqual([
        { role: 'customer', intent: 'thanks', confidence: 0.9, entities: { sentiment: 'positive' } },
        { role: 'assistant', intent: 'thanks', confidence: null, entities: [] },
      ]);
      const status = await store.query<{ status: string }>('SELECT status FROM conversations WHERE id = $1', [
        conversationId,
      ]);
      expect(status.rows[0]!.status).toBe('resolved');
      expect(await records.replyTo(conversationId, C9)).toMatchObject({
        id: reply.id,
        text: 'You are welcome!',
      });

      // The same reply again (two deliveries raced): the first one recorded is the answer.
      const again = await records.recordReply({
        reply: { conversationId, role: 'assistant', text: 'Another text', clientMessageId: C9 },
        session: {
          sessionId: 'record-reply',
          state: '{"turns":2}',
          expiresAt: new Date(Date.now() + 60_000),
        },
      });
      expect(again).toEqual({ ...reply, repeated: true });
      // The repeat's session row is not written: the first delivery's state stands.
      const kept = await store.query<{ state: unknown }>(
        'SELECT state FROM chat_sessions WHERE session_id = $1',
        ['record-reply'],
      );
      expect(kept.rows).toEqual([{ state: { turns: 1 } }]);
    });

    it('keeps an escalated conversation escalated', async () => {
      const conversationId = await records.startConversation(conversation('escalated'));
      await records.setStatus(conversationId, 'escalated');
      await records.recordReply({
        reply: { conversationId, role: 'assistant', text: 'Bye!' },
        status: 'resolved',
      });
      const { rows } = await store.query<{ status: string }>(
        'SELECT status FROM conversations WHERE id = $1',
        [conversationId],
      );
      expect(rows[0]!.status).toBe('escalated');
    });
  },
);
