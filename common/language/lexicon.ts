import type { Language } from './language.js';
import { stem } from './stemmer.js';
import { foldWord } from './tokenizer.js';

/**
 * The words of a language (a Hunspell dictionary), to tell a typo ("jaket") from a real word the store
 * does not use ("show", "wife", "trip"): only the first may be corrected into a store word. Without
 * this, "show me some jackets" searched "shoe" too and ranked shoes among the jackets.
 */
export interface Lexicon {
  /** Whether a folded word (lower case, no accents) is a word of the language, inflected or not. */
  has(word: string): boolean;
}

const loading = new Map<Language, Promise<Lexicon | undefined>>();

/**
 * The lexicon of a language, loaded once per process on first use; undefined for a language without a
 * dictionary here (its words are then all treated as unknown, as before). English: Hunspell through
 * `nspell` (affixes applied exactly; about 1.7 s and 16 MB to load). French: `nspell` would take 20 s and
 * 460 MB to expand the French affix rules, so a French word counts as known when its Snowball stem is the
 * stem of a dictionary entry ("ordis" → "ordi").
 */
export function loadLexicon(language: Language | undefined): Promise<Lexicon | undefined> {
  if (language !== 'en' && language !== 'fr') return Promise.resolve(undefined);
  let lexicon = loading.get(language);
  if (!lexicon) {
    lexicon = language === 'en' ? englishLexicon() : stemLexicon('fr');
    lexicon.catch(() => loading.delete(language));
    loading.set(language, lexicon);
  }
  return lexicon;
}

async function englishLexicon(): Promise<Lexicon> {
  const [{ default: nspell }, { default: dictionary }] = await Promise.all([
    import('nspell'),
    import('dictionary-en'),
  ]);
  const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return { has: (word) => spell.correct(word) };
}

async function stemLexicon(language: 'fr'): Promise<Lexicon> {
  const { default: dictionary } = await import('dictionary-fr');
  return lexiconFromEntries(dictionaryEntries(new TextDecoder().decode(dictionary.dic)), language);
}

/** The entries of a Hunspell `.dic` file: each line's word before its flags (`ordi/S.` → `ordi`); the first line is the count. */
export function dictionaryEntries(dic: string): string[] {
  return dic
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0]!.trim())
    .filter((word) => word.length > 0 && !/\d/.test(word));
}

/** A lexicon that knows a word by its stem: any inflection of an entry is known. */
export function lexiconFromEntries(entries: Iterable<string>, language: Language): Lexicon {
  const stems = new Set<string>();
  for (const entry of entries) stems.add(stem(foldWord(entry), language));
  return { has: (word) => stems.has(stem(word, language)) };
}
