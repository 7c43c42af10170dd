import { describe, expect, it } from 'vitest';
import { catalogDocumentSchema } from '../../../common/catalog/catalog-document.js';
import { type MagentoProduct, productSchema } from '../../../common/magento/shapes/product.js';
import { indexCategoryTree } from '../../../indexer/normalize/category-paths.js';
import {
  type NormalizeContext,
  catalogSharedPassages,
  normalizeProduct,
} from '../../../indexer/normalize/normalize-product.js';
import { normalizeCmsPage } from '../../../indexer/normalize/normalize-cms-page.js';
import { normalizeReviewSummary } from '../../../indexer/normalize/normalize-review-summary.js';
import { passageFingerprint } from '../../../indexer/normalize/shared-passages.js';

const BOILERPLATE =
  'Manufactured to the highest standards of quality by our trusted supplier partner. All specifications are subject to change without notice.';

const context: NormalizeContext = {
  store: 'default',
  websiteId: 1,
  currency: 'USD',
  now: new Date('2026-03-15T12:00:00Z'),
  timeZone: 'America/Chicago',
  optionLabels: new Map([
    [
      'color',
      new Map([
        ['49', 'Red'],
        ['50', 'Blue'],
      ]),
    ],
    [
      'size',
      new Map([
        ['167', 'S'],
        ['168', 'M'],
      ]),
    ],
    ['manufacturer', new Map([['17', 'Acme']])],
  ]),
  categories: indexCategoryTree({
    id: 2,
    parent_id: 1,
    name: 'Default Category',
    is_active: true,
    position: 0,
    level: 1,
    product_count: 0,
    children_data: [
      {
        id: 12,
        parent_id: 2,
        name: 'Apparel',
        is_active: true,
        position: 0,
        level: 2,
        product_count: 0,
        children_data: [
          {
            id: 15,
            parent_id: 12,
            name: 'Tees',
            is_active: true,
            position: 0,
            level: 3,
            product_count: 0,
            children_data: [],
          },
        ],
      },
    ],
  }),
  sharedPassages: new Set([passageFingerprint(BOILERPLATE)]),
};

function product(overrides: Record<string, unknown>, custom: Record<string, unknown> = {}): MagentoProduct {
  return productSchema.parse({
    id: 1,
    sku: 'VT-1',
    name: 'Acme Trail Tee',
    price: 30,
    status: 1,
    visibility: 4,
    type_id: 'simple',
    updated_at: '2026-03-01 10:00:00',
    extension_attributes: {
      website_ids: [1],
      category_links: [{ position: 0, category_id: '15' }],
      stock_item: { qty: 5, is_in_stock: true },
    },
    custom_attributes: Object.entries({ url_key: 'acme-trail-tee', manufacturer: '17', ...custom }).map(
      ([attribute_code, value]) => ({ attribute_code, value }),
    ),
    ...overrides,
  });
}

