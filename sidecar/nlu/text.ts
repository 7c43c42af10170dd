/**
 * Text normalisation shared by the classifier and the extractors. Entity spans refer to the
 * `clean` text; `normalize` only lower-cases and folds quotes on top of it, so spans carry over.
 */
import { normalizeText } from '../safety/normalize-text.js';
import { splitClitics } from './french-clitics.js';
import { detectLanguage } from './language.js';

/**
 * The safety layer's normalisation (invisible characters dropped, NFKC) on one line: the text every
 * entity span refers to, so the NLU reads what the injection detector read.
 */
export function clean(text: string): string {
  return normalizeText(text).text.replace(/\s+/g, ' ');
}

/** `clean`, lower-cased, quotes folded; length-preserving on cleaned text, so spans carry over. */
export function normalize(text: string): string {
  return clean(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"');
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Word tokens (letters/digits, inner apostrophes and hyphens kept) with their spans. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Common chat contractions and shorthands, expanded before classification. */
const SHORTHANDS: Readonly<Record<string, string>> = {
  u: 'you',
  ur: 'your',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  ty: 'thanks',
  tks: 'thanks',
  im: 'i am',
  "i'm": 'i am',
  dont: 'do not',
  "don't": 'do not',
  cant: 'can not',
  "can't": 'can not',
  cannot: 'can not',
  wont: 'will not',
  "won't": 'will not',
  didnt: 'did not',
  "didn't": 'did not',
  doesnt: 'does not',
  "doesn't": 'does not',
  isnt: 'is not',
  "isn't": 'is not',
  wheres: 'where is',
  "where's": 'where is',
  whats: 'what is',
  "what's": 'what is',
  "it's": 'it is',
  r: 'are',
  w: 'with',
  wanna: 'want to',
  gonna: 'going to',
  hav: 'have',
  msg: 'message',
  acct: 'account',
  pwd: 'password',
  addr: 'address',
  asap: 'quickly',
  ppl: 'people',
  svp: "s'il vous plait",
  stp: "s'il te plait",
  bjr: 'bonjour',
  slt: 'salut',
  mrc: 'merci',
  pq: 'pourquoi',
  pk: 'pourquoi',
  qd: 'quand',
  cmd: 'commande',
  dsl: 'desole',
  bcp: 'beaucoup',
  qqn: "quelqu'un",
  qqch: 'quelque chose',
  jveux: 'je veux',
  jpeux: 'je peux',
  jvoudrais: 'je voudrais',
  jsuis: 'je suis',
  chui: 'je suis',
  jsp: 'je sais pas',
  tjrs: 'toujours',
  tjs: 'toujours',
  pr: 'pour',
  ds: 'dans',
  mdp: 'mot de passe',
  // French text-message spellings customers type.
  jai: "j'ai",
  jarrive: "j'arrive",
  jattends: "j'attends",
  jcherche: 'je cherche',
  chuis: 'je suis',
  koi: 'quoi',
  ki: 'qui',
  kan: 'quand',
  cmt: 'comment',
  cmnt: 'comment',
  pcq: 'parce que',
  pck: 'parce que',
  psk: 'parce que',
  mtn: 'maintenant',
  auj: "aujourd'hui",
  ajd: "aujourd'hui",
  pb: 'probleme',
  pbm: 'probleme',
  cde: 'commande',
  cmde: 'commande',
  bsr: 'bonsoir',
  reduc: 'reduction',
  ordi: 'ordinateur',
  ordis: 'ordinateurs',
  daccord: "d'accord",
  qqun: "quelqu'un",
  kelkun: "quelqu'un",
  keske: "qu'est-ce que",
  kesk: "qu'est-ce que",
  chai: 'je sais',
  jsais: 'je sais',
  jme: 'je me',
  jte: 'je te',
  jle: 'je le',
  jla: 'je la',
  jles: 'je les',
  jen: "j'en",
  jy: "j'y",
  jattend: "j'attends",
  jaimerai: "j'aimerais",
  jaimerais: "j'aimerais",
  jvais: 'je vais',
  jpense: 'je pense',
  jcrois: 'je crois',
  jdois: 'je dois',
  mci: 'merci',
  slu: 'salut',
  bjour: 'bonjour',
  cad: "c'est-a-dire",
  rdv: 'rendez-vous',
  dispo: 'disponible',
  dispos: 'disponibles',
};

/** Diacritics dropped ("délai" → "delai"): customers type French with and without accents. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * French text-message spellings that are other words in English ("ya" is "you" in "see ya", "c" a
 * letter): expanded only in a message read as French ("ya des doudounes ?", "c ou ma commande").
 */
const FRENCH_SHORTHANDS: Readonly<Record<string, string>> = {
  ya: 'il y a',
  "y'a": 'il y a',
  yen: 'il y en',
  c: "c'est",
  g: "j'ai",
  t: 'tu',
  pa: 'pas',
  ke: 'que',
  kel: 'quel',
  kelle: 'quelle',
  koman: 'comment',
  komen: 'comment',
  pkoi: 'pourquoi',
  pourkoi: 'pourquoi',
  tt: 'tout',
  dac: "d'accord",
  dacc: "d'accord",
  ptet: 'peut-etre',
  tkt: "t'inquiete",
  vx: 'veux',
  dmd: 'demande',
  re: 'rebonjour',
};
/**
 * A letter typed three times or more is typed once: "heyyy", "merciii", "ouiii", "pleaseee", "nooon".
 * Not x ("XXXL" is a size), and not when nothing but the letter would be left ("www", "zzz").
 */
function drawnOut(token: string): string {
  const short = token.replace(/([a-wyz])\1{2,}/g, '$1');
  return short.length >= 2 ? short : token;
}
/** "vs" is "vous" before a verb or pronoun ("vs avez", "vs pouvez me dire"), else "versus". */
const VOUS_NEXT = /^(?:\p{L}+ez|avez|etes|m|me|nous|l|le|la|les|en|y|lui|leur)$/u;
/** "jveux", "jme suis trompé", "jpense": "je" glued to a verb, as French text messages write it. */
const GLUED_JE = /^j([bcdfghklmnpqrstvz][\p{L}]+)$/u;
const NOT_GLUED_JE = new Set(['jpeg', 'jpg', 'jk', 'jr', 'jsp']);

/**
 * Lower-cased, diacritic-folded word list with shorthands expanded and French clitics split off
 * ("l'échange" → "l", "echange"); the classifier's view of the text. French text-message spellings
 * ("jme", "ya", "c", "g", "vs avez") are read when the rest of the message is French.
 */
export function words(text: string): string[] {
  const tokens = tokenize(normalize(text)).map((t) => drawnOut(foldDiacritics(t.text)));
  const out: string[] = [];
  const plain = (t: string): string[] => {
    const expanded = SHORTHANDS[t];
    return expanded ? words(expanded) : splitClitics(t.replace(/'s$/, ''));
  };
  const firstPass = tokens.flatMap(plain);
  const french = detectLanguage(firstPass) === 'fr';
  tokens.forEach((t, i) => {
    const next = tokens[i + 1] ?? '';
    if (t === 'vs' && VOUS_NEXT.test(next)) out.push('vous');
    else if (french && FRENCH_SHORTHANDS[t] && !(/^[cgt]$/.test(t) && /^\d/.test(tokens[i - 1] ?? '')))
      out.push(...words(FRENCH_SHORTHANDS[t]));
    else if (french && GLUED_JE.test(t) && !SHORTHANDS[t] && !NOT_GLUED_JE.has(t))
      out.push('je', ...splitClitics(t.slice(1)));
    else out.push(...plain(t));
  });
  return out;
}

/**
 * A light suffix stripper (Porter step 1 plus a few derivational endings). Enough to make
 * "returns/returned/returning" one feature; exactness matters less than being deterministic.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed', 'ly', 'ment', 'ness', 'ation', 'able', 'ible']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      // "shipped" → "shipp" → "ship"; "returned" stays "return".
      if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** One edit distance for search and the NLU: Levenshtein plus swaps of neighbours ("retrun" is one from "return"). */
export { editDistance } from '../../common/language/edit-distance.js';

/** Regex word boundaries that also see accented letters (`\b` only knows ASCII: "\bélèves" never matches). */
export const WORD_START = String.raw`(?<![\wÀ-ɏ])`;
export const WORD_END = String.raw`(?![\wÀ-ɏ])`;
