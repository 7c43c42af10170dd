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
 * alone and need the attribute's name before them ("size M", "size 10", « taille M »).
 */
export function createAttributeMatcher(vocabulary: AttributeVocabulary): AttributeMatcher {
  const phrases: Phrase[] = [];
  for (const [code, options] of Object.entries(vocabulary)) {
    for (const option of options) {
      for (const surface of [option.label, ...(option.synonyms ?? [])]) {
        const n = normalize(surface);
        if (n === '') continue;
        const body = `(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`;
        const ambiguous = n.length <= 2 && !/^x+[sl]$/.test(n);
        const names = attributeNames(code)
          .map((name) => escapeRegExp(normalize(name)))
          .join('|');
        const pattern = ambiguous
          ? `(?<=\\b(?:${names})\\s?:?\\s?)${escapeRegExp(n)}(?![\\p{L}\\p{N}])`
          : body;
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