describe('normalizeProduct', () => {
  it('builds a valid catalog document: clean text, labels, category paths, final price, currency', () => {
    const result = normalizeProduct(
      product(
        {},
        {
          description: '<p>Soft <b>cotton</b> tee &amp; more.</p>',
          special_price: '24.000000',
          special_from_date: '2026-03-01 00:00:00',
          color: '49',
        },
      ),
      [],
      context,
    );
    if (!result.ok) throw new Error(result.detail);
    const doc = catalogDocumentSchema.parse(result.document);
    expect(doc).toMatchObject({
      id: 'VT-1',
      type: 'product',
      store: 'default',
      title: 'Acme Trail Tee',
      text: 'Soft cotton tee & more.',
      url_key: 'acme-trail-tee',
      price: 24,
      currency: 'USD',
      category_ids: [12, 15],
      categories: ['Tees', 'Apparel > Tees'],
      attributes: { manufacturer: ['Acme'], color: ['Red'] },
      in_stock: true,
      updated_at: '2026-03-01T10:00:00.000Z',
    });
    expect(result.findings.missingDescription).toBe(false);
  });

  it("indexes the product's weight with the store's unit, and none without a unit or a weight", () => {
    const heavy = normalizeProduct(product({ weight: 3.1 }), [], { ...context, weightUnit: 'lb' });
    if (!heavy.ok) throw new Error(heavy.detail);
    expect(heavy.document.attributes?.weight).toEqual(['3.1 lb']);
    const noUnit = normalizeProduct(product({ weight: 3.1 }), [], context);
    const noWeight = normalizeProduct(product({}), [], { ...context, weightUnit: 'kg' });
    if (!noUnit.ok || !noWeight.ok) throw new Error('skipped');
    expect(noUnit.document.attributes?.weight).toBeUndefined();
    expect(noWeight.document.attributes?.weight).toBeUndefined();
  });

  it('skips disabled, not-visible and other-website products with a reason', () => {
    expect(normalizeProduct(product({ status: 2 }), [], context)).toMatchObject({
      ok: false,
      reason: 'disabled',
    });
    expect(normalizeProduct(product({ visibility: 1 }), [], context)).toMatchObject({
      ok: false,
      reason: 'not_visible',
    });
    expect(
      normalizeProduct(product({ extension_attributes: { website_ids: [2] } }), [], context),
    ).toMatchObject({ ok: false, reason: 'not_in_website' });
  });

  it('keeps supplier boilerplate and jargon out of the text and reports them', () => {
    const result = normalizeProduct(
      product(
        {},
        {
          short_description: '<p>SKU-INT-ASSY-04 rev B</p>',
          description: `<p>${BOILERPLATE}</p><p>Breathable mesh panels.</p>`,
        },
      ),
      [],
      context,
    );
    if (!result.ok) throw new Error(result.detail);
    expect(result.document.text).toBe('Breathable mesh panels.');
    expect(result.findings.jargon).toEqual(expect.arrayContaining(['SKU-INT-ASSY-04', 'rev B']));
    expect(result.findings.sharedPassages).toEqual([passageFingerprint(BOILERPLATE)]);
  });

  it('reports a product whose only copy is boilerplate as missing a description', () => {
    const result = normalizeProduct(product({}, { description: `<p>${BOILERPLATE}</p>` }), [], context);
    expect(result.ok && result.findings.missingDescription).toBe(true);
  });

  it('gives a configurable parent its children’s options, aggregated stock and lowest in-stock price', () => {
    const parent = product({ sku: 'VT-TEE', type_id: 'configurable', price: 0 });
    const child = (sku: string, color: string, size: string, price: number, inStock: boolean, status = 1) =>
      product(
        {
          sku,
          price,
          status,
          visibility: 1,
          extension_attributes: {
            website_ids: [1],
            stock_item: { qty: inStock ? 3 : 0, is_in_stock: inStock },
          },
        },
        { color, size },
      );
    const children = [
      child('VT-TEE-R-S', '49', '167', 25, false),
      child('VT-TEE-R-M', '49', '168', 29, true),
      child('VT-TEE-B-M', '50', '168', 27, true),
      child('VT-TEE-B-S', '50', '167', 5, true, 2),
    ];
    const result = normalizeProduct(parent, children, context);
    if (!result.ok) throw new Error(result.detail);
    expect(result.document.attributes).toEqual({
      manufacturer: ['Acme'],
      color: ['Red', 'Blue'],
      size: ['S', 'M'],
    });
    expect(result.document.price).toBe(27);
    expect(result.document.in_stock).toBe(true);

    const soldOut = normalizeProduct(parent, [child('A', '49', '167', 25, false)], context);
    expect(soldOut.ok && soldOut.document).toMatchObject({ in_stock: false, price: 25 });
  });

  it("weighs a configurable parent without a weight by its sellable variants' weights", () => {
    const parent = product({ sku: 'VT-TEE', type_id: 'configurable', price: 0 });
    const variant = (sku: string, weight: number) =>
      product({ sku, weight, visibility: 1, extension_attributes: { website_ids: [1] } }, { color: '49' });
    const result = normalizeProduct(parent, [variant('S', 0.6), variant('M', 0.5), variant('L', 0.6)], {
      ...context,
      weightUnit: 'kg',
    });
    expect(result.ok && result.document.attributes?.weight).toEqual(['0.5 kg', '0.6 kg']);
  });
});

