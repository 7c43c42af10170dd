import {
  LANGUAGES as ANALYSIS_LANGUAGES,
  type Language as AnalysisLanguage,
} from '../../common/language/language.js';
import { isStopword } from '../../common/language/stopwords.js';
import { words } from '../../common/language/tokenizer.js';
import { LANGUAGES, type Language } from './language.js';

/**
 * Which language a message is written in, among those `common/language` has stop words for (the NLU
 * reads English and French; the others are recognised so they are never misread as one of them).
 * Short messages carry little evidence: a message without function words, social words or a letter
 * only one language uses ("sweatpants", "Raptor X15", "ok") is `und` — undetermined — and the store
 * view's own language applies. Pure and cheap: one pass over the words.
 */

/**
 * Greetings, thanks and farewells (a one-word message is often nothing else: "hola", "danke") and the
 * words a shop request starts with ("quiero", "ich möchte", "voglio"). Folded.
 */
const CUE_WORDS: Readonly<Record<AnalysisLanguage, string>> = {
  en: 'hi hello hey thanks thank please bye goodbye cheers want need looking where order yo ya nah yep yeah ok okay im gonna wanna u ur pls plz thx lol',
  fr: 'bonjour bonsoir salut coucou merci svp stp revoir veux voudrais cherche commande colis ouais nan bjr slt mrc cc oui non',
  es: 'hola gracias adios buenas buenos saludos quiero necesito busco donde pedido hablar reembolso devolver devolucion cancelar datos tienen',
  de: 'hallo danke tschuss guten moin servus bitte ich mochte suche bestellung meine paket zuruckschicken stornieren daten',
  it: 'ciao grazie buongiorno buonasera salve arrivederci voglio vorrei cerco ordine mio rimborso restituire annullare',
  pt: 'ola obrigado obrigada tchau quero preciso encomenda minha devolucao',
  nl: 'hoi dank bedankt goedemorgen goedemiddag groetjes alsjeblieft ik wil bestelling mijn terugsturen annuleren',
};
/** Letters (and marks) that only one of these languages writes. */
const SCRIPT_CUES: ReadonlyArray<[AnalysisLanguage, RegExp]> = [
  ['es', /[¿¡ñ]/],
  ['de', /[ßäöü]/i],
  ['pt', /[ãõ]/i],
  ['fr', /[œæ]|\b(?:est-ce|qu'|c'est|j'ai|l'|d'un|d'une)/i],
];

const CUES = new Map<string, AnalysisLanguage[]>();
for (const language of ANALYSIS_LANGUAGES) {
  for (const w of CUE_WORDS[language].split(' ')) CUES.set(w, [...(CUES.get(w) ?? []), language]);
}
/** Values say nothing of the language: "jane@x.com" is not Portuguese for its "com". */
const VALUES = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|\d+/g;

export interface DetectedLanguage {
  /** ISO 639-1 code of one of `common/language`'s languages, or `und` when the words do not tell. */
  code: AnalysisLanguage | 'und';
  /** Share of the evidence for `code` (0 when undetermined). */
  confidence: number;
}

export function detectMessageLanguage(text: string): DetectedLanguage {
  const scores = new Map<AnalysisLanguage, number>();
  /** Evidence from cue words and letters, not stop words alone. */
  const cues = new Map<AnalysisLanguage, number>();
  const add = (language: AnalysisLanguage, x: number, cue = false): void => {
    scores.set(language, (scores.get(language) ?? 0) + x);
    if (cue) cues.set(language, (cues.get(language) ?? 0) + x);
  };
  const values = text.replace(VALUES, ' ');
  for (const w of words(values)) {
    if (w.length === 1) continue;
    // A word several languages use counts a share for each: "de", "la", "no" say little alone.
    const owners = ANALYSIS_LANGUAGES.filter((l) => isStopword(w, l));
    for (const l of owners) add(l, 1 / owners.length);
    const cued = CUES.get(w) ?? [];
    for (const l of cued) add(l, 1 / cued.length, true);
  }
  // A letter only one language writes backs its words up; alone it may be a name ("Müller", "Muñoz").
  for (const [language, cue] of SCRIPT_CUES)
    if ((scores.get(language) ?? 0) > 0 && cue.test(values)) add(language, 1.5, true);
  const score = (l: AnalysisLanguage): number => scores.get(l) ?? 0;
  const total = [...scores.values()].reduce((s, x) => s + x, 0);
  const result = (code: AnalysisLanguage): DetectedLanguage => ({
    code,
    confidence: Math.round((score(code) / total) * 1000) / 1000,
  });
  const served = [...LANGUAGES].sort((a, b) => score(b) - score(a));
  const ownBest = served[0];
  const other = ANALYSIS_LANGUAGES.filter((l) => !isNluLanguage(l)).sort((a, b) => score(b) - score(a))[0];
  // Another language must clearly outweigh English and French: their short words ("yo", "ya", "non",
  // "im") are everyday words in other languages' lists too.
  // Nothing English or French: one cue word is enough ("hola", "danke"), one stop word is not — "men
  // jackets" and "solo tent" are searches, not Dutch and Spanish.
  const own = ownBest ? score(ownBest) : 0;
  if (
    other &&
    ((score(other) >= 2 && score(other) >= 2 * own) ||
      (own === 0 && score(other) >= 1 && (cues.get(other) ?? 0) >= 1))
  )
    return result(other);
  // Under one word's worth of evidence, or a tie between English and French: nothing to go on.
  if (!ownBest || score(ownBest) < 1) return { code: 'und', confidence: 0 };
  const runnerUp = served[1];
  if (runnerUp && score(ownBest) - score(runnerUp) < 0.25) return { code: 'und', confidence: 0 };
  return result(ownBest);
}

/** The NLU's own languages (those it has training data and packs for). */
export function isNluLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** Social words of the languages the NLU does not read, so "hola" is still greeted. Folded. */
const SOCIAL_INTENTS: ReadonlyArray<['greeting' | 'thanks' | 'goodbye', ReadonlySet<string>]> = [
  [
    'greeting',
    new Set(
      'hola buenas buenos hallo moin servus buongiorno buonasera salve ola hoi goedemorgen goedemiddag'.split(
        ' ',
      ),
    ),
  ],
  ['thanks', new Set('gracias danke grazie obrigado obrigada dank bedankt'.split(' '))],
  // "ciao" is also how French and English speakers say goodbye.
  ['goodbye', new Set('adios tschuss arrivederci tchau ciao doei'.split(' '))],
];

/** The social move of a short message in a language the NLU does not read ("hola", "danke"). */
export function socialIntentOf(text: string): 'greeting' | 'thanks' | 'goodbye' | undefined {
  const ws = words(text);
  if (ws.length === 0 || ws.length > 4) return undefined;
  return SOCIAL_INTENTS.find(([, set]) => ws.some((w) => set.has(w)))?.[0];
}

/** Asking for a person in a language the NLU does not read: a person is always one step away. */
const OTHER_LANGUAGE_HUMAN =
  /\b(?:persona|humano|agente|mensch\w*|mitarbeiter\w*|mens|medewerker|umano|operatore|pessoa|atendente)\b/;

export function asksForPersonInOtherLanguage(text: string): boolean {
  return OTHER_LANGUAGE_HUMAN.test(words(text).join(' '));
}
