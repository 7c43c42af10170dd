export interface ResolvedPrice {
  /** The product's own `price`. */
  regular: number;
  /** The special price when it applies at the given instant. */
  special: number | undefined;
  /** What the shopper pays: the lower of regular and an active special price. */
  final: number;
}

/** Magento date(time) strings are `YYYY-MM-DD[ HH:MM:SS]`; read as UTC. */
function parseMagentoDate(value: string | undefined): Date | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const iso = `${value.trim().slice(0, 10)}T00:00:00Z`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const DAY_MS = 86_400_000;

/**
 * Magento's special price rule: a special price applies from `special_from_date` (start of day) to
 * `special_to_date` inclusive (to the end of that day), only when it is lower than the regular price.
 * Dates are compared in UTC (Magento compares in the store's timezone; the difference is at most a day
 * at the window's edges, and the reply reads the live price anyway).
 */
export function resolvePrice(
  regular: number,
  special: { price?: string; from?: string; to?: string },
  now: Date,
): ResolvedPrice {
  const specialValue = special.price === undefined ? Number.NaN : Number.parseFloat(special.price);
  const from = parseMagentoDate(special.from);
  const to = parseMagentoDate(special.to);
  const started = from === undefined || now.getTime() >= from.getTime();
  const notEnded = to === undefined || now.getTime() < to.getTime() + DAY_MS;
  const active =
    Number.isFinite(specialValue) && specialValue >= 0 && specialValue < regular && started && notEnded;
  return { regular, special: active ? specialValue : undefined, final: active ? specialValue : regular };
}

/** Rounds money to cents (float noise from `"25.990000"`). */
export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}
