import { type BundlePriceRange, bundlePriceRange } from '../../common/magento/pricing/bundle-price.js';
import {
  type SpecialPriceAttributes,
  bundleSpecialPercent,
  resolvePrice,
} from '../../common/magento/pricing/special-price.js';
import type { Product, Review } from '../data/fixture-schema.js';
import type { SandboxData } from '../data/sandbox-data.js';
import { customAttribute } from '../data/product-builder.js';
import { roundMoney } from '../data/random.js';
import { storeOptions } from '../data/store-labels.js';
import { categoryView } from './category-view.js';

/** Magento's `uid`: base64 of the entity id (or of a `type/id/value` path). */
export function uid(value: string | number): string {
  return Buffer.from(String(value)).toString('base64');
}

export interface StoreContext {
  data: SandboxData;
  storeCode: string;
  storeId: number;
  websiteId: number;
  currency: string;
  /** The store's `general/locale/timezone`: special-price windows are calendar days there. */
  timeZone: string;
}

const TYPE_NAMES: Record<string, string> = {
  simple: 'SimpleProduct',
  virtual: 'VirtualProduct',
  configurable: 'ConfigurableProduct',
  bundle: 'BundleProduct',
};

function specialPrice(product: Product): SpecialPriceAttributes {
  return {
    price: customAttribute(product, 'special_price'),
    from: customAttribute(product, 'special_from_date'),
    to: customAttribute(product, 'special_to_date'),
  };
}

/** The price a customer pays today: an active special price wins over the regular price. */
export function finalPrice(ctx: StoreContext, product: Product): number {
  return resolvePrice(product.price, specialPrice(product), ctx.data.now, ctx.timeZone).final;
}

function productPrice(regular: number, final: number, currency: string) {
  const off = roundMoney(Math.max(0, regular - final));
  return {
    regular_price: { value: regular, currency },
    final_price: { value: final, currency },
    discount: { amount_off: off, percent_off: regular > 0 ? roundMoney((off / regular) * 100) : 0 },
  };
}

function configurableChildren(ctx: StoreContext, p: Product): Product[] {
  return (p.extension_attributes.configurable_product_links ?? [])
    .map((id) => ctx.data.productById(id))
    .filter((c): c is Product => c !== undefined && c.status === 1)
    .map((c) => ctx.data.scopedProduct(c, ctx.storeCode));
}

/**
 * A bundle's range as Magento's bundle price model gives it: from the in-stock selections while every
 * required option has one (the bundle is salable), from all sellable selections otherwise.
 */
function bundleRange(
  ctx: StoreContext,
  p: Product,
): { range: BundlePriceRange; salable: boolean } | undefined {
  const range = (inStockOnly: boolean) =>
    bundlePriceRange({
      fixedPrice: customAttribute(p, 'price_type') === '1',
      price: p.price,
      specialPercent: bundleSpecialPercent(specialPrice(p), ctx.data.now, ctx.timeZone),
      options: p.extension_attributes.bundle_product_options ?? [],
      selectionPrice: (sku) => {
        const source = ctx.data.productBySku(sku);
        if (
          !source ||
          source.status !== 1 ||
          !source.extension_attributes.website_ids.includes(ctx.websiteId)
        )
          return undefined;
        if (inStockOnly && source.extension_attributes.stock_item?.is_in_stock !== true) return undefined;
        const selection = ctx.data.scopedProduct(source, ctx.storeCode);
        return { regular: selection.price, final: finalPrice(ctx, selection) };
      },
    });
  const salable = range(true);
  const priced = salable ?? range(false);
  return priced && { range: priced, salable: salable !== undefined };
}

export function priceRange(ctx: StoreContext, p: Product) {
  if (p.type_id === 'bundle') {
    const bundle = bundleRange(ctx, p);
    const { minimum, maximum } = bundle?.range ?? {
      minimum: { regular: 0, final: 0 },
      maximum: { regular: 0, final: 0 },
    };
    return {
      minimum_price: productPrice(minimum.regular, minimum.final, ctx.currency),
      maximum_price: productPrice(maximum.regular, maximum.final, ctx.currency),
    };
  }
  const children = p.type_id === 'configurable' ? configurableChildren(ctx, p) : [];
  const priced = children.length > 0 ? children : [p];
  const finals = priced.map((m) => ({ regular: m.price, final: finalPrice(ctx, m) }));
  const min = finals.reduce((a, b) => (b.final < a.final ? b : a));
  const max = finals.reduce((a, b) => (b.final > a.final ? b : a));
  return {
    minimum_price: productPrice(min.regular, min.final, ctx.currency),
    maximum_price: productPrice(max.regular, max.final, ctx.currency),
  };
}

/** What the storefront filters and sorts a product by: the minimum final price (Magento's price index `min_price`). */
export function minimalFinalPrice(ctx: StoreContext, p: Product): number {
  return priceRange(ctx, p).minimum_price.final_price.value;
}

export function inStock(ctx: StoreContext, p: Product): boolean {
  if (p.type_id === 'configurable')
    return configurableChildren(ctx, p).some((m) => m.extension_attributes.stock_item?.is_in_stock === true);
  if (p.type_id === 'bundle')
    return p.extension_attributes.stock_item?.is_in_stock === true && bundleRange(ctx, p)?.salable === true;
  return p.extension_attributes.stock_item?.is_in_stock === true;
}

function reviewsOf(ctx: StoreContext, sku: string): Review[] {
  return ctx.data.reviewsOf(sku).filter((r) => r.store_ids.includes(ctx.storeId));
}

