import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../common/logger.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import { outcomeAnalytics, outcomeCsv } from '../../../sidecar/analytics/outcome-analytics.js';
import { ConversationRecords } from '../../../sidecar/records/conversation-records.js';

/** Recorded conversations on PGlite, at set times, and the outcome analytics computed from them. */
describe('outcome analytics from recorded facts', { timeout: 120_000 }, () => {
  let store: PgliteRecordStore;
  let records: ConversationRecords;

  async function conversation(input: {
    at: string;
    customerId: string | null;
    store?: string;
    turns: {
      role: 'customer' | 'assistant';
      text: string;
      intent?: string;
      order?: string;
      quick?: string[];
    }[];
    status?: 'resolved';
    ticket?: string;
    rating?: number;
    deniedRefund?: string;
  }): Promise<string> {
    const id = await records.startConversation({
      sessionId: `s-${input.at}`,
      storeCode: input.store ?? 'default',
      customerId: input.customerId,
      channel: 'web',
    });
    let last = '';
    for (const turn of input.turns) {
      last = (
        await records.appendMessage({
          conversationId: id,
          role: turn.role,
          text: turn.text,
          intent: turn.intent ?? null,
          entities: turn.order
            ? { orderNumbers: [{ value: turn.order, raw: turn.order, start: 0, end: 9 }] }
            : {},
          ...(turn.role === 'assistant'
            ? {
                reply: {
                  products: [],
                  citations: [],
                  escalation: null,
                  quickReplies: turn.quick ?? [],
                  order: null,
                  orders: [],
                  comparison: null,
                },
              }
            : {}),
        })
      ).id;
    }
    await store.query(
      `UPDATE conversations SET started_at = $2, last_message_at = $2::timestamptz + interval '2 minutes',
      status = coalesce($3, status) WHERE id = $1`,
      [id, input.at, input.status ?? null],
    );
    if (input.ticket)
      await store.query(
        `INSERT INTO handoff_tickets (conversation_id, store_code, reason) VALUES ($1, 'default', $2)`,
        [id, input.ticket],
      );
    if (input.rating)
      await records.recordFeedback({ conversationId: id, messageId: last, rating: input.rating });
    if (input.deniedRefund)
      await store.query(
        `INSERT INTO action_requests (idempotency_key, action, store_code, order_id, order_number, customer_key, conversation_id,
           reason, verdict, amount_cents, currency, state, payload, decision, created_at, updated_at)
         VALUES ($1, 'refund', 'default', 1, $2, '7', $3, 'changed_mind', 'deny', 0, 'USD', 'held', '{}', '{}', $4, $4)`,
        [`deny-${id}`, input.deniedRefund, id, input.at],
      );
    return id;
  }

  beforeAll(async () => {
    store = await PgliteRecordStore.open();
    await migrate(store, await loadMigrations());
    records = new ConversationRecords(store, silentLogger());
    const ask = (text: string, intent: string, order?: string) => ({
      role: 'customer' as const,
      text,
      intent,
      ...(order ? { order } : {}),
    });
    const answer = (text: string, quick?: string[]) => ({
      role: 'assistant' as const,
      text,
      ...(quick ? { quick } : {}),
    });
    // 1 Nov: resolved (rated 5), an order question the customer repeats on 3 Nov, an abandoned clarification.
    await conversation({
      at: '2026-11-01T09:00:00Z',
      customerId: '1',
      turns: [ask('return policy?', 'policy_question'), answer('30 days.')],
      rating: 5,
    });
    await conversation({
      at: '2026-11-01T10:00:00Z',
      customerId: '2',
      turns: [ask('where is 000000021?', 'order_status', '000000021'), answer('Shipped.')],
    });
    await conversation({
      at: '2026-11-01T11:00:00Z',
      customerId: null,
      turns: [ask('hmm', 'product_search'), answer('Which one?', ['Laptops', 'Phones'])],
    });
    // 2 Nov: escalated complaint (rated 1), a refund denied and granted by a later request, a guest left unanswered.
    await conversation({
      at: '2026-11-02T09:00:00Z',
      customerId: '3',
      turns: [ask('this is awful', 'complaint'), answer('Handing over.')],
      ticket: 'complaint',
      rating: 1,
    });
    await conversation({
      at: '2026-11-02T10:00:00Z',
      customerId: '7',
      turns: [ask('refund 000000077', 'refund_request', '000000077'), answer('No.')],
      deniedRefund: '000000077',
    });
    await store.query(
      `INSERT INTO action_requests (idempotency_key, action, store_code, order_id, order_number, customer_key, reason, verdict,
         amount_cents, currency, state, payload, decision, created_at, updated_at)
       VALUES ('grant-77', 'refund', 'default', 1, '000000077', '7', 'damaged', 'approve', 5000, 'USD', 'done', '{}', '{}',
               '2026-11-04T10:00:00Z', '2026-11-04T10:00:00Z')`,
    );
    await conversation({
      at: '2026-11-02T11:00:00Z',
      customerId: null,
      store: 'fr',
      turns: [ask('bonjour ?', 'greeting')],
    });
    // 3 Nov: customer 2 again about the same order; a customer who says thanks after a question.
    await conversation({
      at: '2026-11-03T09:00:00Z',
      customerId: '2',
      turns: [ask('still waiting for 000000021', 'order_status', '000000021'), answer('Shipped.')],
    });
    await conversation({
      at: '2026-11-03T10:00:00Z',
      customerId: '4',
      turns: [
        ask('laptops', 'product_search'),
        answer('Here.', ['Compare']),
        ask('thanks', 'thanks'),
        answer('Welcome!'),
      ],
      status: 'resolved',
    });
  });

  afterAll(async () => {
    await store?.close();
  });

  it('judges each conversation by what happened after it and counts abandoned ones apart', async () => {
    const report = await outcomeAnalytics(store, { from: '2026-11-01', to: '2026-11-04', windowDays: 7 });
    expect(report.conversations).toBe(8);
    expect(report.outcomes).toEqual({
      resolved: 3,
      repeat_contact: 1,
      reversed: 1,
      escalated: 1,
      abandoned: 2,
    });
    // Rates over the 6 that were not abandoned.
    expect(report.resolutionRate).toBe(0.5);
    expect(report.escalationRate).toBe(0.167);
    expect(report.deflectionRate).toBe(0.833);
    expect(report.abandonmentRate).toBe(0.25);
    expect(report.csat).toBe(0.5);
    expect(report.escalationsByReason).toEqual([{ reason: 'complaint', conversations: 1 }]);
  });

  it('splits by day, store view and topic', async () => {
    const report = await outcomeAnalytics(store, { from: '2026-11-01', to: '2026-11-04' });
    expect(report.perDay.map((d) => [d.day, d.conversations])).toEqual([
      ['2026-11-01', 3],
      ['2026-11-02', 3],
      ['2026-11-03', 2],
    ]);
    expect(report.perStore.map((s) => [s.store, s.conversations, s.outcomes.abandoned])).toEqual([
      ['default', 7, 1],
      ['fr', 1, 1],
    ]);
    const orderStatus = report.perIntent.find((i) => i.intent === 'order_status')!;
    expect(orderStatus.outcomes).toMatchObject({ repeat_contact: 1, resolved: 1 });
    const fr = await outcomeAnalytics(store, { from: '2026-11-01', to: '2026-11-04', store: 'fr' });
    expect(fr.conversations).toBe(1);
  });

  it('a shorter window forgives a later contact', async () => {
    const report = await outcomeAnalytics(store, { from: '2026-11-01', to: '2026-11-02', windowDays: 1 });
    expect(report.outcomes.repeat_contact).toBe(0);
  });

  it('exports the same numbers as CSV', async () => {
    const csv = outcomeCsv(await outcomeAnalytics(store, { from: '2026-11-01', to: '2026-11-04' }));
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'dimension,key,conversations,resolved,repeat_contact,reversed,escalated,abandoned,resolution_rate,deflection_rate,escalation_rate,abandonment_rate,csat,ratings',
    );
    expect(lines[1]).toBe('total,2026-11-01..2026-11-04,8,3,1,1,1,2,0.5,0.833,0.167,0.25,0.5,2');
    expect(lines).toContain('day,2026-11-02,3,0,0,1,1,1,0,0.5,0.5,0.333,0,1');
    expect(lines.at(-1)).toBe('escalation_reason,complaint,1');
  });

  it('counts a conversation under the flow the assistant ran, when its replies record one', async () => {
    const id = await conversation({
      at: '2026-10-05T10:00:00Z',
      customerId: '9',
      turns: [
        { role: 'customer', text: 'I want to send my jacket back', intent: 'return_request' },
        { role: 'assistant', text: 'Which order is it?' },
      ],
    });
    await store.query(
      `UPDATE messages SET turn_summary = turn_summary || '{"flow":"return_items"}' WHERE conversation_id = $1 AND role = 'assistant'`,
      [id],
    );
    const report = await outcomeAnalytics(store, { from: '2026-10-05', to: '2026-10-06' });
    expect(report.perIntent.map((i) => i.intent)).toEqual(['return_items']);
  });
});
