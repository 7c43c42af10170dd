import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../common/logger.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgRecordStore } from '../../../common/record-store/pg-record-store.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import type { RecordStore } from '../../../common/record-store/record-store.js';
import { createPgSchema, type PgSchema } from '../../../common/testing/pg-schema.js';
import { serviceAvailable, testDatabaseUrl } from '../../../common/testing/services.js';
import type { AuditEntry } from '../../../sidecar/audit/audit-entry.js';
import { AuditLog } from '../../../sidecar/audit/audit-log.js';
import { HandoffDesk } from '../../../sidecar/escalation/handoff-tickets.js';
import { WebhookOutbox } from '../../../sidecar/escalation/webhook-outbox.js';
import {
  eraseCustomerData,
  exportCustomerData,
  type PrivacyDeps,
} from '../../../sidecar/privacy/customer-data.js';
import { RetentionJob } from '../../../sidecar/privacy/retention.js';
import { ConversationRecords } from '../../../sidecar/records/conversation-records.js';

const hasPostgres = await serviceAvailable('PostgreSQL', testDatabaseUrl());

function auditEntry(conversationId: string, customerKey: string, orderNumber: string): AuditEntry {
  return {
    kind: 'action_decision',
    at: '2026-04-01T12:00:00.000Z',
    conversationId,
    customerKey,
    storeCode: 'default',
    orderNumber,
    action: 'refund',
    idempotencyKey: `key-${orderNumber}`,
    inputs: { message: 'my parcel arrived broken, Jane Doe, 1 Main St' },
    policy: [{ itemId: 1, ruleId: 'default:default:_100', version: 'sha256:0123' }],
    bounds: { auto_approve_max_amount: 150 },
    decision: { verdict: 'approve', codes: [], reasons: [] },
    customerText: 'Your refund of $40.00 is on its way, Jane.',
    toolCalls: [
      {
        name: 'magento.getOrder',
        input: { id: 5 },
        output: { email: 'jane@example.com' },
        ok: true,
        durationMs: 3,
      },
    ],
    timings: { authorize: 0.4 },
  };
}

/**
 * One customer's data exported and erased on a record store, beside another customer's data that must
 * stay: conversations, messages, feedback, tickets (and their webhook deliveries), decisions, audit.
 */
