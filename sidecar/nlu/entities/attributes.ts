import type { AttributeEntity, AttributeVocabulary } from '../types.js';
import { normalize } from '../text.js';
import { LANGUAGES, type Language } from '../language.js';

/**
 * What shoppers call the attributes, per language, as they say them before a value ("size 8", « taille
 * M », "colour: navy"). Typed by language: a language without its names does not compile.
 */
const ATTRIBUTE_NAMES: Readonly<Record<Language, Readonly<Record<string, readonly string[]>>>> = {
  en: { color: ['color', 'colour'], size: ['size', 'shoe size'], material: ['material', 'fabric'] },
  fr: {
    color: ['couleur', 'coloris'],
    size: ['taille', 'pointure'],
    material: ['matière', 'matiere', 'tissu'],
  },
};

/**
 * Clothing sizes in words, per language, by the size label stores use: "in large" is L. Words like
 * "large" and "small" also describe products ("a large tent"), so they count as a size only where a
 * size is being asked for: after the attribute's name or "in" (« taille », « en »). French shoppers
 * name sizes by their letters (« en L »), read in the same places.
 */
const SIZE_WORDS: Readonly<Record<Language, Readonly<Record<string, readonly string[]>>>> = {
  en: {
    XS: ['extra small', 'extra-small', 'x-small', 'x small', 'xsmall'],
    S: ['small'],
    M: ['medium', 'med'],
    L: ['large'],
    XL: ['extra large', 'extra-large', 'x-large', 'x large', 'xlarge'],
    XXL: ['extra extra large', 'xx-large', 'xx large', 'xxlarge', '2xl'],
  },
  fr: {},
};

/** Words after which a size's letter or word is read as a size ("in M", "in a large", « en L »). */
const SIZE_CONTEXT = ['in', 'in a', 'in an', 'en'];

/** The words that name an attribute before its value, in every language, its code first ("shoe_size" → "shoe size"). */
export function attributeNames(code: string): string[] {
  return [...new Set([code.replace(/_/g, ' '), ...LANGUAGES.flatMap((l) => ATTRIBUTE_NAMES[l][code] ?? [])])];
}

interface Phrase {
  code: string;
  value: string;
  label: string;
  pattern: RegExp;
  length: number;
}

/** A matcher over the store's attribute options; build once per vocabulary. */
export interface AttributeMatcher {
  extract(text: string): AttributeEntity[];
}

/** `s` as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Options are matched as whole words on the normalised text, longest phrase first so "dark blue"
 * wins over "blue". One- and two-character labels ("S", "M", "10") are too ambiguous to match
 * alone and need the attribute's name before them ("size M", "size 10", « taille M »); a size's
 * letter or word also reads after "in" ("in M", "in a large", « en L »).
 */
export function createAttributeMatcher(vocabulary: AttributeVocabulary): AttributeMatcher {
  const phrases: Phrase[] = [];
  for (const [code, options] of Object.entries(vocabulary)) {
    const names = attributeNames(code).map((name) => escapeRegExp(normalize(name)));
    const named = `(?<=\\b(?:${names.join('|')})\\s?:?\\s?)`;
    const asked = `(?<=\\b(?:${names.join('|')})\\s?:?\\s?|\\b(?:${SIZE_CONTEXT.join('|')})\\s)`;
    for (const option of options) {
      const sizeWords = code === 'size' ? LANGUAGES.flatMap((l) => SIZE_WORDS[l][option.label] ?? []) : [];
      const surfaces = [
        ...[option.label, ...(option.synonyms ?? [])].map((text) => ({ text, inContext: false })),
        ...sizeWords.map((text) => ({ text, inContext: true })),
      ];
      for (const surface of surfaces) {
        const n = normalize(surface.text);
        if (n === '') continue;
        const end = `${escapeRegExp(n)}(?![\\p{L}\\p{N}])`;
        // A letter size reads after "in" too ("in M"); a number does not ("in 10 days").
        const letters = /^\p{L}+$/u.test(n);
        const ambiguous = n.length <= 2 && !/^x+[sl]$/.test(n);
        const pattern =
          surface.inContext || (ambiguous && letters && code === 'size')
            ? `${asked}${end}`
            : ambiguous
              ? `${named}${end}`
              : `(?<![\\p{L}\\p{N}])${end}`;
        phrases.push({
          code,
          value: option.value,
          label: option.label,
          pattern: new RegExp(pattern, 'gu'),
          length: n.length,
        });
      }
    }
  }
  phrases.sort((a, b) => b.length - a.length);

  return {
    extract(text: string): AttributeEntity[] {
      // normalize() may shorten the text (whitespace, invisible characters): spans refer to it.
      const n = normalize(text);
      const taken: boolean[] = [];
      const out: AttributeEntity[] = [];
      for (const p of phrases) {
        for (const m of n.matchAll(p.pattern)) {
          const start = m.index;
          const end = start + m[0].length;
          if (taken.slice(start, end).some(Boolean)) continue;
          for (let i = start; i < end; i++) taken[i] = true;
          out.push({ code: p.code, value: p.value, label: p.label, raw: m[0], start, end });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
