import type { Locale } from './templates.js';

/**
 * What a good support agent never writes and a rule engine leaks: Magento's scope names and codes,
 * units in brackets, machine dates, unfilled slots, English status words in a French reply. Used by
 * the tests that scan every template and the gold-set replies, and when a merchant's override loads.
 */
export type ReplyLintCode =
  | 'scope_name'
  | 'shipping_code'
  | 'bracketed_unit'
  | 'attribute_code'
  | 'iso_date'
  | 'unfilled_slot'
  | 'english_in_french';

export interface ReplyLintFinding {
  code: ReplyLintCode;
  text: string;
}

const URL = /\bhttps?:\/\/\S+/g;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

const RULES: Array<[ReplyLintCode, RegExp]> = [
  [
    'scope_name',
    /\b(?:Default Store View|Main Website(?: Store)?|Default Store|store views?|website scope|default scope|all store views)\b/gi,
  ],
  [
    'shipping_code',
    /\b(?:flatrate|tablerate|freeshipping|instore|(?:ups|usps|fedex|dhl|flatrate|tablerate|freeshipping)_[a-z0-9_]+)\b|\((?:express|standard|custom|ups|usps|fedex|dhl)\)/gi,
  ],
  [
    'bracketed_unit',
    /\((?:hours?|hrs?|h|min|mins|minutes?|s|ms|mm|cm|m|km|in|inch(?:es)?|ft|kg|g|lbs?|oz|W|kW|V|mAh|Wh|GB|TB|MB|GHz|Hz|MP|dB|L|ml|°C|°F|%|days?|months?|years?|inches|pieces?|pcs)\)/gi,
  ],
  // `battery_life`, `color_code`: Magento attribute codes. Words joined by an underscore are not prose.
  ['attribute_code', /(?<![\w/.=?&-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g],
  ['iso_date', /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?\b/g],
  ['unfilled_slot', /\{[a-z_]+\}/g],
];

const GENERIC_SCOPE = new RegExp(RULES[0]![1].source, 'i');

/** Magento's status codes and English order words, out of place in a French sentence. */
const ENGLISH_IN_FRENCH =
  /\b(?:complete|pending|processing|canceled|cancelled|holded|closed|shipped|delivered|payment review|on hold)\b/gi;

export interface ReplyLintOptions {
  /**
   * The store's own scope labels (store view and website names: "France (Français)", "Europe Website"),
   * flagged as scope names too. A store group's name is the store's name and belongs in replies.
   */
  scopeNames?: readonly string[];
}

/** Every finding in a reply (URLs and email addresses are values, not prose, and are skipped). */
export function lintReply(text: string, locale: Locale, options: ReplyLintOptions = {}): ReplyLintFinding[] {
  const prose = text.replace(URL, (u) => ' '.repeat(u.length)).replace(EMAIL, (e) => ' '.repeat(e.length));
  const findings: ReplyLintFinding[] = [];
  // Names the generic rule already finds ("Default Store View") are not counted twice.
  for (const name of options.scopeNames ?? [])
    if (name.trim() !== '' && prose.includes(name) && !GENERIC_SCOPE.test(name))
      findings.push({ code: 'scope_name', text: name });
  for (const [code, pattern] of RULES)
    for (const m of prose.matchAll(pattern)) findings.push({ code, text: m[0] });
  if (locale === 'fr')
    for (const m of prose.matchAll(ENGLISH_IN_FRENCH))
      findings.push({ code: 'english_in_french', text: m[0] });
  return findings;
}
