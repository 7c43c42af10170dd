import type { Language } from './language.js';
import { stem } from './stemmer.js';
import { isStopword } from './stopwords.js';
import { words } from './tokenizer.js';

/**
 * The terms a text is matched by: folded words without the language's stop words, stemmed
 * (`I need waterproof jackets for jogging` → `waterproof`, `jacket`, `jog`).
 */
export function lexicalTerms(text: string, language: Language | undefined): string[] {
  return words(text, language)
    .filter((word) => !isStopword(word, language))
    .map((word) => stem(word, language));
}
