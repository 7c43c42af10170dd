import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../sandbox/index.js';
import { ADMIN, startTestSandbox } from './sandbox-server.js';

// The test store (300 products, clock 2026-06-15 00:00 UTC) has three bundles built from seed products:
// BNDL-00064 dynamic: NOVA-G16 + VORTEX-14 required, GIFT-POWERBANK optional (checkbox);
// BNDL-00065 dynamic, special price 90 % (2026-06-05 … 2026-07-05): RAPTOR-X15 or GIFT-LEDSTRIP (radio),
//   2 × GIFT-SPEAKER;
// BNDL-00066 fixed price 1,690.99 (€1,572.99): BLADE-16 and GIFT-SPEAKER included, GIFT-RINGLIGHT +10 %.
let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

const PRICES = `query SandboxPrices($skus: [String]) {
  products(filter: { sku: { in: $skus } }, pageSize: 20) {
    items {
      __typename
      sku
      stock_status
      price_range {
        minimum_price { regular_price { value currency } final_price { value currency } discount { amount_off percent_off } }
        maximum_price { regular_price { value currency } final_price { value currency } }
      }
    }
  }
}`;

const BUDGET = `query SandboxBudget($max: String) {
  products(filter: { category_id: { eq: "10" }, price: { to: $max } }, pageSize: 100) {
    items { sku price_range { minimum_price { final_price { value } } } }
  }
}`;

interface Money {
  value: number;
  currency: string;
}
interface PricedItem {
  __typename: string;
  sku: string;
  stock_status: string;
  price_range: {
    minimum_price: {
      regular_price: Money;
      final_price: Money;
      discount: { amount_off: number; percent_off: number };
    };
    maximum_price: { regular_price: Money; final_price: Money };
  };
}

async function gql<T>(query: string, variables: Record<string, unknown>, store = 'default'): Promise<T> {
  const res = await fetch(`${sandbox.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', store },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

async function prices(skus: string[], store = 'default'): Promise<Map<string, PricedItem>> {
  const data = await gql<{ products: { items: PricedItem[] } }>(PRICES, { skus }, store);
  return new Map(data.products.items.map((item) => [item.sku, item]));
}

async function updateProduct(sku: string, product: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${sandbox.url}/rest/all/V1/products/${sku}`, {
    method: 'PUT',
    headers: { ...ADMIN, 'content-type': 'application/json' },
    body: JSON.stringify({ product }),
  });
  expect(res.status).toBe(200);
}

const range = (item: PricedItem | undefined) => ({
  min: [
    item?.price_range.minimum_price.regular_price.value,
    item?.price_range.minimum_price.final_price.value,
  ],
  max: [
    item?.price_range.maximum_price.regular_price.value,
    item?.price_range.maximum_price.final_price.value,
  ],
});

