import { detectLanguage, type Language } from '../language.js';
import { NUMBER_WORDS_SOURCE, parseNumber } from '../number-words.js';
import { words, WORD_END, WORD_START } from '../text.js';
import type { DateEntity } from '../types.js';

/**
 * Each language's words for the same few kinds of date; one set of patterns reads them all, so
 * "March 3" and "le 3 mars", "3 days ago" and "il y a 3 jours" resolve the same way.
 */

/** Month names (regex source) per language, January first. */
const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'jan(?:uary)?',
    'feb(?:ruary)?',
    'mar(?:ch)?',
    'apr(?:il)?',
    'may',
    'june?',
    'july?',
    'aug(?:ust)?',
    'sep(?:t(?:ember)?)?',
    'oct(?:ober)?',
    'nov(?:ember)?',
    'dec(?:ember)?',
  ],
  fr: [
    'janv(?:ier)?',
    'f[ée]vr?(?:ier)?',
    'mars',
    'avr(?:il)?',
    'mai',
    'juin',
    'juil(?:let)?',
    'ao[ûu]t',
    'sept(?:embre)?',
    'oct(?:obre)?',
    'nov(?:embre)?',
    'd[ée]c(?:embre)?',
  ],
};
/** Weekday names per language, Sunday first (as `getUTCDay` counts). */
const WEEKDAYS: Readonly<Record<Language, readonly string[]>> = {
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};
/** Before the weekday ("last Tuesday", "ce lundi") or after it ("lundi dernier", "mardi prochain"). */
const WEEKDAY_BEFORE: Readonly<Record<string, WeekdayModifier>> = {
  last: 'last',
  this: 'this',
  next: 'next',
  on: 'most_recent',
  ce: 'this',
};
const WEEKDAY_AFTER: Readonly<Record<string, WeekdayModifier>> = {
  dernier: 'last',
  passé: 'last',
  prochain: 'next',
};
type WeekdayModifier = 'last' | 'this' | 'next' | 'most_recent';
/** Days from today; spaces stand for any run of spaces or hyphens ("avant-hier", "avant hier"). */
const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  today: 0,
  yesterday: -1,
  tomorrow: 1,
  'the day before yesterday': -2,
  "aujourd'hui": 0,
  hier: -1,
  demain: 1,
  'avant hier': -2,
  'après demain': 2,
};
/** The calendar period before the current one; it resolves to its first day (weeks start on Monday). */
const LAST_PERIODS: Readonly<Record<string, 'week' | 'month'>> = {
  'last week': 'week',
  'last month': 'month',
  'la semaine dernière': 'week',
  'la semaine passée': 'week',
  'le mois dernier': 'month',
  'du mois dernier': 'month',
  'du mois passé': 'month',
  'de la semaine dernière': 'week',
  'de la semaine passée': 'week',
  'le mois passé': 'month',
};
/** The current calendar period; it resolves to its first day ("earlier this week" is this week). */
const THIS_PERIODS: Readonly<Record<string, 'week' | 'month'>> = {
  'this week': 'week',
  'this month': 'month',
  'cette semaine': 'week',
  'ce mois ci': 'month',
  'ce mois': 'month',
  'de cette semaine': 'week',
  'du mois en cours': 'month',
};
/** Words that make a month name alone the whole month ("in november", "en novembre", "back in May"). */
const MONTH_LEADS = [
  'in',
  'from',
  'during',
  'back in',
  'en',
  'de',
  "d'",
  'au mois de',
  'du mois de',
  'courant',
];
/** Length in days of the units "3 days ago", "il y a deux semaines", "depuis une semaine" count in. */
const UNIT_DAYS: Readonly<Record<string, number>> = {
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  jour: 1,
  jours: 1,
  semaine: 7,
  semaines: 7,
};
/** Words before ("il y a 3 jours", "depuis une semaine") or after ("3 days ago") a count of units back. */
const AGO_BEFORE = ['il y a', 'depuis', 'ça fait', 'cela fait'];
const AGO_AFTER = ['ago'];

const START = WORD_START;
const END = WORD_END;

