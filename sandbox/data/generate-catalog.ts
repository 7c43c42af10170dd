import type { Fixture, Product, ProductAttribute, Review } from './fixture-schema.js';
import {
  APPAREL_FEATURES,
  APPAREL_LINES,
  BUNDLE_NAMES,
  englishWording,
  INTERNAL_JARGON,
  PRODUCT_LINES,
  type CopyWording,
} from './catalog-templates.js';
import { frenchBundleDescription, frenchBundleName, frenchProduct } from './catalog-templates-fr.js';
import { optionIndex } from './generate-attributes.js';
import { CATEGORY } from './generate-categories.js';
import {
  buildProduct,
  customAttribute,
  urlKey,
  type ProductDraft,
  type StoreText,
} from './product-builder.js';
import { daysBefore, magentoDate, roundMoney, type Random } from './random.js';
import { SEED_PRODUCTS, SEED_REVIEWS } from './seed-products.js';

type CatalogPart = Pick<Fixture, 'products' | 'store_values' | 'reviews'>;

/** EUR prices of the Europe website: converted, then rounded to a .99 price point as merchants do. */
const EUR_PER_USD = 0.93;
const EU_STORE_CODES = ['eu_en', 'fr'] as const;

interface Context {
  random: Random;
  now: Date;
  option: (code: string, label: string) => string;
  products: Product[];
  nextId: () => number;
  /** The `fr` store view's text by SKU, written out as store values. */
  french: Map<string, StoreText>;
}

/**
 * The demo catalog: the seed products the demo conversations rely on, configurable apparel with
 * color × size children, a few bundles, then simple products across the tree up to `productCount`.
 */
export function generateCatalog(
  random: Random,
  now: Date,
  attributes: readonly ProductAttribute[],
  productCount: number,
): CatalogPart {
  let id = 0;
  const ctx: Context = {
    random,
    now,
    option: optionIndex(attributes),
    products: [],
    nextId: () => ++id,
    french: new Map(),
  };
  for (const seed of SEED_PRODUCTS) add(ctx, seed(ctx.nextId(), ctx.option, dates(ctx)));
  const apparelTarget = Math.floor(productCount * 0.22);
  while (ctx.products.length + 17 <= Math.min(apparelTarget, productCount)) addApparelFamily(ctx);
  const bundleTarget = Math.max(3, Math.floor(productCount / 250));
  for (let i = 0; i < bundleTarget && ctx.products.length < productCount; i++) addBundle(ctx, i);
  while (ctx.products.length < productCount) addSimple(ctx);
  const products = ctx.products.slice(0, productCount);
  return {
    products,
    store_values: storeValues(products, ctx.french),
    reviews: generateReviews(ctx, products),
  };
}

function add(ctx: Context, ...drafts: ProductDraft[]): void {
  for (const draft of drafts) {
    if (draft.french) ctx.french.set(draft.sku, draft.french);
    ctx.products.push(buildProduct(draft));
  }
}

function dates(ctx: Context): { createdAt: string; updatedAt: string } {
  const age = ctx.random.int(30, 700);
  const created = daysBefore(ctx.now, age, ctx.random);
  const updated = daysBefore(ctx.now, ctx.random.int(0, age - 1), ctx.random);
  return { createdAt: magentoDate(created), updatedAt: magentoDate(updated) };
}

function price(random: Random, [min, max]: readonly [number, number]): number {
  // Skewed towards the cheap end, ending in .99 / .00 / .49 like real price lists.
  const raw = min + (max - min) * random.next() ** 2;
  return roundMoney(Math.floor(raw) + random.pick([0.99, 0.99, 0.0, 0.49]));
}

type Copy = Pick<StoreText, 'description' | 'short_description'>;

/**
 * Description and short description, with the mess of real catalogs, in English and in French from
 * the same random choices (the French store view must not shift the generator's sequence).
 */
