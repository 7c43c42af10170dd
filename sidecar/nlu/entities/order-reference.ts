import { foldDiacritics } from '../../../common/language/tokenizer.js';
import { extractDates } from './dates.js';
import { matchOrderItems, mentionFit, type OrderLine } from './item-mentions.js';
import type { Language, OrderRecency, OrderReferenceEntity, Understanding } from '../types.js';

/**
 * Orders named without their full number — "order 10", "#45", "the one ending 088" — or by what they
 * contain, when they were placed, or "my last order"; and `resolveOrderReference`, which finds them among
 * the customer's own orders. Pure.
 */

/** "order 10", "order no. 45", "commande 10", "commande n° 45": a short number introduced as an order's. */
const SHORT_NUMBER =
  /(?<![\p{L}\d])(?:order|ordr|oder|commande|cmd)\s*(?:(?:number|no\.?|num[eé]ro|nr\.?|n°|#)\s*)?[:#]?\s*(\d{1,8})(?![\d.,]?\d)(?!\s*(?:items?|pieces?|units?|articles?|x\b|%|\$|€|£|dollars?|euros?))/giu;
/** "I'd like to order 2": "order" as a verb. */
const ORDER_VERB =
  /\b(?:to|can|could|will|would|i'?ll|i'?d|i|we|wanna|want|let me|je veux|je voudrais|pour)\s*$/i;
/** "#45": any hash-number short of an increment id. */
const HASH = /(?<![\w$€£&])#\s?(\d{1,8})\b/g;
/** "the one ending 088", "ending in 88", "qui finit par 088", "se terminant par 088". */
const SUFFIX =
  /\b(?:end(?:s|ing)?(?: (?:in|with))?|last (?:digits|numbers?)(?: (?:are|is))?|(?:qui )?(?:finit|finissant|termine|terminant|se termine|se terminant) (?:par|en)|derniers chiffres(?: sont)?)\s*:?\s*(\d{2,8})\b/giu;

/** Short and partial order numbers; full increment ids are `orderNumbers` (order-number.ts). */
export function extractOrderReferences(text: string): OrderReferenceEntity[] {
  const out: OrderReferenceEntity[] = [];
  const add = (kind: OrderReferenceEntity['kind'], m: RegExpMatchArray, digits: string): void => {
    const start = (m.index ?? 0) + m[0].lastIndexOf(digits);
    if (out.some((o) => o.start === start)) return;
    out.push({ kind, digits, raw: m[0].trim(), start, end: start + digits.length });
  };
  for (const m of text.matchAll(SUFFIX)) if (m[1]) add('suffix', m, m[1]);
  for (const m of text.matchAll(SHORT_NUMBER)) {
    if (!m[1] || ORDER_VERB.test(text.slice(0, m.index))) continue;
    add('number', m, m[1]);
  }
  for (const m of text.matchAll(HASH)) if (m[1]) add('number', m, m[1]);
  return out.sort((a, b) => a.start - b.start);
}

const RECENCY: ReadonlyArray<[OrderRecency, RegExp]> = [
  [
    'previous',
    /\b(?:(?:my|the) (?:previous|prior|second[- ]to[- ]last|one before last) (?:order|purchase|one)|the one before(?: that)?$|(?:ma|mon) (?:commande|achat) (?:precedente?|d'avant)|(?:avant-derniere?|precedente?) (?:commande|achat))\b/,
  ],
  [
    'latest',
    /\b(?:(?:my|the) (?:last|latest|most recent|recent|newest|current) (?:order|purchase|one)|(?:ma|mon|la) (?:derniere?|plus recente?) (?:commande|achat)|(?:la|le) (?:derniere?|plus recente?)$|(?:ma|mon) (?:commande|achat) (?:la plus recente|en cours))\b/,
  ],
  [
    'first',
    /\b(?:(?:my|the) (?:first|oldest|earliest) (?:order|purchase|one)|(?:ma|mon) (?:premiere?) (?:commande|achat))\b/,
  ],
];

/** "my last order" → latest; "ma commande précédente" → previous. Reads lower-cased text. */
export function extractOrderRecency(normalized: string): OrderRecency | undefined {
  // "and the one before that?": the end of the words, not of the punctuation after them.
  const folded = foldDiacritics(normalized).replace(/[\s?!.…]+$/u, '');
  return RECENCY.find(([, re]) => re.test(folded))?.[0];
}

/** One of the customer's orders, as the flow loaded it. */
export interface CustomerOrder {
  number: string;
  /** ISO 8601 instant (Magento's `created_at`, UTC). */
  createdAt: string;
  items: ReadonlyArray<{ name: string; sku: string }>;
}

export type OrderReferenceResolution =
  /** One order fits everything the customer said. */
  | { kind: 'order'; number: string; via: OrderClue[] }
  /** Several fit: ask which, newest first. */
  | { kind: 'candidates'; numbers: string[]; via: OrderClue[] }
  /** The message names an order and none of the customer's fits; `no_clue` when it names none. */
  | { kind: 'none'; reason: 'no_clue' | 'no_match'; via: OrderClue[] };

/** What the order was recognised by. */
export type OrderClue = 'number' | 'partial_number' | 'product' | 'date' | 'recency';

/**
 * The customer's order the message means, among `orders` (their own). Every clue the message gives
 * narrows the list: a full number, a short or partial number ("order 10" is 000000010, "ending 088"),
 * products it contains (matched SKUs, or item words such as "the one with the earbuds" against its item
 * names), the day, week or month it was placed (in `timeZone`, relative to `now`), and "my last order".
 */
export function resolveOrderReference(
  understanding: Pick<Understanding, 'text' | 'entities'> & { language?: { code: string } },
  orders: readonly CustomerOrder[],
  now: Date,
  timeZone: string,
): OrderReferenceResolution {
  const { entities } = understanding;
  const language: Language = understanding.language?.code === 'fr' ? 'fr' : 'en';
  let pool = [...orders].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const via: OrderClue[] = [];
  const narrow = (clue: OrderClue, keep: (o: CustomerOrder) => boolean): void => {
    via.push(clue);
    pool = pool.filter(keep);
  };

  const full = entities.orderNumbers.map((o): OrderReferenceEntity => ({
    ...o,
    kind: 'number',
    digits: o.value,
  }));
  if (full.length > 0) narrow('number', (o) => full.some((r) => numberFits(o.number, r)));
  const refs = entities.orderReferences;
  if (refs.length > 0) narrow('partial_number', (o) => refs.some((r) => numberFits(o.number, r)));

  const skus = new Set(entities.products.map((p) => p.sku));
  const mentions = entities.itemMentions.filter((m) => m.phrase !== null);
  if (skus.size > 0) {
    narrow('product', (o) => o.items.some((i) => skus.has(i.sku)));
  } else if (mentions.length > 0) {
    // Item words ("the one with the earbuds") count only when some order has such an item: "the
    // order" or "the package" name none.
    // Of the orders holding such an item, those that hold the closest one: "the ring light" is the order
    // with the ring light, not the one with LED strip lights.
    const named = pool.filter((o) => containsMentioned(o, mentions, language));
    const fit = (o: CustomerOrder) => mentionFit(mentions, orderLines(o), language);
    const best = Math.max(0, ...named.map(fit));
    if (named.length > 0) {
      via.push('product');
      pool = named.filter((o) => fit(o) === best);
    }
  }

  if (entities.dates.length > 0) {
    const ranges = localRanges(understanding.text, now, timeZone, language);
    if (ranges.length > 0) {
      const clues = via.length;
      const before = pool;
      narrow('date', (o) => ranges.some((r) => inRange(localDay(o.createdAt, timeZone), r)));
      // "the laptop I ordered about 2 weeks ago": once another clue has found the order, the date is a
      // shopper's estimate; the nearest order placed within a week of it is the one meant.
      if (pool.length === 0 && clues > 0) pool = nearestTo(before, ranges, timeZone);
    }
  }

  if (entities.orderRecency) {
    via.push('recency');
    const pick =
      entities.orderRecency === 'latest'
        ? pool[0]
        : entities.orderRecency === 'previous'
          ? pool[1]
          : pool[pool.length - 1];
    pool = pick ? [pick] : [];
  }

  if (via.length === 0) return { kind: 'none', reason: 'no_clue', via };
  if (pool.length === 1) return { kind: 'order', number: pool[0]!.number, via };
  if (pool.length === 0) return { kind: 'none', reason: 'no_match', via };
  return { kind: 'candidates', numbers: pool.map((o) => o.number), via };
}

/** "10" fits 000000010 and 1000000010 (by value after the store prefix); a suffix fits the number's end. */
function numberFits(number: string, ref: OrderReferenceEntity): boolean {
  if (ref.kind === 'suffix') return number.endsWith(ref.digits);
  const value = String(Number(ref.digits));
  const unpadded = number.replace(/^[1-9]?0+(?=\d)/, '');
  return number === ref.digits || unpadded === value || String(Number(number)) === value;
}

function orderLines(order: CustomerOrder): OrderLine[] {
  return order.items.map((i) => ({ sku: i.sku, name: i.name, qty: 1 }));
}

function containsMentioned(
  order: CustomerOrder,
  mentions: Understanding['entities']['itemMentions'],
  language: Language,
): boolean {
  const match = matchOrderItems(mentions, orderLines(order), language);
  return match.kind === 'items' || match.kind === 'ambiguous';
}

const DAY_MS = 86_400_000;

interface DayRange {
  /** Inclusive `YYYY-MM-DD`. */
  from: string;
  /** Exclusive `YYYY-MM-DD`. */
  to: string;
}

/**
 * The message's dates read again against the customer's local day: "yesterday" near midnight is the
 * store's yesterday, not UTC's. A week or a month spans its days.
 */
function localRanges(text: string, now: Date, timeZone: string, language: Language): DayRange[] {
  const localNow = new Date(`${localDay(now.toISOString(), timeZone)}T12:00:00Z`);
  return extractDates(text, localNow, language).map((d) => {
    const start = new Date(`${d.date}T00:00:00Z`);
    const end = new Date(start);
    if (d.period === 'week') end.setUTCDate(end.getUTCDate() + 7);
    else if (d.period === 'month') end.setUTCMonth(end.getUTCMonth() + 1);
    else end.setUTCDate(end.getUTCDate() + 1);
    return { from: d.date, to: end.toISOString().slice(0, 10) };
  });
}

/** How far off a shopper's estimate of when they ordered can be, once something else names the order. */
const ESTIMATE_DAYS = 7;

/** The orders placed nearest to the ranges, if within {@link ESTIMATE_DAYS} of one. */
function nearestTo(orders: CustomerOrder[], ranges: DayRange[], timeZone: string): CustomerOrder[] {
  const daysOff = (o: CustomerOrder): number => {
    const day = Date.parse(`${localDay(o.createdAt, timeZone)}T00:00:00Z`);
    return Math.min(
      ...ranges.map((r) => {
        const from = Date.parse(`${r.from}T00:00:00Z`);
        const to = Date.parse(`${r.to}T00:00:00Z`) - DAY_MS;
        return day < from ? (from - day) / DAY_MS : day > to ? (day - to) / DAY_MS : 0;
      }),
    );
  };
  const close = orders.filter((o) => daysOff(o) <= ESTIMATE_DAYS);
  const best = Math.min(...close.map(daysOff));
  return close.filter((o) => daysOff(o) === best);
}

function inRange(day: string, r: DayRange): boolean {
  return day >= r.from && day < r.to;
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDay(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
