import type { z } from 'zod';
import type { ExpectedValueKey, policyValuesSchema } from './eval-case.js';

type Values = z.infer<typeof policyValuesSchema>;

const WORDS: Record<number, string> = {
  1: 'one',
  2: 'two',
  3: 'three',
  4: 'four',
  5: 'five',
  6: 'six',
  7: 'seven',
  10: 'ten',
  12: 'twelve',
  14: 'fourteen',
  15: 'fifteen',
  24: 'twenty-four',
  30: 'thirty',
  45: 'forty-five',
  60: 'sixty',
  90: 'ninety',
};

const num = (n: number): string =>
  WORDS[n] === undefined ? `\\b${n}\\b` : `(?:\\b${n}\\b|\\b${WORDS[n]}\\b)`;
const money = (n: number): string => {
  const [whole, cents] = n.toFixed(2).split('.') as [string, string];
  return cents === '00' ? `\\b${whole}(?:[.,]00)?\\b` : `\\b${whole}[.,]${cents}\\b`;
};
const NEG = String.raw`(?:\bno\b|\bnot\b|n't|n’t|\bne\b|\bpas\b|\baucun)`;

/**
 * Whether a reply states one expected policy value, in English or French, in digits or words. Used to
 * score policy accuracy: the reply must say every value the question is about.
 */
export function mentionsValue(reply: string, key: ExpectedValueKey, values: Values): boolean {
  const text = reply.replace(/\u00A0|\u202F/g, ' ');
  const test = (source: string) => new RegExp(source, 'i').test(text);
  switch (key) {
    case 'returnWindowDays':
      return test(`${num(values.returnWindowDays)}[\\s-]*(?:days?|jours?)`);
    case 'finalSale':
      return values.finalSale
        ? test(
            String.raw`final sale|cannot be returned|can't be returned|non-?returnable|vente (?:finale|ferme|définitive)|sans retour possible|ne peut pas être retourn|non retournable`,
          )
        : !test(String.raw`final sale|vente (?:finale|définitive)`) || test(`${NEG}[^.]{0,20}final sale`);
    case 'returnShippingFee':
      return values.returnShippingFee === 0
        ? test(String.raw`\bfree\b|gratuit|no charge|on us|at no cost`)
        : test(money(values.returnShippingFee));
    case 'restockingFeePercent':
      return values.restockingFeePercent === 0
        ? !test(String.raw`restocking fee applies|frais de remise en stock de`)
        : test(`${num(values.restockingFeePercent)}\\s?(?:%|percent)`);
    case 'exchangeAllowed':
      return values.exchangeAllowed
        ? test(
            String.raw`exchanges? (?:are|is) (?:allowed|possible|accepted)|can (?:be )?exchange|échanges sont possibles`,
          )
        : test(
            String.raw`exchanges? (?:are|is) not|no exchanges|cannot be exchanged|échanges sont impossibles|pas d.échange`,
          );
    case 'warrantyMonths': {
      const m = values.warrantyMonths;
      if (m === 0) return test(`${NEG}[^.]{0,30}(?:warranty|garantie)|(?:warranty|garantie)[^.]{0,20}${NEG}`);
      const years = m % 12 === 0 ? `|${num(m / 12)}[\\s-]*(?:years?|ans?)` : '';
      return test(`${num(m)}[\\s-]*(?:months?|mois)${years}`);
    }
    case 'priceMatch':
      return values.priceMatch
        ? test(
            String.raw`match(?:es|ing)? (?:the |a |our |their |lower )*prices?|price[- ]?match|alignons nos prix`,
          ) && !test(`${NEG}[^.]{0,25}(?:price[- ]?match|match (?:the |a )?prices?)`)
        : test(`${NEG}[^.]{0,25}(?:price[- ]?match|match (?:the |a |any )?(?:lower )?prices?|alignement)`);
    case 'freeShippingThreshold':
      return values.freeShippingThreshold === null
        ? test(String.raw`shipping is not free|no free shipping|n.est pas gratuite|livraison payante`)
        : test(money(values.freeShippingThreshold));
    case 'deliveryRanges':
      return values.deliveryRanges.every((r) => test(`\\b${r.minDays}\\s?(?:-|–|to|à)\\s?${r.maxDays}\\b`));
  }
}
