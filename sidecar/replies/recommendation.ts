import { joinClauses, render } from './render.js';
import type { Locale } from './templates.js';

/** A product recommended for a stated need, with what is known of why it fits. */
export interface RecommendedProduct {
  name: string;
  /** The price as the reply says it (formatMoney, or "$49.00, down from $59.00"). */
  price: string;
  /** What the shopper asked for that the product is described as ("waterproof", "for kids"): ProductHit.matched. */
  matched: readonly string[];
  /** The product is within the budget the shopper gave (false when none was given). */
  withinBudget: boolean;
  /** Average rating 0–5 and how many reviews it rests on; null = no reviews. */
  rating: number | null;
  reviewCount: number;
}

/** Reviews a rating must rest on before it is a reason to recommend. */
const MIN_REVIEWS = 3;
const GOOD_RATING = 4;

/**
 * Why a product fits, from the shopper's own words and the store's data: "described as waterproof and
 * warm, within your budget, rated 4.6 out of 5 by customers". Empty when nothing is known.
 */
export function recommendationReason(product: RecommendedProduct, locale: Locale): string {
  const reasons: string[] = [];
  if (product.matched.length > 0)
    reasons.push(
      render('recommend_reason_matches', locale, { matched: joinClauses(product.matched, locale) }),
    );
  if (product.withinBudget) reasons.push(render('recommend_reason_budget', locale));
  if (product.rating !== null && product.rating >= GOOD_RATING && product.reviewCount >= MIN_REVIEWS)
    reasons.push(
      render('recommend_reason_rating', locale, {
        rating: new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-US', {
          maximumFractionDigits: 1,
        }).format(product.rating),
      }),
    );
  return joinClauses(reasons, locale);
}

/**
 * A gift or recommendation reply: each product with its price and the reason it fits the need
 * ("2. Trail Jacket, $129.00: described as waterproof, within your budget"). `constraints`: the
 * need in words, as search replies give it (", for hiking"), or ''.
 */
export function recommendationReply(
  products: readonly RecommendedProduct[],
  constraints: string,
  locale: Locale,
): string {
  const list = products
    .map((p, i) => {
      const reason = recommendationReason(p, locale);
      return reason
        ? render('recommend_line', locale, { n: i + 1, name: p.name, price: p.price, reason })
        : render('recommend_line_plain', locale, { n: i + 1, name: p.name, price: p.price });
    })
    .join('\n');
  return render('recommend_intro', locale, { constraints, list });
}