function describePrivacy(
  label: string,
  open: () => Promise<{ store: RecordStore; cleanup(): Promise<void> }>,
) {
  describe(`data rights on ${label}`, { timeout: 120_000 }, () => {
    let store: RecordStore;
    let cleanup: () => Promise<void>;
    let deps: PrivacyDeps;
    let audit: AuditLog;
    const forgotten: string[] = [];

    async function conversationOf(customerId: string | null, sessionId: string, text: string) {
      const records = deps.records;
      const id = await records.startConversation({
        sessionId,
        storeCode: 'default',
        customerId,
        channel: 'web',
      });
      await records.appendMessage({ conversationId: id, role: 'customer', text });
      const reply = await records.appendMessage({
        conversationId: id,
        role: 'assistant',
        text: `About: ${text}`,
      });
      await records.recordFeedback({ conversationId: id, messageId: reply.id, rating: 5 });
      return id;
    }

    beforeAll(async () => {
      ({ store, cleanup } = await open());
      audit = new AuditLog(store);
      deps = {
        db: store,
        records: new ConversationRecords(store, silentLogger()),
        auditLog: audit,
        forgetSession: async (id) => void forgotten.push(id),
      };
      const desk = new HandoffDesk(
        store,
        silentLogger(),
        new WebhookOutbox(store, silentLogger(), { url: 'http://127.0.0.1:9/never', pollMs: 60_000 }),
      );
      const jane = await conversationOf('7', 'sess-jane', 'Where is my order 000000012?');
      const guest = await conversationOf(null, 'sess-guest', 'I am jane@example.com, order 000000013');
      const other = await conversationOf('8', 'sess-other', 'Do you ship to Canada?');
      for (const [conversationId, id] of [
        [jane, '7'],
        [other, '8'],
      ] as const)
        await desk.open({
          conversationId,
          storeCode: 'default',
          reason: 'customer_asked',
          customer: { id, email: null, verifiedOrders: [] },
          orders: [],
          transcript: [],
          suggestedReply: '',
        });
      await desk.open({
        conversationId: guest,
        storeCode: 'default',
        reason: 'complaint',
        customer: { id: null, email: 'jane@example.com', verifiedOrders: ['000000013'] },
        orders: [{ number: '000000013' }],
        transcript: [],
        suggestedReply: '',
      });
      await store.query(
        `INSERT INTO action_requests (idempotency_key, action, store_code, order_id, order_number, customer_key, conversation_id,
           reason, verdict, amount_cents, currency, state, payload, decision)
         VALUES ('k-jane', 'refund', 'default', 12, '000000012', '7', $1, 'damaged', 'approve', 4000, 'USD', 'done', '{}', '{"reasons":[]}'),
                ('k-other', 'refund', 'default', 14, '000000014', '8', $2, 'damaged', 'approve', 1000, 'USD', 'done', '{}', '{"reasons":[]}')`,
        [jane, other],
      );
      // The durable copy of each session's dialogue state; one long expired.
      await store.query(
        `INSERT INTO chat_sessions (session_id, state, expires_at) VALUES
           ('sess-jane', '{"lastOrderNumber":"000000012"}', now() + interval '1 hour'),
           ('sess-guest', '{"guest":{"email":"jane@example.com"}}', now() + interval '1 hour'),
           ('sess-other', '{}', now() + interval '1 hour'),
           ('sess-expired', '{"guest":{"email":"someone@example.com"}}', now() - interval '1 hour')`,
      );
      await audit.append(auditEntry(jane, '7', '000000012'));
      await audit.append(auditEntry(guest, 'guest:jane@example.com', '000000013'));
      await audit.append(auditEntry(other, '8', '000000014'));
    });

    afterAll(async () => {
      await cleanup?.();
    });

    it("exports the customer's conversations (signed in and as a guest), ratings, tickets, decisions and audit entries", async () => {
      const data = await exportCustomerData(deps, { customerId: '7', email: 'jane@example.com' });
      expect(data.conversations.map((c) => c.sessionId).sort()).toEqual(['sess-guest', 'sess-jane']);
      const mine = data.conversations.find((c) => c.sessionId === 'sess-jane')!;
      expect(mine.messages.map((m) => m.text)).toEqual([
        'Where is my order 000000012?',
        'About: Where is my order 000000012?',
      ]);
      expect(mine.feedback).toHaveLength(1);
      expect(mine.tickets).toHaveLength(1);
      expect(data.actionRequests.map((a) => a.order_number)).toEqual(['000000012']);
      expect(data.audit.map((a) => a.orderNumber)).toEqual(['000000012', '000000013']);
      expect(data.audit[0]!.customerText).toBe('Your refund of $40.00 is on its way, Jane.');
      expect(JSON.stringify(data)).not.toContain('Canada');
      expect(data.sessions).toEqual([
        {
          sessionId: 'sess-guest',
          state: { guest: { email: 'jane@example.com' } },
          expiresAt: expect.any(String),
        },
        { sessionId: 'sess-jane', state: { lastOrderNumber: '000000012' }, expiresAt: expect.any(String) },
      ]);
    });

    it('purges transcripts past the retention period, except one a person still holds', async () => {
      const old = await conversationOf('9', 'sess-old', 'An old question');
      const older = await conversationOf('9', 'sess-older', 'An older question');
      const held = await conversationOf('9', 'sess-held', 'An old question a person is on');
      const recent = await conversationOf('9', 'sess-recent', 'A recent question');
      await store.query(
        `UPDATE conversations SET last_message_at = now() - interval '40 days' WHERE id = ANY($1::uuid[])`,
        [[old, older, held]],
      );
      await store.query(
        `INSERT INTO handoff_tickets (conversation_id, store_code, reason, status) VALUES ($1, 'default', 'complaint', 'claimed')`,
        [held],
      );
      await audit.append(auditEntry(old, '9', '000000090'));
      const job = new RetentionJob({
        deps: { db: store, auditLog: audit },
        storeCodes: async () => ['default', 'fr'],
        retentionDays: async (code) => (code === 'default' ? 30 : 0),
        logger: silentLogger(),
        batchSize: 1,
      });
      const reports = await job.runOnce();
      expect(reports).toEqual([
        { storeCode: 'default', retentionDays: 30, conversations: 2, auditEntriesErased: 1 },
        { storeCode: 'fr', retentionDays: 0, conversations: 0, auditEntriesErased: 0 },
      ]);
      const left = await store.query<{ id: string }>(
        `SELECT id FROM conversations WHERE id = ANY($1::uuid[])`,
        [[old, older, held, recent]],
      );
      expect(left.rows.map((r) => r.id).sort()).toEqual([held, recent].sort());
      const [purged] = await audit.replayByOrder('000000090');
      expect(purged).toMatchObject({ erased: true, customerText: null });
      expect((await audit.verifyChain()).ok).toBe(true);
      // Dialogue state past its TTL goes too; live sessions stay.
      const sessions = await store.query<{ session_id: string }>(
        `SELECT session_id FROM chat_sessions ORDER BY session_id`,
      );
      expect(sessions.rows.map((r) => r.session_id)).toEqual(['sess-guest', 'sess-jane', 'sess-other']);
      // The rest of this suite counts conversations: the held and recent ones go again.
      await store.query(`DELETE FROM conversations WHERE id = ANY($1::uuid[])`, [[held, recent]]);
    });

    it('erases it all, keeps the audit chain verifiable with the personal fields gone, and leaves others alone', async () => {
      const report = await eraseCustomerData(deps, { customerId: '7', email: 'jane@example.com' });
      expect(report).toMatchObject({
        conversations: 2,
        messages: 4,
        tickets: 2,
        sessions: 2,
        actionRequestsPseudonymized: 1,
        auditEntriesErased: 2,
        auditLegacyEntries: 0,
      });
      expect(forgotten.sort()).toEqual(['sess-guest', 'sess-jane']);
      const left = await store.query<{ session_id: string }>(`SELECT session_id FROM conversations`);
      expect(left.rows.map((r) => r.session_id)).toEqual(['sess-other']);
      const sessionsLeft = await store.query<{ session_id: string }>(`SELECT session_id FROM chat_sessions`);
      expect(sessionsLeft.rows.map((r) => r.session_id)).toEqual(['sess-other']);
      const deliveries = await store.query<{ n: number }>(`SELECT count(*) AS n FROM webhook_deliveries`);
      expect(Number(deliveries.rows[0]!.n)).toBe(1);
      const decision = await store.query<{ customer_key: string; conversation_id: string | null }>(
        `SELECT customer_key, conversation_id FROM action_requests WHERE idempotency_key = 'k-jane'`,
      );
      expect(decision.rows[0]!.customer_key).toMatch(/^erased:[0-9a-f]{16}$/);
      expect(decision.rows[0]!.conversation_id).toBeNull();

      expect(await audit.verifyChain()).toEqual({ ok: true, rows: 4 });
      const [erased] = await audit.replayByOrder('000000012');
      expect(erased).toMatchObject({
        erased: true,
        customerKey: null,
        customerText: null,
        inputs: {},
        decision: { verdict: 'approve' },
        policy: [{ ruleId: 'default:default:_100' }],
      });
      expect(erased!.toolCalls).toEqual([
        { name: 'magento.getOrder', input: null, output: null, ok: true, durationMs: 3 },
      ]);
      const [kept] = await audit.replayByOrder('000000014');
      expect(kept).toMatchObject({
        customerKey: '8',
        customerText: 'Your refund of $40.00 is on its way, Jane.',
      });

      const again = await exportCustomerData(deps, { customerId: '7', email: 'jane@example.com' });
      expect(again.conversations).toEqual([]);
      expect(JSON.stringify(again)).not.toContain('Jane');
    });
  });
}

describePrivacy('PGlite', async () => {
  const store = await PgliteRecordStore.open();
  await migrate(store, await loadMigrations());
  return { store, cleanup: () => store.close() };
});

describe.runIf(hasPostgres)('PostgreSQL', () => {
  let schema: PgSchema;
  describePrivacy('PostgreSQL', async () => {
    schema = await createPgSchema('privacy');
    const store = new PgRecordStore({ url: schema.url, schema: schema.name });
    await migrate(store, await loadMigrations());
    return {
      store,
      cleanup: async () => {
        await store.close();
        await schema.drop();
      },
    };
  });
});
