import type { ReferenceEntity, ShownProduct } from '../types.js';

const ORDINALS: Readonly<Record<string, number>> = {
  first: 0,
  '1st': 0,
  second: 1,
  '2nd': 1,
  third: 2,
  '3rd': 2,
  fourth: 3,
  '4th': 3,
  fifth: 4,
  '5th': 4,
  last: -1,
  former: 0,
  latter: -1,
};

const ORDINAL =
  /\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|former|latter)(?:\s+(?:one|item|option|product|model|pair|choice|result))?\b/gi;
const NUMBERED = /\b(?:number|no\.?|option|item|#)\s?([1-5])\b(?!\d)/gi;
const COMPARATIVE =
  /\b(?:the\s+)?(cheaper|cheapest|less expensive|least expensive|lower[- ]priced|more expensive|most expensive|pricier|priciest|dearer)(?:\s+(?:one|option|model|version|pair))?\b/gi;
const ALL = /\b(both(?:\s+of\s+them)?|all\s+(?:of\s+them|three|four|five)|each\s+of\s+them|them\s+all)\b/gi;
const PRONOUN =
  /\b(it|this one|that one|this|that|these|those|them|this product|that product|this item|that item|the one you showed)\b/gi;
/**
 * "this"/"that" are pronouns only when nothing follows that they could qualify: "this jacket" is not,
 * "do you have this in a medium", "does this come in blue", "will that fit" are.
 */
const DETERMINER_AFTER =
  /^\s+(?!(?:one|product|item|in|on|for|with|at|and|or|but|to|from|as|too|also|still|come|comes|fit|fits|work|works|run|runs|ship|ships|have|has|go|goes|look|looks|need|needs|include|includes|cost|costs|be|is)\b)[a-z]/i;

const SIMILAR_BEFORE = /\b(?:like|similar to|comparable to|such as|other than|besides)\s+$/i;

function resolveIndex(index: number, shown: readonly ShownProduct[]): ShownProduct[] {
  const item = index < 0 ? shown[shown.length + index] : shown[index];
  return item ? [item] : [];
}

function resolveComparative(
  which: 'cheapest' | 'most_expensive',
  shown: readonly ShownProduct[],
): ShownProduct[] {
  const priced = shown.filter((p) => p.price !== undefined);
  if (priced.length === 0) return [];
  const pick = priced.reduce((best, p) =>
    which === 'cheapest'
      ? (p.price ?? 0) < (best.price ?? 0)
        ? p
        : best
      : (p.price ?? 0) > (best.price ?? 0)
        ? p
        : best,
  );
  return [pick];
}

/**
 * References to what was shown: ordinals, comparatives, "both", pronouns. Each is resolved against
 * `shown` (display order) or, for pronouns, the focus product; unresolved references stay with an
 * empty `resolved` so the engine can ask "which one do you mean?".
 */
export function extractReferences(
  text: string,
  shown: readonly ShownProduct[] = [],
  focus?: ShownProduct,
): ReferenceEntity[] {
  const out: ReferenceEntity[] = [];
  const overlaps = (start: number, end: number): boolean => out.some((r) => start < r.end && end > r.start);
  const add = (m: RegExpMatchArray, entity: Omit<ReferenceEntity, 'start' | 'end' | 'raw'>): void => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!overlaps(start, end)) out.push({ ...entity, raw: m[0], start, end });
  };
  for (const m of text.matchAll(COMPARATIVE)) {
    const which = /cheap|less|least|lower/i.test(m[1] ?? '') ? 'cheapest' : 'most_expensive';
    add(m, { kind: 'comparative', comparative: which, resolved: resolveComparative(which, shown) });
  }
  for (const m of text.matchAll(ORDINAL)) {
    const word = (m[1] ?? '').toLowerCase();
    // "last" in "last week"/"last order" is time, not a position in a list.
    if (word === 'last' && !/\b(?:one|item|option|product|model|pair|choice|result)\b/i.test(m[0])) continue;
    if (word === 'first' && /\bfirst\s+(?:time|order|purchase)\b/i.test(text.slice(m.index ?? 0))) continue;
    const index = ORDINALS[word] ?? 0;
    add(m, { kind: 'ordinal', index, resolved: resolveIndex(index, shown) });
  }
  for (const m of text.matchAll(NUMBERED)) {
    const index = Number(m[1]) - 1;
    add(m, { kind: 'ordinal', index, resolved: resolveIndex(index, shown) });
  }
  for (const m of text.matchAll(ALL)) add(m, { kind: 'all', resolved: [...shown] });
  for (const m of text.matchAll(PRONOUN)) {
    const word = (m[1] ?? '').toLowerCase();
    const after = text.slice((m.index ?? 0) + m[0].length);
    if ((word === 'this' || word === 'that') && DETERMINER_AFTER.test(after)) continue;
    // "something like this", "similar to that one": another product like it, not it.
    if (SIMILAR_BEFORE.test(text.slice(0, m.index ?? 0))) continue;
    const plural = word === 'these' || word === 'those' || word === 'them';
    const target = plural ? [...shown] : focus ? [focus] : shown.length === 1 ? [...shown] : [];
    add(m, { kind: plural ? 'all' : 'pronoun', resolved: target });
  }
  return out.sort((a, b) => a.start - b.start);
}
