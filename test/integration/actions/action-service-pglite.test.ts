import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMagentoClient } from '../../../common/magento/create-magento-client.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index.js';
import type { ItemPolicy } from '../../../sidecar/actions/authorization/authorization-facts.js';
import { orderFactsFromMagento } from '../../../sidecar/actions/order-facts.js';
import { ActionService, type ActionRequest } from '../../../sidecar/actions/request-action.js';
import { AuditLog } from '../../../sidecar/audit/audit-log.js';

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

describe('bounded actions on the embedded record store (PGlite)', () => {
  let sandbox: RunningSandbox;
  let store: PgliteRecordStore;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, productCount: 60 });
    store = await PgliteRecordStore.open({});
    await migrate(store, await loadMigrations());
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    await sandbox?.close();
  });

  it('asks for evidence, then decides again and refunds once it is given', { timeout: 60_000 }, async () => {
    const magento = createMagentoClient({
      baseUrl: sandbox.url,
      token: sandbox.adminToken,
      retry: { retries: 0 },
    });
    const target = sandbox.data.fixture.orders.find(
      (o) =>
        o.state === 'complete' &&
        o.store_id === 1 &&
        o.customer_is_guest !== 1 &&
        o.items.every((i) => i.qty_refunded === 0 && i.parent_item_id === undefined),
    )!;
    const magentoOrder = await magento.getOrder('default', target.entity_id);
    const order = orderFactsFromMagento(
      magentoOrder,
      (await magento.listInvoices('default', target.entity_id)).items,
      (await magento.listShipments('default', target.entity_id)).items,
      new Map((magentoOrder.items ?? []).map((i) => [i.sku ?? '', [] as number[]])),
    );
    const item = order.items[0]!;
    const request: ActionRequest = {
      facts: {
        action: 'refund',
        order,
        requested_items: [{ item_id: item.item_id, qty: 1 }],
        claim: { reason: 'defective', evidence_provided: false },
        customer: { id: order.customer_id, email: order.customer_email },
        store: { code: 'default', time_zone: 'America/New_York', base_currency_code: 'USD' },
        channel: 'web',
        policies: Object.fromEntries(order.items.map((i) => [String(i.item_id), POLICY])),
        bounds: {
          auto_approve_max_amount: 100_000,
          evidence_required_threshold: 0,
          excluded_category_ids: [],
          max_auto_actions_per_customer: 10,
          period_days: 30,
        },
        coupon_rules: [],
        message: 'It stopped working.',
      },
      ordersInPeriod: null,
      conversationId: 'conv-pglite',
    };
    const service = new ActionService({ store, magento, auditLog: new AuditLog(store) });

    const first = await service.request(request);
    expect(first).toMatchObject({ state: 'held', duplicate: false });
    expect(first.decision.verdict).toBe('needs_evidence');
    expect(first.customerText).toMatch(/photo/);

    const second = await service.request({
      ...request,
      facts: { ...request.facts, claim: { reason: 'defective', evidence_provided: true } },
    });
    expect(second).toMatchObject({ idempotencyKey: first.idempotencyKey, state: 'done', duplicate: false });
    expect(
      (await magento.listCreditMemos('default', target.entity_id)).items.filter(
        (m) => m.entity_id === second.result?.creditMemoId,
      ),
    ).toHaveLength(1);

    const replay = await new AuditLog(store).replayByOrder(order.increment_id);
    expect(replay.map((e) => [e.kind, e.decision?.verdict])).toEqual([
      ['action_decision', 'needs_evidence'],
      ['action_decision', 'approve'],
      ['action_execution', 'approve'],
    ]);
    expect(await new AuditLog(store).verifyChain()).toEqual({ ok: true, rows: 3 });
  });
});
