import type { CatalogDocumentInput } from '../../common/catalog/catalog-document.js';
import type { ProductReviewSummary } from '../../common/magento/magento-client.js';
import { roundRating } from './normalize-product.js';

/**
 * A product's reviews → one `review_summary` document (id = SKU): the average rating (0–5) and count as
 * fields, and the latest review titles and texts as searchable text ("battery lasts all day"). Products
 * without reviews get no document.
 */
export function normalizeReviewSummary(
  summary: ProductReviewSummary,
  product: { name: string; url_key?: string },
  store: string,
): CatalogDocumentInput | undefined {
  if (summary.reviewCount === 0) return undefined;
  const rating = roundRating(summary.ratingSummary);
  const lines = summary.reviews.map((review) => `${review.summary.trim()}: ${review.text.trim()}`);
  return {
    id: summary.sku,
    type: 'review_summary',
    store,
    title: `${product.name} reviews`,
    text: [`Rated ${rating} out of 5 from ${summary.reviewCount} reviews.`, ...lines].join('\n'),
    sku: summary.sku,
    ...(product.url_key ? { url_key: product.url_key } : {}),
    rating,
    review_count: summary.reviewCount,
  };
}