describe('normalizeProduct prices', () => {
  // 2026-03-14 23:30 UTC: already the 15th in Paris, still the 14th in Chicago.
  const lateEvening = { ...context, now: new Date('2026-03-14T23:30:00Z') };
  const onSale = product({}, { special_price: '24.000000', special_from_date: '2026-03-15 00:00:00' });

  it("decides a special price's window in the store view's time zone", () => {
    const paris = normalizeProduct(onSale, [], { ...lateEvening, timeZone: 'Europe/Paris' });
    const chicago = normalizeProduct(onSale, [], { ...lateEvening, timeZone: 'America/Chicago' });
    expect(paris.ok && paris.document.price).toBe(24);
    expect(chicago.ok && chicago.document.price).toBe(30);
  });

  const selection = (sku: string, price: number, inStock = true, custom: Record<string, unknown> = {}) =>
    product(
      {
        sku,
        price,
        visibility: 1,
        extension_attributes: {
          website_ids: [1],
          stock_item: { qty: inStock ? 5 : 0, is_in_stock: inStock },
        },
      },
      custom,
    );
  const bundle = (custom: Record<string, unknown>, price = 0) =>
    product(
      {
        sku: 'BNDL-1',
        type_id: 'bundle',
        price,
        extension_attributes: {
          website_ids: [1],
          stock_item: { qty: 0, is_in_stock: true },
          bundle_product_options: [
            {
              option_id: 1,
              title: 'Tent',
              required: true,
              type: 'radio',
              product_links: [
                { sku: 'TENT', qty: 1, price: 0, price_type: 0 },
                { sku: 'TENT-XL', qty: 1, price: 0, price_type: 0 },
              ],
            },
            {
              option_id: 2,
              title: 'Mat',
              required: true,
              type: 'select',
              product_links: [{ sku: 'MAT', qty: 2, price: 0, price_type: 0 }],
            },
            {
              option_id: 3,
              title: 'Lamp',
              required: false,
              type: 'checkbox',
              product_links: [{ sku: 'LAMP', qty: 1, price: 5, price_type: 0 }],
            },
          ],
        },
      },
      custom,
    );
  const selections = [
    selection('TENT', 120, true, { special_price: '99.000000', special_from_date: '2026-03-15 00:00:00' }),
    selection('TENT-XL', 180),
    selection('MAT', 20),
    selection('LAMP', 15),
  ];

  it('prices a dynamic bundle at its "from" price: the cheapest selection of every required option', () => {
    const result = normalizeProduct(bundle({ price_type: '0' }), selections, context);
    if (!result.ok) throw new Error(result.detail);
    expect(result.document).toMatchObject({ type: 'product', price: 99 + 2 * 20, in_stock: true });
  });

  it("applies the selections' special prices and the bundle's special percentage in the store's time zone", () => {
    const discounted = bundle({
      price_type: '0',
      special_price: '90.000000',
      special_from_date: '2026-03-15 00:00:00',
    });
    const paris = normalizeProduct(discounted, selections, { ...lateEvening, timeZone: 'Europe/Paris' });
    const chicago = normalizeProduct(discounted, selections, { ...lateEvening, timeZone: 'America/Chicago' });
    expect(paris.ok && paris.document.price).toBe(89.1 + 2 * 18);
    expect(chicago.ok && chicago.document.price).toBe(120 + 2 * 20);
  });

  it('prices a fixed-price bundle at its own price plus the required selections’ prices', () => {
    const result = normalizeProduct(bundle({ price_type: '1' }, 149.99), selections, context);
    expect(result.ok && result.document.price).toBe(149.99);
  });

  it('prices from in-stock selections, and from all when a required option has none (then out of stock)', () => {
    const tentSoldOut = selections.map((s) => (s.sku === 'TENT' ? selection('TENT', 120, false) : s));
    const cheaperGone = normalizeProduct(bundle({ price_type: '0' }), tentSoldOut, context);
    expect(cheaperGone.ok && cheaperGone.document).toMatchObject({ price: 180 + 40, in_stock: true });

    const matSoldOut = selections.map((s) => (s.sku === 'MAT' ? selection('MAT', 20, false) : s));
    const unsalable = normalizeProduct(bundle({ price_type: '0' }), matSoldOut, context);
    expect(unsalable.ok && unsalable.document).toMatchObject({ price: 99 + 40, in_stock: false });
  });

  it('skips a bundle whose required option has no sellable selection instead of indexing it at 0', () => {
    const result = normalizeProduct(
      bundle({ price_type: '0' }),
      selections.filter((s) => s.sku !== 'MAT'),
      context,
    );
    expect(result).toMatchObject({ ok: false, reason: 'no_price' });
  });
});

