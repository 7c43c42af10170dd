import { editDistance } from '../../../common/language/edit-distance.js';
import type { Language as AnalysisLanguage } from '../../../common/language/language.js';
import { stem } from '../../../common/language/stemmer.js';
import { tokenSpans, foldWord } from '../../../common/language/tokenizer.js';
import { parseNumber } from '../number-words.js';
import type { ItemMention, ItemQuantifier, Language } from '../types.js';

/**
 * Items of an order named in a message ("the earbuds", "both shirts", "one of the two mugs", "just the
 * charger", "2 of the socks", "everything but the case") and which order lines they are. Extraction
 * knows no order: it reads the words; `matchOrderItems` then matches them against the lines the flow
 * loaded. Both pure.
 */

interface MentionWords {
  /** Determiners that open an item phrase. */
  determiners: ReadonlySet<string>;
  /** Words that end an item phrase (prepositions, conjunctions, pronouns, verbs of the request). */
  stops: ReadonlySet<string>;
  /** "everything", "the whole order": every line. Folded, spaces between words. */
  whole: readonly string[];
  /** "everything but", "tout sauf": every line except what follows. */
  except: readonly string[];
  /** "just", "only": that item alone. */
  only: ReadonlySet<string>;
  /** "both": all of the (two) items named. */
  both: ReadonlySet<string>;
  /** "all", "tous": all of the items named. */
  all: ReadonlySet<string>;
  /** "of" in "2 of the socks", "des" in "deux des mugs". */
  partitive: ReadonlySet<string>;
  /** Words that name no item ("one" in "the blue one", "item", "stuff"). */
  generic: ReadonlySet<string>;
  /**
   * What may follow a bare quantifier without naming an item ("both of them", "the two of those",
   * "tous les deux", "les deux d'entre eux"): folded, spaces between words, longest first.
   */
  pronouns: readonly string[];
  /**
   * "the one with", "the order containing", « celle avec »: an order picked by what it holds. The item
   * named after it is the mention, which spans them (the message may be nothing but that).
   */
  holding: readonly string[];
  /**
   * Words that label a detail rather than name an item ("the zip", "the email", "le code postal"),
   * calendar words ("on 3 October") and the request itself ("I want a refund", "un remboursement"):
   * never an item.
   */
  notItems: ReadonlySet<string>;
}

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/** Every language the NLU reads has its words here; a missing language does not compile. */
const MENTION_WORDS: Readonly<Record<Language, MentionWords>> = {
  en: {
    determiners: set('the my these those this that his her our their your'),
    stops: set(
      'from in on of for with and or but because since as that which who i it its they them we you he she please order orders to is are was were be been has have had arrived came broke broken doesnt dont isnt wasnt do does did not no so too very really when if then at by about instead back',
    ),
    whole: [
      'everything',
      'all of it',
      'all of them',
      'the whole order',
      'the entire order',
      'whole order',
      'entire order',
      'all items',
      'all the items',
      'all my items',
      'the whole lot',
      'the whole thing',
      'whole thing',
      'everything in it',
      'the lot',
      'every item',
      'every single item',
      'each item',
    ],
    except: [
      'everything but',
      'everything except',
      'all but',
      'all except',
      'everything apart from',
      'everything other than',
      'everything besides',
      'all of it except',
      'all of it but',
      'the whole order except',
      'the whole order but',
      'every item except',
      'every item but',
      'all items except',
      'all the items except',
    ],
    only: set('just only'),
    both: set('both'),
    all: set('all'),
    partitive: set('of'),
    generic: set(
      'one ones item items thing things stuff product products article articles piece pieces pair pairs set lot rest other others order package parcel',
    ),
    pronouns: [
      'of them',
      'of those',
      'of these',
      'of em',
      'them',
      'those',
      'these',
      'ones',
      'items',
      'things',
    ],
    holding: [
      'one with',
      'one containing',
      'one that has',
      'one that had',
      'one having',
      'one where i got',
      'order with',
      'order containing',
      'order that has',
      'order that had',
      'order where i got',
    ],
    notItems: set(
      'refund refunds return returns exchange exchanges replacement replacements reimbursement cancellation zip zipcode postcode postal code email e-mail mail address name surname phone number size colour color date day week month year time january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday yesterday today',
    ),
  },
  fr: {
    determiners: set('le la les l mon ma mes ce cet cette ces son sa ses notre nos votre vos'),
    stops: set(
      'dans pour avec et ou mais car parce qui que qu je j il ils elle elles on nous vous svp commande commandes sur en a est sont etait etaient arrive arrivee arrives arrivees casse cassee ne n pas trop tres quand si puis alors par au aux',
    ),
    whole: [
      'tout',
      'toute la commande',
      'la commande entiere',
      'toute ma commande',
      'tous les articles',
      'tous mes articles',
      "l'ensemble",
      'l ensemble',
      'le tout',
      'la totalite',
    ],
    except: [
      'tout sauf',
      'tout a part',
      'tout excepte',
      'tout hormis',
      'toute la commande sauf',
      'tous sauf',
      'tout mais pas',
      'tous les articles sauf',
      'toute la commande a part',
    ],
    only: set('juste seulement uniquement que rien'),
    both: set(''),
    all: set('tous toutes'),
    partitive: set('des de'),
    generic: set(
      'un une celui celle ceux celles article articles truc trucs chose choses produit produits piece pieces paire paires lot reste autre autres commande colis',
    ),
    pronouns: ['d entre eux', 'd entre elles', 'articles', 'produits', 'trucs'],
    holding: [
      'celle avec',
      'celui avec',
      'celle qui contient',
      'celle qui contenait',
      'celle qui a',
      'celle ou il y a',
      'celle ou il y avait',
      'commande avec',
      'commande qui contient',
      'commande qui contenait',
      'commande ou il y a',
      'commande ou il y avait',
    ],
    notItems: set(
      'retourner renvoyer rendre rembourser echanger changer annuler garder recevoir suivre remboursement remboursements retour retours echange echanges remplacement annulation code postal mail email e-mail courriel adresse nom numero telephone taille couleur date jour semaine mois an annee janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd',
    ),
  },
};

