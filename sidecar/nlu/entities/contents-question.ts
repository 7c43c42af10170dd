import { foldDiacritics } from '../text.js';
import { LANGUAGES, type Language } from '../language.js';

/**
 * "what's in it?", "what was in order 3?", « qu'est-ce qu'il y a dedans ? »: a question of what
 * something holds. After an order's status, or with an order named, it asks for that order's items, not
 * a product's details (a product's own contents are asked with its name: "what's in the first aid kit?").
 * One pattern per language, over lower-cased, diacritic-folded text; a missing language does not compile.
 */
const CONTENTS: Readonly<Record<Language, RegExp>> = {
  en: /\b(?:what(?:'s|s| is| was| were)? (?:in|inside)(?: (?:it|there|that|this|the (?:order|package|parcel|box|delivery)|(?:that|this|my) (?:order|package|parcel|one)|order \S+))?$|what(?:'s|s| is| was) (?:in|inside) (?:it|there|that|this)\b|what does (?:it|that|that order|the order) (?:contain|have in it|include)|what(?: items| products| things)? (?:are|were|was|is) (?:in|inside) (?:it|there|that|this|the order|that order|order \S+)|what (?:did|do) (?:it|that one|that order) (?:contain|have)|what'?s? (?:on|in) (?:that|this|the) order)\b/,
  fr: /(?:qu'(?:est-ce qu')?il y a(?:vait)? (?:dedans|dans (?:la commande|cette commande|le colis|ce colis))|qu'y a-t-il dedans|(?:elle|il) contient quoi|(?:elle|il) contenait quoi|que contient(?:-elle|-il| la commande| cette commande| le colis)?|qu'est-ce qu'(?:elle|il) contient|qu'est-ce qu'(?:elle|il) contenait|c'est quoi dedans|qu'est-ce qui (?:est|etait) dedans|quoi dedans)/,
};

/** Whether the message asks what something holds, in any language the NLU reads (shoppers mix them). */
export function asksContents(normalized: string): boolean {
  const folded = foldDiacritics(normalized)
    .replace(/[’]/g, "'")
    .replace(/[\s?!.]+$/u, '');
  return LANGUAGES.some((language) => CONTENTS[language].test(folded));
}
