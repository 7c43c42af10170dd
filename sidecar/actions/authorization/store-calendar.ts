/**
 * Calendar arithmetic in a store's time zone. Windows are counted in whole store-local days, so a
 * request at 23:59 local time on the last day is inside and one minute later is outside, whatever the
 * server's own zone.
 */

/** The store-local calendar date of an instant, `YYYY-MM-DD` (shared with the catalog's special-price rule). */
export { localDate } from '../../../common/time/local-date.js';

function toUtcDays(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function fromUtcDays(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtcDays(toUtcDays(date) + days);
}

/** Adds business days (Monday–Friday); public holidays are not known here and not skipped. */
export function addBusinessDays(date: string, days: number): string {
  let current = toUtcDays(date);
  let left = days;
  while (left > 0) {
    current += 1;
    const weekday = new Date(current * 86_400_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return fromUtcDays(current);
}

/** True when calendar date `a` is on or before `b`. */
export function onOrBefore(a: string, b: string): boolean {
  return toUtcDays(a) <= toUtcDays(b);
}

/** Whole days from date `a` to date `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return toUtcDays(b) - toUtcDays(a);
}
