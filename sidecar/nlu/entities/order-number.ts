import type { OrderNumberEntity } from '../types.js';

/**
 * Magento increment ids are strings of digits, usually zero-padded to 9 (`000000123`) and prefixed per
 * store (`1000000045`, `2000000123`). A number counts as an order number when it is introduced as one
 * ("order 123", "order no. 123", "#123") or when it has the increment-id shape on its own.
 */
const INTRODUCED =
  /\b(?:order|ordr|oder|purchase)\s*(?:(?:number|no\.?|num|nr\.?|id|ref(?:erence)?)\s*)?(?:is\s+)?[:#]?\s*(\d{3,12})\b/gi;
const HASHED = /(?<![\w$€£])#\s?(\d{3,12})\b/g;
const BARE = /(?<![\w$€£.,#-])(\d{9,10})(?![\w.,]?\d)/g;

/** Zero-padded, or a store prefix followed by a run of zeros: how increment ids look unannounced. */
function looksLikeIncrementId(digits: string): boolean {
  return digits.startsWith('0') || /^[1-9]0{3,}/.test(digits);
}

export function extractOrderNumbers(text: string): OrderNumberEntity[] {
  const found = new Map<number, OrderNumberEntity>();
  const add = (m: RegExpMatchArray, digits: string): void => {
    const start = (m.index ?? 0) + m[0].lastIndexOf(digits);
    if (!found.has(start))
      found.set(start, { value: digits, raw: m[0].trim(), start, end: start + digits.length });
  };
  for (const m of text.matchAll(INTRODUCED)) if (m[1]) add(m, m[1]);
  for (const m of text.matchAll(HASHED)) if (m[1]) add(m, m[1]);
  for (const m of text.matchAll(BARE)) if (m[1] && looksLikeIncrementId(m[1])) add(m, m[1]);
  return [...found.values()].sort((a, b) => a.start - b.start);
}