/** "les deux X": French says "both" with two words. */
const FRENCH_BOTH = /^(?:les|mes|ces) deux$/;

interface Word {
  folded: string;
  start: number;
  end: number;
}

/** Item mentions in a message, in order of appearance. `language` is the message's language. */
export function extractItemMentions(text: string, language: Language): ItemMention[] {
  const lex = MENTION_WORDS[language];
  const ws: Word[] = tokenSpans(text).map((t) => ({
    folded: foldWord(t.text).replace(/[’']/g, ' ').trim(),
    start: t.start,
    end: t.end,
  }));
  // An elided article ("l'écharpe") is one token: split it into the article and the word.
  const flat: Word[] = ws.flatMap((w) => {
    const parts = w.folded.split(' ');
    if (parts.length === 1) return [w];
    const head = parts[0] ?? '';
    return [
      { folded: head, start: w.start, end: w.start + head.length },
      { folded: parts.slice(1).join(''), start: w.start + head.length + 1, end: w.end },
    ];
  });
  const out: ItemMention[] = [];
  let i = 0;
  while (i < flat.length) {
    const read = readMention(flat, i, lex, text);
    if (read) {
      out.push(...read.mentions.map(countInPhrase));
      i = read.next;
    } else i++;
  }
  return out;
}

/**
 * "just the one puzzle", "the two mugs": a count inside the words that name the item is how many of it
 * ("one puzzle" → `puzzle`, 1), not part of its name.
 */
function countInPhrase(m: ItemMention): ItemMention {
  // Number words only: "the 10 inch tablet" names a tablet, "an"/"une" are articles.
  const found = m.phrase ? /^([a-z]{3,})\s+(\S.*)$/.exec(m.phrase) : null;
  const n = found ? parseNumber(found[1]!) : null;
  if (!found || n === null || !Number.isInteger(n) || n < 1 || m.quantity !== undefined) return m;
  return {
    ...m,
    phrase: found[2]!,
    quantity: n,
    quantifier: m.quantifier === 'unspecified' || m.quantifier === 'only' ? 'count' : m.quantifier,
  };
}

function joined(ws: readonly Word[], from: number, count: number): string {
  return ws
    .slice(from, from + count)
    .map((w) => w.folded)
    .join(' ');
}

/** Longest of `phrases` starting at word `i`, as a word count (0 when none). */
function phraseAt(ws: readonly Word[], i: number, phrases: readonly string[]): number {
  let best = 0;
  for (const p of phrases) {
    const n = p.split(' ').length;
    if (n > best && joined(ws, i, n) === p) best = n;
  }
  return best;
}

type Read = { mentions: ItemMention[]; next: number };

function readMention(ws: readonly Word[], i: number, lex: MentionWords, text: string): Read | undefined {
  const start = ws[i]?.start ?? 0;
  const make = (
    quantifier: ItemQuantifier,
    phraseFrom: number,
    extra: { quantity?: number; outOf?: number } = {},
    from = start,
    bare = false,
  ): Read | undefined => {
    const phrase = readPhrase(ws, phraseFrom, lex, text);
    if (!phrase) {
      // "both", "the two of them", "only one", "les deux", "tous les trois": a count with no item
      // named, which the flow applies to the order (or the items it showed).
      const after = bare ? bareEnd(ws, phraseFrom, lex, text) : undefined;
      if (after === undefined) return undefined;
      const end = ws[after - 1]?.end ?? from;
      return {
        mentions: [{ phrase: null, quantifier, ...extra, raw: text.slice(from, end), start: from, end }],
        next: after,
      };
    }
    const end = ws[phrase.next - 1]?.end ?? from;
    const mention = {
      phrase: phrase.words.join(' '),
      quantifier,
      ...extra,
      raw: text.slice(from, end),
      start: from,
      end,
    };
    return { mentions: [mention], next: phrase.next };
  };

  const except = phraseAt(ws, i, lex.except);
  if (except > 0) {
    // "everything but the case": the whole order, then the line left out.
    const wholeEnd = ws[i + except - 1]?.end ?? start;
    const whole: ItemMention = {
      phrase: null,
      quantifier: 'all',
      raw: text.slice(start, wholeEnd),
      start,
      end: wholeEnd,
    };
    const afterWhole = ws[i + except]?.start ?? wholeEnd;
    const excluded = make('except', skipDeterminer(ws, i + except, lex), {}, afterWhole);
    return excluded
      ? { mentions: [whole, ...excluded.mentions], next: excluded.next }
      : { mentions: [whole], next: i + except };
  }
  const whole = phraseAt(ws, i, lex.whole);
  if (whole > 0) {
    const end = ws[i + whole - 1]?.end ?? start;
    return {
      mentions: [{ phrase: null, quantifier: 'all', raw: text.slice(start, end), start, end }],
      next: i + whole,
    };
  }
  // "the one with the earbuds", « celle avec les écouteurs »: the items that say which order.
  const holding = phraseAt(ws, lex.determiners.has(ws[i]?.folded ?? '') ? i + 1 : i, lex.holding);
  if (holding > 0) {
    const at = lex.determiners.has(ws[i]?.folded ?? '') ? i + 1 + holding : i + holding;
    const held = readMention(ws, at, lex, text);
    if (held)
      return {
        mentions: held.mentions.map((m, k) => (k === 0 ? { ...m, start, raw: text.slice(start, m.end) } : m)),
        next: held.next,
      };
  }
  const w = ws[i]?.folded ?? '';
  if (lex.only.has(w)) {
    // "rien que le bonnet": "rien que" is "only".
    const j = w === 'rien' && ws[i + 1]?.folded === 'que' ? i + 2 : i + 1;
    if (w === 'rien' && j === i + 1) return undefined;
    // "only one", "just one of them", "juste un des deux": a count.
    if (countAt(ws, j) !== undefined) return readCount(ws, j, lex, make, start, true);
    return make('only', skipDeterminer(ws, j, lex));
  }
  if (lex.both.has(w)) {
    let j = i + 1;
    if (lex.partitive.has(ws[j]?.folded ?? '')) j++;
    return make('all', skipDeterminer(ws, j, lex), { quantity: 2 }, start, true);
  }
  if (FRENCH_BOTH.test(joined(ws, i, 2))) return make('all', i + 2, { quantity: 2 }, start, true);
  if (lex.all.has(w)) {
    let j = i + 1;
    if (lex.partitive.has(ws[j]?.folded ?? '')) j++;
    j = skipDeterminer(ws, j, lex);
    const n = countAt(ws, j);
    return make('all', n ? j + 1 : j, n ? { quantity: n } : {}, start, n !== undefined);
  }
  if (countAt(ws, i) !== undefined) return readCount(ws, i, lex, make, start);
  if (lex.determiners.has(w)) {
    const j = i + 1;
    // « l'un des deux mugs »: one of them, not an item called "un".
    if (countAt(ws, j) === 1 && lex.partitive.has(ws[j + 1]?.folded ?? ''))
      return readCount(ws, j, lex, make, start);
    // "the pair of them": two.
    const n = ws[j]?.folded === 'pair' && ws[j + 1]?.folded === 'of' ? 2 : countAt(ws, j);
    // "the two mugs", "the two of them", "les trois": all of them, and there are that many.
    if (n !== undefined && n > 1) return make('all', j + 1, { quantity: n }, start, true);
    return make('unspecified', j);
  }
  return undefined;
}

type Make = (
  quantifier: ItemQuantifier,
  phraseFrom: number,
  extra?: { quantity?: number; outOf?: number },
  from?: number,
  bare?: boolean,
) => Read | undefined;

/** "2 of the socks", "one of the two mugs", "deux des mugs", "a mug", "one of them", "un des deux". */
function readCount(
  ws: readonly Word[],
  i: number,
  lex: MentionWords,
  make: Make,
  start: number,
  afterOnly = false,
) {
  const count = countAt(ws, i) ?? 1;
  const word = ws[i]?.folded ?? '';
  let j = i + 1;
  if (lex.partitive.has(ws[j]?.folded ?? '')) {
    j = skipDeterminer(ws, j + 1, lex);
    const outOf = countAt(ws, j);
    if (outOf !== undefined) return make('count', j + 1, { quantity: count, outOf }, start, true);
    return make('count', j, { quantity: count }, start, true);
  }
  // "only one", "just two" count; a bare "one" ("the one with…"), article or digit ("order 10") does not.
  return make(
    'count',
    j,
    { quantity: count },
    start,
    afterOnly && /^\p{L}+$/u.test(word) && !ARTICLES.has(word),
  );
}

/** Articles that count one only when an item follows ("a mug"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'un', 'une']);

/**
 * Where a bare quantifier ends: after a pronoun phrase ("of them", "d'entre eux"), or right there when
 * the message or its clause ends or a word that names nothing follows. Undefined when an item word follows.
 */
function bareEnd(ws: readonly Word[], i: number, lex: MentionWords, text: string): number | undefined {
  const pronoun = phraseAt(ws, i, lex.pronouns);
  if (pronoun > 0) return i + pronoun;
  const next = ws[i];
  if (!next) return i;
  if (/[,.;!?:]/.test(text.slice(ws[i - 1]?.end ?? 0, next.start))) return i;
  return lex.stops.has(next.folded) || lex.generic.has(next.folded) ? i : undefined;
}

function skipDeterminer(ws: readonly Word[], i: number, lex: MentionWords): number {
  return lex.determiners.has(ws[i]?.folded ?? '') ? i + 1 : i;
}

/** A small count at word `i` ("2", "two", "a", "une"); quantities on a customer's order lines are small. */
function countAt(ws: readonly Word[], i: number): number | undefined {
  const w = ws[i]?.folded;
  if (!w) return undefined;
  // An order number or a postcode ("000000086 lucas") counts nothing.
  if (/^\d+$/.test(w)) return w.length <= 3 ? Number(w) : undefined;
  if (w === 'a' || w === 'an') return 1;
  const n = parseNumber(w);
  return n !== null && Number.isInteger(n) && n > 0 && n < 100 ? n : undefined;
}

/** Up to four words naming the item, stopping at a preposition, conjunction, pronoun or another determiner. */
function readPhrase(
  ws: readonly Word[],
  from: number,
  lex: MentionWords,
  text: string,
): { words: string[]; next: number } | undefined {
  const words: string[] = [];
  let j = from;
  while (j < ws.length && words.length < 4) {
    const w = ws[j]?.folded ?? '';
    if (lex.stops.has(w) || lex.determiners.has(w) || /^\d/.test(w)) break;
    // Punctuation between two words ends the phrase ("the case, please").
    if (j > from && /[,.;!?:]/.test(text.slice(ws[j - 1]?.end ?? 0, ws[j]?.start ?? 0))) break;
    words.push(w);
    j++;
  }
  const content = words.filter((w) => !lex.generic.has(w));
  if (content.length === 0 || content.some((w) => lex.notItems.has(w))) return undefined;
  return { words, next: j };
}

/** One line of an order, as the flow loaded it. */
export interface OrderLine {
  sku: string;
  name: string;
  qty: number;
}

/** A line the customer means, with the quantity when they said one (absent = not said). */
export interface SelectedItem {
  sku: string;
  qty?: number;
}

export type OrderItemMatch =
  /** The lines (and quantities) the mentions name. */
  | { kind: 'items'; items: SelectedItem[]; unmatched: ItemMention[] }
  /** A mention fits several lines and the words do not say which: ask, offering these. */
  | { kind: 'ambiguous'; mention: ItemMention; candidates: OrderLine[] }
  /** Nothing named matches a line, or a count is more than the matching lines hold. */
  | { kind: 'none'; reason: 'no_mention' | 'no_match' | 'quantity_exceeds'; unmatched: ItemMention[] };

/**
 * Which order lines the mentions name. A mention matches the lines whose names share its most content
 * words (stemmed in `language`, one typo allowed in words of five letters or more). A singular mention
 * that fits several lines is ambiguous; a plural one ("the shirts"), "both" or "all" takes them all;
 * "everything but X" takes every line except X's. Mentions that match no line (a word such as "the
 * crack" in "the earbuds have a crack") are ignored when another mention matched, and reported.
 */
export function matchOrderItems(
  mentions: readonly ItemMention[],
  lines: readonly OrderLine[],
  language: Language,
): OrderItemMatch {
  if (mentions.length === 0) return { kind: 'none', reason: 'no_mention', unmatched: [] };
  const analysis: AnalysisLanguage = language;
  const lineWords = lines.map((l) => nameWords(l.name));
  const selected = new Map<string, number | undefined>();
  const excluded = new Set<string>();
  const unmatched: ItemMention[] = [];
  let matchedAny = false;

  for (const m of mentions) {
    if (m.phrase === null) {
      // No item named: "everything", "both", "only one", "les trois" count over the whole order.
      const total = lines.reduce((s, l) => s + l.qty, 0);
      const n = m.quantity;
      if (n !== undefined && n > total) return { kind: 'none', reason: 'quantity_exceeds', unmatched: [m] };
      if (m.quantifier === 'count' && n !== undefined && n < total) {
        if (lines.length !== 1) return { kind: 'ambiguous', mention: m, candidates: [...lines] };
        selected.set(lines[0]!.sku, n);
      } else if (n !== undefined && n !== total && n !== lines.length) {
        // "both" on an order of three lines: which two?
        return { kind: 'ambiguous', mention: m, candidates: [...lines] };
      } else for (const l of lines) selected.set(l.sku, l.qty);
      matchedAny = true;
      continue;
    }
    const candidates = bestLines(m.phrase, lines, lineWords, analysis, MENTION_WORDS[language].generic);
    if (candidates.length === 0) {
      // An exception or "just X" that names no line cannot be ignored: the rest would be taken.
      if (m.quantifier === 'except' || m.quantifier === 'only')
        return { kind: 'none', reason: 'no_match', unmatched: [m] };
      unmatched.push(m);
      continue;
    }
    matchedAny = true;
    if (m.quantifier === 'except') {
      for (const c of candidates) excluded.add(c.sku);
      continue;
    }
    const available = candidates.reduce((s, c) => s + c.qty, 0);
    if (m.quantifier === 'all') {
      if (m.quantity !== undefined && m.quantity > available)
        return { kind: 'none', reason: 'quantity_exceeds', unmatched: [m] };
      for (const c of candidates) selected.set(c.sku, c.qty);
      continue;
    }
    if (m.quantifier === 'count' && m.quantity !== undefined) {
      if (m.quantity > available) return { kind: 'none', reason: 'quantity_exceeds', unmatched: [m] };
      if (candidates.length === 1) selected.set(candidates[0]!.sku, m.quantity);
      else if (m.quantity === available) for (const c of candidates) selected.set(c.sku, c.qty);
      else return { kind: 'ambiguous', mention: m, candidates };
      continue;
    }
    // "the earbuds", "just the charger": the line it names; a plural names every line it fits.
    if (candidates.length === 1) selected.set(candidates[0]!.sku, undefined);
    else if (isPlural(m.phrase, language)) for (const c of candidates) selected.set(c.sku, undefined);
    else return { kind: 'ambiguous', mention: m, candidates };
  }
  if (!matchedAny) return { kind: 'none', reason: 'no_match', unmatched };
  const items = lines
    .filter((l) => selected.has(l.sku) && !excluded.has(l.sku))
    .map((l) => {
      const qty = selected.get(l.sku);
      return qty === undefined ? { sku: l.sku } : { sku: l.sku, qty };
    });
  // "everything but the case" with nothing else: every line but the case.
  if (selected.size === 0 && excluded.size > 0) {
    const rest = lines.filter((l) => !excluded.has(l.sku)).map((l) => ({ sku: l.sku, qty: l.qty }));
    return rest.length > 0
      ? { kind: 'items', items: rest, unmatched }
      : { kind: 'none', reason: 'no_match', unmatched };
  }
  return items.length > 0
    ? { kind: 'items', items, unmatched }
    : { kind: 'none', reason: 'no_match', unmatched };
}

/**
 * How closely an order's lines fit the items named: the most words of one phrase that one line's name
 * holds (0: none). "the ring light" fits a ring light (2) better than LED strip lights (1). Pure.
 */
export function mentionFit(
  mentions: readonly ItemMention[],
  lines: readonly OrderLine[],
  language: Language,
): number {
  const generic = MENTION_WORDS[language].generic;
  return Math.max(
    0,
    ...mentions.flatMap((m) =>
      m.phrase === null
        ? []
        : lines.map((l) => {
            const names = nameWords(l.name);
            return m
              .phrase!.split(' ')
              .filter((w) => w !== '' && !generic.has(w))
              .filter((w) => names.some((n) => sameWord(w, n, language))).length;
          }),
    ),
  );
}

function nameWords(name: string): string[] {
  return tokenSpans(name).map((t) => foldWord(t.text));
}

/** Lines whose names share the most content words with the phrase (none when no word matches). */
function bestLines(
  phrase: string,
  lines: readonly OrderLine[],
  lineWords: readonly string[][],
  language: AnalysisLanguage,
  generic: ReadonlySet<string>,
): OrderLine[] {
  const content = phrase.split(' ').filter((w) => w !== '' && !generic.has(w));
  let best = 0;
  let out: OrderLine[] = [];
  lines.forEach((line, i) => {
    const names = lineWords[i] ?? [];
    const score = content.filter((w) => names.some((n) => sameWord(w, n, language))).length;
    if (score === 0) return;
    if (score > best) {
      best = score;
      out = [line];
    } else if (score === best) out.push(line);
  });
  return out;
}

/** Same stem, or one typo in a word of five letters or more ("earbud" = "earbuds", "chager" = "charger"). */
export function sameWord(a: string, b: string, language: AnalysisLanguage): boolean {
  if (a === b) return true;
  if (stem(a, language) === stem(b, language)) return true;
  return a.length >= 5 && b.length >= 5 && editDistance(a, b, 1) <= 1;
}

function isPlural(phrase: string, language: Language): boolean {
  const words = phrase.split(' ');
  const head = words[words.length - 1] ?? '';
  // English and French mark the plural with -s (-x for some French words); "glass" is no plural.
  return language === 'fr' ? /[sx]$/.test(head) : /[^s]s$/.test(head);
}