function copy(
  ctx: Context,
  wordings: { english: CopyWording; french: CopyWording },
  features: readonly string[],
): { english: Copy; french: Copy } {
  const { random } = ctx;
  const both = (render: (wording: CopyWording) => Copy) => ({
    english: render(wordings.english),
    french: render(wordings.french),
  });
  const roll = random.next();
  if (roll < 0.08) return both(() => ({}));
  if (roll < 0.12) return both((w) => ({ description: w.supplierText }));
  const chosen = random.sample(features, 3);
  const care = random.chance(0.3);
  const jargon = random.chance(0.04) ? random.pick(INTERNAL_JARGON) : undefined;
  const short = jargon === undefined && random.chance(0.7);
  return both((w) => ({
    description:
      `<p>${w.intro}</p>` +
      `<ul>${chosen.map((f) => `<li>${w.bullet(f)}</li>`).join('')}</ul>` +
      (care ? `<p>&nbsp;</p><div class="pagebuilder-row"><p>${w.care}</p></div>` : ''),
    short_description:
      jargon !== undefined ? `<p>${jargon}</p>` : short ? `<p>${w.short(chosen[0])}</p>` : undefined,
  }));
}

function specialPrice(ctx: Context, regular: number): Record<string, string | undefined> {
  const { random, now } = ctx;
  if (!random.chance(0.1)) return {};
  const special = roundMoney(regular * random.pick([0.7, 0.8, 0.85, 0.9]));
  const window = random.pick(['active', 'active', 'expired', 'future'] as const);
  const from = window === 'future' ? daysBefore(now, -5) : daysBefore(now, random.int(10, 60));
  const to = window === 'expired' ? daysBefore(now, random.int(1, 9)) : daysBefore(now, -random.int(5, 30));
  return {
    special_price: special.toFixed(6),
    special_from_date: `${magentoDate(from).slice(0, 10)} 00:00:00`,
    special_to_date: `${magentoDate(to).slice(0, 10)} 00:00:00`,
  };
}

function addSimple(ctx: Context): void {
  const { random, option } = ctx;
  const line = random.pick(PRODUCT_LINES);
  const id = ctx.nextId();
  const brand = random.pick(line.brands);
  const adjective = random.pick(line.adjectives);
  const noun = random.pick(line.nouns);
  const model = `${String.fromCharCode(65 + random.int(0, 25))}${random.int(1, 9) * 10}`;
  const name = `${brand} ${adjective} ${noun} ${model}`;
  const french = frenchProduct({ brand, adjective, noun, model });
  const regular = price(random, line.price);
  const text = copy(ctx, { english: englishWording(name), french: french.wording }, line.features);
  const attributes: Record<string, string | undefined> = {
    ...text.english,
    url_key: urlKey(name, id),
    meta_title: name,
    manufacturer: option('manufacturer', brand),
    material: random
      .sample(line.materials, random.int(1, 2))
      .map((m) => option('material', m))
      .join(','),
    warranty: option(
      'warranty',
      random.pick(['1 year', '1 year', '2 years', '3 years', 'No warranty', 'Lifetime']),
    ),
    ...specialPrice(ctx, regular),
  };
  for (const code of line.selects) attributes[code] = randomOption(ctx, code);
  if (line.batteryHours) attributes.battery_life_hours = String(random.int(...line.batteryHours));
  const categoryIds = random.chance(0.04) ? [...line.categoryIds, CATEGORY.clearance] : line.categoryIds;
  const visibilityRoll = random.next();
  add(ctx, {
    id,
    sku: `${line.skuPrefix}-${String(id).padStart(5, '0')}`,
    name,
    french: { name: french.name, ...text.french },
    type: 'simple',
    price: regular,
    categoryIds,
    attributes,
    status: random.chance(0.03) ? 2 : 1,
    visibility: visibilityRoll < 0.02 ? 1 : visibilityRoll < 0.03 ? 2 : visibilityRoll < 0.04 ? 3 : 4,
    qty: random.chance(0.06) ? 0 : random.int(1, 250),
    weight: roundMoney(line.weight[0] + (line.weight[1] - line.weight[0]) * random.next()),
    ...dates(ctx),
  });
}

