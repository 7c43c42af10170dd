import { TEMPLATES, type Locale, type TemplateKey } from './templates.js';

/** Fills a template's slots. A missing slot is a programmer error: better a crash in tests than a hole in a reply. */
export function render(
  key: TemplateKey,
  locale: Locale,
  slots: Record<string, string | number> = {},
): string {
  const template: string = TEMPLATES[key][locale];
  return template.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`Template ${key} needs slot {${name}}`);
    return String(value);
  });
}

/** `en_US` → `en`; unknown languages fall back to English. */
export function localeOf(magentoLocale: string | undefined): Locale {
  return magentoLocale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-US', { style: 'currency', currency }).format(
    amount,
  );
}

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(iso));
}

/** Joins clauses into one sentence: "a, b and c". */
export function joinClauses(parts: readonly string[], locale: Locale): string {
  if (parts.length <= 1) return parts.join('');
  const and = locale === 'fr' ? ' et ' : ' and ';
  return `${parts.slice(0, -1).join(', ')}${and}${parts[parts.length - 1]}`;
}