function averageRating(review: Review): number {
  return review.ratings.length === 0
    ? 0
    : (review.ratings.reduce((s, r) => s + r.value, 0) / review.ratings.length) * 20;
}

function optionLabel(ctx: StoreContext, attributeCode: string, optionId: number | string): string {
  const attribute = ctx.data.fixture.attributes.find((a) => a.attribute_code === attributeCode);
  if (!attribute) return '';
  return storeOptions(attribute, ctx.storeId).find((o) => o.value === String(optionId))?.label ?? '';
}

/** A `ProductInterface` object for graphql-js: plain fields plus functions for fields with arguments. */
export function productView(ctx: StoreContext, source: Product): Record<string, unknown> {
  const p = ctx.data.scopedProduct(source, ctx.storeCode);
  const attr = (code: string) => customAttribute(p, code);
  const html = (code: string) => ({ html: attr(code) ?? '' });
  const image = {
    url: `${ctx.data.storeConfig(ctx.storeId)?.secure_base_media_url ?? '/media/'}catalog/product${p.media_gallery_entries[0]?.file ?? ''}`,
    label: p.name,
  };
  const reviews = reviewsOf(ctx, p.sku);
  const int = (code: string) => (attr(code) === undefined ? null : Number(attr(code)));
  const view: Record<string, unknown> = {
    __typename: TYPE_NAMES[p.type_id] ?? 'SimpleProduct',
    uid: uid(p.id),
    sku: p.sku,
    name: p.name,
    url_key: attr('url_key') ?? null,
    url_suffix: '.html',
    stock_status: inStock(ctx, p) ? 'IN_STOCK' : 'OUT_OF_STOCK',
    price_range: priceRange(ctx, p),
    categories: () =>
      (p.extension_attributes.category_links ?? [])
        .map((l) => ctx.data.categories(ctx.storeCode).find((c) => String(c.id) === l.category_id))
        .filter((c) => c !== undefined)
        .map((c) => categoryView(ctx, c)),
    description: html('description'),
    short_description: html('short_description'),
    small_image: image,
    image,
    rating_summary:
      reviews.length === 0
        ? 0
        : roundMoney(reviews.reduce((s, r) => s + averageRating(r), 0) / reviews.length),
    review_count: reviews.length,
    reviews: (args: { pageSize: number; currentPage: number }) => ({
      items: reviews
        .slice((args.currentPage - 1) * args.pageSize, args.currentPage * args.pageSize)
        .map((r) => ({
          nickname: r.nickname,
          summary: r.summary,
          text: r.text,
          average_rating: averageRating(r),
          ratings_breakdown: r.ratings.map((x) => ({ name: x.rating_name, value: String(x.value) })),
          created_at: r.created_at,
        })),
      page_info: {
        current_page: args.currentPage,
        page_size: args.pageSize,
        total_pages: Math.ceil(reviews.length / args.pageSize),
      },
    }),
    special_price: attr('special_price') === undefined ? null : Number(attr('special_price')),
    special_from_date: attr('special_from_date') ?? null,
    special_to_date: attr('special_to_date') ?? null,
    color: int('color'),
    manufacturer: int('manufacturer'),
    meta_title: attr('meta_title') ?? null,
    created_at: p.created_at,
    updated_at: p.updated_at,
    weight: p.weight ?? null,
  };
  if (p.type_id === 'configurable') Object.assign(view, configurableFields(ctx, p));
  if (p.type_id === 'bundle') view.items = bundleItems(ctx, p);
  return view;
}

function configurableFields(ctx: StoreContext, p: Product) {
  const options = p.extension_attributes.configurable_product_options ?? [];
  const codeOf = (attributeId: string) =>
    ctx.data.fixture.attributes.find((a) => String(a.attribute_id) === attributeId)?.attribute_code ?? '';
  return {
    configurable_options: options.map((o) => ({
      uid: uid(`configurable/${p.id}/${o.attribute_id}`),
      attribute_code: codeOf(o.attribute_id),
      label: o.label,
      position: o.position,
      values: o.values.map((v) => ({
        uid: uid(`configurable/${o.attribute_id}/${v.value_index}`),
        label: optionLabel(ctx, codeOf(o.attribute_id), v.value_index),
        store_label: optionLabel(ctx, codeOf(o.attribute_id), v.value_index),
        value_index: v.value_index,
      })),
    })),
    variants: () =>
      (p.extension_attributes.configurable_product_links ?? [])
        .map((id) => ctx.data.productById(id))
        .filter((c): c is Product => c !== undefined)
        .map((child) => ({
          attributes: options.map((o) => {
            const code = codeOf(o.attribute_id);
            const value = Number(customAttribute(child, code));
            return {
              code,
              label: optionLabel(ctx, code, value),
              uid: uid(`configurable/${o.attribute_id}/${value}`),
              value_index: value,
            };
          }),
          product: productView(ctx, child),
        })),
  };
}

function bundleItems(ctx: StoreContext, p: Product) {
  return (p.extension_attributes.bundle_product_options ?? []).map((o) => ({
    uid: uid(`bundle/${o.option_id}`),
    title: o.title,
    required: o.required,
    type: o.type,
    position: o.position,
    sku: p.sku,
    options: o.product_links.map((l) => {
      const member = ctx.data.productBySku(l.sku);
      return {
        uid: uid(`bundle/${o.option_id}/${l.id}/${l.qty}`),
        label: member?.name ?? l.sku,
        quantity: l.qty,
        is_default: l.is_default,
        product: member ? productView(ctx, member) : null,
      };
    }),
  }));
}
