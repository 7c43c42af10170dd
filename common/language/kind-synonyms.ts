import type { Language } from './language.js';
import { stem } from './stemmer.js';
import { foldWord } from './tokenizer.js';

/**
 * Everyday words for a kind of product and the words shops name that kind by: a shopper asks for a
 * "coat" or a « manteau » where a catalog lists jackets, parkas, « vestes » and « doudounes ». GloVe
 * knows some of these pairs in English (coat–jacket 0.72) but none in French (« manteau » is no word
 * of its vocabulary), and a word can have other senses in a store's texts ("coated"), so the pairs are
 * written down per language, like the stop words: each shopper's word (folded) → the shop's words.
 * Directional: a jacket is a coat to a shopper, a coat is not always a jacket to a shop.
 */
const KIND_SYNONYMS: Readonly<Partial<Record<Language, Readonly<Record<string, string>>>>> = {
  en: {
    coat: 'jacket parka anorak',
    overcoat: 'jacket parka',
    raincoat: 'jacket',
    anorak: 'jacket parka',
    windbreaker: 'jacket',
    puffer: 'jacket parka',
    trainers: 'sneaker shoe runner',
    sneakers: 'sneaker shoe',
    jumper: 'sweater pullover hoodie',
    pullover: 'sweater hoodie',
    sweatshirt: 'hoodie sweater',
    tshirt: 'tee',
    powerbank: 'charger',
    sofa: 'couch',
    couch: 'sofa',
  },
  fr: {
    manteau: 'veste doudoune parka blouson',
    blouson: 'veste doudoune',
    anorak: 'veste parka',
    imper: 'veste',
    impermeable: 'veste',
    baskets: 'basket chaussure',
    godasses: 'chaussure basket',
    tshirt: 't-shirt',
    teeshirt: 't-shirt',
    ordi: 'ordinateur',
  },
};

interface Alternatives {
  /** The shop's words, folded, to search with. */
  words: readonly string[];
  /** Their stems: a product named by one of them is of the kind asked for. */
  stems: readonly string[];
}

const BY_STEM = new Map<Language, ReadonlyMap<string, Alternatives>>(
  (Object.entries(KIND_SYNONYMS) as [Language, Record<string, string>][]).map(([language, table]) => [
    language,
    new Map(
      Object.entries(table).map(([word, list]) => {
        const shop = list.split(' ').map(foldWord);
        return [
          stem(foldWord(word), language),
          { words: shop, stems: shop.map((w) => stem(w.replace(/-/g, ''), language)) },
        ];
      }),
    ),
  ]),
);

/**
 * The shop's words for the kind a folded word names ("coat" → jacket, parka, anorak), matched by the
 * word's stem ("coats"); empty for a word with none.
 */
export function kindSynonyms(word: string, language: Language | undefined): readonly string[] {
  return language === undefined ? [] : (BY_STEM.get(language)?.get(stem(word, language))?.words ?? []);
}

/** The stems of the shop's words for a kind given by its stem (`coat` → `jacket`, `parka`, `anorak`). */
export function kindSynonymStems(term: string, language: Language | undefined): readonly string[] {
  return language === undefined ? [] : (BY_STEM.get(language)?.get(term)?.stems ?? []);
}
