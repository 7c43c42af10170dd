import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../sandbox/index.js';
import { postJson, startTestSandbox } from './sandbox-server.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

interface GraphQLResult<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { category?: string } }>;
}

async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const { status, body } = await postJson(`${sandbox.url}/graphql`, { query, variables }, headers);
  expect(status).toBe(200);
  return body as GraphQLResult<T>;
}

const SEARCH = `query SandboxSearch($text: String!, $max: String) {
  products(search: $text, filter: { price: { to: $max } }, pageSize: 3, currentPage: 1) {
    total_count
    page_info { current_page page_size total_pages }
    items {
      __typename
      sku
      name
      stock_status
      rating_summary
      review_count
      price_range { minimum_price { final_price { value currency } } }
      reviews(pageSize: 2) { items { summary text average_rating } }
    }
    aggregations { attribute_code label count options { label value count } }
  }
}`;

interface SearchData {
  products: {
    total_count: number;
    page_info: { total_pages: number };
    items: Array<{
      sku: string;
      price_range: { minimum_price: { final_price: { value: number; currency: string } } };
      reviews: { items: Array<{ text: string }> };
    }>;
    aggregations: Array<{ attribute_code: string; options: Array<{ label: string; count: number }> }>;
  };
}

describe('GraphQL', () => {
  it('searches products with a price filter, relevance order, reviews and aggregations', async () => {
    const { data, errors } = await gql<SearchData>(SEARCH, { text: 'gaming laptop battery', max: '1500' });
    expect(errors).toBeUndefined();
    const products = data?.products;
    expect(products?.items.length).toBe(3);
    expect(products?.items.every((p) => p.price_range.minimum_price.final_price.value <= 1500)).toBe(true);
    expect(products?.items.map((p) => p.sku)).toContain('NOVA-G16');
    expect(
      products?.items.flatMap((p) => p.reviews.items.map((r) => r.text)).some((t) => /battery/i.test(t)),
    ).toBe(true);
    const codes = products?.aggregations.map((a) => a.attribute_code);
    expect(codes).toEqual(expect.arrayContaining(['price', 'category_id', 'manufacturer']));
    const categories = products?.aggregations.find((a) => a.attribute_code === 'category_id');
    expect(categories?.options.find((o) => o.label === 'Gaming')?.count).toBeGreaterThan(0);
  });

  it('prices in the store view’s currency (Store header)', async () => {
    const { data } = await gql<SearchData>(SEARCH, { text: 'Nova G16', max: '5000' }, { store: 'fr' });
    const nova = data?.products.items.find((p) => p.sku === 'NOVA-G16');
    expect(nova?.price_range.minimum_price.final_price).toEqual({ value: 1347.99, currency: 'EUR' });
  });

  it('searches the French names and descriptions in the fr store view', async () => {
    const search = async (text: string, store: string) =>
      (
        await gql<{ products: { items: Array<{ sku: string; name: string }> } }>(
          `query SandboxFrenchSearch($text: String!) { products(search: $text, pageSize: 50) { items { sku name } } }`,
          { text },
          { store },
        )
      ).data?.products.items ?? [];
    const tents = await search('tente', 'fr');
    expect(tents).toContainEqual({ sku: 'OD-CMP-00259', name: 'Tente ultralégère Northpeak B60' });
    // Name hits rank first; the cargo net follows, its French description mentions "une tente".
    expect(tents[0]?.name).toMatch(/^Tente /);
    expect(tents.map((p) => p.sku)).toContain('CYC-CARGO-NET');
    const headphones = await search('casque', 'fr');
    expect(headphones.map((p) => p.sku)).toEqual(expect.arrayContaining(['GIFT-HEADSET', 'EL-HDP-00081']));
    expect((await search('tente', 'default')).map((p) => p.sku)).not.toContain('OD-CMP-00259');
    // Accented words stay whole: "ultralégère" is not split into "ultral" and "re" (which match everything).
    const ultralight = await search('ultralégère', 'fr');
    expect(ultralight[0]?.name).toMatch(/ultralég/i);
    expect(ultralight.length).toBeLessThan(50);
  });

  it('labels aggregations and configurable values in the store view’s language', async () => {
    type Aggregations = {
      products: {
        aggregations: Array<{ attribute_code: string; label: string; options: Array<{ label: string }> }>;
      };
    };
    const query = `query SandboxFacets { products(filter: { price: { from: "0" } }, pageSize: 1) { aggregations { attribute_code label options { label } } } }`;
    const colors = async (store: string) => {
      const { data, errors } = await gql<Aggregations>(query, {}, { store });
      expect(errors).toBeUndefined();
      return data?.products.aggregations.find((a) => a.attribute_code === 'color');
    };
    const fr = await colors('fr');
    expect(fr?.label).toBe('Couleur');
    expect(fr?.options.map((o) => o.label)).toContain('Noir');
    expect(fr?.options.map((o) => o.label)).not.toContain('Black');
    const en = await colors('default');
    expect(en?.label).toBe('Color');
    expect(en?.options.map((o) => o.label)).toContain('Black');

    const parent = sandbox.data.fixture.products.find((p) => p.type_id === 'configurable');
    const { data } = await gql<{
      products: {
        items: Array<{
          configurable_options: Array<{ values: Array<{ label: string; store_label: string }> }>;
        }>;
      };
    }>(
      `query SandboxVariantLabels($sku: String) {
        products(filter: { sku: { eq: $sku } }) {
          items { ... on ConfigurableProduct { configurable_options { values { label store_label } } } }
        }
      }`,
      { sku: parent?.sku },
      { store: 'fr' },
    );
    const colorValues = data?.products.items[0]?.configurable_options[0]?.values ?? [];
    const frenchColors = new Set(
      sandbox.data.fixture.attributes
        .find((a) => a.attribute_code === 'color')
        ?.options.map((o) => o.store_labels?.[0]?.label ?? o.label),
    );
    const adminColors = new Set(en?.options.map((o) => o.label));
    expect(colorValues.some((v) => !adminColors.has(v.label))).toBe(true);
    for (const v of colorValues) {
      expect(frenchColors.has(v.label)).toBe(true);
      expect(v.store_label).toBe(v.label);
    }
  });

  it('filters by category and SKU, and resolves configurable variants', async () => {
    const parent = sandbox.data.fixture.products.find((p) => p.type_id === 'configurable');
    const { data, errors } = await gql<{
      products: {
        items: Array<{
          sku: string;
          configurable_options: Array<{ attribute_code: string }>;
          variants: Array<{ product: { sku: string } }>;
        }>;
      };
    }>(
      `query SandboxVariants($sku: String) {
        products(filter: { sku: { eq: $sku } }) {
          items { sku ... on ConfigurableProduct { configurable_options { attribute_code values { label value_index } } variants { attributes { code label } product { sku } } } }
        }
      }`,
      { sku: parent?.sku },
    );
    expect(errors).toBeUndefined();
    const item = data?.products.items[0];
    expect(item?.configurable_options.map((o) => o.attribute_code)).toEqual(['color', 'size']);
    expect(item?.variants.length).toBe(parent?.extension_attributes.configurable_product_links?.length);
    const byCategory = await gql<{ products: { total_count: number } }>(
      `query SandboxCategory { products(filter: { category_id: { eq: "11" } }, pageSize: 5) { total_count } }`,
    );
    expect(byCategory.data?.products.total_count).toBeGreaterThan(0);
  });

  it('answers input errors with Magento’s category', async () => {
    const { errors } = await gql(
      `query SandboxPastTheEnd { products(search: "tent", pageSize: 5, currentPage: 999) { total_count } }`,
    );
    expect(errors?.[0]?.extensions?.category).toBe('graphql-input');
  });

  it('serves store config, CMS pages and the category tree', async () => {
    const { data } = await gql<{
      storeConfig: { locale: string; base_currency_code: string };
      cmsPage: { title: string; content: string };
      categoryList: Array<{ children: Array<{ name: string }> }>;
    }>(
      `query SandboxStore { storeConfig { locale base_currency_code } cmsPage(identifier: "returns") { title content } categoryList { children { name } } }`,
      {},
      { store: 'fr' },
    );
    expect(data?.storeConfig).toEqual({ locale: 'fr_FR', base_currency_code: 'EUR' });
    // The French store view has its own page under the same identifier.
    expect(data?.cmsPage.content).toMatch(/60 jours/);
    // Category names are store-scoped: the French store view sees its own.
    expect(data?.categoryList[0]?.children.map((c) => c.name)).toContain('Électronique');
    const missing = await gql(`query SandboxNoPage { cmsPage(identifier: "nope") { title } }`);
    expect(missing.errors?.[0]?.extensions?.category).toBe('graphql-no-such-entity');
  });

  it('lists the signed-in customer’s orders with shipments and tracking', async () => {
    const token = await postJson(
      `${sandbox.url}/rest/V1/integration/customer/token`,
      { username: 'emma.shopper@example.com', password: 'Sandbox123!' },
      {},
    );
    const query = `query SandboxOrders($number: String) {
      customer {
        email
        orders(filter: { number: { eq: $number } }, pageSize: 20) {
          total_count
          items { number status order_date total { grand_total { value currency } } items { product_sku quantity_ordered quantity_shipped status } shipments { number tracking { carrier number title } } }
        }
      }
    }`;
    const { data, errors } = await gql<{
      customer: {
        email: string;
        orders: {
          total_count: number;
          items: Array<{
            number: string;
            status: string;
            shipments: Array<{ tracking: Array<{ number: string }> }>;
          }>;
        };
      };
    }>(query, {}, { authorization: `Bearer ${String(token.body)}` });
    expect(errors).toBeUndefined();
    expect(data?.customer.email).toBe('emma.shopper@example.com');
    const emmas = sandbox.data.fixture.orders.filter((o) => o.customer_email === 'emma.shopper@example.com');
    expect(data?.customer.orders.total_count).toBe(emmas.length);
    expect(new Set(data?.customer.orders.items.map((o) => o.status))).toEqual(
      new Set(['Pending', 'Processing', 'Complete', 'Canceled', 'Closed']),
    );
    expect(data?.customer.orders.items.some((o) => o.shipments.some((s) => s.tracking.length > 0))).toBe(
      true,
    );
    const one = await gql<{ customer: { orders: { items: Array<{ number: string }> } } }>(
      query,
      { number: emmas[0]?.increment_id },
      { authorization: `Bearer ${String(token.body)}` },
    );
    expect(one.data?.customer.orders.items.map((o) => o.number)).toEqual([emmas[0]?.increment_id]);
  });

  it('refuses customer data without a customer token', async () => {
    const { errors, data } = await gql<{ customer: null }>(`query SandboxAnonymous { customer { email } }`);
    expect(data?.customer).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: "The current customer isn't authorized.",
      extensions: { category: 'graphql-authorization' },
    });
  });

  it('finds a guest order by number, e-mail and last name, and sends customers to sign in', async () => {
    const query = `query SandboxGuestOrder($number: String!, $email: String!, $lastname: String!) {
      guestOrder(input: { number: $number, email: $email, lastname: $lastname }) { number status total { grand_total { value currency } } }
    }`;
    const guest = sandbox.data.fixture.orders.find((o) => o.customer_is_guest === 1 && o.store_id === 1);
    if (!guest) throw new Error('the demo data has no guest order in the default store');
    const found = await gql<{ guestOrder: { number: string } }>(query, {
      number: guest.increment_id,
      email: guest.customer_email,
      lastname: guest.billing_address.lastname,
    });
    expect(found.data?.guestOrder.number).toBe(guest.increment_id);
    const wrong = await gql(query, {
      number: guest.increment_id,
      email: guest.customer_email,
      lastname: 'Nobody',
    });
    expect(wrong.errors?.[0]?.extensions?.category).toBe('graphql-no-such-entity');
    const registered = sandbox.data.fixture.orders.find((o) => o.customer_is_guest === 0 && o.store_id === 1);
    const refused = await gql(query, {
      number: registered?.increment_id,
      email: registered?.customer_email,
      lastname: registered?.billing_address.lastname,
    });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Please login to view the order.',
      extensions: { category: 'graphql-authorization' },
    });
  });

  it('answers malformed variables with an input error', async () => {
    const res = await fetch(
      `${sandbox.url}/graphql?query=${encodeURIComponent('query SandboxVars { storeConfig { store_code } }')}&variables=%7Bnope`,
    );
    expect(await res.json()).toEqual({
      errors: [{ message: 'Variables are invalid JSON.', extensions: { category: 'graphql-input' } }],
    });
  });

  it('accepts GET requests', async () => {
    const res = await fetch(
      `${sandbox.url}/graphql?query=${encodeURIComponent('query SandboxGet { storeConfig { store_code } }')}`,
    );
    expect(await res.json()).toEqual({ data: { storeConfig: { store_code: 'default' } } });
  });

  it('looks products up by SKU (any case) and URL key, in catalog order, and sees a saved URL key at once', async () => {
    const visible = sandbox.data.fixture.products.filter(
      (p) => p.status === 1 && (p.visibility === 2 || p.visibility === 4),
    );
    const [a, b] = [visible[30]!, visible[3]!];
    const LOOKUP = `query SandboxLookup($skus: [String], $keys: [String]) {
      products(filter: { sku: { in: $skus }, url_key: { in: $keys } }, pageSize: 10) { total_count items { sku url_key } }
    }`;
    type Lookup = { products: { total_count: number; items: Array<{ sku: string; url_key: string }> } };
    const bySku = await gql<Lookup>(LOOKUP, { skus: [a.sku.toLowerCase(), b.sku, 'NO-SUCH-SKU'] });
    expect(bySku.data?.products.items.map((p) => p.sku)).toEqual([b.sku, a.sku]);
    const keyOf = (p: typeof a) => p.custom_attributes.find((x) => x.attribute_code === 'url_key')!.value;
    const byKey = await gql<Lookup>(LOOKUP, { keys: [keyOf(a).toUpperCase()] });
    expect(byKey.data?.products.items).toEqual([{ sku: a.sku, url_key: keyOf(a) }]);
    const both = await gql<Lookup>(LOOKUP, { skus: [a.sku], keys: [keyOf(b)] });
    expect(both.data?.products.total_count).toBe(0);

    const saved = await fetch(`${sandbox.url}/rest/all/V1/products/${encodeURIComponent(a.sku)}`, {
      method: 'PUT',
      headers: { authorization: 'Bearer test-admin-token', 'content-type': 'application/json' },
      body: JSON.stringify({
        product: { custom_attributes: [{ attribute_code: 'url_key', value: 'renamed-product' }] },
      }),
    });
    expect(saved.status).toBe(200);
    expect((await gql<Lookup>(LOOKUP, { keys: ['renamed-product'] })).data?.products.items).toEqual([
      { sku: a.sku, url_key: 'renamed-product' },
    ]);
    expect(
      (await gql<Lookup>(LOOKUP, { keys: [keyOf(b), 'x'] })).data?.products.items.map((p) => p.sku),
    ).toEqual([b.sku]);
  });
});
