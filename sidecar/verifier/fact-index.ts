import { UNITS, asDays, durationDaysIn } from './text/duration-words.js';
import type { TurnFacts } from './turn-facts.js';

/** The values a draft may state, precomputed once per verification. */
export interface FactIndex {
  facts: TurnFacts;
  returnWindowDays: Set<number>;
  warrantyMonths: Set<number>;
  /** Every [min, max] delivery range from policy or the carrier, in days. */
  deliveryRanges: Array<[number, number]>;
  /** Money amounts in cents: fees, thresholds, prices, order totals, action amounts, restocking fees. */
  amountsCents: Set<number>;
  returnFeesCents: Set<number>;
  thresholdsCents: Set<number>;
  restockingPercents: Set<number>;
  /** Durations product attributes state ("battery: up to 6 hours", "warranty: 2 years"), in days. */
  attributeDays: Set<number>;
  /** Percentages product attributes state ("100% cotton"). */
  attributePercents: Set<number>;
  /**
   * Whether a product attribute says "lifetime" (the demo catalog's `warranty: Lifetime`, a manufacturer's
   * guarantee): quoting the product's own data is not inventing a store warranty.
   */
  attributeLifetime: boolean;
  /** Order dates as `YYYY-MM-DD`. */
  orderDates: Set<string>;
}

const cents = (amount: number): number => Math.round(amount * 100);

/** "lifetime" in English, "à vie" in French (the French label of the same attribute option). */
export const LIFETIME_WORD = /\blifetime\b|(?<![\p{L}\p{N}])à vie(?![\p{L}\p{N}])/iu;

export function indexFacts(facts: TurnFacts): FactIndex {
  const amounts: number[] = [];
  const policies = facts.policies.map((p) => p.values);
  const prices = [
    ...facts.products.flatMap((p) => [p.price, ...(p.regularPrice === undefined ? [] : [p.regularPrice])]),
    ...facts.orders.flatMap((o) => o.items.map((i) => i.price)),
  ];
  for (const p of policies) {
    amounts.push(p.returnShippingFee);
    if (p.freeShippingThreshold !== null) amounts.push(p.freeShippingThreshold);
    for (const price of prices) amounts.push((price * p.restockingFeePercent) / 100);
  }
  amounts.push(...prices);
  for (const o of facts.orders)
    amounts.push(o.grandTotal, o.subtotal, o.shippingAmount, ...o.items.map((i) => i.price * i.qty));
  for (const a of facts.actions) if (a.amount !== null) amounts.push(a.amount);
  const ranges: Array<[number, number]> = [
    ...policies.flatMap((p) => p.deliveryRanges.map((r): [number, number] => [r.minDays, r.maxDays])),
    ...facts.deliveryRanges.map((r): [number, number] => [r.minDays, r.maxDays]),
  ];
  const attributes = facts.products.flatMap((p) => Object.entries(p.attributes));
  return {
    facts,
    attributeDays: new Set(
      attributes.flatMap(([key, value]) => [...durationDaysIn(value), ...keyedDuration(key, value)]),
    ),
    attributePercents: new Set(
      attributes.flatMap(([, value]) => [...value.matchAll(/(\d+(?:\.\d+)?)\s?%/g)].map((m) => Number(m[1]))),
    ),
    attributeLifetime: attributes.some(([, value]) => LIFETIME_WORD.test(value)),
    returnWindowDays: new Set(policies.filter((p) => !p.finalSale).map((p) => p.returnWindowDays)),
    warrantyMonths: new Set(policies.map((p) => p.warrantyMonths).filter((m) => m > 0)),
    deliveryRanges: ranges,
    amountsCents: new Set(amounts.map(cents)),
    returnFeesCents: new Set(policies.map((p) => cents(p.returnShippingFee))),
    thresholdsCents: new Set(
      policies.flatMap((p) => (p.freeShippingThreshold === null ? [] : [cents(p.freeShippingThreshold)])),
    ),
    restockingPercents: new Set(policies.map((p) => p.restockingFeePercent).filter((r) => r > 0)),
    orderDates: new Set(
      facts.orders.flatMap((o) =>
        [o.createdAt, o.shippedAt, o.deliveredAt]
          .filter((d): d is string => d !== undefined)
          .map((d) => d.slice(0, 10)),
      ),
    ),
  };
}

/** A bare number whose attribute code names the unit, e.g. `battery_life_hours: "6"`. */
function keyedDuration(key: string, value: string): number[] {
  const unit = /(hour|day|week|month|year)/.exec(key)?.[1];
  if (unit === undefined || !/^\d+(?:\.\d+)?$/.test(value.trim())) return [];
  return asDays(Number(value), UNITS[unit] ?? 'day');
}

export { cents };
