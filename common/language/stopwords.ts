import { stopwords as dutch } from '@orama/stopwords/dutch';
import { stopwords as english } from '@orama/stopwords/english';
import { stopwords as french } from '@orama/stopwords/french';
import { stopwords as german } from '@orama/stopwords/german';
import { stopwords as italian } from '@orama/stopwords/italian';
import { stopwords as portuguese } from '@orama/stopwords/portuguese';
import { stopwords as spanish } from '@orama/stopwords/spanish';
import type { Language } from './language.js';
import { stem } from './stemmer.js';
import { foldWord } from './tokenizer.js';

/**
 * Words a shopper adds to a request that say nothing about the product ("I need something…",
 * "je cherche…"), on top of the language's function words.
 */
const REQUEST_WORDS: Readonly<Partial<Record<Language, string>>> = {
  en: 'need want looking look something anything somethin anythin please pls plz show find get buy',
  // Chat spellings too: « jcherche », « jveux », « slt » (salut), « pr » (pour).
  fr: 'besoin veux voudrais cherche recherche chose quelque trouver montrer montrez acheter svp jcherche jveux jvoudrais jaimerais slt pr',
};

/**
 * Words of asking and joining that are no kind of product ("vous vendez des bonnets ?", "pis des
 * mitaines ?"), for finding the kind asked for (a store's policy pages say "nous vendons", so `vend`
 * is a store word). Not stop words: the language's analysis and the NLU keep them.
 */
const ASKING_WORDS: Readonly<Partial<Record<Language, string>>> = {
  en: 'sell sells selling got then also',
  fr: 'vendez vends vend vendre proposez proposer faut faudrait ya puis pis aussi alors',
};
const ASKING = new Map<Language, ReadonlySet<string>>(
  (Object.entries(ASKING_WORDS) as [Language, string][]).map(([language, list]) => [
    language,
    new Set(list.split(' ').map(foldWord)),
  ]),
);

/** Whether a folded word asks or joins ("vendez", "pis") rather than names a product; see `ASKING_WORDS`. */
export function isAskingWord(word: string, language: Language | undefined): boolean {
  return language !== undefined && (ASKING.get(language)?.has(word) ?? false);
}

/**
 * Words of the conversation around a purchase (hoping for help, what was bought or ordered, how many
 * months ago, whether it is covered, reviews): searched like any word, but they describe no product,
 * so they are never quoted back as a property the products shown lack ("None of these is described as
 * hoping, help, bought…"). Folded word forms, as written.
 */
const TALK_WORDS: Readonly<Partial<Record<Language, string>>> = {
  en:
    'hope hoping hoped help helping thanks thank hi hey hello yo bought buying ordered order orders number ' +
    'different same month months week weeks day days year years ago died dead broke broken stopped working ' +
    'covered review reviews rated rating opinion good great nice best better decent stuff thing things ' +
    'item items product products guy girl like likes liked love loves maybe idea ideas much many price cost costs ' +
    'available availability stock',
  fr:
    'espere esperais aide aider merci bonjour salut slt achete achetee commande commandee numero different ' +
    'meme mois semaine semaines jour jours an ans annee annees mort morte casse cassee couvert ' +
    'couverte avis note bon bonne meilleur meilleure bien truc trucs machin produit produits article ' +
    'articles genre aime adore peut-etre idee idees combien prix coute coutent disponible disponibles dispo ' +
    'stock encore savez savoir sais dire fois si',
};
const TALK = new Map<Language, ReadonlySet<string>>(
  (Object.entries(TALK_WORDS) as [Language, string][]).map(([language, list]) => [
    language,
    new Set(list.split(' ').map(foldWord)),
  ]),
);

/** Whether a folded word is talk around a purchase rather than a property of a product; see `TALK_WORDS`. */
export function isTalkWord(word: string, language: Language | undefined): boolean {
  return language !== undefined && (TALK.get(language)?.has(word) ?? false);
}

/**
 * Nouns that say why a product is wanted, not what it is: "a gift for my dad who likes camping" asks
 * for camping things. They are searched like any word (a store's "Tech Gifts" category), but are no
 * kind of product a result must be.
 */
const PURPOSE_WORDS: Readonly<Partial<Record<Language, string>>> = {
  en: 'gift present idea suggestion',
  fr: 'cadeau idée suggestion',
};
const PURPOSE_STEMS = new Map<Language, ReadonlySet<string>>(
  (Object.entries(PURPOSE_WORDS) as [Language, string][]).map(([language, list]) => [
    language,
    new Set(list.split(' ').map((w) => stem(foldWord(w), language))),
  ]),
);

/** Whether a stemmed word names a purpose ("gift", "cadeau"), not a kind of product. */
export function isPurposeWord(term: string, language: Language | undefined): boolean {
  return language !== undefined && (PURPOSE_STEMS.get(language)?.has(term) ?? false);
}

/**
 * Function words that are also product words in a shop: `down` (a down jacket), French `été`
 * (summer, and a form of "to be"). Kept as words.
 */
const PRODUCT_WORDS: Readonly<Partial<Record<Language, string>>> = {
  en: 'down',
  fr: 'été',
};

const LISTS: Readonly<Record<Language, readonly string[]>> = {
  en: english,
  fr: french,
  de: german,
  es: spanish,
  it: italian,
  nl: dutch,
  pt: portuguese,
};

const STOPWORDS = new Map<Language, ReadonlySet<string>>(
  (Object.keys(LISTS) as Language[]).map((language) => [language, buildList(language)]),
);

function buildList(language: Language): ReadonlySet<string> {
  const kept = new Set((PRODUCT_WORDS[language] ?? '').split(' ').map(foldWord));
  const list = [...LISTS[language], ...(REQUEST_WORDS[language] ?? '').split(' ')]
    // Contractions would fold into other words once the apostrophe goes ("she'll" → "shell").
    .filter((word) => word !== '' && !/['’]/.test(word))
    .map(foldWord)
    .filter((word) => !kept.has(word));
  return new Set(list);
}

/** Whether a folded word (`words()` output) is a stop word of the language; none without a language. */
export function isStopword(word: string, language: Language | undefined): boolean {
  return language !== undefined && (STOPWORDS.get(language)?.has(word) ?? false);
}
