import { MemoryRateLimiter } from '../../../common/rate-limit/rate-limiter.js';
import { ChatAttachments } from '../../../sidecar/records/chat-attachments.js';
import { RequestLimits } from '../../../sidecar/http/request-limits.js';
import type { RequestHandler } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatHistorySchema } from '../../../common/chat-api/chat-api.js';
import { signCustomerToken } from '../../../common/identity/sign-customer-token.js';
import { silentLogger } from '../../../common/logger.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import type { ChatService } from '../../../sidecar/chat/chat-service.js';
import {
  dialogueStateSchema,
  newDialogueState,
  type DialogueState,
} from '../../../sidecar/flows/dialogue-state.js';
import { SessionHistory } from '../../../sidecar/chat/session-history.js';
import { MemorySessionStore } from '../../../common/session-store/memory-session-store.js';
import { createApp } from '../../../sidecar/http/create-app.js';
import type { HandoffDesk } from '../../../sidecar/escalation/handoff-tickets.js';
import { createChatRouter } from '../../../sidecar/http/routes/chat-router.js';
import { ConversationRecords } from '../../../sidecar/records/conversation-records.js';
import { ORDER_REPLY } from './order-reply.js';

const SECRET = 'history-route-test-secret';

describe('GET /api/chat/history/:sessionId', () => {
  let store: PgliteRecordStore;
  let records: ConversationRecords;
  let app: ReturnType<typeof createApp>;
  let sessions: MemorySessionStore<DialogueState>;
  let now = Date.parse('2026-11-23T10:00:00Z');

  beforeAll(async () => {
    store = await PgliteRecordStore.open();
    await migrate(store, await loadMigrations());
    records = new ConversationRecords(store, silentLogger());
    sessions = new MemorySessionStore({ schema: dialogueStateSchema, now: () => now });
    const refuse: RequestHandler = (_req, res) => void res.status(401).end();
    app = createApp({
      logger: silentLogger(),
      rawBodyRouters: [],
      routers: [
        createChatRouter({
          chat: {} as ChatService,
          history: new SessionHistory(records, sessions),
          records,
          db: store,
          handoffs: {} as HandoffDesk,
          sharedSecret: SECRET,
          operatorAuth: refuse,
          limits: new RequestLimits(new MemoryRateLimiter(), { perAddress: 1000, perSession: 1000 }),
          attachments: new ChatAttachments(store),
          attachmentMaxBytes: 1024,
        }),
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await store?.close();
  });

  const tokenFor = (customerId: string) => {
    const iat = Math.floor(Date.now() / 1000);
    return signCustomerToken(
      {
        sub: customerId,
        email: `c${customerId}@example.com`,
        store: 'default',
        website: 'base',
        iat,
        exp: iat + 600,
      },
      SECRET,
    );
  };

  async function sessionWithOrderReply(customerId: string | null, sessionId = crypto.randomUUID()) {
    const conversationId = await records.startConversation({
      sessionId,
      storeCode: 'default',
      customerId,
      channel: 'web',
    });
    await records.appendMessage({ conversationId, role: 'customer', text: 'Where is my order?' });
    await records.appendMessage({
      conversationId,
      role: 'assistant',
      text: 'Order 000000042 was delivered.',
      reply: ORDER_REPLY,
    });
    // The dialogue session is live for SESSION_TTL_SECONDS after the last turn.
    await sessions.set(
      sessionId,
      newDialogueState({ sessionId, conversationId, storeCode: 'default', customerId }),
      1800,
    );
    return sessionId;
  }

  /** The history of a session as a customer (their token) or as a caller without one. */
  async function historyAs(customerId: string | null, sessionId: string) {
    const get = request(app).get(`/api/chat/history/${sessionId}`);
    return customerId ? get.set('authorization', `Bearer ${await tokenFor(customerId)}`) : get;
  }

  it("gives a customer their session's replies with the cards and sources they were sent", async () => {
    const sessionId = await sessionWithOrderReply('7');
    const response = await historyAs('7', sessionId);
    expect(response.status).toBe(200);
    const history = chatHistorySchema.strict().parse(response.body);
    const reply = history.messages[1]!;
    expect(reply).toMatchObject({ role: 'assistant', ...ORDER_REPLY });
    // Only the wire shape leaves: nothing the record store keeps for itself.
    expect(Object.keys(reply).sort()).toEqual(
      Object.keys(chatHistorySchema.shape.messages.element.shape).sort(),
    );
  });

  it("refuses another customer and an anonymous caller a customer's session", async () => {
    const sessionId = await sessionWithOrderReply('7');
    const foreign = await historyAs('8', sessionId);
    expect(foreign.status).toBe(403);
    expect(JSON.stringify(foreign.body)).not.toContain('000000042');
    const anonymous = await historyAs(null, sessionId);
    expect(anonymous.status).toBe(403);
  });

  it('gives a guest session to whoever holds its id, and 404 for an unknown one', async () => {
    const sessionId = await sessionWithOrderReply(null);
    const guest = await historyAs(null, sessionId);
    expect(guest.status).toBe(200);
    expect(guest.body.messages[1].order.number).toBe('000000042');
    const unknown = await historyAs(null, crypto.randomUUID());
    expect(unknown.status).toBe(404);
  });

  it('restores only the live conversation of a guest session, and nothing once it has expired', async () => {
    // Someone verified an order as a guest; later, on the same computer, the session id was reused.
    const sessionId = await sessionWithOrderReply(null);
    const conversationId = await records.startConversation({
      sessionId,
      storeCode: 'default',
      customerId: null,
      channel: 'web',
    });
    await records.appendMessage({ conversationId, role: 'customer', text: 'hello' });
    await sessions.set(
      sessionId,
      newDialogueState({ sessionId, conversationId, storeCode: 'default', customerId: null }),
      1800,
    );
    const live = await historyAs(null, sessionId);
    expect(live.body.messages.map((m: { text: string }) => m.text)).toEqual(['hello']);
    now += 1801 * 1000;
    const expired = await historyAs(null, sessionId);
    expect(expired.status).toBe(200);
    expect(expired.body.messages).toEqual([]);
    // A customer's own session is theirs for as long as the records keep it.
    const mine = await sessionWithOrderReply('7');
    now += 7 * 86_400_000;
    expect((await historyAs('7', mine)).body.messages).toHaveLength(2);
  });
});
