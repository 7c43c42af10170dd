import { TEMPLATES, type Locale, type TemplateKey, type TemplateSlots } from './templates.js';
import { overrideFor } from './overrides.js';
import { currentReplyContext, takeUse } from './reply-context.js';
import { statusWords } from './status-words.js';
import { VARIANTS } from './variants.js';

/** A template without slots takes none; one with slots takes exactly those (checked by the compiler). */
type SlotArgs<K extends TemplateKey> = [TemplateSlots<K>] extends [never]
  ? []
  : [slots: Record<TemplateSlots<K>, string | number>];

/**
 * Fills a template's slots with values a handler produced. Which slots a template needs is read from the
 * template by the type checker, so a missing slot fails the build instead of a customer's turn.
 *
 * Inside a reply context (`withReplyContext`, set around a chat turn) the wording is the store view's
 * merchant override when it has one, and a template said again in the same conversation rotates through
 * its approved variants (first use: the template as written). Outside one, the template as written.
 */
export function render<K extends TemplateKey>(key: K, locale: Locale, ...[slots]: SlotArgs<K>): string {
  const template = wording(key, locale);
  const values: Record<string, string | number> = slots ?? {};
  return template.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Template ${key} needs slot {${name}}`);
    // An order status is said in the reply's language, whatever the caller passed (code or label).
    return name === 'status' ? statusWords(String(value), locale) : String(value);
  });
}

/** The text a template is said with in the current reply context. */
function wording(key: TemplateKey, locale: Locale): string {
  const base: string = TEMPLATES[key][locale];
  const context = currentReplyContext();
  if (!context) return base;
  const merchant = context.store === undefined ? undefined : overrideFor(context.store, key, locale);
  const variants = VARIANTS[key]?.[locale];
  const options = merchant ?? (variants ? [base, ...variants] : undefined);
  if (!options || options.length === 0) return base;
  return options.length === 1 ? options[0]! : options[takeUse(key) % options.length]!;
}

/** `en_US` → `en`; unknown languages fall back to English. */
export function localeOf(magentoLocale: string | undefined): Locale {
  return magentoLocale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The BCP 47 tag numbers and dates are written in (and the verifier reads them in) for a reply locale. */
export function bcp47(locale: Locale): string {
  return locale === 'fr' ? 'fr-FR' : 'en-US';
}

/** Formatters by locale and currency: building one costs far more than formatting with it. */
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatMoney(amount: number, currency: string, locale: Locale): string {
  const key = `${locale} ${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(bcp47(locale), { style: 'currency', currency });
    moneyFormats.set(key, format);
  }
  return format.format(amount);
}

/**
 * An average rating out of 5 in the shopper's decimals, one digit: "4.1", « 4,1 » (the verifier reads
 * numbers in the reply's locale).
 */
export function ratingText(rating: number, locale: Locale): string {
  return new Intl.NumberFormat(bcp47(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    rating,
  );
}

export function formatDate(iso: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(bcp47(locale), {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/** Joins clauses into one sentence: "a, b and c". */
export function joinClauses(parts: readonly string[], locale: Locale): string {
  return joinList(parts, locale, 'list_and');
}

/** Joins alternatives: "a, b or c". */
export function joinAlternatives(parts: readonly string[], locale: Locale): string {
  return joinList(parts, locale, 'list_or');
}

function joinList(parts: readonly string[], locale: Locale, key: 'list_and' | 'list_or'): string {
  if (parts.length <= 1) return parts.join('');
  return render(key, locale, { rest: parts.slice(0, -1).join(', '), last: parts[parts.length - 1]! });
}
