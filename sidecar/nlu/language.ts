/** The languages the labeled set covers; a message in another language is read as English. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Function words and the short social words a message in one language nearly always has. Folded
 * (no diacritics), as `words()` returns them; words both languages use ("on", "a", "son") are left out.
 */
const MARKERS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(
    'the an is are i you my your to of and for in it do does can what how where when with this that have has me please will would could was be am not there'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les un une des du de d l j qu est et je tu vous nous il elle ils pour avec sur dans pas ne n mon ma mes votre vos ton ta tes quel quelle quels quelles combien comment pourquoi quand ou qui que ce cette ces c au aux y oui non merci bonjour bonsoir salut puis peux peut pouvez avez ai suis sont mais tres ca cela moi toi svp stp il plait'.split(
      ' ',
    ),
  ),
};

/**
 * The message's language by its function words (French only when it has more French than English
 * ones): enough to pick a stemmer. A message without any ("ok", "Raptor X15") is read as English,
 * whose stemmer only strips what French and English share (plural -s, final -e).
 */
export function detectLanguage(words: readonly string[]): Language {
  let fr = 0;
  let en = 0;
  for (const w of words) {
    if (MARKERS.fr.has(w)) fr++;
    if (MARKERS.en.has(w)) en++;
  }
  return fr > en ? 'fr' : 'en';
}