describe('normalizeProduct composite prices, entities, flags, categories', () => {
  const member = (sku: string, price: number, inStock = true) =>
    product({
      sku,
      price,
      visibility: 1,
      extension_attributes: { website_ids: [1], stock_item: { qty: inStock ? 5 : 0, is_in_stock: inStock } },
    });

  it('prices a grouped product at its cheapest in-stock member, never at $0 without one', () => {
    const grouped = product({ sku: 'SET', type_id: 'grouped', price: 0 });
    const priced = normalizeProduct(
      grouped,
      [member('A', 14), member('B', 9, false), member('C', 21)],
      context,
    );
    expect(priced.ok && priced.document).toMatchObject({ price: 14, in_stock: true });
    const soldOut = normalizeProduct(grouped, [member('B', 9, false)], context);
    expect(soldOut.ok && soldOut.document).toMatchObject({ price: 9, in_stock: false });
    expect(normalizeProduct(grouped, [], context)).toMatchObject({ ok: false, reason: 'no_price' });
  });

  it('prices a downloadable product with its cheapest link when links are bought separately', () => {
    const links = [
      { id: 1, title: 'Episode 1', price: 9 },
      { id: 2, title: 'Episode 2', price: 7 },
    ];
    const separately = normalizeProduct(
      product(
        {
          type_id: 'downloadable',
          price: 0,
          extension_attributes: { website_ids: [1], downloadable_product_links: links },
        },
        { links_purchased_separately: '1' },
      ),
      [],
      context,
    );
    expect(separately.ok && separately.document.price).toBe(7);
    const together = normalizeProduct(
      product(
        {
          type_id: 'downloadable',
          price: 6,
          extension_attributes: { website_ids: [1], downloadable_product_links: links },
        },
        { links_purchased_separately: '0' },
      ),
      [],
      context,
    );
    expect(together.ok && together.document.price).toBe(6);
  });

  it('decodes HTML entities in names, option labels and category names', () => {
    const withEntities: NormalizeContext = {
      ...context,
      optionLabels: new Map([['material', new Map([['5', 'CoolTech&trade;']])]]),
      categories: indexCategoryTree({
        id: 2,
        parent_id: 1,
        name: 'Default Category',
        is_active: true,
        position: 0,
        level: 1,
        product_count: 0,
        children_data: [
          {
            id: 15,
            parent_id: 2,
            name: 'Hoodies &amp; Sweatshirts',
            is_active: true,
            position: 0,
            level: 2,
            product_count: 0,
            children_data: [],
          },
        ],
      }),
    };
    const result = normalizeProduct(
      product({ name: 'Mars HeatTech&trade; Pullover' }, { material: '5' }),
      [],
      withEntities,
    );
    expect(result.ok && result.document).toMatchObject({
      title: 'Mars HeatTech™ Pullover',
      attributes: { material: ['CoolTech™'] },
      categories: ['Hoodies & Sweatshirts'],
    });
  });

  it('keeps a category under an inactive parent, as Magento keeps the assignment', () => {
    const tree = indexCategoryTree({
      id: 2,
      parent_id: 1,
      name: 'Default Category',
      is_active: true,
      position: 0,
      level: 1,
      product_count: 0,
      children_data: [
        {
          id: 30,
          parent_id: 2,
          name: 'Collections',
          is_active: false,
          position: 0,
          level: 2,
          product_count: 0,
          children_data: [
            {
              id: 31,
              parent_id: 30,
              name: 'Eco Friendly',
              is_active: true,
              position: 0,
              level: 3,
              product_count: 0,
              children_data: [],
            },
            {
              id: 32,
              parent_id: 30,
              name: 'Retired',
              is_active: false,
              position: 1,
              level: 3,
              product_count: 0,
              children_data: [],
            },
          ],
        },
      ],
    });
    const result = normalizeProduct(
      product({
        extension_attributes: {
          website_ids: [1],
          category_links: [
            { position: 0, category_id: '31' },
            { position: 1, category_id: '32' },
          ],
        },
      }),
      [],
      { ...context, categories: tree },
    );
    expect(result.ok && result.document).toMatchObject({
      category_ids: [31],
      categories: ['Eco Friendly', 'Collections > Eco Friendly'],
    });
    expect(result.ok && result.findings.unknownCategories).toEqual([32]);
  });

  it('indexes the yes/no attributes that hold as flags with their store-view labels, and the language', () => {
    const result = normalizeProduct(product({}, { sale: '1', new: '0', eco_collection: '1' }), [], {
      ...context,
      language: 'en',
      flagAttributes: new Map([
        ['sale', 'Sale'],
        ['new', 'New'],
        ['eco_collection', 'Eco Collection'],
      ]),
    });
    expect(result.ok && result.document).toMatchObject({
      flags: { sale: 'Sale', eco_collection: 'Eco Collection' },
      language: 'en',
    });
  });

  it("keeps a configurable product's description: its children's copies are the same family, not boilerplate", () => {
    const description =
      '<p>' +
      'Ideal for cold-weather training or work outdoors, this hoodie promises warmth. '.repeat(2) +
      '</p>';
    const parent = product(
      {
        id: 10,
        sku: 'MH01',
        type_id: 'configurable',
        extension_attributes: { website_ids: [1], configurable_product_links: [11, 12, 13] },
      },
      { description },
    );
    const children = [11, 12, 13].map((id) =>
      product({ id, sku: `MH01-${id}`, visibility: 1 }, { description }),
    );
    expect(catalogSharedPassages([parent, ...children]).size).toBe(0);
    const others = [21, 22, 23].map((id) => product({ id, sku: `OTHER-${id}` }, { description }));
    expect(catalogSharedPassages([parent, ...children, ...others]).size).toBe(1);
  });
});

