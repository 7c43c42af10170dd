import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import type { Language } from './language.js';
import { foldDiacritics } from './tokenizer.js';

/** Snowball stemmers (Orama's ports), one per language. */
const STEMMERS: Readonly<Record<Language, (word: string) => string>> = {
  en: english,
  fr: french,
  de: german,
  es: spanish,
  it: italian,
  nl: dutch,
  pt: portuguese,
};

/**
 * The stem of a folded word (`jogging` → `jog`, `visibility` → `visibl`, `vestes` → `vest`). The
 * stemmer sees the word without accents, so `randonnée` and `randonnee` get one stem whatever the
 * shopper typed. Numbers, words with digits and words of one or two letters are kept as they are;
 * without a language (a store view Verity has no stemmer for) every word is its own stem.
 */
export function stem(word: string, language: Language | undefined): string {
  if (language === undefined || word.length <= 2 || /\d/.test(word)) return word;
  const cache = CACHES[language];
  const known = cache.get(word);
  if (known !== undefined) return known;
  // Some stemmers write accents back into a stem (Spanish, Portuguese); stems compare folded.
  const stemmed = foldDiacritics(STEMMERS[language](word));
  // A catalog's vocabulary is small next to its text: most words are stemmed once. Bounded so a
  // stream of odd words cannot grow it without end.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, stemmed);
  return stemmed;
}

const CACHE_LIMIT = 200_000;
const CACHES = Object.fromEntries(
  (Object.keys(STEMMERS) as Language[]).map((language) => [language, new Map<string, string>()]),
) as Record<Language, Map<string, string>>;
