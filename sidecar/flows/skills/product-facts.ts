import type { CatalogDocument } from '../../../common/catalog/catalog-document.js';
import { formatMoney, render } from '../../replies/render.js';
import type { Locale } from '../../replies/templates.js';
import type { LiveProduct } from '../../tools/read-live-products.js';
import type { ProductFact, TurnCitation } from '../../verifier/turn-facts.js';
import { readLiveProducts } from '../../tools/read-live-products.js';
import type { ChatDeps } from '../flow-deps.js';
import type { ProductCard, StoreContext, Turn } from '../turn.js';

/** A product as a reply may present it: indexed content joined with live price and stock. */
export interface PresentedProduct {
  doc: CatalogDocument;
  live: LiveProduct;
}

/**
 * The products a reply may present, in the order asked: indexed content joined with price and stock
 * read live from Magento. A SKU missing from either (not indexed, disabled, not visible) is left out.
 */
export async function presentProducts(
  turn: Turn,
  deps: ChatDeps,
  skus: readonly string[],
): Promise<PresentedProduct[]> {
  const [docs, live] = await Promise.all([
    deps.catalog.getProducts(turn.store.code, skus),
    readLiveProducts(deps.magento, turn.store.code, skus, turn.store.currency),
  ]);
  return skus.flatMap((sku) => {
    const doc = docs.find((d) => (d.sku ?? d.id) === sku);
    const current = live.get(sku);
    return doc && current ? [{ doc, live: current }] : [];
  });
}

export function productCard(product: PresentedProduct, store: StoreContext): ProductCard {
  const { doc, live } = product;
  return {
    sku: live.sku,
    name: live.name,
    url: `${store.baseUrl.replace(/\/$/, '')}/${doc.url_key ?? encodeURIComponent(live.sku.toLowerCase())}.html`,
    imageUrl: live.imageUrl,
    price: live.price,
    regularPrice: live.regularPrice,
    currency: live.currency,
    inStock: live.inStock,
    rating: live.rating,
    reviewCount: live.reviewCount,
  };
}

export function productFact(product: PresentedProduct): ProductFact {
  const { doc, live } = product;
  return {
    sku: live.sku,
    name: live.name,
    price: live.price,
    ...(live.regularPrice !== null ? { regularPrice: live.regularPrice } : {}),
    currency: live.currency,
    stockStatus: live.inStock ? 'in_stock' : 'out_of_stock',
    qty: live.qtyLeft,
    attributes: Object.fromEntries(
      Object.entries(doc.attributes).map(([code, values]) => [code, values.join(', ')]),
    ),
    rating: live.rating,
    reviewCount: live.reviewCount,
  };
}

export function productCitation(product: PresentedProduct): TurnCitation {
  return {
    source: 'product',
    id: product.live.sku,
    ...(product.doc.updated_at ? { version: product.doc.updated_at } : {}),
    title: product.live.name,
  };
}

export function stockPhrase(live: LiveProduct, locale: Locale): string {
  return render(live.inStock ? 'stock_in' : 'stock_out', locale);
}

export function priceText(live: LiveProduct, locale: Locale): string {
  const price = formatMoney(live.price, live.currency, locale);
  if (live.regularPrice === null) return price;
  const regular = formatMoney(live.regularPrice, live.currency, locale);
  return render('price_was', locale, { price, regular_price: regular });
}

export function productLines(products: readonly PresentedProduct[], locale: Locale): string {
  return products
    .map((p, i) =>
      render('product_line', locale, {
        n: i + 1,
        name: p.live.name,
        price: priceText(p.live, locale),
        stock: stockPhrase(p.live, locale),
      }),
    )
    .join('\n');
}
