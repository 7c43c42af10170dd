import type { Product } from '../data/fixture-schema.js';
import { customAttribute } from '../data/product-builder.js';
import { attributeStoreLabel, storeOptions } from '../data/store-labels.js';
import { minimalFinalPrice, type StoreContext } from './product-view.js';

interface EqualFilter {
  eq?: string | null;
  in?: Array<string | null> | null;
}
interface RangeFilter {
  from?: string | null;
  to?: string | null;
}

/** `ProductAttributeFilterInput` fields the sandbox schema exposes. */
export interface ProductFilter {
  category_id?: EqualFilter | null;
  category_uid?: EqualFilter | null;
  sku?: EqualFilter | null;
  url_key?: EqualFilter | null;
  name?: { match?: string | null } | null;
  price?: RangeFilter | null;
}

export interface ProductSort {
  name?: 'ASC' | 'DESC' | null;
  price?: 'ASC' | 'DESC' | null;
  position?: 'ASC' | 'DESC' | null;
  relevance?: 'ASC' | 'DESC' | null;
}

const decodeUid = (u: string) => Buffer.from(u, 'base64').toString('utf8');

function wantedValues(filter: EqualFilter): string[] {
  return [filter.eq, ...(filter.in ?? [])].filter((v): v is string => typeof v === 'string');
}

function equal(filter: EqualFilter | null | undefined, values: readonly string[]): boolean {
  if (!filter) return true;
  const wanted = wantedValues(filter);
  return wanted.length === 0 || wanted.some((w) => values.some((v) => v.toLowerCase() === w.toLowerCase()));
}

/**
 * The products a filter can match: found by key for a SKU or URL-key filter (how the live price and
 * review reads ask), else the whole catalog. Either way in catalog order and still filtered after.
 */
function candidates(ctx: StoreContext, f: ProductFilter): readonly Product[] {
  const skus = f.sku ? wantedValues(f.sku) : [];
  if (skus.length > 0) return ctx.data.productsWithSkus(skus);
  const urlKeys = f.url_key ? wantedValues(f.url_key) : [];
  if (urlKeys.length > 0) return ctx.data.productsWithUrlKeys(urlKeys);
  return ctx.data.fixture.products;
}

/** Search words in any script ("ultralégère" stays one word), lower-cased. */
function terms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}$]+/u)
    .filter((t) => t.length > 1);
}

/** Relevance of a product for a search text: name hits weigh more than description hits. */
function score(p: Product, words: readonly string[]): number {
  const name = p.name.toLowerCase();
  const sku = p.sku.toLowerCase();
  const body =
    `${customAttribute(p, 'description') ?? ''} ${customAttribute(p, 'short_description') ?? ''}`.toLowerCase();
  let total = 0;
  for (const w of words) {
    if (name.includes(w)) total += 3;
    if (sku === w) total += 5;
    if (body.includes(w)) total += 1;
  }
  return total;
}

