/**
 * Numbers as people write them, in English and French: digits with either decimal separator, or words
 * ("thirty", "twenty-four", "one hundred and twenty", "a dozen", "trente", "vingt et un",
 * "quatre-vingt-dix", "deux cents"). One reading for the NLU (quantities, "two weeks ago") and the
 * verifier (durations, amounts, stock counts). Pure.
 */

/** Words that add their value: "twenty-four" is 20 + 4, "soixante-dix" 60 + 10. */
const VALUES: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  // "six" is the same word in French.
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
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  zéro: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  // Belgian and Swiss French.
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
  'quatre-vingt': 80,
  'quatre-vingts': 80,
};
/** Words that multiply what came before them (or one): "two hundred", "deux cents", "a dozen". */
const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100,
  cent: 100,
  cents: 100,
  dozen: 12,
  couple: 2,
  pair: 2,
  douzaine: 12,
  paire: 2,
  // "About ten", "about a hundred": read as the round number, as "a couple" is read as two.
  dizaine: 10,
  centaine: 100,
};
/** Articles that stand for one right before a unit or a group word ("a month", "a dozen"). */
const ARTICLES: Readonly<Record<string, number>> = { a: 1, an: 1 };
/** Group words count only after an article: "a couple of days" is vague, "couple" alone is no number. */
const GROUP_WORDS = ['dozen', 'couple', 'pair', 'douzaine', 'paire', 'dizaine', 'centaine'];

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/-/g, String.raw`[\s-]+`))
    .join('|');
}

const WORD = `(?:${alternation([
  ...Object.keys(VALUES),
  ...Object.keys(MULTIPLIERS).filter((w) => !GROUP_WORDS.includes(w)),
])})(?![a-zà-ÿ])`;
/**
 * "and" joins only after "hundred" ("one hundred and twenty") and "et" only before un/une/onze
 * ("vingt et un"): elsewhere they join two numbers ("between two and three days").
 */
const JOINER = String.raw`(?:[\s-]+|(?<=hundred)\s+and\s+|[\s-]+et[\s-]+(?=(?:une?|onze)\b))`;

/** Regex source (no capturing groups) for a number in English or French words: "thirty", "vingt et un". */
export const NUMBER_WORDS_SOURCE = `${WORD}(?:${JOINER}${WORD})*`;

/** Regex source for "a dozen", "a couple", "a pair", "une douzaine", "une paire", "une centaine". */
export const GROUP_SOURCE = `(?:an?|une)\\s+(?:${alternation(GROUP_WORDS)})(?![a-zà-ÿ])`;

/**
 * Regex source for a number in digits or words ("30", "2.5", "thirty", "twenty-four", "trente", "a",
 * "an"). Parse a match with `parseNumber`.
 */
export const NUMBER_SOURCE = String.raw`(?:\d+(?:[.,]\d+)?|${NUMBER_WORDS_SOURCE}|an?)`;

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
  const parts = (trimmed.match(/quatre[\s-]+vingts?|[^\s-]+/g) ?? [])
    .map((p) => p.replace(/\s+/g, '-'))
    .filter((p) => p !== 'and' && p !== 'et');
  if (parts.length === 0) return null;
  let value = 0;
  for (const part of parts) {
    const add = VALUES[part] ?? ARTICLES[part];
    const times = MULTIPLIERS[part];
    if (add !== undefined) value += add;
    else if (times !== undefined) value = (value === 0 ? 1 : value) * times;
    else return null;
  }
  return value;
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
