import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../../sandbox/data/fixture-schema.js';
import { createSandboxApp, generateFixture, type RunningSandbox } from '../../../sandbox/index.js';
import { ADMIN, criteria, getJson, postJson, startTestSandbox } from './sandbox-server.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

const everything = criteria({ '[pageSize]': 1000 });

/** What the admin REST API shows of the store's sales and one product: the state a reset must bring back. */
async function salesState(): Promise<unknown> {
  const read = async (route: string) => (await getJson(`${sandbox.url}/rest/V1/${route}`)).body;
  return {
    orders: await read(`orders?${everything}`),
    creditmemos: await read(`creditmemos?${everything}`),
    invoices: await read(`invoices?${everything}`),
    product: await read('products/NOVA-G16'),
  };
}

describe('POST /__sandbox/reset', () => {
  it('brings back the initial orders, credit memos and products after writes', async () => {
    const initial = await salesState();
    const orders = sandbox.data.fixture.orders;
    const pending = orders.find((o) => o.state === 'new') as Order;
    const complete = orders.find(
      (o) => o.state === 'complete' && Number(o.total_refunded ?? 0) === 0,
    ) as Order;
    expect((await postJson(`${sandbox.url}/rest/V1/orders/${pending.entity_id}/cancel`, {})).body).toBe(true);
    const memo = await postJson(`${sandbox.url}/rest/V1/order/${complete.entity_id}/refund`, {});
    expect(memo.status).toBe(200);
    await postJson(`${sandbox.url}/rest/V1/orders/${complete.entity_id}/comments`, {
      statusHistory: { comment: 'a note', is_customer_notified: 0, is_visible_on_front: 0 },
    });
    const saved = await fetch(`${sandbox.url}/rest/all/V1/products/NOVA-G16`, {
      method: 'PUT',
      headers: { ...ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify({ product: { price: 1 } }),
    });
    expect(saved.status).toBe(200);
    expect(await salesState()).not.toEqual(initial);

    const reset = await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' });
    expect(reset.status).toBe(204);
    expect(await salesState()).toEqual(initial);

    // Ids start again from the initial state: the same refund gets the same credit memo id.
    const again = await postJson(`${sandbox.url}/rest/V1/order/${complete.entity_id}/refund`, {});
    expect(again.body).toBe(memo.body);
    await sandbox.reset();
    expect(await salesState()).toEqual(initial);
  });

  it('answers 409 when the sandbox was given only a fixture object', async () => {
    const { app } = createSandboxApp({
      fixture: generateFixture({ productCount: 50, now: new Date('2026-06-15T00:00:00Z') }),
    });
    const res = await request(app).post('/__sandbox/reset');
    expect(res.status).toBe(409);
    expect(res.body).toEqual({ message: 'This sandbox has no initial state to reset to.' });
  });
});
