import { describe, expect, it } from 'vitest';
import type { PolicyValues } from '../../../sidecar/policy/policy-types.js';
import { POLICY_TOPICS, policyClauses, shippingMethodName } from '../../../sidecar/replies/policy-clauses.js';
import { lintReply } from '../../../sidecar/replies/reply-lint.js';

const values: PolicyValues = {
  returnWindowDays: 30,
  returnShippingFee: 0,
  restockingFeePercent: 0,
  finalSale: false,
  exchangeAllowed: false,
  warrantyMonths: 12,
  priceMatch: true,
  priceMatchExclusions: ['clearance', 'marketplace sellers'],
  freeShippingThreshold: 50,
  deliveryRanges: [
    { method: 'flatrate', minDays: 3, maxDays: 5 },
    { method: 'express', minDays: 1, maxDays: 2 },
  ],
  currency: 'USD',
};

describe('policy clauses in plain words', () => {
  it('states a restocking fee with the return window, once even when fees are asked too', () => {
    const laptops = { ...values, restockingFeePercent: 15 };
    expect(policyClauses(laptops, ['returns'], 'en')).toEqual([
      'returns are accepted within 30 days of delivery',
      'a 15% restocking fee applies',
    ]);
    expect(
      policyClauses(laptops, ['returns', 'fees'], 'en').filter((c) => c.includes('restocking')),
    ).toHaveLength(1);
    expect(policyClauses({ ...laptops, finalSale: true }, ['returns'], 'en').join(' ')).not.toMatch(
      /restocking/,
    );
    expect(policyClauses(values, ['returns'], 'en')).toHaveLength(1);
  });

  it('names shipping methods, never their codes', () => {
    expect(policyClauses(values, ['shipping'], 'en')).toEqual([
      'shipping is free on orders from $50.00',
      'once dispatched, delivery takes 3–5 business days with standard shipping or 1–2 business days with express shipping',
    ]);
    expect(policyClauses(values, ['shipping'], 'fr')[1]).toBe(
      'après expédition, comptez 3–5 jours ouvrés en livraison standard ou 1–2 jours ouvrés en livraison express',
    );
  });

  it('gives the ranges alone when a method has no name a shopper knows', () => {
    const custom = {
      ...values,
      deliveryRanges: [{ method: 'owsh1', minDays: 2, maxDays: 4 }, values.deliveryRanges[1]!],
    };
    expect(policyClauses(custom, ['shipping'], 'en')[1]).toBe(
      'delivery takes 2–4 or 1–2 business days after dispatch',
    );
    expect(shippingMethodName('ups_GND', 'en')).toBe('UPS');
    expect(shippingMethodName('tablerate_bestway', 'fr')).toBe('livraison standard');
    expect(shippingMethodName('owsh1', 'en')).toBeUndefined();
  });

  it('words exchanges and exclusions from the table, in both languages, with nothing to flag', () => {
    expect(policyClauses(values, ['exchange', 'price_match'], 'en')).toEqual([
      'exchanges are not possible',
      'we match prices, except clearance and marketplace sellers',
    ]);
    for (const locale of ['en', 'fr'] as const)
      for (const clause of policyClauses(values, POLICY_TOPICS, locale))
        expect(lintReply(clause, locale), clause).toEqual([]);
  });
});
