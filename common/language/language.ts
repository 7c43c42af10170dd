/**
 * The languages Verity analyses text in: each has a Snowball stemmer and a stop-word list
 * (`stemmer.ts`, `stopwords.ts`), so adding one here without both fails to compile.
 */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language of a Magento locale (`fr_FR`, `en-US`, `pt_BR`), or undefined when Verity has no
 * stemmer and stop words for it: callers then analyse text without either rather than with the
 * wrong language's.
 */
export function languageOfLocale(locale: string): Language | undefined {
  const code = locale.trim().toLowerCase().split(/[_-]/)[0] ?? '';
  return isLanguage(code) ? code : undefined;
}
