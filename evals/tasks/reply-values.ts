/**
 * Values a reply states, as the task suite reads them back: money amounts in English or French
 * formats, order numbers and tracking numbers. Pure.
 */

const NUMBER = String.raw`\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const SYMBOL = String.raw`[$€£]|\b(?:USD|EUR|GBP)\b`;
const MONEY = new RegExp(String.raw`(?:(?:${SYMBOL})\s?(${NUMBER}))|(?:(${NUMBER})\s?(?:${SYMBOL}))`, 'gi');
const BARE_DECIMAL = /(?<![\d.,])(\d{1,3}(?:[,\u00A0\u202F ]\d{3})*[.,]\d{2}|\d+[.,]\d{2})(?![\d.,]*\d)/g;

/** "1,449.00" → 1449, "1 449,00" → 1449, "59,98" → 59.98, "1,449" → 1449. */
export function parseAmount(raw: string): number {
  const compact = raw.replace(/[\s\u00A0\u202F]/g, '');
  const last = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  if (last === -1) return Number(compact);
  const decimals = compact.slice(last + 1);
  const whole = compact.slice(0, last).replace(/[.,]/g, '');
  return decimals.length === 3 ? Number(whole + decimals) : Number(`${whole}.${decimals}`);
}

/** Amounts written with a currency: "$1,449.00", "€59.98", "59,98 €", "1 449,00 €", "USD 12.50". */
export function moneyMentions(text: string): number[] {
  return [...text.matchAll(MONEY)].map((m) => parseAmount((m[1] ?? m[2]) as string));
}

/** Amounts with a currency or with two decimals ("Total: 59.98"), for facts a reply must state. */
export function amountMentions(text: string): number[] {
  return [
    ...moneyMentions(text),
    ...[...text.matchAll(BARE_DECIMAL)].map((m) => parseAmount(m[1] as string)),
  ];
}

/** Amounts compared in cents. */
export const cents = (amount: number): number => Math.round(amount * 100);

/** Magento increment ids in a text (9 or 10 digits). */
export function orderNumberMentions(text: string): string[] {
  return [...text.matchAll(/(?<!\w)(\d{9,10})(?!\w)/g)].map((m) => m[1] as string);
}

/**
 * Carrier tracking numbers (UPS 1Z…, DHL JD…, 12–22 digits) in a text; not the last group of an id
 * ("reference 369eb8ad-…-001234567890", all digits about once in 300 random ids).
 */
export function trackingMentions(text: string): string[] {
  return [...text.matchAll(/(?<![\w-])(1Z[0-9A-Z]{8,}|JD\d{8,}|\d{12,22})\b/g)].map((m) => m[1] as string);
}
