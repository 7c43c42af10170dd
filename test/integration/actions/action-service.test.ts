import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMagentoClient } from '../../../common/magento/create-magento-client.js';
import type { MagentoClient } from '../../../common/magento/magento-client.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgRecordStore } from '../../../common/record-store/pg-record-store.js';
import { createPgSchema, type PgSchema } from '../../../common/testing/pg-schema.js';
import { serviceAvailable, testDatabaseUrl } from '../../../common/testing/services.js';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index.js';
import type { ActionsMagento } from '../../../sidecar/actions/action.js';
import type {
  AuthorizationFacts,
  ItemPolicy,
} from '../../../sidecar/actions/authorization/authorization-facts.js';
import { idempotencyKey } from '../../../sidecar/actions/idempotency-key.js';
import { orderFactsFromMagento } from '../../../sidecar/actions/order-facts.js';
import { ActionOutbox } from '../../../sidecar/actions/outbox/action-outbox.js';
import { ActionService, type ActionRequest } from '../../../sidecar/actions/request-action.js';
import { AuditLog } from '../../../sidecar/audit/audit-log.js';

const hasPostgres = await serviceAvailable('PostgreSQL', testDatabaseUrl());

const POLICY: ItemPolicy = {
  ok: true,
  ruleId: 'default:default:_100',
  version: { hash: 'sha256:test', fetchedAt: '2026-01-01T00:00:00Z' },
  values: {
    returnWindowDays: 3650,
    restockingFeePercent: 0,
    finalSale: false,
    warrantyMonths: 12,
    deliveryRanges: [],
    currency: 'USD',
  },
};

