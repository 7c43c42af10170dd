import type { PolicyDeliveryRange, PolicyValues } from '../policy/policy-types.js';
import { carrierName } from './order-status.js';
import { formatMoney, joinAlternatives, joinClauses, render } from './render.js';
import type { Locale, TemplateKey } from './templates.js';

export const POLICY_TOPICS = ['returns', 'fees', 'exchange', 'warranty', 'price_match', 'shipping'] as const;
export type PolicyTopic = (typeof POLICY_TOPICS)[number];

/**
 * The template clauses that state a policy's values for the topics asked about, in the order asked,
 * each said once (the return window with its restocking fee). Every number and amount comes from `values`;
 * a final-sale item gets no fee clauses.
 */
export function policyClauses(
  values: PolicyValues,
  topics: readonly PolicyTopic[],
  locale: Locale,
): string[] {
  const v = values;
  const money = (n: number) => formatMoney(n, v.currency, locale);
  const clauses: string[] = [];
  for (const topic of topics) {
    switch (topic) {
      case 'returns':
        clauses.push(
          v.finalSale
            ? render('policy_final_sale', locale)
            : render('policy_return_window', locale, { days: v.returnWindowDays }),
        );
        // A restocking fee is a condition of the return itself: a shopper who hears only the window
        // and opens the box learns of it at the refund.
        if (!v.finalSale && v.restockingFeePercent > 0)
          clauses.push(render('policy_restocking', locale, { percent: v.restockingFeePercent }));
        break;
      case 'fees':
        if (v.finalSale) break;
        clauses.push(
          v.returnShippingFee > 0
            ? render('policy_return_fee', locale, { fee: money(v.returnShippingFee) })
            : render('policy_return_fee_free', locale),
        );
        if (v.restockingFeePercent > 0)
          clauses.push(render('policy_restocking', locale, { percent: v.restockingFeePercent }));
        break;
      case 'exchange':
        clauses.push(
          render(v.exchangeAllowed ? 'policy_exchange_allowed' : 'policy_exchange_not_allowed', locale),
        );
        break;
      case 'warranty':
        clauses.push(
          v.warrantyMonths > 0
            ? render('policy_warranty', locale, { months: v.warrantyMonths })
            : render('policy_no_warranty', locale),
        );
        break;
      case 'price_match':
        clauses.push(
          !v.priceMatch
            ? render('policy_no_price_match', locale)
            : v.priceMatchExclusions.length > 0
              ? render('policy_price_match_except', locale, {
                  exclusions: joinClauses(v.priceMatchExclusions, locale),
                })
              : render('policy_price_match', locale, { exclusions: '' }),
        );
        break;
      case 'shipping':
        clauses.push(
          v.freeShippingThreshold !== null
            ? render('policy_free_shipping', locale, { threshold: money(v.freeShippingThreshold) })
            : render('policy_no_free_shipping', locale),
        );
        if (v.deliveryRanges.length > 0) clauses.push(deliveryClause(v.deliveryRanges, locale));
        break;
    }
  }
  return [...new Set(clauses)];
}

/** Magento shipping method codes (carrier code, or `carrier_method`) and the shopper's word for them. */
type MethodWord = Extract<TemplateKey, `ship_method_${'standard' | 'express' | 'free' | 'pickup'}`>;
const METHOD_WORDS: Record<string, MethodWord> = {
  flatrate: 'ship_method_standard',
  tablerate: 'ship_method_standard',
  standard: 'ship_method_standard',
  express: 'ship_method_express',
  freeshipping: 'ship_method_free',
  instore: 'ship_method_pickup',
  pickup: 'ship_method_pickup',
};
const CARRIER_CODES = new Set(['ups', 'usps', 'fedex', 'dhl']);

/** "standard shipping", "express shipping", "UPS"; undefined for a code the shopper would not know. */
export function shippingMethodName(method: string, locale: Locale): string | undefined {
  const code = method.trim().toLowerCase();
  const carrier = code.split('_')[0] ?? code;
  const key = METHOD_WORDS[code] ?? METHOD_WORDS[carrier];
  if (key) return render(key, locale);
  if (CARRIER_CODES.has(carrier))
    return render('ship_method_carrier', locale, { carrier: carrierName(carrier, locale) });
  return undefined;
}

/**
 * "once dispatched, delivery takes 3–5 business days with standard shipping or 1–2 business days with
 * express shipping": each range with the method's name, never its code. When a method has no name a
 * shopper would know (or two share one), the ranges alone.
 */
function deliveryClause(ranges: readonly PolicyDeliveryRange[], locale: Locale): string {
  const days = (r: PolicyDeliveryRange) =>
    r.minDays === r.maxDays ? `${r.minDays}` : `${r.minDays}–${r.maxDays}`;
  const names = ranges.map((r) => shippingMethodName(r.method, locale));
  const named = names.every((n) => n !== undefined) && new Set(names).size === names.length;
  if (!named || ranges.length === 1) {
    const spans = [...new Set(ranges.map(days))];
    return render('policy_delivery', locale, { ranges: joinAlternatives(spans, locale) });
  }
  const phrases = ranges.map((r, i) =>
    render('delivery_range_method', locale, { days: days(r), method: names[i]! }),
  );
  return render('policy_delivery_methods', locale, { ranges: joinAlternatives(phrases, locale) });
}
