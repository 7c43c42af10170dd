import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../../sandbox/data/fixture-schema.js';
import type { RunningSandbox } from '../../../sandbox/index.js';
import { criteria, getJson, postJson, startTestSandbox } from './sandbox-server.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

const orderOf = (id: number) => getJson(`${sandbox.url}/rest/V1/orders/${id}`).then((r) => r.body as Order);
function findOrder(predicate: (o: Order) => boolean): Order {
  const order = sandbox.data.fixture.orders.find(predicate);
  if (!order) throw new Error('no such order in the demo data');
  return order;
}

describe('REST sales', () => {
  it('lists orders by searchCriteria', async () => {
    const q = criteria({
      '[filter_groups][0][filters][0][field]': 'customer_email',
      '[filter_groups][0][filters][0][value]': 'emma.shopper@example.com',
      '[filter_groups][1][filters][0][field]': 'state',
      '[filter_groups][1][filters][0][value]': 'complete',
      '[sortOrders][0][field]': 'created_at',
      '[sortOrders][0][direction]': 'DESC',
    });
    const { body } = await getJson(`${sandbox.url}/rest/V1/orders?${q}`);
    const list = body as { items: Order[]; total_count: number };
    expect(list.total_count).toBeGreaterThanOrEqual(2);
    expect(
      list.items.every((o) => o.state === 'complete' && o.customer_email === 'emma.shopper@example.com'),
    ).toBe(true);
    expect(list.items[0]?.extension_attributes.shipping_assignments[0]?.items).toHaveLength(
      list.items[0]?.items.length ?? -1,
    );
  });

  it('serves invoices, shipments with tracks and credit memos of an order', async () => {
    const order = findOrder((o) => o.state === 'closed');
    const byOrder = criteria({
      '[filter_groups][0][filters][0][field]': 'order_id',
      '[filter_groups][0][filters][0][value]': order.entity_id,
    });
    const invoices = (await getJson(`${sandbox.url}/rest/V1/invoices?${byOrder}`)).body as {
      items: Array<{ entity_id: number; grand_total: number }>;
    };
    expect(invoices.items[0]?.grand_total).toBe(order.grand_total);
    const shipments = (await getJson(`${sandbox.url}/rest/V1/shipments?${byOrder}`)).body as {
      items: Array<{ entity_id: number; tracks: Array<{ track_number: string }> }>;
    };
    const shipment = shipments.items[0];
    expect(shipment?.tracks[0]?.track_number).toBeTruthy();
    expect((await getJson(`${sandbox.url}/rest/V1/shipment/${shipment?.entity_id}`)).status).toBe(200);
    const memos = (await getJson(`${sandbox.url}/rest/V1/creditmemos?${byOrder}`)).body as {
      items: Array<{ entity_id: number; grand_total: number }>;
    };
    expect(memos.items[0]?.grand_total).toBe(order.grand_total);
    expect((await getJson(`${sandbox.url}/rest/V1/creditmemo/999999`)).status).toBe(404);
  });

  it('refunds part of an order, then the rest, closing it', async () => {
    const order = findOrder(
      (o) => o.state === 'complete' && o.items.length >= 2 && o.order_currency_code === 'USD',
    );
    const [first, second] = order.items;
    if (!first || !second) throw new Error('need two items');
    const partial = await postJson(`${sandbox.url}/rest/V1/order/${order.entity_id}/refund`, {
      items: [{ order_item_id: first.item_id, qty: 1 }],
      notify: true,
      arguments: { shipping_amount: 0, adjustment_negative: 1 },
    });
    expect(partial.status).toBe(200);
    expect(typeof partial.body).toBe('number');
    const memo = (await getJson(`${sandbox.url}/rest/V1/creditmemo/${String(partial.body)}`)).body as {
      grand_total: number;
      adjustment_negative: number;
      order_id: number;
    };
    expect(memo).toMatchObject({
      order_id: order.entity_id,
      adjustment_negative: 1,
      grand_total: Math.round((first.price - 1) * 100) / 100,
    });
    let after = await orderOf(order.entity_id);
    expect(after.state).toBe('complete');
    expect(after.total_refunded).toBe(memo.grand_total);

    const tooMuch = await postJson(`${sandbox.url}/rest/V1/order/${order.entity_id}/refund`, {
      items: [{ order_item_id: first.item_id, qty: 99 }],
    });
    expect(tooMuch.status).toBe(400);
    expect((tooMuch.body as { message: string }).message).toBe(
      `Creditmemo Document Validation Error(s):\nThe quantity to creditmemo must not be greater than the unrefunded quantity for product SKU "${first.sku}".`,
    );

    const rest = await postJson(`${sandbox.url}/rest/V1/order/${order.entity_id}/refund`, {
      arguments: { adjustment_positive: 1 },
    });
    expect(rest.status).toBe(200);
    after = await orderOf(order.entity_id);
    expect(after.state).toBe('closed');
    expect(after.total_refunded).toBe(after.total_paid);
    expect(after.status_histories[0]?.comment).toMatch(/^We refunded .* offline\.$/);

    const again = await postJson(`${sandbox.url}/rest/V1/order/${order.entity_id}/refund`, {});
    expect(again.body).toEqual({
      message:
        'Creditmemo Document Validation Error(s):\nA creditmemo can not be created when an order has a status of closed',
    });
  });

  it('refunds through an invoice, capped by the invoice total', async () => {
    const order = findOrder((o) => o.state === 'processing' && Number(o.total_refunded ?? 0) === 0);
    const invoice = sandbox.data.fixture.invoices.find((i) => i.order_id === order.entity_id);
    const over = await postJson(`${sandbox.url}/rest/V1/invoice/${invoice?.entity_id}/refund`, {
      arguments: { adjustment_positive: 10_000 },
    });
    expect(over.status).toBe(400);
    expect((over.body as { message: string }).message).toMatch(/The most money available to refund is/);
    const ok = await postJson(`${sandbox.url}/rest/V1/invoice/${invoice?.entity_id}/refund`, {
      isOnline: true,
    });
    expect(ok.status).toBe(200);
    const after = await orderOf(order.entity_id);
    expect(after.state).toBe('closed');
    expect(after.total_online_refunded).toBe(order.grand_total);
  });

  it('cancels only what Magento allows', async () => {
    const pending = findOrder((o) => o.state === 'new');
    expect((await postJson(`${sandbox.url}/rest/V1/orders/${pending.entity_id}/cancel`, {})).body).toBe(true);
    expect((await orderOf(pending.entity_id)).state).toBe('canceled');
    expect((await postJson(`${sandbox.url}/rest/V1/orders/${pending.entity_id}/cancel`, {})).body).toBe(
      false,
    );
    const invoiced = findOrder(
      (o) => o.state === 'processing' && o.items.every((i) => i.qty_invoiced === i.qty_ordered),
    );
    expect((await postJson(`${sandbox.url}/rest/V1/orders/${invoiced.entity_id}/cancel`, {})).body).toBe(
      false,
    );
    const shipped = findOrder((o) => o.state === 'complete');
    expect((await postJson(`${sandbox.url}/rest/V1/orders/${shipped.entity_id}/cancel`, {})).body).toBe(
      false,
    );
  });

  it('adds and lists order comments, validating the status', async () => {
    const order = findOrder((o) => o.state === 'complete');
    const added = await postJson(`${sandbox.url}/rest/V1/orders/${order.entity_id}/comments`, {
      statusHistory: {
        comment: 'Customer asked about delivery',
        is_customer_notified: 0,
        is_visible_on_front: 0,
      },
    });
    expect(added.body).toBe(true);
    const list = (await getJson(`${sandbox.url}/rest/V1/orders/${order.entity_id}/comments`)).body as {
      items: Array<{ comment: string }>;
      total_count: number;
    };
    expect(list.items[0]?.comment).toBe('Customer asked about delivery');
    const bad = await postJson(`${sandbox.url}/rest/V1/orders/${order.entity_id}/comments`, {
      statusHistory: { comment: 'x', status: 'pending' },
    });
    expect(bad).toEqual({
      status: 400,
      body: {
        message: 'Unable to add comment: The status "%1" is not part of the order status history.',
        parameters: ['pending'],
      },
    });
  });
});
