const UNITS: Record<string, number> = {
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const WORDS = [
  ...Object.keys(TENS),
  ...Object.keys(UNITS).filter((w) => w !== 'a' && w !== 'an'),
  'hundred',
  'and',
];

/**
 * Regex source for a number written in digits or English words ("30", "2.5", "thirty", "twenty-four",
 * "one hundred and twenty", "a", "an"). Parse a match with `parseNumber`.
 */
export const NUMBER_SOURCE = `(?:\\d+(?:[.,]\\d+)?|(?:${WORDS.filter((w) => w !== 'and').join('|')})(?:[\\s-]+(?:${WORDS.join('|')}))*|an?)`;

/**
 * The value of a number in digits or words, or null when the words are not a number. Separators are
 * read from the number itself ("1,299.00", "1.299,00", "4,50", "60.00"); only a single separator before
 * exactly three digits is ambiguous, and `decimalComma` (de/fr/…) decides it: "1.299" is 1299 there,
 * 1.299 in English.
 */
export function parseNumber(text: string, decimalComma = false): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d/.test(trimmed)) {
    const value = Number(normaliseDigits(trimmed.replace(/\s/g, ''), decimalComma));
    return Number.isFinite(value) ? value : null;
  }
  const parts = trimmed.split(/[\s-]+/).filter((p) => p !== 'and');
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const part of parts) {
    if (part in UNITS) current += UNITS[part] as number;
    else if (part in TENS) current += TENS[part] as number;
    else if (part === 'hundred') current = (current === 0 ? 1 : current) * 100;
    else return null;
  }
  total += current;
  return total;
}

function normaliseDigits(digits: string, decimalComma: boolean): string {
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    return digits.replaceAll(thousands, '').replace(decimal, '.');
  }
  const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (separator === null) return digits;
  const parts = digits.split(separator);
  if (parts.length > 2) return parts.join('');
  const thousandsSeparator = decimalComma ? '.' : ',';
  if ((parts[1] ?? '').length === 3 && separator === thousandsSeparator) return parts.join('');
  return parts.join('.');
}
