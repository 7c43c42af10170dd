import { localDate } from '../../time/local-date.js';

/** A product's `special_price`, `special_from_date` and `special_to_date` as Magento stores them (text). */
export interface SpecialPriceAttributes {
  price?: string;
  /** `YYYY-MM-DD[ HH:MM:SS]`; only the date counts. */
  from?: string;
  to?: string;
}

export interface ResolvedPrice {
  /** The product's own `price`. */
  regular: number;
  /** The special price when it applies at the given instant. */
  special: number | undefined;
  /** What the shopper pays: the lower of regular and an active special price. */
  final: number;
}

function calendarDay(value: string | undefined): string | undefined {
  const day = value?.trim().slice(0, 10);
  return day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/**
 * Whether a special price's window is open at `now`. Magento reads `special_from_date` and
 * `special_to_date` as calendar days of the store's time zone (`general/locale/timezone`), both days
 * included: a window from 2026-03-15 is already open at 2026-03-14 23:30 UTC in Europe/Paris (00:30 there)
 * and not yet in America/Chicago (18:30 on the 14th). A missing or unreadable date leaves that side open.
 */
export function specialPriceWindowOpen(
  special: SpecialPriceAttributes,
  now: Date,
  timeZone: string,
): boolean {
  const today = localDate(now, timeZone);
  const from = calendarDay(special.from);
  const to = calendarDay(special.to);
  return (from === undefined || from <= today) && (to === undefined || today <= to);
}

/**
 * The price of a simple product (or of a configurable child): a special price applies inside its window
 * and only when it is lower than the regular price.
 */
export function resolvePrice(
  regular: number,
  special: SpecialPriceAttributes,
  now: Date,
  timeZone: string,
): ResolvedPrice {
  const value = special.price === undefined ? Number.NaN : Number.parseFloat(special.price);
  const active =
    Number.isFinite(value) && value >= 0 && value < regular && specialPriceWindowOpen(special, now, timeZone);
  return { regular, special: active ? value : undefined, final: active ? value : regular };
}

/**
 * A bundle's `special_price` is a percentage of its price (`"80"` = the shopper pays 80 %), applied to
 * the bundle's own price and to every selection inside the same window; Magento ignores values outside
 * (0, 100).
 */
export function bundleSpecialPercent(
  special: SpecialPriceAttributes,
  now: Date,
  timeZone: string,
): number | undefined {
  const percent = special.price === undefined ? Number.NaN : Number.parseFloat(special.price);
  return percent > 0 && percent < 100 && specialPriceWindowOpen(special, now, timeZone) ? percent : undefined;
}