/** Picks a random option of a select (or 1–2 of a multiselect) attribute by code. */
function randomOption(ctx: Context, code: string): string {
  const labels: Record<string, readonly string[]> = {
    color: ['Black', 'White', 'Red', 'Blue', 'Green', 'Grey', 'Silver'],
    connectivity: ['Bluetooth', 'Wi-Fi', 'USB-C', 'Zigbee', 'Thread', 'HDMI'],
    screen_size: ['13"', '14"', '15.6"', '16"', '17.3"'],
    age_range: ['3-5 years', '6-8 years', '8-12 years', '13+ years', 'Adult'],
  };
  const choices = labels[code] ?? [];
  if (code === 'connectivity') {
    return ctx.random
      .sample(choices, ctx.random.int(1, 2))
      .map((l) => ctx.option(code, l))
      .join(',');
  }
  return ctx.option(code, ctx.random.pick(choices));
}

function addApparelFamily(ctx: Context): void {
  const { random, option } = ctx;
  const line = random.pick(APPAREL_LINES);
  const parentId = ctx.nextId();
  const brand = random.pick(line.brands);
  const adjective = random.pick(line.adjectives);
  const noun = random.pick(line.nouns);
  const name = `${brand} ${adjective} ${noun}`;
  const french = frenchProduct({ brand, adjective, noun });
  const parentSku = `${line.skuPrefix}-${String(parentId).padStart(5, '0')}`;
  const regular = price(random, line.price);
  const colors = random.sample(['Black', 'Navy', 'Olive', 'Red', 'Grey', 'Orange', 'Blue'], random.int(2, 4));
  const material = random
    .sample(line.materials, random.int(1, 2))
    .map((m) => option('material', m))
    .join(',');
  const text = copy(ctx, { english: englishWording(name), french: french.wording }, APPAREL_FEATURES);
  const children: ProductDraft[] = [];
  for (const color of colors) {
    for (const size of line.sizes) {
      const childId = ctx.nextId();
      children.push({
        id: childId,
        sku: `${parentSku}-${color.slice(0, 3).toUpperCase()}-${size}`,
        name: `${name}-${color}-${size}`,
        french: { name: `${french.name}-${color}-${size}` },
        type: 'simple',
        price: regular,
        categoryIds: [],
        attributes: {
          url_key: urlKey(`${name} ${color} ${size}`, childId),
          color: option('color', color),
          size: option('size', size),
          manufacturer: option('manufacturer', brand),
          material,
        },
        visibility: 1,
        qty: random.chance(0.15) ? 0 : random.int(1, 60),
        weight: 1,
        ...dates(ctx),
      });
    }
  }
  const colorAttribute = { id: parentId * 10 + 1, attribute_id: '93', label: 'Color', position: 0 };
  const sizeAttribute = { id: parentId * 10 + 2, attribute_id: '144', label: 'Size', position: 1 };
  add(
    ctx,
    {
      id: parentId,
      sku: parentSku,
      name,
      french: { name: french.name, ...text.french },
      type: 'configurable',
      price: 0,
      categoryIds: [CATEGORY.apparel, line.categoryId],
      attributes: {
        ...text.english,
        url_key: urlKey(name, parentId),
        meta_title: name,
        manufacturer: option('manufacturer', brand),
        material,
      },
      qty: 0,
      ...dates(ctx),
      extension: {
        configurable_product_options: [
          {
            ...colorAttribute,
            values: colors.map((c) => ({ value_index: Number(option('color', c)) })),
            product_id: parentId,
          },
          {
            ...sizeAttribute,
            values: line.sizes.map((s) => ({ value_index: Number(option('size', s)) })),
            product_id: parentId,
          },
        ],
        configurable_product_links: children.map((c) => c.id),
      },
    },
    ...children,
  );
}

