import { joinClauses, render } from './render.js';
import type { Locale } from './templates.js';

/** A product as an availability answer says it: name and price already formatted for the locale. */
export interface StockedProduct {
  name: string;
  price: string;
}

/**
 * "Raptor Titan 17 costs $2,199.00 and is out of stock. Similar products in stock now: Nova G16
 * ($1,799.00) and Vortex 14 ($1,199.00)." An out-of-stock answer offers what can be bought instead
 * (in-stock products the caller found: same category, close in price), and when the store expects it
 * back if the store states it (`expected`: a date formatted for the locale; the verifier holds a restock
 * claim to the facts). With no alternative, the offer of a person.
 */
export function outOfStockReply(
  product: StockedProduct,
  alternatives: readonly StockedProduct[],
  locale: Locale,
  expected?: string,
): string {
  const sentences = [
    render('availability', locale, {
      name: product.name,
      price: product.price,
      stock: render('stock_out', locale),
      qty: '',
    }),
  ];
  if (expected) sentences.push(render('out_of_stock_expected', locale, { date: expected }));
  sentences.push(
    alternatives.length > 0
      ? render('out_of_stock_alternatives', locale, {
          list: joinClauses(
            alternatives.map((a) => render('product_with_price', locale, { name: a.name, price: a.price })),
            locale,
          ),
        })
      : render('out_of_stock_no_alternative', locale),
  );
  return sentences.join(' ');
}
