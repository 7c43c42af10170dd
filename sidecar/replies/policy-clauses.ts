import type { PolicyValues } from '../policy/policy-types.js';
import { formatMoney, joinClauses, render } from './render.js';
import type { Locale } from './templates.js';

export const POLICY_TOPICS = ['returns', 'fees', 'exchange', 'warranty', 'price_match', 'shipping'] as const;
export type PolicyTopic = (typeof POLICY_TOPICS)[number];

/**
 * The template clauses that state a policy's values for the topics asked about, in the order asked,
 * each said once. Every number and amount comes from `values`; a final-sale item gets no fee clauses.
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
          render('policy_exchange', locale, {
            allowed: v.exchangeAllowed
              ? locale === 'fr'
                ? 'possibles'
                : 'allowed'
              : locale === 'fr'
                ? 'impossibles'
                : 'not allowed',
          }),
        );
        break;
      case 'warranty':
        clauses.push(
          v.warrantyMonths > 0
            ? render('policy_warranty', locale, { months: v.warrantyMonths })
            : render('policy_no_warranty', locale),
        );
        break;
      case 'price_match': {
        const exclusions =
          v.priceMatchExclusions.length > 0
            ? `${locale === 'fr' ? ', sauf ' : ', except '}${joinClauses(v.priceMatchExclusions, locale)}`
            : '';
        clauses.push(
          v.priceMatch
            ? render('policy_price_match', locale, { exclusions })
            : render('policy_no_price_match', locale),
        );
        break;
      }
      case 'shipping':
        clauses.push(
          v.freeShippingThreshold !== null
            ? render('policy_free_shipping', locale, { threshold: money(v.freeShippingThreshold) })
            : render('policy_no_free_shipping', locale),
        );
        if (v.deliveryRanges.length > 0) {
          const ranges = joinClauses(
            v.deliveryRanges.map((r) => `${r.minDays}–${r.maxDays} (${r.method})`),
            locale,
          );
          clauses.push(render('policy_delivery', locale, { ranges }));
        }
        break;
    }
  }
  return [...new Set(clauses)];
}