/** Catalog search as the storefront sees it: enabled products of the store's website, visible for search or catalog. */
export function searchProducts(
  ctx: StoreContext,
  args: { search?: string | null; filter?: ProductFilter | null; sort?: ProductSort | null },
): Product[] {
  const words = args.search ? terms(args.search) : [];
  const f = args.filter ?? {};
  const categoryIds = [f.category_id?.eq, ...(f.category_id?.in ?? [])].filter(
    (v): v is string => typeof v === 'string',
  );
  const categoryUids = [f.category_uid?.eq, ...(f.category_uid?.in ?? [])]
    .filter((v): v is string => typeof v === 'string')
    .map(decodeUid);
  const scores = new Map<Product, number>();
  const rows: Product[] = [];
  for (const source of candidates(ctx, f)) {
    if (source.status !== 1 || !source.extension_attributes.website_ids.includes(ctx.websiteId)) continue;
    const visible = args.search
      ? source.visibility === 3 || source.visibility === 4
      : source.visibility === 2 || source.visibility === 4;
    if (!visible) continue;
    const p = ctx.data.scopedProduct(source, ctx.storeCode);
    const links = (p.extension_attributes.category_links ?? []).map((l) => l.category_id);
    if (!equal({ in: [...categoryIds, ...categoryUids] }, links)) continue;
    if (!equal(f.sku, [p.sku]) || !equal(f.url_key, [customAttribute(p, 'url_key') ?? ''])) continue;
    if (f.name?.match && !terms(f.name.match).every((w) => p.name.toLowerCase().includes(w))) continue;
    const price = f.price ? minimalFinalPrice(ctx, p) : 0;
    if (f.price?.from && price < Number(f.price.from)) continue;
    if (f.price?.to && price > Number(f.price.to)) continue;
    if (words.length > 0) {
      const s = score(p, words);
      if (s === 0) continue;
      scores.set(source, s);
    }
    rows.push(source);
  }
  const sort = args.sort ?? {};
  const direction = (d: 'ASC' | 'DESC' | null | undefined) => (d === 'DESC' ? -1 : 1);
  if (sort.price) {
    const prices = new Map(
      rows.map((p) => [p, minimalFinalPrice(ctx, ctx.data.scopedProduct(p, ctx.storeCode))]),
    );
    rows.sort((a, b) => direction(sort.price) * ((prices.get(a) ?? 0) - (prices.get(b) ?? 0)));
  } else if (sort.name) {
    rows.sort((a, b) => direction(sort.name) * a.name.localeCompare(b.name, 'en'));
  } else if (words.length > 0 && sort.position === undefined) {
    rows.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a.id - b.id);
  }
  return rows;
}

const PRICE_STEP = 100;

/** Layered navigation: price buckets, categories, and the filterable select attributes, with counts. */
export function aggregations(ctx: StoreContext, products: readonly Product[]) {
  const scoped = products.map((p) => ctx.data.scopedProduct(p, ctx.storeCode));
  const buckets = new Map<number, number>();
  for (const p of scoped) {
    const bucket = Math.floor(minimalFinalPrice(ctx, p) / PRICE_STEP);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
  }
  const price = {
    attribute_code: 'price',
    label: 'Price',
    position: 0,
    options: [...buckets.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([b, count]) => ({
        __typename: 'AggregationOption',
        label: `${b * PRICE_STEP}-${(b + 1) * PRICE_STEP}`,
        value: `${b * PRICE_STEP}_${(b + 1) * PRICE_STEP}`,
        count,
      })),
  };
  const categoryCounts = new Map<string, number>();
  for (const p of scoped)
    for (const l of p.extension_attributes.category_links ?? [])
      categoryCounts.set(l.category_id, (categoryCounts.get(l.category_id) ?? 0) + 1);
  const category = {
    attribute_code: 'category_id',
    label: 'Category',
    position: 1,
    options: ctx.data
      .categories(ctx.storeCode)
      .filter((c) => c.level > 1 && categoryCounts.has(String(c.id)))
      .map((c) => ({
        __typename: 'AggregationOption',
        label: c.name,
        value: String(c.id),
        count: categoryCounts.get(String(c.id)) ?? 0,
      })),
  };
  const selects = ctx.data.fixture.attributes
    .filter((a) => a.is_filterable && (a.frontend_input === 'select' || a.frontend_input === 'multiselect'))
    .map((a, i) => {
      const counts = new Map<string, number>();
      for (const p of scoped) {
        for (const id of (customAttribute(p, a.attribute_code) ?? '').split(','))
          if (id !== '') counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      return {
        attribute_code: a.attribute_code,
        label: attributeStoreLabel(a, ctx.storeId),
        position: i + 2,
        options: storeOptions(a, ctx.storeId)
          .filter((o) => counts.has(o.value))
          .map((o) => ({
            __typename: 'AggregationOption',
            label: o.label,
            value: o.value,
            count: counts.get(o.value) ?? 0,
          })),
      };
    })
    .filter((agg) => agg.options.length > 0);
  return [price, category, ...selects].map((agg) => ({ ...agg, count: agg.options.length }));
}
