import { decode } from 'html-entities';
import type { CatalogDocumentInput } from '../../common/catalog/catalog-document.js';
import { audiencesIn } from '../../common/language/audience.js';
import type { Language } from '../../common/language/language.js';
import type { ProductReviewSummary } from '../../common/magento/magento-client.js';
import { type PricePair, bundlePriceRange } from '../../common/magento/pricing/bundle-price.js';
import { roundMoney } from '../../common/magento/pricing/money.js';
import {
  type SpecialPriceAttributes,
  bundleSpecialPercent,
  resolvePrice,
} from '../../common/magento/pricing/special-price.js';
import {
  PRODUCT_STATUS,
  PRODUCT_VISIBILITY,
  type MagentoProduct,
} from '../../common/magento/shapes/product.js';
import {
  type OptionLabels,
  mergeAttributes,
  resolveOptionLabels,
  textAttribute,
} from './attribute-labels.js';
import { type CategoryNode, productCategories } from './category-paths.js';
import { htmlToParagraphs } from './html-to-text.js';
import { findJargon } from './jargon.js';
import { type SharedPassage, findSharedPassages, passageFingerprint } from './shared-passages.js';

/** What one store view's normalization needs besides the product: all read before, none fetched here. */
export interface NormalizeContext {
  store: string;
  /** Language of the store view's text (its locale); absent when Verity has no stemmer for it. */
  language?: Language;
  /**
   * Shopper-facing yes/no attributes (sale, new, eco-friendly: the store's own): code → store-view
   * label. A product where one holds gets it in `flags`. @default none
   */
  flagAttributes?: ReadonlyMap<string, string>;
  /** Website of the store view: products not assigned to it are not sold there. */
  websiteId: number;
  /** The website's base currency (ISO 4217). */
  currency: string;
  /** The instant special-price windows are evaluated at. */
  now: Date;
  /**
   * IANA time zone of the store view (Magento `general/locale/timezone`): special-price windows are
   * calendar days there.
   */
  timeZone: string;
  optionLabels: OptionLabels;
  /**
   * Shopper-facing attributes with a free value (text, number, weight) that the store shows on the
   * product page ("Battery Life (hours): 6"); indexed as their raw value. @default none
   */
  specAttributes?: ReadonlySet<string>;
  /**
   * The store's weight unit as shoppers write it ("lb", "kg", from Magento's `weight_unit`): with it,
   * the product's own weight is indexed as a spec ("weight": ["3.1 lb"]) so "how heavy is it?" and
   * "which is lighter?" are answered from it. @default none (weight not indexed)
   */
  weightUnit?: string;
  categories: ReadonlyMap<number, CategoryNode>;
  /** Fingerprints of supplier boilerplate shared across products (`findSharedPassages`). */
  sharedPassages: ReadonlySet<string>;
}

export type SkipReason = 'disabled' | 'not_visible' | 'not_in_website' | 'no_name' | 'no_price';

/** What the normalizer noticed about a product it indexed, for the data-quality report. */
export interface ProductFindings {
  /** No description text left (none written, or only boilerplate/jargon). */
  missingDescription: boolean;
  /** Jargon tokens found; their paragraphs were left out of the text. */
  jargon: string[];
  /** Fingerprints of shared boilerplate left out of the text. */
  sharedPassages: string[];
  unknownOptions: { attribute: string; value: string }[];
  unknownCategories: number[];
}

export type NormalizedProduct =
  | { ok: true; document: CatalogDocumentInput; findings: ProductFindings }
  | { ok: false; sku: string; reason: SkipReason; detail: string };

/** Description paragraphs of a product (short description first), as plain text. */
export function productParagraphs(product: MagentoProduct): string[] {
  const html = [textAttribute(product, 'short_description'), textAttribute(product, 'description')];
  const paragraphs: string[] = [];
  for (const part of html) {
    if (part === undefined) continue;
    for (const paragraph of htmlToParagraphs(part))
      if (!paragraphs.includes(paragraph)) paragraphs.push(paragraph);
  }
  return paragraphs;
}