/** Longest first, so "the day before yesterday" wins over "yesterday"; spaces match spaces or hyphens. */
function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/ /g, String.raw`[\s-]+`).replace(/'/g, `['’]`))
    .join('|');
}

/** The table key a matched phrase stands for ("Avant-hier" → "avant hier"). */
function key(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[\s-]+/g, ' ');
}

const LANGUAGES = Object.keys(MONTHS) as Language[];
const everyLanguage = <T>(table: Readonly<Record<Language, readonly T[]>>): T[] =>
  LANGUAGES.flatMap((l) => table[l]);

/** 0-based month of a matched name in any language ("Sept." and "septembre" → 8). */
function monthIndex(name: string): number {
  const bare = name.replace(/\.$/, '');
  return (
    LANGUAGES.map((l) => MONTHS[l].findIndex((source) => new RegExp(`^(?:${source})$`, 'i').test(bare))).find(
      (i) => i >= 0,
    ) ?? -1
  );
}

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er)?`;
const NUMBER = String.raw`(\d{1,2}|${NUMBER_WORDS_SOURCE}|an?)`;
const DAY_MS = 86_400_000;

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
/** Month first is English only ("March 3"); French puts the day first ("le 3 mars"). */
const MONTH_DAY = new RegExp(
  String.raw`${START}(${alternation(MONTHS.en)})\.?\s+${DAY}(?:,?\s+(\d{4}))?${END}`,
  'gi',
);
const DAY_MONTH = new RegExp(
  String.raw`${START}${DAY}\s+(?:of\s+)?(${alternation(everyLanguage(MONTHS))})\.?(?:,?\s+(\d{4}))?${END}`,
  'gi',
);
/**
 * 12/03/2026, 12.03.26, 12/03: day and month order is the language's. Without a year only two-digit
 * parts with a slash are read, so "1/2" (a half) and "4.50" (a price) are not dates.
 */
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![/.-]?\d)/g;
const RELATIVE = new RegExp(`${START}(${alternation(Object.keys(RELATIVE_DAYS))})${END}`, 'gi');
const LAST_PERIOD = new RegExp(`${START}(${alternation(Object.keys(LAST_PERIODS))})${END}`, 'gi');
const THIS_PERIOD = new RegExp(`${START}(${alternation(Object.keys(THIS_PERIODS))})${END}`, 'gi');
/** "in november", « en novembre 2025 »: a whole month, the lead word left out of the span. */
const MONTH_ALONE = new RegExp(
  String.raw`${START}(?:${alternation(MONTH_LEADS)})\s*(${alternation(everyLanguage(MONTHS))})\.?(?:\s+(\d{4}))?${END}`,
  'gi',
);
const UNIT = `(${alternation(Object.keys(UNIT_DAYS))})`;
const AGO = new RegExp(
  String.raw`${START}(?:(?:${alternation(AGO_BEFORE)})\s+${NUMBER}\s+${UNIT}|${NUMBER}\s+${UNIT}\s+(?:${alternation(AGO_AFTER)}))${END}`,
  'gi',
);
const WEEKDAY = new RegExp(
  String.raw`${START}(?:(${alternation(Object.keys(WEEKDAY_BEFORE))})\s+)?(${alternation(everyLanguage(WEEKDAYS))})(?:\s+(${alternation(Object.keys(WEEKDAY_AFTER))}))?${END}`,
  'gi',
);

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function utcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** A valid calendar date or undefined ("February 30" is not a date). */
function calendar(year: number, month: number, day: number): Date | undefined {
  const d = new Date(Date.UTC(year, month, day));
  return d.getUTCMonth() === month && d.getUTCDate() === day ? d : undefined;
}

/** How far ahead a date without a year may lie before it is read as last year's. */
const FUTURE_HORIZON_DAYS = 60;

/**
 * Without a year, the latest occurrence no more than 60 days ahead: customers mostly talk about when
 * they ordered or sent something back, so "March 3" in November is the last one, while "Dec 24" in
 * November is the coming one.
 */
function resolveYear(month: number, day: number, today: Date): Date | undefined {
  const horizon = today.getTime() + FUTURE_HORIZON_DAYS * DAY_MS;
  const y = today.getUTCFullYear();
  return [y + 1, y, y - 1]
    .map((year) => calendar(year, month, day))
    .find((d): d is Date => d !== undefined && d.getTime() <= horizon);
}

function dayMonthYear(day: number, month: number, year: string | undefined, today: Date): Date | undefined {
  if (year === undefined) return resolveYear(month, day, today);
  return calendar(year.length === 2 ? 2000 + Number(year) : Number(year), month, day);
}

/**
 * Which of a numeric date's first two parts is the day: French writes the day first; English is
 * read only when a part above 12 settles it, since US and UK customers write it both ways.
 */
function numericDayFirst(first: number, second: number, language: Language): boolean | undefined {
  if (language === 'fr') return true;
  if (first > 12 && second <= 12) return true;
  if (second > 12 && first <= 12) return false;
  return undefined;
}