/**
 * The three bundle set-ups of Magento's price model, by `index % 3`: dynamic price with an optional
 * add-on (from = the required items, to = everything); dynamic price with a choice between two items, a
 * quantity of 2 and a special price of 90 % (percent, as Magento's bundle special price is); and a fixed
 * price (the items' sum less 10 %) with the items included and an add-on at 10 % of the bundle's price.
 */
function bundleSetup(
  ctx: Context,
  index: number,
  members: readonly Product[],
): { price: number; attributes: Record<string, string>; options: BundleOptionDraft[] } {
  const [a, b, c] = members as [Product, Product, Product];
  const included = (product: Product, qty = 1) => ({ product, qty, price: 0, priceType: 0 as const });
  const mainItemAndAccessory: BundleOptionDraft[] = [
    { title: 'Main item', required: true, type: 'select', items: [included(a)] },
    { title: 'Accessory', required: true, type: 'select', items: [included(b)] },
  ];
  switch (index % 3) {
    case 0:
      return {
        price: 0,
        attributes: { price_type: '0' },
        options: [
          ...mainItemAndAccessory,
          { title: 'Add-on', required: false, type: 'checkbox', items: [included(c)] },
        ],
      };
    case 1:
      return {
        price: 0,
        attributes: {
          price_type: '0',
          special_price: '90.000000',
          special_from_date: `${magentoDate(daysBefore(ctx.now, 10)).slice(0, 10)} 00:00:00`,
          special_to_date: `${magentoDate(daysBefore(ctx.now, -20)).slice(0, 10)} 00:00:00`,
        },
        options: [
          {
            title: 'Choose your main item',
            required: true,
            type: 'radio',
            items: [included(a), included(b)],
          },
          { title: 'Accessory', required: true, type: 'select', items: [included(c, 2)] },
        ],
      };
    default: {
      const sum = members.reduce((total, m) => total + m.price, 0);
      return {
        price: roundMoney(Math.max(0.99, Math.round(sum * 0.9) - 0.01)),
        attributes: { price_type: '1' },
        options: [
          ...mainItemAndAccessory,
          {
            title: 'Add-on',
            required: false,
            type: 'checkbox',
            items: [{ product: c, qty: 1, price: 10, priceType: 1 }],
          },
        ],
      };
    }
  }
}

interface BundleOptionDraft {
  title: string;
  required: boolean;
  type: 'select' | 'radio' | 'checkbox';
  items: { product: Product; qty: number; price: number; priceType: 0 | 1 }[];
}

function addBundle(ctx: Context, index: number): void {
  const pool = ctx.products.filter(
    (p) => p.type_id === 'simple' && p.visibility === 4 && p.status === 1 && p.sku.startsWith('OD-'),
  );
  const fallback = ctx.products.filter((p) => p.type_id === 'simple' && p.visibility === 4);
  const members = ctx.random.sample(pool.length >= 3 ? pool : fallback, 3);
  const id = ctx.nextId();
  const name = BUNDLE_NAMES[index % 3] ?? '';
  const numbered = (text: string) => (index < 3 ? text : `${text} #${index + 1}`);
  const fullName = numbered(name);
  const sku = `BNDL-${String(id).padStart(5, '0')}`;
  const setup = bundleSetup(ctx, index, members);
  add(ctx, {
    id,
    sku,
    name: fullName,
    french: {
      name: numbered(frenchBundleName(name)),
      description: frenchBundleDescription(members.map((m) => ctx.french.get(m.sku)?.name ?? m.name)),
    },
    type: 'bundle',
    price: setup.price,
    categoryIds: [CATEGORY.outdoor, CATEGORY.camping],
    attributes: {
      description: `<p>Everything in one box: ${members.map((m) => m.name).join(', ')}.</p>`,
      url_key: urlKey(fullName, id),
      ...setup.attributes,
      price_view: '0',
      sku_type: '0',
    },
    qty: 0,
    ...dates(ctx),
    extension: {
      bundle_product_options: setup.options.map((option, i) => {
        const optionId = id * 10 + i;
        return {
          option_id: optionId,
          title: option.title,
          required: option.required,
          type: option.type,
          position: i + 1,
          sku,
          product_links: option.items.map((item, j) => ({
            id: String(optionId * 10 + j),
            sku: item.product.sku,
            option_id: optionId,
            qty: item.qty,
            position: j + 1,
            is_default: j === 0,
            price: item.price,
            price_type: item.priceType,
            can_change_quantity: 0,
          })),
        };
      }),
    },
  });
}

