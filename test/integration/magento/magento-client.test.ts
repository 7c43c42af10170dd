import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  MagentoAuthError,
  MagentoNotFoundError,
  MagentoResponseError,
  MagentoUnavailableError,
} from '../../../common/errors.js';
import {
  createMagentoClient,
  type MagentoClientOptions,
} from '../../../common/magento/create-magento-client.js';
import type { MagentoClient } from '../../../common/magento/magento-client.js';
import { type RunningSandbox, startSandbox } from '../../../sandbox/index.js';

let sandbox: RunningSandbox;
let client: MagentoClient;

function clientWith(options: Partial<MagentoClientOptions> = {}): MagentoClient {
  return createMagentoClient({
    baseUrl: sandbox.url,
    token: sandbox.adminToken,
    timeoutMs: 5000,
    retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 2 },
    ...options,
  });
}

beforeAll(async () => {
  sandbox = await startSandbox({ productCount: 150, seed: 7 });
  client = clientWith();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.knobs.remove());

describe('MagentoClient over the sandbox (REST)', () => {
  it('pages through every product with searchCriteria paging', async () => {
    const pages = [];
    for await (const page of client.iterateProducts('default', { pageSize: 40 })) pages.push(page);
    const skus = pages.flatMap((p) => p.items.map((i) => i.sku));
    expect(pages.length).toBe(Math.ceil(sandbox.data.fixture.products.length / 40));
    expect(new Set(skus).size).toBe(sandbox.data.fixture.products.length);
    expect(pages.every((p) => p.problems.length === 0)).toBe(true);
  });

  it('reads a product, its configurable children, options, categories and stores', async () => {
    const parent = sandbox.data.fixture.products.find((p) => p.type_id === 'configurable')!;
    const product = await client.getProduct('default', parent.sku);
    expect(product.sku).toBe(parent.sku);
    const children = await client.getConfigurableChildren('default', parent.sku);
    expect(children.items.length).toBeGreaterThan(0);
    const colors = await client.getAttributeOptions('default', 'color');
    expect(colors.map((o) => o.label)).toContain('Black');
    expect(colors.every((o) => o.value !== '')).toBe(true);
    const tree = await client.getCategoryTree('default');
    expect(tree.children_data?.length).toBeGreaterThan(0);
    const views = await client.listStoreViews();
    expect(views.map((v) => v.code)).toEqual(expect.arrayContaining(['default', 'fr']));
    const [config] = await client.listStoreConfigs(['eu_en']);
    expect(config?.base_currency_code).toBe('EUR');
    expect((await client.getVerityConfig('default')).store_code).toBe('default');
  });

  it('reads orders by increment id and their sales documents', async () => {
    const page = await client.searchOrders('default', { pageSize: 5 });
    expect(page.items.length).toBeGreaterThan(0);
    const first = page.items[0]!;
    const order = await client.getOrderByIncrementId('default', first.increment_id);
    expect(order.entity_id).toBe(first.entity_id);
    expect((await client.getOrder('default', first.entity_id)).increment_id).toBe(first.increment_id);
    const invoices = await client.listInvoices('default', first.entity_id);
    expect(invoices.items.every((i) => i.order_id === first.entity_id)).toBe(true);
    await expect(client.getOrderByIncrementId('default', '999999999')).rejects.toBeInstanceOf(
      MagentoNotFoundError,
    );
  });

  it('reads the CMS pages a store view shows: its own before the all-store-views page of an identifier', async () => {
    const pagesOf = async (store: string) => {
      const items = [];
      for await (const page of client.iterateCmsPages(store)) items.push(...page.items);
      return items;
    };
    // A page for all store views that the French store view does not override.
    const giftCards = {
      ...sandbox.data.fixture.cms_pages[0]!,
      id: 99,
      identifier: 'gift-cards',
      title: 'Gift Cards',
    };
    sandbox.data.fixture.cms_pages.push(giftCards);
    try {
      const fr = await pagesOf('fr');
      expect(fr.find((p) => p.identifier === 'returns')?.title).toBe('Retours et remboursements');
      expect(fr.filter((p) => p.identifier === 'returns')).toHaveLength(1);
      expect(fr.map((p) => p.identifier)).toContain('gift-cards');
      const en = await pagesOf('default');
      expect(en.find((p) => p.identifier === 'returns')?.title).toBe('Returns & Refunds');
      // Another store view's pages (French) never reach the English store view.
      expect(en.some((p) => /Retours|Livraison/.test(p.title ?? ''))).toBe(false);
      await expect(pagesOf('nowhere')).rejects.toBeInstanceOf(MagentoNotFoundError);
    } finally {
      sandbox.data.fixture.cms_pages.pop();
    }
  });

  it('reads stock and salable quantity of a simple product', async () => {
    const simple = sandbox.data.fixture.products.find((p) => p.type_id === 'simple')!;
    const stock = await client.getStockItem('default', simple.sku);
    expect(stock.qty).toBe(simple.extension_attributes.stock_item?.qty);
    expect(typeof (await client.getSalableQty('default', simple.sku))).toBe('number');
  });

  it('refunds part of an invoiced order and returns the credit memo id', async () => {
    const orders = await client.searchOrders('default', { pageSize: 200 });
    const complete = orders.items.find((o) => o.state === 'complete' && (o.total_refunded ?? 0) === 0)!;
    const item = complete.items!.find((i) => i.parent_item_id === undefined)!;
    const refund = await client.refundOrder('default', complete.entity_id, {
      items: [{ orderItemId: item.item_id!, qty: 1 }],
      comment: { text: 'Refunded by Verity test' },
    });
    expect(refund.ok).toBe(true);
    const memos = await client.listCreditMemos('default', complete.entity_id);
    expect(memos.items.map((m) => m.entity_id)).toContain(refund.ok ? refund.value : -1);
  });

  it('retries injected 5xx answers with backoff and then succeeds', async () => {
    sandbox.knobs.add({ route: '/rest/*/V1/products/*', kind: 'error', status: 503, count: 2 });
    const sku = sandbox.data.fixture.products[0]!.sku;
    expect((await client.getProduct('default', sku)).sku).toBe(sku);
  });

  it('gives up after its retries with MagentoUnavailableError', async () => {
    sandbox.knobs.add({ route: '/rest/*/V1/products/*', kind: 'error', status: 502 });
    await expect(client.getProduct('default', sandbox.data.fixture.products[0]!.sku)).rejects.toBeInstanceOf(
      MagentoUnavailableError,
    );
  });

  it('turns a timeout into a retryable MagentoUnavailableError', async () => {
    sandbox.knobs.add({ route: '/rest/*/V1/products/*', kind: 'timeout' });
    const impatient = clientWith({ timeoutMs: 150, retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 } });
    const error = await impatient.getProduct('default', 'ANY').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MagentoUnavailableError);
    expect((error as MagentoUnavailableError).retryable).toBe(true);
    expect((error as Error).message).toMatch(/did not answer/);
  });

  it('rejects a body that is not JSON with MagentoResponseError', async () => {
    sandbox.knobs.add({ route: '/rest/*/V1/products', kind: 'malformed', count: 1 });
    await expect(client.searchProducts('default', { pageSize: 5 })).rejects.toBeInstanceOf(
      MagentoResponseError,
    );
  });

  it('maps 401 to MagentoAuthError and 404 to MagentoNotFoundError', async () => {
    await expect(clientWith({ token: 'wrong' }).getProduct('default', 'X')).rejects.toBeInstanceOf(
      MagentoAuthError,
    );
    await expect(client.getProduct('default', 'NO-SUCH-SKU')).rejects.toBeInstanceOf(MagentoNotFoundError);
  });

  it('names the SKU and field of a malformed product, and skips only that product in a list', async () => {
    const bad = sandbox.data.fixture.products[3]!;
    const attributes = bad.custom_attributes as { attribute_code: string; value: unknown }[];
    const index = attributes.findIndex((a) => a.attribute_code === 'url_key');
    const original = attributes[index]!.value;
    attributes[index]!.value = 42;
    try {
      await expect(client.getProduct('default', bad.sku)).rejects.toThrow(
        `product ${bad.sku}: custom_attributes[${index}].value: expected string`,
      );
      const page = await client.searchProducts('default', { pageSize: 10 });
      expect(page.problems).toEqual([
        expect.objectContaining({ key: bad.sku, field: `custom_attributes[${index}].value` }),
      ]);
      expect(page.items.map((p) => p.sku)).not.toContain(bad.sku);
      expect(page.items.length).toBe(9);
    } finally {
      attributes[index]!.value = original;
    }
  });

  it('writes: a comment, a cancel, and Magento’s refusal as a value', async () => {
    const open = (await client.searchOrders('default', { pageSize: 50 })).items.find(
      (o) => o.state === 'new',
    )!;
    expect(await client.addOrderComment('default', open.entity_id, { comment: 'Checked by Verity' })).toEqual(
      {
        ok: true,
        value: true,
      },
    );
    expect(await client.cancelOrder('default', open.entity_id)).toEqual({ ok: true, value: true });
    const again = await client.cancelOrder('default', open.entity_id);
    expect(again.ok).toBe(false);
    const refund = await client.refundOrder('default', open.entity_id, {
      items: [{ orderItemId: 1, qty: 99 }],
    });
    expect(refund.ok).toBe(false);
  });
});