describe('bundle price_range (Magento bundle price model)', () => {
  it('ranges a dynamic bundle from its required selections to every option', async () => {
    const items = await prices(['BNDL-00064']);
    expect(items.get('BNDL-00064')).toMatchObject({ __typename: 'BundleProduct', stock_status: 'IN_STOCK' });
    // 1,449 + 1,499 … + 29.99
    expect(range(items.get('BNDL-00064'))).toEqual({ min: [2948, 2948], max: [2977.99, 2977.99] });
  });

  it('takes the bundle special percentage off each selection; regular prices stay', async () => {
    const item = (await prices(['BNDL-00065'])).get('BNDL-00065');
    // min: 24.99 (→ 22.49) + 2 × 44.99 (→ 2 × 40.49); max: 1,299 (→ 1,169.10) + the same speakers
    expect(range(item)).toEqual({ min: [114.97, 103.47], max: [1388.98, 1250.08] });
    expect(item?.price_range.minimum_price.discount).toEqual({ amount_off: 11.5, percent_off: 10 });
  });

  it("prices a fixed bundle from its own price, with percentage add-ons of it, in the store's currency", async () => {
    expect(range((await prices(['BNDL-00066'])).get('BNDL-00066'))).toEqual({
      min: [1690.99, 1690.99],
      max: [1860.09, 1860.09],
    });
    const fr = (await prices(['BNDL-00064', 'BNDL-00066'], 'fr')).get('BNDL-00066');
    expect(fr?.price_range.minimum_price.final_price).toEqual({ value: 1572.99, currency: 'EUR' });
    expect(fr?.price_range.maximum_price.final_price.value).toBe(1730.29);
  });

  it('keeps bundles out of a budget their "from" price exceeds', async () => {
    const under = await gql<{ products: { items: { sku: string }[] } }>(BUDGET, { max: '50' });
    expect(under.products.items.length).toBeGreaterThan(0);
    expect(under.products.items.map((i) => i.sku)).not.toEqual(expect.arrayContaining(['BNDL-00064']));
    expect(under.products.items.some((i) => i.sku.startsWith('BNDL-'))).toBe(false);
    const wider = await gql<{ products: { items: { sku: string }[] } }>(BUDGET, { max: '3000' });
    expect(wider.products.items.map((i) => i.sku)).toEqual(
      expect.arrayContaining(['BNDL-00064', 'BNDL-00065', 'BNDL-00066']),
    );
  });

  it('prices from in-stock selections while the bundle is salable, from all once a required option has none', async () => {
    await updateProduct('GIFT-LEDSTRIP', {
      extension_attributes: { stock_item: { qty: 0, is_in_stock: false } },
    });
    await updateProduct('NOVA-G16', { extension_attributes: { stock_item: { qty: 0, is_in_stock: false } } });
    try {
      const items = await prices(['BNDL-00064', 'BNDL-00065']);
      expect(items.get('BNDL-00065')?.stock_status).toBe('IN_STOCK');
      expect(range(items.get('BNDL-00065')).min).toEqual([1388.98, 1250.08]);
      expect(items.get('BNDL-00064')?.stock_status).toBe('OUT_OF_STOCK');
      expect(range(items.get('BNDL-00064')).min).toEqual([2948, 2948]);
    } finally {
      await updateProduct('GIFT-LEDSTRIP', {
        extension_attributes: { stock_item: { qty: 10, is_in_stock: true } },
      });
      await updateProduct('NOVA-G16', {
        extension_attributes: { stock_item: { qty: 10, is_in_stock: true } },
      });
    }
  });
});

describe("special prices follow the store's time zone", () => {
  // 2026-06-15 00:00 UTC is 02:00 on the 15th in Paris (fr) and 19:00 on the 14th in Chicago (default).
  it('opens a window from the 15th in Paris but not yet in Chicago, and the reverse for one ending on the 14th', async () => {
    await updateProduct('GIFT-POWERBANK', {
      custom_attributes: [
        { attribute_code: 'special_price', value: '9.99' },
        { attribute_code: 'special_from_date', value: '2026-06-15 00:00:00' },
      ],
    });
    await updateProduct('GIFT-RINGLIGHT', {
      custom_attributes: [
        { attribute_code: 'special_price', value: '9.99' },
        { attribute_code: 'special_to_date', value: '2026-06-14 00:00:00' },
      ],
    });
    const final = (item: PricedItem | undefined) => item?.price_range.minimum_price.final_price.value;
    const chicago = await prices(['GIFT-POWERBANK', 'GIFT-RINGLIGHT']);
    const paris = await prices(['GIFT-POWERBANK', 'GIFT-RINGLIGHT'], 'fr');
    expect(final(chicago.get('GIFT-POWERBANK'))).toBe(29.99);
    expect(final(paris.get('GIFT-POWERBANK'))).toBe(9.99);
    expect(final(chicago.get('GIFT-RINGLIGHT'))).toBe(9.99);
    expect(final(paris.get('GIFT-RINGLIGHT'))).toBe(32.99);
  });
});
