import { describe, expect, it } from 'vitest';
import { mentionsValue } from '../../../evals/value-mentions.js';

const values = {
  returnWindowDays: 30,
  returnShippingFee: 0,
  restockingFeePercent: 0,
  finalSale: false,
  exchangeAllowed: true,
  warrantyMonths: 24,
  priceMatch: false,
  priceMatchExclusions: [],
  freeShippingThreshold: 60,
  deliveryRanges: [{ method: 'flatrate', minDays: 4, maxDays: 7 }],
  currency: 'EUR',
};

describe('mentionsValue (eval scoring)', () => {
  it('reads a final sale in English and in both French phrasings the templates use', () => {
    const finalSale = { ...values, finalSale: true };
    expect(mentionsValue('This item is final sale.', 'finalSale', finalSale)).toBe(true);
    expect(
      mentionsValue(
        'Pour Déstockage, France (Français) : il s’agit d’une vente définitive, sans retour possible.',
        'finalSale',
        finalSale,
      ),
    ).toBe(true);
    expect(mentionsValue('Les retours sont acceptés dans les 30 jours.', 'finalSale', finalSale)).toBe(false);
  });

  it('does not accept a final-sale statement for a returnable product', () => {
    expect(mentionsValue('il s’agit d’une vente définitive', 'finalSale', values)).toBe(false);
    expect(mentionsValue('Returns are accepted within 30 days.', 'finalSale', values)).toBe(true);
  });

  it('reads windows and warranties in digits or words, days or jours', () => {
    expect(mentionsValue('within thirty days of delivery', 'returnWindowDays', values)).toBe(true);
    expect(mentionsValue('dans les 30 jours suivant la livraison', 'returnWindowDays', values)).toBe(true);
    expect(mentionsValue('dans les 14 jours', 'returnWindowDays', values)).toBe(false);
    expect(mentionsValue('la garantie est de 24 mois', 'warrantyMonths', values)).toBe(true);
    expect(mentionsValue('a two-year warranty', 'warrantyMonths', values)).toBe(true);
  });
});
