import { NUMBER_SOURCE, parseNumber } from '../../nlu/number-words.js';
import { allMatches } from './global-regex.js';

export type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** English and French unit words. */
export const UNITS: Record<string, Unit> = {
  hour: 'hour',
  heure: 'hour',
  day: 'day',
  jour: 'day',
  week: 'week',
  semaine: 'week',
  month: 'month',
  mois: 'month',
  year: 'year',
  an: 'year',
  année: 'year',
};

/** A duration or range: groups 1–2 numbers, 3 business qualifier, 4 unit word. */
export const DURATION = new RegExp(
  `\\b(${NUMBER_SOURCE})(?:\\s*(?:-|–|to|or|and|à|ou)\\s*(${NUMBER_SOURCE}))?[\\s-]+(?:(business|working|calendar)[\\s-]+)?(hour|day|week|month|year|heure|jour|semaine|mois|année|an)s?(?![\\w’'])`,
  'gi',
);
/** Days a duration stands for; months and years accept both calendar readings ("a month" = 30 or 31 days). */
export function asDays(n: number, unit: Unit): number[] {
  switch (unit) {
    case 'hour':
      return [n / 24];
    case 'day':
      return [n];
    case 'week':
      return [n * 7];
    case 'month':
      return [n * 30, n * 31];
    case 'year':
      return [n * 365, n * 366];
  }
}

export function asMonths(n: number, unit: Unit): number[] {
  if (unit === 'month') return [n];
  if (unit === 'year') return [n * 12];
  return asDays(n, unit).map((d) => (d % 30 === 0 ? d / 30 : d === 365 ? 12 : NaN));
}

/** Every day count the durations in `text` stand for ("up to 6 hours", "2 years"), for facts written as text. */
export function durationDaysIn(text: string): number[] {
  const days: number[] = [];
  for (const m of allMatches(text, DURATION, 'gi')) {
    const n = parseNumber(m[1] ?? '');
    const unit = UNITS[(m[4] ?? '').toLowerCase()];
    if (n !== null && unit !== undefined) days.push(...asDays(n, unit));
  }
  return days;
}
