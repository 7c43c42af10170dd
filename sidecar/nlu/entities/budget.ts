import type { BudgetEntity } from '../types.js';

/**
 * An amount with an optional currency before or after it: "$50", "50 euros", "1.5k", "£30". The
 * phrases around amounts are English and French ("under $50", "moins de 50 €").
 */
const AMOUNT = String.raw`(?:(?<pre>[$€£])\s?)?(?<num>\d{1,3}(?:[,.]\d{3})+|\d+(?:[.,]\d{1,2})?)\s?(?<k>k\b)?\s?(?<post>dollars?|usd|bucks|euros?|eur|e\b|balles|€|pounds?|gbp|quid|£|\$)?`;
const SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  bucks: 'USD',
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  // « 40e max »: how a chat box writes euros.
  e: 'EUR',
  '£': 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  gbp: 'GBP',
  quid: 'GBP',
};

interface Amount {
  value: number;
  currency: string | undefined;
}

function amountOf(groups: Record<string, string | undefined>, suffix = ''): Amount | undefined {
  const rawNum = groups[`num${suffix}`];
  if (rawNum === undefined) return undefined;
  // "1,200" and "1.200" are thousands; "12.50" and "12,50" are decimals.
  const num = /[,.]\d{3}(?:\D|$)/.test(rawNum) ? rawNum.replace(/[,.]/g, '') : rawNum.replace(',', '.');
  let value = Number(num);
  if (groups[`k${suffix}`]) value *= 1000;
  const symbol = (groups[`pre${suffix}`] ?? groups[`post${suffix}`])?.toLowerCase();
  return { value, currency: symbol ? SYMBOLS[symbol] : undefined };
}

const withSuffix = (pattern: string, suffix: string): string =>
  pattern.replace(/\?<(\w+)>/g, `?<$1${suffix}>`);