describe('normalizeCmsPage', () => {
  it('splits a page into citable paragraphs with stable ids, headings folded into their paragraph', () => {
    const docs = normalizeCmsPage(
      {
        identifier: 'returns',
        title: 'Returns policy',
        content:
          '<h2>Returns</h2><p>You can return most items within 30 days of delivery for a full refund.</p><p>Final-sale items, marked as such on the product page, cannot be returned.</p>',
      },
      'default',
    );
    expect(docs.map((d) => [d.id, d.text])).toEqual([
      ['returns#1', 'Returns You can return most items within 30 days of delivery for a full refund.'],
      ['returns#2', 'Final-sale items, marked as such on the product page, cannot be returned.'],
    ]);
    for (const doc of docs) expect(catalogDocumentSchema.parse(doc).type).toBe('cms_paragraph');
  });
});

describe('normalizeReviewSummary', () => {
  it('turns Magento’s rating percent into stars and makes review text searchable', () => {
    const doc = normalizeReviewSummary(
      {
        sku: 'NOVA-G16',
        ratingSummary: 90,
        reviewCount: 2,
        reviews: [
          {
            nickname: 'Kim',
            summary: 'Best battery',
            text: 'A full day on battery.',
            created_at: '2026-01-01',
            average_rating: 100,
            ratings_breakdown: [],
          },
        ],
      },
      { name: 'Nova G16' },
      'default',
    );
    expect(doc).toMatchObject({ id: 'NOVA-G16', type: 'review_summary', rating: 4.5, review_count: 2 });
    expect(doc?.text).toContain('Best battery: A full day on battery.');
    expect(
      normalizeReviewSummary(
        { sku: 'X', ratingSummary: 0, reviewCount: 0, reviews: [] },
        { name: 'X' },
        'default',
      ),
    ).toBe(undefined);
  });
});
