import { isStopword } from '../../../common/language/stopwords.js';
import { words } from '../../../common/language/tokenizer.js';
import type { Language } from '../language.js';

/**
 * Words that ask rather than name what is asked about, per language, folded: with the stop words of the
 * message's language they are left out of a question's topic ("how long does the battery last?" →
 * battery, last). Every language's list is read: shoppers mix them.
 */
const QUESTION_WORDS: Readonly<Record<Language, string>> = {
  en: 'how what which whats does do is are was the it its this that these those them they one ones good long much many about tell me any can could would will has have there their with for of on in to a an and or please first second third 1st 2nd 3rd',
  fr: 'premier première deuxième second seconde troisième comment quel quelle quels quelles combien quoi pourquoi est-ce estce est sont elle elles il ils lui ca cela celui celle ceux celles bien bon bonne dire dites savoir sais peut peuvent pouvez avez donne svp stp',
};

const NOT_A_TOPIC = new Set(Object.values(QUESTION_WORDS).flatMap((list) => list.split(' ')));

/**
 * The words a question about a product asks about, folded and as written, each once: neither stop words
 * of `language` nor question words, and three letters or more ("quelle est l'autonomie ?" → autonomie).
 */
export function topicWords(text: string, language: Language): string[] {
  return [...new Set(words(text, language))].filter(
    (w) => w.length > 2 && !isStopword(w, language) && !NOT_A_TOPIC.has(w),
  );
}
