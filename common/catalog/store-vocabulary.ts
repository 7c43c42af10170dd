import type { Language } from '../language/language.js';
import { words } from '../language/tokenizer.js';
import { type CatalogDocument, documentFields } from './catalog-document.js';

/** A store view's own words and the language its documents were analysed in. */
export interface StoreVocabulary {
  /** Folded, unstemmed word → number of documents it occurs in. */
  words: Map<string, number>;
  /** The language most of its documents are in; queries are analysed in it so they meet the index's terms. */
  language: Language | undefined;
}

/**
 * Word → number of documents it occurs in, over every searched field of the given documents: the
 * store's own vocabulary ("leggings", "hoodie", brand names), folded and unstemmed, as a shopper
 * would type the word. Numbers and one-letter words are left out: they are never corrections.
 */
export function documentVocabulary(documents: Iterable<CatalogDocument>): StoreVocabulary {
  const frequency = new Map<string, number>();
  const languages = new Map<Language | undefined, number>();
  for (const doc of documents) {
    languages.set(doc.language, (languages.get(doc.language) ?? 0) + 1);
    const fields = documentFields(doc);
    const seen = new Set(
      words(`${fields.title} ${fields.categories} ${fields.attributes} ${fields.body}`, doc.language),
    );
    for (const word of seen) {
      if (word.length < 2 || /\d/.test(word)) continue;
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  const language = [...languages].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { words: frequency, language };
}
