import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../sandbox/index.js';
import { ADMIN, criteria, getJson, postJson, startTestSandbox } from './sandbox-server.js';

interface ProductList {
  items: Array<{
    sku: string;
    price: number;
    name: string;
    custom_attributes?: Array<{ attribute_code: string; value: string }>;
  }>;
  total_count: number;
  search_criteria: Record<string, unknown>;
}

let sandbox: RunningSandbox;
let hook: Server;
const received: Array<{ body: string; signature: string | undefined }> = [];

beforeAll(async () => {
  hook = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ body, signature: req.headers['x-verity-signature'] as string | undefined });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  const { port } = hook.address() as AddressInfo;
  sandbox = await startTestSandbox({ notify: { url: `http://127.0.0.1:${port}/hook`, secret: 's3cret' } });
});
afterAll(async () => {
  await sandbox.close();
  await new Promise((resolve) => hook.close(resolve));
});

describe('REST catalog', () => {
  it('filters with OR inside a group, AND across groups, sorts and pages', async () => {
    const q = criteria({
      '[filter_groups][0][filters][0][field]': 'category_id',
      '[filter_groups][0][filters][0][value]': '7',
      '[filter_groups][0][filters][1][field]': 'sku',
      '[filter_groups][0][filters][1][value]': 'CYC-CARGO-NET',
      '[filter_groups][1][filters][0][field]': 'price',
      '[filter_groups][1][filters][0][value]': '1500',
      '[filter_groups][1][filters][0][condition_type]': 'lt',
      '[sortOrders][0][field]': 'price',
      '[sortOrders][0][direction]': 'DESC',
      '[pageSize]': 2,
      '[currentPage]': 1,
    });
    const { status, body } = await getJson(`${sandbox.url}/rest/V1/products?${q}`);
    expect(status).toBe(200);
    const list = body as ProductList;
    expect(list.items.map((p) => p.sku)).toEqual(['VORTEX-14', 'NOVA-G16']);
    expect(list.total_count).toBeGreaterThanOrEqual(4);
    expect(list.search_criteria).toMatchObject({
      page_size: 2,
      current_page: 1,
      sort_orders: [{ field: 'price', direction: 'DESC' }],
    });
    const page2 = (
      await getJson(`${sandbox.url}/rest/V1/products?${q.replace('currentPage%5D=1', 'currentPage%5D=2')}`)
    ).body as ProductList;
    expect(page2.items.map((p) => p.sku)).not.toContain('VORTEX-14');
  });

  it('finds products by SKU and entity id as Magento compares them (any case), in catalog order, with the other filters', async () => {
    const all = sandbox.data.fixture.products;
    const [a, b, c] = [all[40]!, all[7]!, all[120]!];
    const bySku = (
      await getJson(
        `${sandbox.url}/rest/fr/V1/products?${criteria({
          '[filter_groups][0][filters][0][field]': 'sku',
          '[filter_groups][0][filters][0][value]': `${a.sku.toLowerCase()},${b.sku}, NO-SUCH-SKU`,
          '[filter_groups][0][filters][0][condition_type]': 'in',
          '[filter_groups][0][filters][1][field]': 'entity_id',
          '[filter_groups][0][filters][1][value]': String(c.id),
        })}`,
      )
    ).body as ProductList;
    expect(bySku.items.map((p) => p.sku)).toEqual([b.sku, a.sku, c.sku]);
    expect(bySku.total_count).toBe(3);
    // Store-scoped values apply to what a lookup by key returns, and later groups still filter it.
    const scoped = sandbox.data.scopedProduct(a, 'fr');
    expect(bySku.items.find((p) => p.sku === a.sku)?.name).toBe(scoped.name);
    const narrowed = (
      await getJson(
        `${sandbox.url}/rest/V1/products?${criteria({
          '[filter_groups][0][filters][0][field]': 'sku',
          '[filter_groups][0][filters][0][value]': `${a.sku},${b.sku}`,
          '[filter_groups][0][filters][0][condition_type]': 'in',
          '[filter_groups][1][filters][0][field]': 'entity_id',
          '[filter_groups][1][filters][0][value]': String(b.id),
          '[filter_groups][1][filters][0][condition_type]': 'neq',
        })}`,
      )
    ).body as ProductList;
    expect(narrowed.items.map((p) => p.sku)).toEqual([a.sku]);
  });

  it('sorts by entity_id', async () => {
    const list = (
      await getJson(
        `${sandbox.url}/rest/V1/products?${criteria({
          '[sortOrders][0][field]': 'entity_id',
          '[sortOrders][0][direction]': 'DESC',
          '[pageSize]': 3,
        })}`,
      )
    ).body as { items: Array<{ id: number }> };
    const ids = sandbox.data.fixture.products.map((p) => p.id).sort((x, y) => y - x);
    expect(list.items.map((p) => p.id)).toEqual(ids.slice(0, 3));
  });

  it('requires searchCriteria', async () => {
    const { status, body } = await getJson(`${sandbox.url}/rest/V1/products`);
    expect(status).toBe(400);
    expect(body).toEqual({
      message: '"%fieldName" is required. Enter and try again.',
      parameters: { fieldName: 'searchCriteria' },
    });
  });

  it('returns a product by SKU with store-scoped prices, and Magento’s 404', async () => {
    const us = (await getJson(`${sandbox.url}/rest/V1/products/NOVA-G16`)).body as { price: number };
    const eu = (await getJson(`${sandbox.url}/rest/eu_en/V1/products/NOVA-G16`)).body as { price: number };
    expect(us.price).toBe(1449);
    expect(eu.price).toBe(1347.99);
    const fr = (await getJson(`${sandbox.url}/rest/fr/V1/products/NOVA-G16`)).body as {
      price: number;
      name: string;
    };
    expect(fr).toMatchObject({ price: 1347.99, name: 'Ordinateur portable gamer Kestrel Nova G16' });
    const missing = await getJson(`${sandbox.url}/rest/default/V1/products/NOPE`);
    expect(missing).toEqual({
      status: 404,
      body: { message: "The product that was requested doesn't exist. Verify the product and try again." },
    });
    expect((await getJson(`${sandbox.url}/rest/nowhere/V1/products/NOVA-G16`)).status).toBe(404);
  });

  it('serves generated products in French in the fr store view, and in English elsewhere', async () => {
    const text = (p: ProductList['items'][number], code: string) =>
      p.custom_attributes?.find((a) => a.attribute_code === code)?.value;
    const product = async (store: string) =>
      (await getJson(`${sandbox.url}/rest/${store}/V1/products/OD-CMP-00259`))
        .body as ProductList['items'][number];
    const fr = await product('fr');
    expect(fr.name).toBe('Tente ultralégère Northpeak B60');
    expect(text(fr, 'description')).toBe(
      '<p>La <strong>tente ultralégère Northpeak B60</strong> est conçue pour un usage quotidien.</p>' +
        '<ul><li>Livrée avec un double toit imperméable</li><li>Livrée avec un sac de compression</li>' +
        '<li>Livrée avec une garantie à vie sur les coutures</li></ul>',
    );
    expect(text(fr, 'short_description')).toBe(
      '<p>Tente ultralégère Northpeak B60 avec un double toit imperméable.</p>',
    );
    for (const store of ['default', 'eu_en']) {
      const en = await product(store);
      expect(en.name).toBe('Northpeak Ultralight Tent B60');
      expect(text(en, 'description')).toContain('<li>Comes with a waterproof rainfly</li>');
    }
    const q = criteria({
      '[filter_groups][0][filters][0][field]': 'name',
      '[filter_groups][0][filters][0][value]': 'Tente %',
      '[filter_groups][0][filters][0][condition_type]': 'like',
    });
    const tents = (await getJson(`${sandbox.url}/rest/fr/V1/products?${q}`)).body as ProductList;
    expect(tents.items.map((p) => p.sku)).toContain('OD-CMP-00259');
    expect(tents.items.every((p) => p.name.startsWith('Tente '))).toBe(true);
  });

  it('answers 401 in Magento’s shape without a valid admin token', async () => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: 'Bearer wrong' }];
    for (const headers of attempts) {
      const { status, body } = await getJson(`${sandbox.url}/rest/V1/orders/1`, headers);
      expect(status).toBe(401);
      expect(body).toEqual({
        message: "The consumer isn't authorized to access %resources.",
        parameters: { resources: 'Magento_Sales::actions_view' },
      });
    }
  });

  it('serves categories, attribute options and salable quantity', async () => {
    const tree = (await getJson(`${sandbox.url}/rest/V1/categories`)).body as {
      id: number;
      children_data: Array<{ name: string }>;
    };
    expect(tree.id).toBe(2);
    expect(tree.children_data.map((c) => c.name)).toContain('Outdoor');
    // Names are store-scoped like Magento's EAV rows; ids and url keys are global.
    const frTree = (await getJson(`${sandbox.url}/rest/fr/V1/categories`)).body as typeof tree;
    expect(frTree.children_data.map((c) => c.name)).toContain('Plein air');
    const laptops = (await getJson(`${sandbox.url}/rest/fr/V1/categories/4`)).body as { name: string };
    expect(laptops.name).toBe('Ordinateurs portables');
    const defaultLaptops = (await getJson(`${sandbox.url}/rest/default/V1/categories/4`)).body as {
      name: string;
    };
    expect(defaultLaptops.name).toBe('Laptops');
    const options = (await getJson(`${sandbox.url}/rest/V1/products/attributes/color/options`))
      .body as Array<{ label: string; value: string }>;
    expect(options[0]).toEqual({ label: ' ', value: '' });
    const qty = await getJson(
      `${sandbox.url}/rest/V1/inventory/get-product-salable-quantity/CYC-CARGO-NET/1`,
    );
    expect(qty.status).toBe(200);
    expect(typeof qty.body).toBe('number');
    const stock = (await getJson(`${sandbox.url}/rest/V1/stockItems/TITAN-17`)).body as {
      is_in_stock: boolean;
      qty: number;
    };
    expect(stock).toMatchObject({ is_in_stock: false, qty: 0 });
  });

  it('labels attribute options as each store view does, with the same option ids', async () => {
    type Option = { label: string; value: string };
    const options = async (store: string, code: string) =>
      (await getJson(`${sandbox.url}/rest/${store}/V1/products/attributes/${code}/options`)).body as Option[];
    const label = (list: Option[], admin: string) => {
      const adminOptions = sandbox.data.fixture.attributes.flatMap((a) => a.options);
      return list.find((o) => o.value === adminOptions.find((a) => a.label === admin)?.value)?.label;
    };
    const frColors = await options('fr', 'color');
    expect(frColors[0]).toEqual({ label: ' ', value: '' });
    expect(label(frColors, 'Black')).toBe('Noir');
    expect(label(frColors, 'Navy')).toBe('Bleu marine');
    // Magento reads give label and value only; `store_labels` is for saves.
    expect(Object.keys(frColors[1] ?? {}).sort()).toEqual(['label', 'value']);
    expect(label(await options('fr', 'warranty'), '2 years')).toBe('2 ans');
    expect(label(await options('fr', 'age_range'), '13+ years')).toBe('13 ans et +');
    expect(label(await options('fr', 'material'), 'Cotton')).toBe('Coton');
    // An option without a French label shows its admin label.
    expect(label(await options('fr', 'size'), 'M')).toBe('M');
    expect(label(await options('default', 'color'), 'Black')).toBe('Black');
    expect(label(await options('all', 'color'), 'Black')).toBe('Black');
    expect((await options('eu_en', 'color')).map((o) => o.value)).toEqual(frColors.map((o) => o.value));
    const attribute = (await getJson(`${sandbox.url}/rest/fr/V1/products/attributes/warranty`)).body as {
      options: Option[];
    };
    expect(attribute.options.map((o) => o.label)).toContain('Sans garantie');
  });

  it('issues admin and customer tokens and serves customers/me only to customers', async () => {
    const admin = await postJson(
      `${sandbox.url}/rest/V1/integration/admin/token`,
      { username: 'admin', password: 'Admin123!' },
      {},
    );
    expect(admin.status).toBe(200);
    expect(
      (
        await getJson(`${sandbox.url}/rest/V1/store/websites`, {
          authorization: `Bearer ${String(admin.body)}`,
        })
      ).status,
    ).toBe(200);
    const bad = await postJson(
      `${sandbox.url}/rest/V1/integration/customer/token`,
      { username: 'emma.shopper@example.com', password: 'nope' },
      {},
    );
    expect(bad.status).toBe(401);
    const token = await postJson(
      `${sandbox.url}/rest/V1/integration/customer/token`,
      { username: 'emma.shopper@example.com', password: 'Sandbox123!' },
      {},
    );
    const me = await getJson(`${sandbox.url}/rest/V1/customers/me`, {
      authorization: `Bearer ${String(token.body)}`,
    });
    expect(me.body).toMatchObject({ email: 'emma.shopper@example.com', firstname: 'Emma' });
    expect((await getJson(`${sandbox.url}/rest/V1/customers/me`, ADMIN)).status).toBe(401);
    expect(
      (await getJson(`${sandbox.url}/rest/V1/orders/1`, { authorization: `Bearer ${String(token.body)}` }))
        .status,
    ).toBe(401);
  });

  it('saves a product and notifies with a signed body', async () => {
    const res = await fetch(`${sandbox.url}/rest/all/V1/products/GIFT-EARBUDS`, {
      method: 'PUT',
      headers: { ...ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify({ product: { price: 34.99, extension_attributes: { stock_item: { qty: 0 } } } }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      price: 34.99,
      extension_attributes: { stock_item: { qty: 0, is_in_stock: false } },
    });
    expect(
      ((await getJson(`${sandbox.url}/rest/eu_en/V1/products/GIFT-EARBUDS`)).body as { price: number }).price,
    ).toBe(34.99);
    await expect.poll(() => received.length).toBeGreaterThan(0);
    const [first] = received;
    expect(JSON.parse(first?.body ?? '{}')).toEqual({ skus: ['GIFT-EARBUDS'], event: 'product_save' });
    expect(first?.signature).toBe(
      `sha256=${createHmac('sha256', 's3cret')
        .update(first?.body ?? '')
        .digest('hex')}`,
    );
  });

  it('serves the Verity config of a store view', async () => {
    const { body } = await getJson(`${sandbox.url}/rest/fr/V1/verity/config`);
    expect(body).toMatchObject({
      store_code: 'fr',
      website_code: 'eu',
      base_currency_code: 'EUR',
      enabled: true,
    });
  });

  it('answers unknown routes with Magento’s 404', async () => {
    expect(await getJson(`${sandbox.url}/rest/V1/nothing-here`)).toEqual({
      status: 404,
      body: { message: 'Request does not match any route.' },
    });
  });
});
