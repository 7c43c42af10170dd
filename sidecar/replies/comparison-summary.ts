import { attributeWords } from './fact-phrases.js';
import { formatMoney, render } from './render.js';
import type { Locale } from './templates.js';

/** A compared product as the comparison has it: live price, and attribute values by code. */
export interface ComparedProduct {
  name: string;
  price: number;
  currency: string;
  /** Attribute code → the value as Magento gives it ("11", "1.2 kg", "Black, Red"). */
  attributes: Record<string, string | readonly string[]>;
}

const LEADING_NUMBER = /^\s*(\d+(?:[.,]\d+)?)/;

function numberIn(value: string | readonly string[] | undefined): number | null {
  const text = Array.isArray(value)
    ? value.length === 1
      ? value[0]
      : undefined
    : (value as string | undefined);
  const m = text === undefined ? null : LEADING_NUMBER.exec(text);
  return m ? Number(m[1]!.replace(',', '.')) : null;
}

function textOf(value: string | readonly string[] | undefined): string {
  return Array.isArray(value) ? value.join(', ') : ((value as string | undefined) ?? '');
}

/** "Battery Life" → "battery life" in running English text; acronyms ("RAM", "USB-C") stay as they are. */
function inSentence(label: string, locale: Locale): string {
  if (locale !== 'en') return label;
  return label.replace(
    /\b([A-Z])([a-z]+)\b/g,
    (_, first: string, rest: string) => first.toLowerCase() + rest,
  );
}

/**
 * The answer before the table: for the attribute asked about (`focus`, an attribute code), which product
 * has the most of it ("Vortex 14 has the highest battery life: 11 hours."); without one, the least
 * expensive and the first number that tells the products apart. Only the products' own values are said,
 * and only when they differ (else "They have the same …"). Empty when nothing numeric compares.
 */
export function comparisonSummary(
  products: readonly ComparedProduct[],
  labels: ReadonlyMap<string, string>,
  locale: Locale,
  focus?: string,
): string {
  if (products.length < 2) return '';
  const sentences: string[] = [];
  const say = (code: string): boolean => {
    const numbers = products.map((p) => numberIn(p.attributes[code]));
    if (numbers.some((n) => n === null)) return false;
    const { label, unit } = attributeWords(labels.get(code) ?? code);
    const valueOf = (i: number) => {
      const raw = textOf(products[i]!.attributes[code]);
      return unit && /^\s*[\d.,]+\s*$/.test(raw) ? `${raw.trim()} ${unit}` : raw.trim();
    };
    const max = Math.max(...(numbers as number[]));
    const best = numbers.indexOf(max);
    if (numbers.every((n) => n === max))
      sentences.push(render('compare_same', locale, { label: inSentence(label, locale), value: valueOf(0) }));
    else
      sentences.push(
        render('compare_highest', locale, {
          name: products[best]!.name,
          label: inSentence(label, locale),
          value: valueOf(best),
        }),
      );
    return true;
  };

  if (focus !== undefined && say(focus)) return sentences.join(' ');
  const prices = products.map((p) => p.price);
  const cheapest = prices.indexOf(Math.min(...prices));
  if (new Set(prices).size > 1)
    sentences.push(
      render('compare_cheapest', locale, {
        name: products[cheapest]!.name,
        price: formatMoney(prices[cheapest]!, products[cheapest]!.currency, locale),
      }),
    );
  const codes = [...new Set(products.flatMap((p) => Object.keys(p.attributes)))].sort();
  for (const code of codes) {
    const numbers = products.map((p) => numberIn(p.attributes[code]));
    if (numbers.some((n) => n === null) || new Set(numbers).size < 2) continue;
    if (say(code)) break;
  }
  return sentences.join(' ');
}
