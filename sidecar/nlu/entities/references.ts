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
  // French, as typed: « la première », « le 2e », « le dernier ».
  premier: 0,
  premiere: 0,
  première: 0,
  '1er': 0,
  '1re': 0,
  '1ere': 0,
  '1ère': 0,
  deuxieme: 1,
  deuxième: 1,
  seconde: 1,
  '2e': 1,
  '2eme': 1,
  '2ème': 1,
  troisieme: 2,
  troisième: 2,
  '3e': 2,
  '3eme': 2,
  '3ème': 2,
  quatrieme: 3,
  quatrième: 3,
  '4e': 3,
  cinquieme: 4,
  cinquième: 4,
  '5e': 4,
  dernier: -1,
  derniere: -1,
  dernière: -1,
};

const ORDINAL =
  /\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|former|latter)(?:\s+(?:one|item|option|product|model|pair|choice|result))?\b/gi;
/**
 * The French ordinals after their article (« la première », « le 2e », « l'avant-dernière » is not
 * read): without one, « première » is time as often as place (« ma première commande »); never before
 * what makes it time (« la première fois », « la dernière commande »).
 */
const FRENCH_ORDINAL =
  /(?<![\p{L}\p{N}])(?:le|la|les)\s+(premi[eè]re?|1(?:er|re|[eè]re)|deuxi[eè]me|seconde?|2(?:e|[eè]me)|troisi[eè]me|3(?:e|[eè]me)|quatri[eè]me|4e|cinqui[eè]me|5e|derni[eè]re?)(?![\p{L}\p{N}])(?!\s+(?:fois|commande|achat|semaine|mois|ann[ée]e))(?:\s+(?:option|proposition|produit|mod[eè]le|article|choix))?/giu;
const NUMBERED = /\b(?:number|no\.?|option|item|#|num[eé]ro|n°)\s?([1-5])\b(?!\d)/gi;
const COMPARATIVE =
  /\b(?:the\s+)?(cheaper|cheapest|less expensive|least expensive|lower[- ]priced|more expensive|most expensive|pricier|priciest|dearer)(?:\s+(?:one|option|model|version|pair))?\b/gi;
/** « le moins cher », « la moins chère », « la plus chère », « les moins chers ». */
const FRENCH_COMPARATIVE =
  /(?<![\p{L}\p{N}])(?:(?:le|la|les|l')\s*)?(moins|plus)\s+(?:ch[eè]re?s?|co[uû]teux|co[uû]teuse)(?![\p{L}\p{N}])/giu;
const ALL = /\b(both(?:\s+of\s+them)?|all\s+(?:of\s+them|three|four|five)|each\s+of\s+them|them\s+all)\b/gi;
/** « les deux », « tous les trois », « chacun d'eux ». */
const FRENCH_ALL =
  /(?<![\p{L}\p{N}])((?:tou(?:te)?s\s+)?les\s+(?:deux|trois|quatre|cinq)|chacune?\s+d'(?:eux|elles))(?![\p{L}\p{N}])/giu;
const PRONOUN =
  /\b(it|this one|that one|this|that|these|those|them|this product|that product|this item|that item|the one you showed)\b/gi;
/**
 * "this"/"that" are pronouns only when nothing follows that they could qualify: "this jacket" is not,
 * "do you have this in a medium", "does this come in blue", "will that fit" are.
 */
const DETERMINER_AFTER =
  /^\s+(?!(?:one|product|item|in|on|for|with|at|and|or|but|to|from|as|too|also|still|come|comes|fit|fits|work|works|run|runs|ship|ships|have|has|go|goes|look|looks|need|needs|include|includes|cost|costs|be|is)\b)[a-z]/i;

/**
 * French pronouns for a product: « celle-ci », « ce modèle », and « il », « elle » as subjects (« elle
 * a quelle autonomie ? »), but not the impersonal « il y a », « il faut ».
 */
const FRENCH_PRONOUN =
  /(?<![\p{L}\p{N}'-])(celui-ci|celle-ci|celui-là|celle-là|celui-la|celle-la|ce produit|cet article|ce mod[eè]le|cette (?:option|r[ée]f[ée]rence)|elle|il(?!\s+(?:y\s+a|faut|me\s+faut|s'agit|para[iî]t))|ceux-ci|celles-ci|ceux-là|celles-là)(?![\p{L}\p{N}-])/giu;
const FRENCH_PLURAL = /^(?:ceux|celles|les)/;
/**
 * « je peux les retourner ? », « je voudrais le rendre », « me la rembourser »: an object pronoun before
 * the verb of an order request takes up the items talked about.
 */
const FRENCH_OBJECT =
  /(?<![\p{L}\p{N}'-])(les|le|la|l')(?=\s*(?:retourner|renvoyer|rendre|rembourser|[ée]changer|changer|annuler|garder|suivre|recevoir)(?![\p{L}\p{N}]))/giu;
/** Subject pronouns that, after a product named by its place or price, only take it up again. */
const RESUMPTIVE = new Set(['it', 'il', 'elle']);

const SIMILAR_BEFORE =
  /\b(?:like|similar to|comparable to|such as|other than|besides|comme|semblable [àa]|pareil [àa]|autre que)\s+$/i;

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
 * References to what was shown, in English and French (shoppers mix them): ordinals, comparatives,
 * "both", pronouns. Each is resolved against
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
  for (const m of text.matchAll(FRENCH_COMPARATIVE)) {
    const which = m[1]!.toLowerCase() === 'moins' ? 'cheapest' : 'most_expensive';
    add(m, { kind: 'comparative', comparative: which, resolved: resolveComparative(which, shown) });
  }
  for (const m of text.matchAll(FRENCH_ORDINAL)) {
    const index = ORDINALS[m[1]!.toLowerCase()] ?? 0;
    add(m, { kind: 'ordinal', index, resolved: resolveIndex(index, shown) });
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
  for (const m of text.matchAll(FRENCH_ALL)) add(m, { kind: 'all', resolved: [...shown] });
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
  for (const m of text.matchAll(FRENCH_OBJECT)) {
    const plural = FRENCH_PLURAL.test(m[1]!.toLowerCase());
    const target = plural ? [...shown] : focus ? [focus] : shown.length === 1 ? [...shown] : [];
    add(m, { kind: plural ? 'all' : 'pronoun', resolved: target });
  }
  for (const m of text.matchAll(FRENCH_PRONOUN)) {
    if (SIMILAR_BEFORE.test(text.slice(0, m.index ?? 0))) continue;
    const plural = FRENCH_PLURAL.test(m[1]!.toLowerCase());
    const target = plural ? [...shown] : focus ? [focus] : shown.length === 1 ? [...shown] : [];
    add(m, { kind: plural ? 'all' : 'pronoun', resolved: target });
  }
  // "the first one, is it waterproof?", « la 2e elle pèse combien ? »: the subject pronoun takes up
  // the product just named, not another one.
  const named = out.some((r) => r.kind === 'ordinal' || r.kind === 'comparative');
  return out
    .filter((r) => !(named && r.kind === 'pronoun' && RESUMPTIVE.has(r.raw.toLowerCase())))
    .sort((a, b) => a.start - b.start);
}