/**
 * Long passages several product families share verbatim (supplier boilerplate), over the whole
 * listing. A configurable product and its children are one family: children carry copies of their
 * parent's description, which is the product's own text, not boilerplate.
 */
export function catalogSharedPassages(products: readonly MagentoProduct[]): Map<string, SharedPassage> {
  const parentOf = new Map<number, string>();
  for (const product of products)
    for (const childId of product.extension_attributes?.configurable_product_links ?? [])
      parentOf.set(childId, product.sku);
  return findSharedPassages(
    products.map((p) => ({
      key: (p.id === undefined ? undefined : parentOf.get(p.id)) ?? p.sku,
      paragraphs: productParagraphs(p),
    })),
  );
}

function isSellable(product: MagentoProduct, websiteId: number): boolean {
  const websites = product.extension_attributes?.website_ids;
  return (
    product.status !== PRODUCT_STATUS.disabled && (websites === undefined || websites.includes(websiteId))
  );
}

function skip(product: MagentoProduct, context: NormalizeContext): NormalizedProduct | undefined {
  const sku = product.sku;
  if (product.status === PRODUCT_STATUS.disabled)
    return { ok: false, sku, reason: 'disabled', detail: 'status 2' };
  if (product.visibility === PRODUCT_VISIBILITY.notVisible)
    return { ok: false, sku, reason: 'not_visible', detail: 'visibility 1 (not visible individually)' };
  if (!isSellable(product, context.websiteId))
    return {
      ok: false,
      sku,
      reason: 'not_in_website',
      detail: `not assigned to website ${context.websiteId}`,
    };
  if (!product.name?.trim()) return { ok: false, sku, reason: 'no_name', detail: 'empty name' };
  return undefined;
}

function specialPrice(product: MagentoProduct): SpecialPriceAttributes {
  return {
    price: textAttribute(product, 'special_price'),
    from: textAttribute(product, 'special_from_date'),
    to: textAttribute(product, 'special_to_date'),
  };
}

function ownPrice(product: MagentoProduct, context: NormalizeContext) {
  return resolvePrice(product.price ?? 0, specialPrice(product), context.now, context.timeZone);
}

function inStock(product: MagentoProduct): boolean {
  return product.extension_attributes?.stock_item?.is_in_stock ?? true;
}