describe('MagentoClient over the sandbox (GraphQL)', () => {
  it('reads live price and stock for SKUs, leaving unknown SKUs out', async () => {
    const sku = sandbox.data.fixture.products.find((p) => p.visibility === 4 && p.status === 1)!.sku;
    const page = await client.getLiveProducts('default', [sku, 'NO-SUCH-SKU']);
    expect(page.items.map((p) => p.sku)).toEqual([sku]);
    expect(page.items[0]?.price_range.minimum_price.final_price.currency).toBe('USD');
  });

  it('retries GraphQL on injected 5xx and gives up with MagentoUnavailableError', async () => {
    const sku = sandbox.data.fixture.products.find((p) => p.visibility === 4 && p.status === 1)!.sku;
    sandbox.knobs.add({ route: '/graphql', kind: 'error', status: 503, count: 2 });
    expect((await client.getLiveProducts('default', [sku])).items).toHaveLength(1);
    sandbox.knobs.add({ route: '/graphql', kind: 'error', status: 500 });
    await expect(client.getLiveProducts('default', [sku])).rejects.toBeInstanceOf(MagentoUnavailableError);
  });

  it('reads review summaries', async () => {
    const reviewed = sandbox.data.fixture.reviews[0]!.sku;
    const page = await client.getReviewSummaries('default', [reviewed]);
    expect(page.items[0]).toMatchObject({ sku: reviewed });
    expect(page.items[0]!.reviewCount).toBeGreaterThan(0);
  });

  it('reads the signed-in customer and their orders with the customer token only', async () => {
    const credentials = sandbox.data.fixture.credentials.customers[0]!;
    const response = await fetch(`${sandbox.url}/rest/default/V1/integration/customer/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: credentials.email, password: credentials.password }),
    });
    const token = (await response.json()) as string;
    const me = await client.getCurrentCustomer('default', token);
    expect(me.email?.toLowerCase()).toBe(credentials.email.toLowerCase());
    const orders = await client.getCustomerOrders('default', token);
    expect(orders.problems).toEqual([]);
    expect(orders.totalCount).toBeGreaterThanOrEqual(orders.orders.length);
    await expect(client.getCustomerOrders('default', 'not-a-token')).rejects.toBeInstanceOf(MagentoAuthError);
  });
});