const RANGE = new RegExp(
  String.raw`\b(?:between|from|entre)?\s*${withSuffix(AMOUNT, 'a')}\s*(?:and|to|et|-|–)\s*${withSuffix(AMOUNT, 'b')}`,
  'gi',
);
const MAX = new RegExp(
  String.raw`\b(?:under|below|less than|lower than|cheaper than|no more than|not more than|up to|max(?:imum)?|at most|within|budget(?: is| of)?|moins de|pas plus de|jusqu'(?:a|à)|au plus|inf(?:e|é)rieur (?:a|à)|en dessous de|budget(?: de| max(?:imum)?)?|<)\s*(?:of\s*)?${AMOUNT}`,
  'gi',
);
const MIN = new RegExp(
  String.raw`\b(?:over|above|more than|at least|min(?:imum)?|starting at|plus de|au moins|partir de|au-dessus de|>)\s*${AMOUNT}`,
  'gi',
);
const AROUND = new RegExp(
  String.raw`(?:\b(?:around|about|roughly|approx(?:imately)?|circa|ish|environ|autour de|aux alentours de)|~)\s*${AMOUNT}`,
  'gi',
);
/** "a $500 budget", "500 dollar budget", "for 300 bucks". */
const BUDGET_AFTER = new RegExp(
  String.raw`${AMOUNT}[\s-]*(?:budget|max|or less|tops|or under|maximum|grand max|au maximum|au plus)\b`,
  'gi',
);
const QUALITATIVE: ReadonlyArray<[RegExp, BudgetEntity['qualitative']]> = [
  [
    // Letter boundaries, not \b: "marché" and "économique" start or end with a non-ASCII letter.
    /(?<![\p{L}\p{N}])(?:cheap(?:est|er)?(?!\s+(?:one|ones|option|model|version))|inexpensive|affordable|budget|low[- ]cost|bargain|tight budget|(?:not|nothing|isn'?t|is not) (?:too |so |very |overly |super |that |crazy |too crazy )?(?:expensive|pricey|pricy|costly|dear|spendy)|(?:doesn'?t|does not|won'?t|will not|that won'?t|wont) (?:break|cost) (?:the bank|a fortune|an arm and a leg)|reasonably priced|(?:at|for) a (?:reasonable|decent|fair) price|pas (?:trop |tres |si |hyper |super )?ch(?:e|è)re?s?|pas (?:trop |tres |si )?(?:on(?:e|é)reu(?:x|se)s?|co(?:u|û)teu(?:x|se)s?|hors de prix)|(?:pas|sans) (?:me |nous )?ruiner|(?:à|a) (?:un )?prix (?:raisonnable|correct|doux|mini)|prix raisonnable|less expensive|(?:un peu |encore )?moins ch(?:e|è)re?s?(?!\s+(?:ailleurs|chez|sur|que|qu'|à|a)(?![\p{L}\p{N}]))|plus abordables?|bon march(?:e|é)|petits? prix|premier prix|abordables?|(?:e|é)conomiques?|petit budget)(?![\p{L}\p{N}])/iu,
    'cheap',
  ],
  [/\b(?:mid[- ]range|mid[- ]priced|moderately priced|milieu de gamme|moyen de gamme)\b/i, 'mid'],
  [
    /\b(?:high[- ]end|premium|luxury|top of the line|top[- ]end|best money can buy|haut de gamme|luxe)\b/i,
    'premium',
  ],
];

/** A price range that the amount must be introduced as; "$50" alone (a charge, a price) is no budget. */
function rangeFromMatch(
  m: RegExpMatchArray,
  kind: 'range' | 'max' | 'min' | 'around',
): BudgetEntity | undefined {
  const g = m.groups ?? {};
  if (kind === 'range') {
    const a = amountOf(g, 'a');
    const b = amountOf(g, 'b');
    if (!a || !b || b.value <= a.value) return undefined;
    // "between 100 and 200" needs the word or a currency; "2 to 3" alone is not money.
    if (!/between|from|entre/i.test(m[0]) && !a.currency && !b.currency) return undefined;
    return { min: a.value, max: b.value, currency: a.currency ?? b.currency, raw: m[0].trim() };
  }
  const a = amountOf(g);
  if (!a) return undefined;
  const base = { currency: a.currency, raw: m[0].trim() };
  if (kind === 'max') return { ...base, max: a.value };
  if (kind === 'min') return { ...base, min: a.value };
  return { ...base, min: a.value, max: a.value, approximate: true };
}

/** Units that make a number something other than money ("under 2 kg", "over 15 inch"). */
const NON_MONEY_UNIT =
  /^\s*(?:kg|g|lbs?|pounds? (?:in )?weight|inch(?:es)?|in\b|cm|mm|m\b|w\b|watts?|hours?|days?|weeks?|months?|years?|gb|tb|mah|%|people|persons?|kids?|minutes?|mins?|jours?|semaines?|mois|ans?\b|heures?|personnes?|pouces?|places?|enfants?)/i;

export function extractBudget(text: string): BudgetEntity | undefined {
  const candidates: Array<[RegExp, 'range' | 'max' | 'min' | 'around']> = [
    [RANGE, 'range'],
    [MAX, 'max'],
    [BUDGET_AFTER, 'max'],
    [AROUND, 'around'],
    [MIN, 'min'],
  ];
  for (const [re, kind] of candidates) {
    for (const m of text.matchAll(re)) {
      const after = text.slice((m.index ?? 0) + m[0].length);
      if (
        !m.groups?.pre &&
        !m.groups?.post &&
        !m.groups?.prea &&
        !m.groups?.postb &&
        NON_MONEY_UNIT.test(after)
      ) {
        continue;
      }
      const budget = rangeFromMatch(m, kind);
      if (budget) return withoutUndefined(budget);
    }
  }
  for (const [re, level] of QUALITATIVE) {
    const m = re.exec(text);
    if (m) return { qualitative: level, raw: m[0] };
  }
  return undefined;
}

function withoutUndefined(b: BudgetEntity): BudgetEntity {
  return Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)) as unknown as BudgetEntity;
}
