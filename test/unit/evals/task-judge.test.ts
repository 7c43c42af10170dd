import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatReply } from '../../../common/chat-api/chat-api.js';
import { judgeTask, type JudgeInput } from '../../../evals/tasks/judge-task.js';
import type { StoreSnapshot, TaskStoreConfig } from '../../../evals/tasks/store-reader.js';
import { taskSchema, normalizeTurn, type TaskInput } from '../../../evals/tasks/task-schema.js';
import { generateFixture, type Fixture } from '../../../sandbox/index.js';
import type { Order } from '../../../sandbox/data/fixture-schema.js';

let fixture: Fixture;
beforeAll(() => {
  fixture = generateFixture({ productCount: 300, now: new Date('2026-06-15T00:00:00Z') });
});

const snapshot = (f: Fixture): StoreSnapshot =>
  structuredClone({
    orders: f.orders,
    invoices: f.invoices,
    shipments: f.shipments,
    creditmemos: f.creditmemos,
    customers: f.customers,
    stock: {},
    returns: null,
  });

const config = {
  store_code: 'default',
  website_code: 'base',
  base_currency_code: 'USD',
  enabled: true,
  rollout_percentage: 100,
  escalation_contact: '',
  retention_days: 0,
  business_hours: '',
  widget: { position: 'right', primary_color: '#000000', greeting: '' },
  refund_bounds: {
    auto_approve_max_amount: 100,
    evidence_required_threshold: 50,
    excluded_category_ids: [],
    max_auto_actions_per_customer: 3,
    period_days: 30,
  },
  policy_rules: [
    {
      rule_id: 'default:default:1',
      scope: 'default',
      scope_code: 'default',
      category_id: null,
      channel: null,
      return_window_days: 30,
      return_shipping_fee: 0,
      restocking_fee_percent: 0,
      final_sale: false,
      exchange_allowed: true,
      warranty_months: 12,
      price_match: true,
      price_match_exclusions: [],
      free_shipping_threshold: 50,
      delivery_ranges: [{ method: 'flatrate', min_days: 3, max_days: 5 }],
    },
  ],
  coupon_rules: [],
} satisfies TaskStoreConfig;

function reply(text: string, extra: Partial<ChatReply> = {}): ChatReply {
  return {
    sessionId: randomUUID(),
    messageId: randomUUID(),
    reply: text,
    intent: 'x',
    confidence: 1,
    entities: {},
    actions: [],
    traceId: 't',
    products: [],
    citations: [],
    escalation: null,
    quickReplies: [],
    order: null,
    orders: [],
    comparison: null,
    ...extra,
  };
}

const earbudsOrder = (f: Fixture): Order => f.orders.find((o) => o.increment_id === '000000002') as Order;

/** A judge input for a task over Emma's earbuds order, with the store after the chat given by `change`. */
function input(
  task: Omit<TaskInput, 'id' | 'flow' | 'goal' | 'store' | 'customer' | 'orders'>,
  replies: ChatReply[],
  change: (after: StoreSnapshot) => void = () => undefined,
): JudgeInput {
  const parsed = taskSchema.parse({
    id: 'test-task',
    flow: 'refund',
    goal: 'test',
    store: 'default',
    customer: { email: 'emma.shopper@example.com' },
    orders: { o: { number: '000000002' } },
    ...task,
  });
  const before = snapshot(fixture);
  const after = snapshot(fixture);
  change(after);
  return {
    task: parsed,
    orders: { o: earbudsOrder(fixture) },
    before,
    after,
    turns: parsed.turns.map((t, i) => ({ turn: normalizeTurn(t), reply: replies[i] as ChatReply })),
    tickets: null,
    config,
    visibleOrders: before.orders.filter((o) => o.customer_email === 'emma.shopper@example.com'),
    catalogCents: new Set(),
    factProducts: new Map(),
    products: new Map(),
  };
}

/** A credit memo refunding `qty` of the order's line `sku`, as Magento would add it. */
function refund(after: StoreSnapshot, sku: string, qty: number): void {
  const order = after.orders.find((o) => o.increment_id === '000000002') as Order;
  const line = order.items.find((i) => i.sku === sku);
  if (line === undefined) throw new Error(sku);
  line.qty_refunded = qty;
  after.creditmemos.push({
    entity_id: 9999,
    increment_id: '9999',
    state: 2,
    order_id: order.entity_id,
    grand_total: line.price * qty,
    subtotal: line.price * qty,
    items: [{ entity_id: 1, order_item_id: line.item_id, sku, qty, price: line.price }],
  });
}