function weekdayDelta(target: number, current: number, modifier: WeekdayModifier): number {
  if (modifier === 'next') return (target - current + 7) % 7 || 7;
  if (modifier === 'this') return target - current;
  return -((current - target + 7) % 7 || 7);
}

function lastPeriodStart(period: 'week' | 'month', today: Date): Date {
  if (period === 'month') return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  return addDays(periodStart('week', today), -7);
}

function periodStart(period: 'week' | 'month', today: Date): Date {
  if (period === 'month') return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  return addDays(today, -sinceMonday);
}

/** A month named alone is the last one that has begun: "in november" said in March is last November. */
function monthStart(month: number, year: string | undefined, today: Date): Date | undefined {
  if (month < 0) return undefined;
  if (year !== undefined) return calendar(Number(year), month, 1);
  const y = today.getUTCFullYear();
  return calendar(month <= today.getUTCMonth() ? y : y - 1, month, 1);
}

/**
 * Calendar dates in English and French, resolved against `now` (UTC). A weekday without "next" is
 * taken as the most recent one: customers talk about when they ordered or when something should have
 * arrived. `language` orders the day and month of numeric dates (the message's own by default).
 */
export function extractDates(text: string, now: Date, language?: Language): DateEntity[] {
  const today = utcDay(now);
  const out: DateEntity[] = [];
  const push = (
    m: { 0: string; index?: number },
    d: Date | undefined,
    period: DateEntity['period'] = 'day',
  ): void => {
    if (!d) return;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((o) => start < o.end && end > o.start)) return;
    out.push({ date: iso(d), period, raw: m[0].trim(), start, end });
  };
  for (const m of text.matchAll(ISO)) push(m, calendar(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  for (const m of text.matchAll(MONTH_DAY))
    push(m, dayMonthYear(Number(m[2]), monthIndex(m[1] ?? ''), m[3], today));
  for (const m of text.matchAll(DAY_MONTH))
    push(m, dayMonthYear(Number(m[1]), monthIndex(m[2] ?? ''), m[3], today));
  for (const m of text.matchAll(NUMERIC)) {
    const [, a = '', separator, b = '', year] = m;
    if (year === undefined && (separator !== '/' || a.length !== 2 || b.length !== 2)) continue;
    // Detected only here: most messages carry no numeric date, and the word list costs a tokenisation.
    language ??= detectLanguage(words(text));
    const dayFirst = numericDayFirst(Number(a), Number(b), language);
    if (dayFirst === undefined) continue;
    const [day, month] = dayFirst ? [a, b] : [b, a];
    push(m, dayMonthYear(Number(day), Number(month) - 1, year, today));
  }
  for (const m of text.matchAll(RELATIVE)) push(m, addDays(today, RELATIVE_DAYS[key(m[1] ?? '')] ?? 0));
  for (const m of text.matchAll(LAST_PERIOD)) {
    const period = LAST_PERIODS[key(m[1] ?? '')];
    if (period) push(m, lastPeriodStart(period, today), period);
  }
  for (const m of text.matchAll(THIS_PERIOD)) {
    const period = THIS_PERIODS[key(m[1] ?? '')];
    if (period) push(m, periodStart(period, today), period);
  }
  for (const m of text.matchAll(MONTH_ALONE)) {
    const at = (m.index ?? 0) + m[0].toLowerCase().lastIndexOf((m[1] ?? '').toLowerCase());
    push(
      { 0: m[0].slice(at - (m.index ?? 0)), index: at },
      monthStart(monthIndex(m[1] ?? ''), m[2], today),
      'month',
    );
  }
  for (const m of text.matchAll(AGO)) {
    const n = parseNumber(m[1] ?? m[3] ?? '');
    const unit = UNIT_DAYS[key(m[2] ?? m[4] ?? '')];
    if (n === null || unit === undefined) continue;
    push(m, addDays(today, -n * unit));
  }
  for (const m of text.matchAll(WEEKDAY)) {
    const name = (m[2] ?? '').toLowerCase();
    const target = LANGUAGES.map((l) => WEEKDAYS[l].indexOf(name)).find((i) => i >= 0) ?? -1;
    const modifier = WEEKDAY_BEFORE[key(m[1] ?? '')] ?? WEEKDAY_AFTER[key(m[3] ?? '')] ?? 'most_recent';
    push(m, addDays(today, weekdayDelta(target, today.getUTCDay(), modifier)));
  }
  return out.sort((a, b) => a.start - b.start);
}
