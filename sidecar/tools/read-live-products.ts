import type { MagentoClient } from '../../common/magento/magento-client.js';

/** Price, stock and rating of one product as the storefront shows them right now. */
export interface LiveProduct {
  sku: string;
  name: string;
  /** What the customer pays now (special price included). */
  price: number;
  /** The regular price when it differs from `price`; null otherwise. */
  regularPrice: number | null;
  currency: string;
  inStock: boolean;
  /** Units left when Magento exposes them to the storefront; null = unknown (say nothing about a count). */
  qtyLeft: number | null;
  /** Average rating on a 0–5 scale, one decimal; null without reviews. */
  rating: number | null;
  reviewCount: number;
  /** The product's picture as the storefront shows it (Magento's `small_image`); null without one. */
  imageUrl: string | null;
}

/**
 * Reads volatile facts live from Magento at answer time (never from the index). SKUs Magento does not
 * return (disabled, not visible, unknown) are absent from the map: the caller must not show them.
 */
export async function readLiveProducts(
  magento: MagentoClient,
  store: string,
  skus: readonly string[],
  storeCurrency: string,
): Promise<Map<string, LiveProduct>> {
  const live = new Map<string, LiveProduct>();
  if (skus.length === 0) return live;
  const page = await magento.getLiveProducts(store, skus);
  for (const item of page.items) {
    const minimum = item.price_range.minimum_price;
    const price = minimum.final_price.value;
    if (price === null) continue;
    const regular = minimum.regular_price.value;
    live.set(item.sku, {
      sku: item.sku,
      name: item.name ?? item.sku,
      price,
      regularPrice: regular !== null && regular > price ? regular : null,
      currency: minimum.final_price.currency ?? storeCurrency,
      inStock: item.stock_status === 'IN_STOCK',
      qtyLeft: null,
      rating: item.review_count > 0 ? Math.round(item.rating_summary / 2) / 10 : null,
      reviewCount: item.review_count,
      imageUrl: item.small_image?.url ?? null,
    });
  }
  return live;
}
