import { NUMBER_WORDS_SOURCE, parseNumber } from '../number-words.js';
import type { DateEntity } from '../types.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const DAY_MS = 86_400_000;

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\.?\s+${DAY}(?:,?\s+(\d{4}))?\b`, 'gi');
const DAY_MONTH = new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH}\.?(?:,?\s+(\d{4}))?\b`, 'gi');
const RELATIVE = /\b(today|yesterday|tomorrow|the day before yesterday)\b/gi;
const AGO = new RegExp(String.raw`\b(\d{1,2}|${NUMBER_WORDS_SOURCE}|an?)\s+(days?|weeks?)\s+ago\b`, 'gi');
const WEEKDAY = /\b(?:(last|this|next|on)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function utcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
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

/**
 * Calendar dates, resolved against `now` (UTC). A weekday without "next" is taken as the most
 * recent one: customers talk about when they ordered or when something should have arrived.
 * Numeric dates like 03/04 are left out on purpose: day/month order depends on the locale.
 */
export function extractDates(text: string, now: Date): DateEntity[] {
  const today = utcDay(now);
  const out: DateEntity[] = [];
  const push = (m: RegExpMatchArray, d: Date | undefined): void => {
    if (!d) return;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((o) => start < o.end && end > o.start)) return;
    out.push({ date: iso(d), raw: m[0].trim(), start, end });
  };
  for (const m of text.matchAll(ISO)) push(m, calendar(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  for (const [re, monthGroup, dayGroup] of [
    [MONTH_DAY, 1, 2],
    [DAY_MONTH, 2, 1],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const month = MONTHS.indexOf((m[monthGroup] ?? '').slice(0, 3).toLowerCase());
      const day = Number(m[dayGroup]);
      const year = m[3] ? Number(m[3]) : undefined;
      push(m, year === undefined ? resolveYear(month, day, today) : calendar(year, month, day));
    }
  }
  for (const m of text.matchAll(RELATIVE)) {
    const word = (m[1] ?? '').toLowerCase();
    const offset = word === 'today' ? 0 : word === 'tomorrow' ? 1 : word === 'yesterday' ? -1 : -2;
    push(m, new Date(today.getTime() + offset * DAY_MS));
  }
  for (const m of text.matchAll(AGO)) {
    const n = parseNumber(m[1] ?? '');
    if (n === null) continue;
    const unit = (m[2] ?? '').toLowerCase().startsWith('week') ? 7 : 1;
    push(m, new Date(today.getTime() - n * unit * DAY_MS));
  }
  for (const m of text.matchAll(WEEKDAY)) {
    const target = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase());
    const modifier = (m[1] ?? '').toLowerCase();
    const current = today.getUTCDay();
    let delta: number;
    if (modifier === 'next') delta = (target - current + 7) % 7 || 7;
    else if (modifier === 'this') delta = target - current;
    else delta = -((current - target + 7) % 7 || 7);
    push(m, new Date(today.getTime() + delta * DAY_MS));
  }
  return out.sort((a, b) => a.start - b.start);
}
