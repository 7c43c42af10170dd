import type { FactIndex } from '../fact-index.js';
import { NUMBER_SOURCE, parseNumber } from '../../nlu/number-words.js';
import { negatedBefore, type Sentence } from '../text/sentences.js';
import type { StockStatus } from '../turn-facts.js';
import type { CheckedClaim } from '../verifier-types.js';
import { claimAt, matchAll } from './claim.js';

const COUNT = new RegExp(
  String.raw`\b(?:only |just )?(${NUMBER_SOURCE})\s+(?:units?\s+|pieces?\s+|items?\s+|left\s+)?(?:left|remaining|in stock|available)\b`,
  'gi',
);
const STATUS: Array<[RegExp, StockStatus | 'restock']> = [
  [
    /\b(?:will be |should be |is expected )?back in stock\b|\brestock(?:ed|ing)? (?:soon|next|by|on|in)\b/gi,
    'restock',
  ],
  [/\bout of stock\b|\bsold out\b|\bunavailable\b/gi, 'out_of_stock'],
  [/\bon backorder\b|\bbackorder(?:ed)?\b/gi, 'backorder'],
  [
    /\bin stock\b|\bavailable (?:now|to order|for purchase|to ship)\b|\bready to ship\b|\bships? (?:right away|immediately)\b/gi,
    'in_stock',
  ],
];

/** Stock claims ("in stock", "sold out", "only 3 left", "back in stock soon") against live product facts. */
export function checkStock(sentence: Sentence, index: FactIndex): CheckedClaim[] {
  const products = index.facts.products;
  const out: CheckedClaim[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of matchAll(sentence, COUNT)) {
    const n = parseNumber(m[1] ?? '');
    if (n === null || /^an?$/i.test(m[1] ?? '')) continue;
    taken.push([m.index, m.index + m[0].length]);
    const ok = products.some((p) => p.qty === n && p.stockStatus === 'in_stock');
    out.push(
      claimAt(
        sentence,
        m.index,
        m[0].length,
        'stock',
        `${n} in stock`,
        ok
          ? undefined
          : {
              code: 'unsupported_stock',
              message: `"${m[0]}" matches no product's salable quantity.`,
            },
      ),
    );
  }
  for (const [pattern, status] of STATUS) {
    for (const m of matchAll(sentence, pattern)) {
      if (taken.some(([s, e]) => m.index < e && m.index + m[0].length > s)) continue;
      taken.push([m.index, m.index + m[0].length]);
      const negated = negatedBefore(sentence.text, m.index);
      const effective: StockStatus | 'restock' =
        negated && status === 'in_stock'
          ? 'out_of_stock'
          : negated && status === 'out_of_stock'
            ? 'in_stock'
            : status;
      const ok = effective !== 'restock' && products.some((p) => p.stockStatus === effective);
      out.push(
        claimAt(
          sentence,
          m.index,
          m[0].length,
          'stock',
          effective,
          ok
            ? undefined
            : {
                code: 'unsupported_stock',
                message:
                  effective === 'restock'
                    ? `"${m[0]}" promises a restock no fact supports.`
                    : `"${m[0]}" is not the stock status of any product in the facts.`,
              },
        ),
      );
    }
  }
  return out;
}
