/**
 * One tokenizer for every text path: search (index and query, both backends, the embedder's word
 * lookup) and the NLU. Word boundaries see accented letters: `ultralégère` is one word.
 */
import type { Language } from './language.js';

/** A word of the source text and where it is (UTF-16 offsets into the text given). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * A number (`1,299.99`) or a word of letters and digits whose inner apostrophes and hyphens stay
 * inside it (`kid's`, `l'échange`, `t-shirt`).
 */
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:['’\u02BC-][\p{L}\p{N}]+)*/gu;

/** Regex lookarounds for a word's start and end that also see accented letters (`\b` knows only ASCII). Use with the `u` flag. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
export const WORD_END = String.raw`(?![\p{L}\p{N}_])`;

/** Word tokens with their spans in `text`, as written (case and accents kept). */
export function tokenSpans(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Accents dropped (`délai` → `delai`, `ﬁ` → `fi`): shoppers type with and without them. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Lower case and no accents: the form every word is compared in. */
export function foldWord(word: string): string {
  return foldDiacritics(word).toLowerCase();
}

/** Elided articles and pronouns glued to the next word: `l'échange`, `d'un`, `qu'il`, `jusqu'à`. */
const FRENCH_ELISION = /^(?:l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)'(?=\p{L})/u;
const ITALIAN_ELISION = /^(?:l|d|un|dell|all|dall|nell|sull|c|n)'(?=\p{L})/u;

/**
 * Folded words of a text, for matching: lower case, accents dropped, numbers without thousands
 * separators (`$1,299.99` → `1299.99`), English possessives dropped (`kid's` → `kid`), French and
 * Italian elisions split off (`l'échange` → `l`, `echange`), other apostrophes removed (`don't` →
 * `dont`). A hyphenated word gives its parts and the parts joined (`t-shirt` → `t`, `shirt`,
 * `tshirt`), so `tshirt`, `t shirt` and `t-shirt` meet; a compound written in camel case gives the word and its
 * parts (`PowerCube` → `powercube`, `power`, `cube`). Stop words are kept: callers decide.
 */
export function words(text: string, language?: Language): string[] {
  const out: string[] = [];
  // Folding the whole text once is several times faster than folding token by token; folding
  // neither joins nor splits tokens (marks are dropped, letters stay letters).
  const folded = foldWord(text).replace(/[’\u02BC]/g, "'");
  // The same tokens as written, for their case: a brand's compound ("PowerCube") also gives its parts.
  const written = CAMEL_CASE.test(text) ? [...text.matchAll(TOKEN)].map((m) => m[0]) : [];
  let index = 0;
  for (const match of folded.matchAll(TOKEN)) {
    const token = match[0];
    const original = written[index++];
    if (/^[\d.,]+$/.test(token)) {
      out.push(token.replace(/,(?=\d{3}\b)/g, ''));
      continue;
    }
    if (!/['-]/.test(token)) {
      out.push(token);
      if (original && CAMEL_CASE.test(original)) out.push(...camelParts(original));
      continue;
    }
    const parts = token.split('-').flatMap((part) => splitApostrophes(part, language));
    out.push(...parts);
    if (parts.length > 1 && token.includes('-')) out.push(token.replace(/[-']/g, ''));
  }
  return out.filter((word) => word.length > 0);
}

/** A lower-case letter followed by a capital inside a word: "PowerCube", "SoundLink", "iPhone". */
const CAMEL_CASE = /\p{Ll}\p{Lu}/u;

/**
 * "PowerCube" → `power`, `cube`: the parts shoppers type apart (folded; digits stay with their part). Parts
 * under three letters are a unit's or a brand's prefix ("mAh", "kWh", the "i" of "iPhone"), not words.
 */
function camelParts(word: string): string[] {
  return word
    .split(/(?<=\p{Ll})(?=\p{Lu})/u)
    .map(foldWord)
    .filter((part) => part.length > 2);
}

function splitApostrophes(part: string, language: Language | undefined): string[] {
  const elision = language === 'fr' ? FRENCH_ELISION : language === 'it' ? ITALIAN_ELISION : undefined;
  const elided = elision?.exec(part);
  if (elided) return [elided[0].slice(0, -1), ...splitApostrophes(part.slice(elided[0].length), language)];
  return [part.replace(/'s$/, '').replace(/'/g, '')];
}
