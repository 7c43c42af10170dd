import type { AttributeEntity, AttributeVocabulary } from '../types.js';
import { normalize } from '../text.js';

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

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Options are matched as whole words on the normalised text, longest phrase first so "dark blue"
 * wins over "blue". One- and two-character labels ("S", "M", "10") are too ambiguous to match
 * alone and need the attribute's name before them ("size M", "size 10").
 */
export function createAttributeMatcher(vocabulary: AttributeVocabulary): AttributeMatcher {
  const phrases: Phrase[] = [];
  for (const [code, options] of Object.entries(vocabulary)) {
    for (const option of options) {
      for (const surface of [option.label, ...(option.synonyms ?? [])]) {
        const n = normalize(surface);
        if (n === '') continue;
        const body = `(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`;
        const ambiguous = n.length <= 2 && !/^x+[sl]$/.test(n);
        const pattern = ambiguous ? `(?<=\\b${escape(code)}\\s?:?\\s?)${escape(n)}(?![\\p{L}\\p{N}])` : body;
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
