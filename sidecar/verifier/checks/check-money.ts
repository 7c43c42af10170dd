import { cents, type FactIndex } from '../fact-index.js';
import { NUMBER_SOURCE, parseNumber } from '../../nlu/number-words.js';
import { nearestTopic, type Sentence } from '../text/sentences.js';
import type { CheckedClaim, VerifyOptions } from '../verifier-types.js';
import { claimAt, matchAll } from './claim.js';

const SYMBOLS: Record<string, string[]> = {
  $: ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN'],
  US$: ['USD'],
  CA$: ['CAD'],
  A$: ['AUD'],
  '€': ['EUR'],
  '£': ['GBP'],
  '¥': ['JPY', 'CNY'],
  '₹': ['INR'],
};
const WORD_CURRENCIES: Record<string, string[]> = {
  dollar: ['USD', 'CAD', 'AUD', 'NZD'],
  buck: ['USD', 'CAD', 'AUD'],
  euro: ['EUR'],
  pound: ['GBP'],
  cent: ['USD', 'EUR', 'CAD', 'AUD'],
};
const CODES = 'USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|SEK|NOK|DKK|PLN|INR|CNY|MXN';
const AMOUNT = String.raw`\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const SYMBOL = String.raw`US\$|CA\$|A\$|\$|€|£|¥|₹`;

/**
 * An amount stands on its own: not glued to letters or digits before it, nor to digits after it. Inside
 * an identifier ("ticket A7863CAD", "SKU-1500USD") there is no amount: "7863CAD" is not 7,863 dollars.
 */
const STANDALONE = String.raw`(?<![A-Za-zÀ-ÿ\d_])`;
const MONEY = new RegExp(
  [
    String.raw`(?<sym>${SYMBOL})\s?(?<a1>${AMOUNT})(?!\d)`,
    String.raw`${STANDALONE}(?<a2>${AMOUNT})\s?(?<sym2>€|£)`,
    String.raw`\b(?<code>${CODES})\s?(?<a3>${AMOUNT})(?![A-Za-zÀ-ÿ\d_])`,
    String.raw`${STANDALONE}(?<a4>${AMOUNT})\s?(?<code2>${CODES})\b`,
    String.raw`\b(?<a5>${NUMBER_SOURCE})\s(?<word>dollar|buck|euro|pound|cent)s?\b`,
  ].join('|'),
  'gi',
);
const PERCENT = new RegExp(String.raw`\b(${NUMBER_SOURCE})\s?(?:%|percent\b|per cent\b)`, 'gi');

const TOPICS = {
  returnFee:
    /return (?:shipping|label|fee|postage)|ship (?:it|them|the item) back|to return|le retour|retour coûte/,
  // A clause about free shipping states the threshold ("shipping is free on orders from $50").
  threshold:
    /free (?:shipping|delivery)|(?:shipping|delivery) is free|ships free|livraison (?:est )?gratuite|livraison offerte/,
};

function decimalComma(locale: string): boolean {
  return /^(?:de|fr|es|it|nl|pt|pl|sv|da|nb|fi|cs|tr|ru)\b/i.test(locale);
}

/**
 * Money ("$5.99", "€10", "10 EUR", "five dollars") and percentages: each amount must be one the turn's
 * facts hold (a fee, threshold, price, order total, action amount), in the store's currency; a return
 * fee must be the policy's fee and a free-shipping threshold the policy's threshold.
 */
export function checkMoney(sentence: Sentence, index: FactIndex, options: VerifyOptions): CheckedClaim[] {
  const out: CheckedClaim[] = [];
  for (const m of matchAll(sentence, MONEY)) {
    const g = m.groups ?? {};
    const raw = g.a1 ?? g.a2 ?? g.a3 ?? g.a4 ?? g.a5 ?? '';
    const word = g.word?.toLowerCase();
    if (word !== undefined && /^an?$/i.test(raw)) continue;
    let amount = parseNumber(raw.replace(/\s/g, ''), decimalComma(options.locale));
    if (amount === null) continue;
    if (word === 'cent') amount /= 100;
    const currencies =
      g.sym !== undefined
        ? (SYMBOLS[g.sym.toUpperCase()] ?? [])
        : g.sym2 !== undefined
          ? (SYMBOLS[g.sym2] ?? [])
          : (g.code ?? g.code2) !== undefined
            ? [(g.code ?? g.code2 ?? '').toUpperCase()]
            : (WORD_CURRENCIES[word ?? ''] ?? []);
    const reading = `${amount} ${currencies.join('/')}`;
    if (!currencies.includes(options.currency.toUpperCase())) {
      out.push(
        claimAt(sentence, m.index, m[0].length, 'money', reading, {
          code: 'currency_mismatch',
          message: `"${m[0]}" is not in the store currency ${options.currency}.`,
        }),
      );
      continue;
    }
    const value = cents(amount);
    const topic = nearestTopic(sentence.text, m.index, TOPICS, m.index + m[0].length);
    const allowed =
      topic === 'returnFee'
        ? index.returnFeesCents
        : topic === 'threshold'
          ? index.thresholdsCents
          : index.amountsCents;
    const supported = allowed.has(value);
    out.push(
      claimAt(
        sentence,
        m.index,
        m[0].length,
        'money',
        `${reading}${topic === null ? '' : ` (${topic})`}`,
        supported
          ? undefined
          : {
              code: 'unsupported_amount',
              message: `"${m[0]}" matches no ${topic ?? 'amount'} in the facts.`,
            },
      ),
    );
  }
  for (const m of matchAll(sentence, PERCENT)) {
    const value = parseNumber(m[1] ?? '', decimalComma(options.locale));
    if (value === null) continue;
    out.push(
      claimAt(
        sentence,
        m.index,
        m[0].length,
        'percent',
        `${value}%`,
        index.restockingPercents.has(value) || index.attributePercents.has(value)
          ? undefined
          : { code: 'unsupported_percent', message: `"${m[0]}" matches no percentage in the policy.` },
      ),
    );
  }
  return out;
}