/**
 * Store-view values: EUR prices for the Europe website, then the `fr` names and copy. A French value
 * equal to the default one (internal jargon nobody translated) is not stored, as Magento's "Use
 * Default Value" leaves it.
 */
function storeValues(
  products: readonly Product[],
  french: ReadonlyMap<string, StoreText>,
): Fixture['store_values'] {
  const rows: Fixture['store_values'] = [];
  for (const p of products) {
    if (p.price <= 0) continue;
    const eur = Math.max(0.99, Math.round(p.price * EUR_PER_USD) - 0.01).toFixed(2);
    for (const store of EU_STORE_CODES)
      rows.push({ sku: p.sku, store_code: store, attribute_code: 'price', value: eur });
  }
  for (const p of products) {
    for (const [code, value] of Object.entries(french.get(p.sku) ?? {})) {
      const fallback = code === 'name' ? p.name : customAttribute(p, code);
      if (value !== undefined && value !== fallback)
        rows.push({ sku: p.sku, store_code: 'fr', attribute_code: code, value });
    }
  }
  return rows;
}

const REVIEW_LINES: Record<'good' | 'bad', ReadonlyArray<readonly [string, string]>> = {
  good: [
    ['Does what it says', 'Solid build and arrived quickly. Would buy again.'],
    ['Great value', 'For the price this is hard to beat. Happy with it.'],
    ['Love it', 'Using it every day since it arrived — no complaints.'],
  ],
  bad: [
    ['Not for me', 'Quality felt cheaper than the photos suggested. Returned it.'],
    ['Broke after a month', 'Worked fine at first, then stopped. Support was helpful though.'],
  ],
};

function generateReviews(ctx: Context, products: readonly Product[]): Review[] {
  const { random, now } = ctx;
  const reviews: Review[] = [];
  let reviewId = 0;
  for (const seed of SEED_REVIEWS) {
    if (!products.some((p) => p.sku === seed.sku)) continue;
    reviews.push({
      review_id: ++reviewId,
      store_ids: [1, 2, 3],
      created_at: magentoDate(daysBefore(now, seed.daysAgo)),
      ...seed.review,
    });
  }
  const nicknames = ['Sam', 'Priya', 'Jordan', 'Lena', 'Marco', 'Aisha', 'Chris', 'Noor', 'Tomás', 'Mei'];
  for (const p of products) {
    if (p.visibility === 1 || !random.chance(0.25)) continue;
    for (let n = random.int(1, 4); n > 0; n--) {
      const good = random.chance(0.78);
      const [summary, text] = random.pick(good ? REVIEW_LINES.good : REVIEW_LINES.bad);
      const stars = good ? random.int(4, 5) : random.int(1, 3);
      reviews.push({
        review_id: ++reviewId,
        sku: p.sku,
        store_ids: [1, 2, 3],
        nickname: random.pick(nicknames),
        summary,
        text,
        created_at: magentoDate(daysBefore(now, random.int(1, 300), random)),
        ratings: [
          { rating_name: 'Quality', value: stars },
          { rating_name: 'Value', value: Math.max(1, Math.min(5, stars + random.int(-1, 1))) },
        ],
      });
    }
  }
  return reviews;
}