describe('judgeTask', () => {
  it('passes a refund of exactly the named line, with the amount the store computed', () => {
    const verdict = judgeTask(
      input(
        {
          turns: ['refund the earbuds'],
          expect: {
            store: [{ kind: 'refunded', order: 'o', items: { 'GIFT-EARBUDS': 1 } }],
            facts: [{ refunded: 'o' }],
          },
        },
        [reply('Done: $39.99 is on its way back to you.')],
        (after) => refund(after, 'GIFT-EARBUDS', 1),
      ),
    );
    expect(verdict).toEqual({ passed: true, failures: [] });
  });

  it('fails a refund of another line, and names the amount that was not refunded', () => {
    const verdict = judgeTask(
      input(
        {
          turns: ['refund the earbuds'],
          expect: {
            store: [{ kind: 'refunded', order: 'o', items: { 'GIFT-EARBUDS': 1 } }],
            facts: [{ refunded: 'o' }],
          },
        },
        [reply('Done: $39.99 is on its way back to you.')],
        (after) => refund(after, 'CYC-CARGO-NET', 1),
      ),
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.failures.map((f) => f.message)).toEqual(
      expect.arrayContaining([
        'order 000000002: refunded 1 × CYC-CARGO-NET, expected 0',
        'order 000000002: refunded 0 × GIFT-EARBUDS, expected 1',
        'some reply must state refunded amount 19.99',
      ]),
    );
  });

  it('fails any change the task did not ask for, naming the field', () => {
    const verdict = judgeTask(
      input({ turns: ['hello'], expect: {} }, [reply('Hi!')], (after) => {
        const order = after.orders.find((o) => o.increment_id === '000000004') as Order;
        order.state = 'canceled';
      }),
    );
    expect(verdict.failures).toEqual([
      { kind: 'unexpected_change', message: 'order 000000004 state: "new" → "canceled"' },
    ]);
  });

  it('fails a return that names a line the customer kept', () => {
    const verdict = judgeTask(
      input(
        {
          turns: ['return the earbuds'],
          expect: { store: [{ kind: 'return_requested', order: 'o', items: { 'GIFT-EARBUDS': 1 } }] },
        },
        [reply('Your return is registered.')],
        (after) => {
          const order = after.orders.find((o) => o.increment_id === '000000002') as Order;
          order.status_histories.unshift({
            entity_id: 99999,
            parent_id: order.entity_id,
            comment: 'Return requested via Verity: 1 × CYC-CARGO-NET, 1 × GIFT-EARBUDS (changed_mind).',
            created_at: '2026-06-15 00:00:00',
            entity_name: 'order',
            is_customer_notified: 0,
            is_visible_on_front: 0,
            status: 'complete',
          } as Order['status_histories'][number]);
        },
      ),
    );
    expect(verdict.failures).toEqual([
      {
        kind: 'store',
        message: 'order 000000002: the return names CYC-CARGO-NET, which the customer did not return',
      },
    ]);
  });

  it('flags amounts, order numbers and tracking numbers that are not the store’s or not the customer’s', () => {
    const verdict = judgeTask(
      input({ turns: ['where is my order'], expect: {} }, [
        reply('Order 000000009 ($59.98) shipped with tracking 1Z999AA100000000; a refund of $12.34 is due.'),
      ]),
    );
    expect(verdict.failures.map((f) => f.kind)).toEqual(['untrue', 'untrue', 'untrue']);
    expect(verdict.failures.map((f) => f.message).join('\n')).toMatch(
      /12\.34[\s\S]*000000009[\s\S]*1Z999AA100000000/,
    );
  });

  it('accepts a tracking number shown on the order card, and judges the handoff', () => {
    const order = earbudsOrder(fixture);
    const track = fixture.shipments.find((s) => s.order_id === order.entity_id)?.tracks[0]
      ?.track_number as string;
    const card = {
      number: order.increment_id,
      status: 'complete',
      statusLabel: 'Complete',
      placedAt: order.created_at,
      total: order.grand_total,
      currency: 'USD',
      carrier: 'UPS',
      trackingNumbers: [track],
      items: [],
    };
    const ok = judgeTask(
      input({ turns: ['where is it'], expect: { facts: [{ tracking: 'o' }], handoff: 'none' } }, [
        reply('Here it is.', { order: card }),
      ]),
    );
    expect(ok.failures).toEqual([]);
    const handedOver = judgeTask(
      input({ turns: ['where is it'], expect: { handoff: 'none' } }, [
        reply('A colleague will help.', { escalation: { reason: 'low_confidence', ticketId: 't' } }),
      ]),
    );
    expect(handedOver.failures).toEqual([
      { kind: 'handoff', message: 'handed over (low_confidence) where the task needs no person' },
    ]);
  });

  it('fails a turn that acted before the confirmation', () => {
    const judged = input(
      {
        turns: [{ say: 'cancel it', unchanged: true }, 'yes'],
        expect: { store: [{ kind: 'canceled', order: 'o' }] },
      },
      [reply('Cancelled.'), reply('OK')],
    );
    const first = judged.turns[0];
    if (first === undefined) throw new Error('no turn');
    first.changesSoFar = [
      {
        entity: 'order',
        key: '2',
        orderId: 2,
        field: 'state',
        path: 'state',
        before: 'new',
        after: 'canceled',
      },
    ];
    expect(judgeTask(judged).failures.map((f) => f.kind)).toContain('acted_too_early');
  });
});