describe.runIf(hasPostgres)('bounded actions against the sandbox store over HTTP, on PostgreSQL', () => {
  let sandbox: RunningSandbox;
  let magento: MagentoClient;
  let schema: PgSchema;
  const stores: PgRecordStore[] = [];
  let eligible: number[];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, productCount: 80 });
    magento = createMagentoClient({ baseUrl: sandbox.url, token: sandbox.adminToken, retry: { retries: 0 } });
    schema = await createPgSchema('actions');
    // Four pools on one schema stand for four sidecar processes.
    for (let i = 0; i < 4; i++)
      stores.push(new PgRecordStore({ url: schema.url, schema: schema.name, maxConnections: 5 }));
    await migrate(stores[0]!, await loadMigrations());
    eligible = sandbox.data.fixture.orders
      .filter(
        (o) =>
          o.state === 'complete' &&
          o.store_id === 1 &&
          o.customer_is_guest !== 1 &&
          o.items.every(
            (i) =>
              i.qty_refunded === 0 &&
              i.qty_invoiced > 0 &&
              i.qty_shipped > 0 &&
              i.parent_item_id === undefined,
          ),
      )
      .map((o) => o.entity_id);
  });

  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await schema?.drop();
    await sandbox?.close();
  });

  async function refundRequest(orderId: number): Promise<ActionRequest> {
    const order = await magento.getOrder('default', orderId);
    const invoices = (await magento.listInvoices('default', orderId)).items;
    const shipments = (await magento.listShipments('default', orderId)).items;
    // The sandbox's products are in categories the test policy does not care about: known, none relevant.
    const categories = new Map((order.items ?? []).map((i) => [i.sku ?? '', [] as number[]]));
    const facts = orderFactsFromMagento(order, invoices, shipments, categories);
    const first = facts.items[0]!;
    const base: Omit<AuthorizationFacts, 'history' | 'now'> = {
      action: 'refund',
      order: facts,
      requested_items: [{ item_id: first.item_id, qty: 1 }],
      claim: { reason: 'damaged', evidence_provided: true },
      customer: { id: facts.customer_id, email: facts.customer_email },
      store: { code: 'default', time_zone: 'America/New_York', base_currency_code: 'USD' },
      channel: 'web',
      policies: Object.fromEntries(facts.items.map((i) => [String(i.item_id), POLICY])),
      bounds: {
        auto_approve_max_amount: 100_000,
        evidence_required_threshold: 0,
        excluded_category_ids: [],
        max_auto_actions_per_customer: 1000,
        period_days: 30,
      },
      coupon_rules: [],
      message: 'It arrived broken, photo attached.',
    };
    return { facts: base, ordersInPeriod: null, conversationId: `conv-${orderId}` };
  }

  async function creditMemoCount(orderId: number): Promise<number> {
    return (await magento.listCreditMemos('default', orderId)).items.length;
  }

  function service(index: number, client: ActionsMagento = magento): ActionService {
    const store = stores[index % stores.length]!;
    return new ActionService({ store, magento: client, auditLog: new AuditLog(store) });
  }

  it('turns 100 concurrent identical refund requests into one credit memo', async () => {
    const orderId = eligible[0]!;
    const request = await refundRequest(orderId);
    const before = await creditMemoCount(orderId);
    const services = [0, 1, 2, 3].map((i) => service(i));
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) => services[i % 4]!.request(request)),
    );

    expect(await creditMemoCount(orderId)).toBe(before + 1);
    expect(outcomes.filter((o) => !o.duplicate)).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.idempotencyKey)).size).toBe(1);
    expect(outcomes.every((o) => o.decision.verdict === 'approve')).toBe(true);
    // Whichever request wins the outbox claim executes; the one that decided may answer "being processed"
    // while the winner is still writing to Magento. Every answer is one of the two, and all that finished
    // report the same credit memo.
    expect(outcomes.every((o) => o.state === 'done' || o.state === 'executing')).toBe(true);
    const finished = outcomes.filter((o) => o.state === 'done');
    expect(finished.length).toBeGreaterThanOrEqual(1);
    expect(new Set(finished.map((o) => JSON.stringify(o.result))).size).toBe(1);
    const executed = finished[0]!;
    expect(executed.result).toMatchObject({ creditMemoId: expect.any(Number) });

    // Asked again later: the same answer, no new memo.
    const again = await service(2).request(request);
    expect(again).toMatchObject({ duplicate: true, state: 'done', result: executed.result });
    expect(await creditMemoCount(orderId)).toBe(before + 1);

    const log = new AuditLog(stores[0]!);
    expect((await log.verifyChain()).ok).toBe(true);
    const replay = await log.replayByOrder(request.facts.order.increment_id);
    expect(replay.filter((e) => e.kind === 'action_decision')).toHaveLength(1);
    expect(replay.filter((e) => e.kind === 'action_execution')).toHaveLength(1);
    expect(replay.filter((e) => e.kind === 'action_duplicate')).toHaveLength(100);
    const decision = replay.find((e) => e.kind === 'action_decision')!;
    expect(decision.policy).toEqual([
      {
        itemId: request.facts.requested_items[0]!.item_id,
        ruleId: 'default:default:_100',
        version: 'sha256:test',
      },
    ]);
    expect(decision.bounds).toMatchObject({ auto_approve_max_amount: 100_000 });
    const execution = replay.find((e) => e.kind === 'action_execution')!;
    expect(execution.toolCalls.map((c) => c.name)).toEqual([
      'magento.listCreditMemos',
      'magento.refundInvoice',
    ]);
  });

  it('resumes a decision left by a crash before execution, exactly once', async () => {
    const orderId = eligible[1]!;
    const request = await refundRequest(orderId);
    const before = await creditMemoCount(orderId);
    // The process decided and committed, then died before claiming the row.
    const live = service(0);
    const crashed = new ActionService({
      store: stores[1]!,
      magento: {
        ...magento,
        listCreditMemos: () => Promise.reject(new Error('process killed')),
      },
      auditLog: new AuditLog(stores[1]!),
    });
    const first = await crashed.request(request);
    expect(first.state).toBe('executing');
    expect(await creditMemoCount(orderId)).toBe(before);

    // Not yet stale: a concurrent recovery leaves a possibly-live execution alone.
    expect(await live.recover({ staleAfterMs: 60_000 })).toMatchObject({
      reexecuted: 0,
      reconciled: 0,
    });
    const report = await live.recover({ staleAfterMs: 0 });
    expect(report).toMatchObject({ reexecuted: 1, unresolved: 0 });
    expect(await creditMemoCount(orderId)).toBe(before + 1);
    expect(await live.recover({ staleAfterMs: 0 })).toEqual({
      resumed: 0,
      reconciled: 0,
      reexecuted: 0,
      unresolved: 0,
    });
  });

  it('resumes a committed decision that was never claimed', async () => {
    const orderId = eligible[2]!;
    const request = await refundRequest(orderId);
    const before = await creditMemoCount(orderId);
    const outbox = new ActionOutbox(stores[0]!);
    const key = idempotencyKey('default', orderId, 'refund', request.facts.requested_items);
    const item = request.facts.requested_items[0]!;
    await outbox.withCustomerLock('default', String(request.facts.customer.id), (tx) =>
      outbox.record(tx, {
        idempotency_key: key,
        action: 'refund',
        store_code: 'default',
        order_id: orderId,
        order_number: request.facts.order.increment_id,
        customer_key: String(request.facts.customer.id),
        conversation_id: null,
        reason: 'damaged',
        verdict: 'approve',
        amount_cents: 100,
        currency: 'USD',
        payload: {
          storeCode: 'default',
          orderId,
          orderNumber: request.facts.order.increment_id,
          invoiceId: request.facts.order.invoice_id,
          items: [{ orderItemId: item.item_id, qty: 1 }],
          amount: 1,
          reason: 'damaged',
        },
        decision: {
          action: 'refund',
          reason: 'damaged',
          verdict: 'approve',
          items: [],
          violations: [],
          approvedAmount: 1,
          currency: 'USD',
          coupon: null,
          reasons: [],
        },
      }),
    );
    const report = await service(3).recover({ staleAfterMs: 0 });
    expect(report).toMatchObject({ resumed: 1 });
    expect(await creditMemoCount(orderId)).toBe(before + 1);
    expect((await outbox.get(key))?.state).toBe('done');
  });

  it('reconciles a refund Magento made before the process died, without refunding twice', async () => {
    const orderId = eligible[3]!;
    const request = await refundRequest(orderId);
    const before = await creditMemoCount(orderId);
    // The credit memo is created, then the process dies before recording it.
    const dying: ActionsMagento = {
      ...magento,
      refundInvoice: async (...args) => {
        await magento.refundInvoice(...args);
        throw new Error('process killed after Magento answered');
      },
    };
    const first = await service(1, dying).request(request);
    expect(first.state).toBe('executing');
    expect(await creditMemoCount(orderId)).toBe(before + 1);

    const report = await service(2).recover({ staleAfterMs: 0 });
    expect(report).toMatchObject({ reconciled: 1, reexecuted: 0 });
    expect(await creditMemoCount(orderId)).toBe(before + 1);
    const replay = await new AuditLog(stores[0]!).replayByOrder(request.facts.order.increment_id);
    expect(replay.map((e) => e.kind)).toEqual(['action_decision', 'action_execution', 'action_recovery']);
    expect(replay[2]!.inputs).toMatchObject({ reconciled: 'found_in_magento' });
  });

  it('records a return request, an order comment and a handoff where there is no RMA', async () => {
    const orderId = eligible[4]!;
    const refund = await refundRequest(orderId);
    const request: ActionRequest = {
      ...refund,
      facts: {
        ...refund.facts,
        action: 'return',
        claim: { reason: 'changed_mind', evidence_provided: false },
      },
    };
    const outcome = await service(0).request(request);
    expect(outcome).toMatchObject({ state: 'done', duplicate: false });
    expect(outcome.handoff).toMatch(/Return request for order/);
    const { rows } = await stores[0]!.query<{ order_id: number }>(
      'SELECT order_id FROM return_requests WHERE idempotency_key = $1',
      [outcome.idempotencyKey],
    );
    expect(rows).toEqual([{ order_id: orderId }]);
    const order = await magento.getOrder('default', orderId);
    expect(
      (order.status_histories ?? []).filter((h) => h.comment?.includes('Return requested via Verity')),
    ).toHaveLength(1);
  });

  it('lets Magento have the last word on a cancel', async () => {
    const orderId = eligible[5]!;
    const refund = await refundRequest(orderId);
    // The authorizer refuses a shipped order; a facts snapshot claiming it unshipped shows Magento still refuses.
    const stale: ActionRequest = {
      ...refund,
      facts: {
        ...refund.facts,
        action: 'cancel',
        requested_items: [],
        order: {
          ...refund.facts.order,
          state: 'processing',
          items: refund.facts.order.items.map((i) => ({ ...i, qty_shipped: 0, qty_invoiced: 0 })),
        },
      },
    };
    const outcome = await service(1).request(stale);
    expect(outcome.decision.verdict).toBe('approve');
    expect(outcome.state).toBe('failed');
    expect(outcome.handoff).toMatch(/refused/);
    expect((await magento.getOrder('default', orderId)).state).toBe('complete');
  });
});
