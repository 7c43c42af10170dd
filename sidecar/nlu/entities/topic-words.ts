import { isStopword } from '../../../common/language/stopwords.js';
import { foldWord, words } from '../../../common/language/tokenizer.js';
import type { Language } from '../language.js';

/**
 * Words that ask rather than name what is asked about, per language: with the stop words of the
 * message's language they are left out of a question's topic ("how long does the battery last?" →
 * battery, last). Every language's list is read: shoppers mix them.
 */
const QUESTION_WORDS: Readonly<Record<Language, string>> = {
  en: 'how what which whats does do is are was the it its this that these those them they one ones good long much many about tell me any can could would will has have there their with for of on in to a an and or please first second third 1st 2nd 3rd',
  fr: 'premier première deuxième second seconde troisième comment quel quelle quels quelles combien quoi pourquoi est-ce estce est sont elle elles il ils lui ca cela celui celle ceux celles bien bon bonne dire dites savoir sais peut peuvent pouvez avez donne svp stp',
};

// Folded as the message's words are: « première » is typed "premiere" as often as not.
const NOT_A_TOPIC = new Set(Object.values(QUESTION_WORDS).flatMap((list) => foldWord(list).split(' ')));

/**
 * Ways of asking about a product detail without naming it, and the word a store labels that detail with
 * ("what's it made of?" asks the material, « elle est en quoi ? » la matière). Matched on the folded
 * message; the phrase's own words leave the topic, the label's word takes their place.
 */
const DETAIL_PHRASES: Readonly<Record<Language, ReadonlyArray<readonly [RegExp, string]>>> = {
  en: [
    [/\bmade (?:of|from|out of|with)\b|\bfabrics?\b|\bmaterials?\b|\bwhat is it made\b/, 'material'],
    [/\bhow old\b|\bwhat ages?\b|\bage (?:range|group)\b/, 'age'],
    [/\bconnect(?:s|ion|ivity)?\b|\bpair(?:s|ing)? with\b/, 'connectivity'],
    [/\bcolou?rs?\b/, 'color'],
  ],
  fr: [
    [
      /\ben quoi\b|\bfaite?s? (?:en|de|avec)\b|\bcompos(?:e|ee|es|ees|ition)\b|\bmatieres?\b|\btissus?\b/,
      'matiere',
    ],
    [/\bquel age\b|\ba partir de quel age\b|\btranche d'age\b/, 'age'],
    [/\bconnect(?:e|ee|er|ivite|ion)\b|\bse connecte\b/, 'connectivite'],
    [/\bcouleurs?\b|\bcoloris\b/, 'couleur'],
  ],
};

interface DetailPhrase {
  phrase: RegExp;
  /** The same phrase matching every occurrence, for taking it out of the topic. */
  everywhere: RegExp;
  label: string;
}

const compiled = (phrases: ReadonlyArray<readonly [RegExp, string]>): readonly DetailPhrase[] =>
  phrases.map(([phrase, label]) => ({ phrase, everywhere: new RegExp(phrase.source, 'g'), label }));

/** Compiled once: every message's topic is read with them. */
const EVERY_DETAIL_PHRASE: Readonly<Record<Language, readonly DetailPhrase[]>> = {
  en: compiled(DETAIL_PHRASES.en),
  fr: compiled(DETAIL_PHRASES.fr),
};

/**
 * The details a message asks about without naming them as stores label them ("what's it made of?" →
 * material), and the folded message without the phrases that asked them.
 */
export function detailsAsked(text: string, language: Language): { named: string[]; rest: string } {
  const folded = foldWord(text).replace(/[’\u02BC]/g, "'");
  const asked = EVERY_DETAIL_PHRASE[language].filter(({ phrase }) => phrase.test(folded));
  return {
    named: asked.map(({ label }) => label),
    rest: asked.reduce((left, { everywhere }) => left.replace(everywhere, ' '), folded),
  };
}

/**
 * The words a question about a product asks about, folded and as written, each once: neither stop words
 * of `language` nor question words, and three letters or more ("quelle est l'autonomie ?" → autonomie);
 * a detail asked without its name is named ("what's it made of?" → material).
 */
export function topicWords(text: string, language: Language): string[] {
  const { named, rest } = detailsAsked(text, language);
  const own = words(rest, language).filter(
    (w) => w.length > 2 && !isStopword(w, language) && !NOT_A_TOPIC.has(w),
  );
  return [...new Set([...named, ...own])];
}
