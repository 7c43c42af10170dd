import type { Language } from './language.js';
import { words } from './tokenizer.js';

/** Who a product is for, as shops divide their catalogs. */
export const AUDIENCES = ['women', 'men', 'girls', 'boys', 'kids', 'baby', 'unisex'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Folded words that name an audience, per language (possessives are dropped by `words`). */
const LEXICON: Readonly<Partial<Record<Language, Readonly<Record<string, Audience>>>>> = {
  en: {
    women: 'women',
    woman: 'women',
    womens: 'women',
    ladies: 'women',
    lady: 'women',
    female: 'women',
    wife: 'women',
    girlfriend: 'women',
    mother: 'women',
    mom: 'women',
    men: 'men',
    man: 'men',
    mens: 'men',
    male: 'men',
    husband: 'men',
    boyfriend: 'men',
    father: 'men',
    dad: 'men',
    daughter: 'girls',
    girls: 'girls',
    girl: 'girls',
    boys: 'boys',
    boy: 'boys',
    kids: 'kids',
    kid: 'kids',
    children: 'kids',
    child: 'kids',
    baby: 'baby',
    babies: 'baby',
    infant: 'baby',
    unisex: 'unisex',
  },
  fr: {
    femme: 'women',
    femmes: 'women',
    dame: 'women',
    dames: 'women',
    homme: 'men',
    hommes: 'men',
    mari: 'men',
    copain: 'men',
    papa: 'men',
    copine: 'women',
    maman: 'women',
    fille: 'girls',
    filles: 'girls',
    garcon: 'boys',
    garcons: 'boys',
    enfant: 'kids',
    enfants: 'kids',
    bebe: 'baby',
    bebes: 'baby',
    mixte: 'unisex',
    unisexe: 'unisex',
  },
};

/**
 * Pronouns name an audience only after "for", « pour » ("a gift for her", « un cadeau pour lui »): « elle
 * est étanche ? » is about a product, not for women.
 */
const PRONOUNS: Readonly<
  Partial<Record<Language, { after: ReadonlySet<string>; words: Readonly<Record<string, Audience>> }>>
> = {
  en: { after: new Set(['for']), words: { her: 'women', him: 'men' } },
  fr: { after: new Set(['pour']), words: { elle: 'women', lui: 'men' } },
};

/**
 * The audiences a text names (`women's hoodie` → women; `gift for my husband`, `for him` → men), in the
 * language's words. None without a language Verity has a lexicon for.
 */
export function audiencesIn(text: string, language: Language | undefined): Audience[] {
  const lexicon = language === undefined ? undefined : LEXICON[language];
  if (!lexicon || language === undefined) return [];
  const pronouns = PRONOUNS[language];
  const found = new Set<Audience>();
  const said = words(text, language);
  for (const [i, word] of said.entries()) {
    // Own keys only: "constructor" is no audience.
    const audience = Object.hasOwn(lexicon, word)
      ? lexicon[word]
      : pronouns && pronouns.after.has(said[i - 1] ?? '') && Object.hasOwn(pronouns.words, word)
        ? pronouns.words[word]
        : undefined;
    if (audience) found.add(audience);
  }
  return [...found];
}

/**
 * Whether a product for `product` audiences suits a request for `wanted` ones: a product with no
 * audience, or for everyone (unisex), suits any request; adults' unisex does not make it a kids' product.
 */
export function suitsAudience(product: readonly Audience[], wanted: readonly Audience[]): boolean {
  if (product.length === 0 || wanted.length === 0) return true;
  if (product.some((a) => wanted.includes(a))) return true;
  return product.includes('unisex') && wanted.some((a) => a === 'women' || a === 'men');
}