/** `2025-05-18 08:02:11` → `2025-05-18T08:02:11Z`. */
function isoTimestamp(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = new Date(`${value.replace(' ', 'T')}${/[zZ]|[+-]\d\d:\d\d$/.test(value) ? '' : 'Z'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * A grouped product's "starting at" price, as Magento lists it: the lowest final price among its
 * sellable members, in stock ones first; in stock when one member is. Undefined without a member:
 * a grouped product has no price of its own (indexing it at $0 would pass every budget).
 */
function groupedPrice(
  members: readonly MagentoProduct[],
  context: NormalizeContext,
): { price: number; inStock: boolean } | undefined {
  const sellable = members.filter((m) => isSellable(m, context.websiteId));
  const inStockMembers = sellable.filter(inStock);
  const priced = (inStockMembers.length > 0 ? inStockMembers : sellable).map(
    (m) => ownPrice(m, context).final,
  );
  return priced.length === 0 ? undefined : { price: Math.min(...priced), inStock: inStockMembers.length > 0 };
}

/**
 * A downloadable product's "from" price: its own price, plus the cheapest link when links are
 * bought separately (the shopper must take at least one).
 */
function downloadablePrice(product: MagentoProduct, context: NormalizeContext): number {
  const own = ownPrice(product, context).final;
  if (textAttribute(product, 'links_purchased_separately') !== '1') return own;
  const links = (product.extension_attributes?.downloadable_product_links ?? []).flatMap((l) =>
    l.price === null ? [] : [l.price],
  );
  return links.length === 0 ? own : own + Math.min(...links);
}

/** Attribute codes that say who a product is for (`gender`, `audience`, `age_group`). */
const AUDIENCE_ATTRIBUTE = /gender|audience|age_group|department/;

/** Magento bundle `price_type`: fixed (own price plus selection prices); anything else is dynamic. */
const BUNDLE_FIXED_PRICE = '1';

/**
 * A bundle's "from" price and stock, as Magento's bundle price model computes them (`bundlePriceRange`):
 * priced from its in-stock selections while it can be bought (every required option has one), from all
 * sellable selections otherwise, and then out of stock.
 */
function bundlePrice(
  product: MagentoProduct,
  selections: readonly MagentoProduct[],
  context: NormalizeContext,
): { price: number; inStock: boolean } | undefined {
  const sellable = new Map(
    selections.filter((s) => isSellable(s, context.websiteId)).map((s) => [s.sku, s] as const),
  );
  const range = (inStockOnly: boolean) =>
    bundlePriceRange({
      fixedPrice: textAttribute(product, 'price_type') === BUNDLE_FIXED_PRICE,
      price: product.price ?? 0,
      specialPercent: bundleSpecialPercent(specialPrice(product), context.now, context.timeZone),
      options: product.extension_attributes?.bundle_product_options ?? [],
      selectionPrice: (sku): PricePair | undefined => {
        const selection = sellable.get(sku);
        return selection && (!inStockOnly || inStock(selection)) ? ownPrice(selection, context) : undefined;
      },
    });
  const salable = range(true);
  const priced = salable ?? range(false);
  return priced && { price: priced.minimum.final, inStock: inStock(product) && salable !== undefined };
}

/**
 * One Magento product (with its linked products: configurable children or bundle selections) → the
 * catalog document of one store view, or the reason it is not indexed. Pure: everything it needs is in
 * its arguments.
 *
 * Configurable parents take their children's option labels (colors, sizes), are in stock when a sellable
 * child is, and are priced at the lowest final price of their in-stock children (of all sellable children
 * when none is in stock). Bundles are priced at their minimum ("from") price (`bundlePrice`), grouped
 * products at their cheapest member (`groupedPrice`), downloadable ones with their cheapest link when
 * links are bought separately (`downloadablePrice`).
 */
export function normalizeProduct(
  product: MagentoProduct,
  linked: readonly MagentoProduct[],
  context: NormalizeContext,
  review?: ProductReviewSummary,
): NormalizedProduct {
  const skipped = skip(product, context);
  if (skipped) return skipped;
  // Magento stores names as typed in the admin, entities included (`Mars HeatTech&trade; Pullover`).
  const name = decode(product.name ?? '').trim();

  const { attributes, unknown: unknownOptions } = resolveOptionLabels(product, context.optionLabels);
  for (const code of context.specAttributes ?? []) {
    const value = textAttribute(product, code)?.trim();
    if (value) attributes[code] = [value];
  }

  const weighed: MagentoProduct[] = [product];
  let price = ownPrice(product, context).final;
  let stock = inStock(product);
  if (product.type_id === 'configurable') {
    const sellable = linked.filter((child) => isSellable(child, context.websiteId));
    for (const child of sellable) {
      const resolved = resolveOptionLabels(child, context.optionLabels);
      mergeAttributes(attributes, resolved.attributes);
      unknownOptions.push(...resolved.unknown);
    }
    // A configurable parent usually has no weight of its own: its variants' weights are the product's.
    if (!(product.weight && product.weight > 0)) weighed.push(...sellable);
    const inStockChildren = sellable.filter(inStock);
    const priced = (inStockChildren.length > 0 ? inStockChildren : sellable).map(
      (c) => ownPrice(c, context).final,
    );
    if (priced.length > 0) price = Math.min(...priced);
    stock = inStockChildren.length > 0;
  }
  const weight = weightValues(weighed, context.weightUnit);
  if (weight.length > 0) attributes.weight = weight;
  if (product.type_id === 'bundle') {
    const bundle = bundlePrice(product, linked, context);
    if (!bundle)
      return {
        ok: false,
        sku: product.sku,
        reason: 'no_price',
        detail: 'bundle without a sellable selection for every required option',
      };
    price = bundle.price;
    stock = bundle.inStock;
  }
  if (product.type_id === 'grouped') {
    const grouped = groupedPrice(linked, context);
    if (!grouped)
      return {
        ok: false,
        sku: product.sku,
        reason: 'no_price',
        detail: 'grouped product without a sellable member',
      };
    price = grouped.price;
    stock = inStock(product) && grouped.inStock;
  }
  if (product.type_id === 'downloadable') price = downloadablePrice(product, context);
  if (!Number.isFinite(price) || price < 0)
    return { ok: false, sku: product.sku, reason: 'no_price', detail: `price ${String(product.price)}` };

  const assigned = (product.extension_attributes?.category_links ?? [])
    .map((link) => Number(link.category_id))
    .filter((id) => Number.isInteger(id));
  const categories = productCategories(assigned, context.categories);

  const ownWords = [product.sku, ...name.split(/\s+/)];
  const jargon: string[] = [];
  const shared: string[] = [];
  const kept: string[] = [];
  for (const paragraph of productParagraphs(product)) {
    const fingerprint = passageFingerprint(paragraph);
    if (context.sharedPassages.has(fingerprint)) {
      shared.push(fingerprint);
      continue;
    }
    const tokens = findJargon(paragraph, ownWords);
    if (tokens.length > 0) {
      jargon.push(...tokens);
      continue;
    }
    kept.push(paragraph);
  }

  const flags: Record<string, string> = {};
  for (const [code, label] of context.flagAttributes ?? []) {
    const value = product.custom_attributes?.find((a) => a.attribute_code === code)?.value;
    if (value === '1' || value === 1 || value === true) flags[code] = decode(label);
  }
  // Who it is for: said by the name, the category path or a gender-like attribute, not the prose.
  const audienceText = [
    name,
    ...categories.labels,
    ...Object.entries(attributes).flatMap(([code, values]) => (AUDIENCE_ATTRIBUTE.test(code) ? values : [])),
  ].join(' ; ');
  const audience = audiencesIn(audienceText, context.language);
  const urlKey = textAttribute(product, 'url_key');
  const document: CatalogDocumentInput = {
    id: product.sku,
    type: 'product',
    store: context.store,
    title: name,
    text: kept.join('\n'),
    sku: product.sku,
    ...(urlKey ? { url_key: urlKey } : {}),
    price: roundMoney(price),
    currency: context.currency,
    category_ids: categories.ids,
    categories: categories.labels,
    attributes,
    flags,
    audience,
    ...(context.language ? { language: context.language } : {}),
    in_stock: stock,
    ...(review && review.reviewCount > 0
      ? { rating: roundRating(review.ratingSummary), review_count: review.reviewCount }
      : {}),
    ...(isoTimestamp(product.updated_at) ? { updated_at: isoTimestamp(product.updated_at) } : {}),
  };
  return {
    ok: true,
    document,
    findings: {
      missingDescription: kept.length === 0,
      jargon: [...new Set(jargon)],
      sharedPassages: [...new Set(shared)],
      unknownOptions,
      unknownCategories: categories.unknown,
    },
  };
}

/** Magento's rating summary is a percentage; the catalog stores stars (0–5, one decimal). */
export function roundRating(ratingSummaryPercent: number): number {
  return Math.round(Math.min(100, Math.max(0, ratingSummaryPercent)) / 2) / 10;
}

/** The distinct weights of these products, lightest first, with the store's unit ("3.1 lb"); none without a unit. */
function weightValues(products: readonly MagentoProduct[], unit: string | undefined): string[] {
  if (!unit) return [];
  const weights = [...new Set(products.flatMap((p) => (p.weight && p.weight > 0 ? [p.weight] : [])))];
  return weights.sort((a, b) => a - b).map((w) => `${w} ${unit}`);
}
