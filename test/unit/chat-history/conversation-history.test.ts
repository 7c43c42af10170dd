import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../common/logger.js';
import { silentLogger } from '../../../common/logger.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import { ConversationRecords } from '../../../sidecar/records/conversation-records.js';
import { EMPTY_REPLY } from '../../../sidecar/records/stored-reply.js';
import { ORDER_REPLY } from './order-reply.js';

describe('conversation history in the record store (PGlite)', () => {
  let store: PgliteRecordStore;
  let logger: Logger;
  let records: ConversationRecords;

  beforeAll(async () => {
    store = await PgliteRecordStore.open();
    await migrate(store, await loadMigrations());
    logger = silentLogger();
    records = new ConversationRecords(store, logger);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
  });

  async function conversation(sessionId = crypto.randomUUID()) {
    const conversationId = await records.startConversation({
      sessionId,
      storeCode: 'default',
      customerId: null,
      channel: 'web',
    });
    return { sessionId, conversationId };
  }

  it('keeps the end of a long session: the latest messages, oldest first', async () => {
    const { sessionId, conversationId } = await conversation();
    for (let i = 1; i <= 5; i++)
      await records.appendMessage({ conversationId, role: 'customer', text: `m${i}` });
    expect((await records.history(sessionId, { limit: 3 })).map((m) => m.text)).toEqual(['m3', 'm4', 'm5']);
  });

  it('gives back each reply with what it showed when it was sent, in order', async () => {
    const { sessionId, conversationId } = await conversation();
    await records.appendMessage({ conversationId, role: 'customer', text: 'Where is my order 000000042?' });
    const escalated = { ...EMPTY_REPLY, escalation: { reason: 'customer_asked', ticketId: 'ticket-1' } };
    const sent = await records.appendMessage({
      conversationId,
      role: 'assistant',
      text: 'Order 000000042 was delivered.',
      reply: ORDER_REPLY,
    });
    await records.appendMessage({
      conversationId,
      role: 'assistant',
      text: 'A person will take over.',
      reply: escalated,
    });

    const history = await records.history(sessionId);
    expect(history.map((m) => [m.role, m.text])).toEqual([
      ['customer', 'Where is my order 000000042?'],
      ['assistant', 'Order 000000042 was delivered.'],
      ['assistant', 'A person will take over.'],
    ]);
    const [customer, order, handoff] = history;
    expect(customer).toMatchObject(EMPTY_REPLY);
    expect(order).toMatchObject({ id: sent.id, ...ORDER_REPLY });
    expect(handoff).toMatchObject(escalated);
  });

  it('refuses to store a reply payload that does not match the wire shape', async () => {
    const { sessionId, conversationId } = await conversation();
    const broken = { ...ORDER_REPLY, orders: [{ number: 7 }] } as unknown as typeof ORDER_REPLY;
    await expect(
      records.appendMessage({ conversationId, role: 'assistant', text: 'x', reply: broken }),
    ).rejects.toThrow();
    expect(await records.history(sessionId)).toEqual([]);
  });

  it('reads a message stored before reply_extras existed with its products and citations', async () => {
    const { sessionId, conversationId } = await conversation();
    await store.query(
      `INSERT INTO messages (conversation_id, role, text, products, citations) VALUES ($1, 'assistant', 'old', $2, $3)`,
      [conversationId, JSON.stringify(ORDER_REPLY.products), JSON.stringify(ORDER_REPLY.citations)],
    );
    const [old] = await records.history(sessionId);
    expect(old).toMatchObject({
      ...EMPTY_REPLY,
      text: 'old',
      products: ORDER_REPLY.products,
      citations: ORDER_REPLY.citations,
    });
  });

  it('keeps the text of a message whose stored payload is invalid, shows no cards and logs it', async () => {
    const { sessionId, conversationId } = await conversation();
    const { id } = await records.appendMessage({
      conversationId,
      role: 'assistant',
      text: 'Order 000000042 was delivered.',
      reply: ORDER_REPLY,
    });
    await store.query(`UPDATE messages SET reply_extras = '{"order": {"number": 42}}' WHERE id = $1`, [id]);
    const warn = vi.spyOn(logger, 'warn');

    const [message] = await records.history(sessionId);
    expect(message).toMatchObject({ id, text: 'Order 000000042 was delivered.', ...EMPTY_REPLY });
    expect(warn).toHaveBeenCalledWith({ messageId: id }, expect.stringMatching(/invalid/));
  });

  it("reads only the asked session's messages", async () => {
    const mine = await conversation();
    const theirs = await conversation();
    await records.appendMessage({
      conversationId: theirs.conversationId,
      role: 'assistant',
      text: 'theirs',
      reply: ORDER_REPLY,
    });
    await records.appendMessage({ conversationId: mine.conversationId, role: 'customer', text: 'mine' });
    expect((await records.history(mine.sessionId)).map((m) => m.text)).toEqual(['mine']);
  });
});
