import type { MagentoBundleOption } from '../shapes/product.js';
import { roundMoney } from './money.js';

/** A regular and a final (special price applied) amount. */
export interface PricePair {
  regular: number;
  final: number;
}

export interface BundlePriceRange {
  minimum: PricePair;
  maximum: PricePair;
}

export interface BundlePriceInput {
  /** `price_type` 1: the bundle has its own price plus fixed selection prices; otherwise (0) it is dynamic. */
  fixedPrice: boolean;
  /** The bundle's own `price` in the store view (only fixed-price bundles have one). */
  price: number;
  /** The bundle's special price percentage while its window is open (`bundleSpecialPercent`). */
  specialPercent: number | undefined;
  options: readonly MagentoBundleOption[];
  /**
   * The regular and final price of a selection's product in the store view, or undefined when it
   * cannot be bought there (disabled, not in the website, or out of stock when only stock counts).
   */
  selectionPrice: (sku: string) => PricePair | undefined;
}

/** Bundle selection price types (fixed-price bundles). */
const SELECTION_PRICE_PERCENT = 1;

interface PricedOption {
  required: boolean;
  multiSelection: boolean;
  /** Per selection: unit price × default quantity. */
  amounts: PricePair[];
}

/**
 * A bundle's "from … to …" range as Magento's bundle price model computes it (what storefront GraphQL
 * reports as `price_range`):
 * - dynamic bundles (`price_type` 0) have no price of their own: a selection costs its product's price;
 *   fixed bundles (`price_type` 1) cost their own price plus each selection's fixed amount or percentage of
 *   the bundle's price;
 * - the bundle's special price is a percentage taken off the bundle's own price and every selection
 *   (regular amounts are without it); a selection's unit price is rounded to cents, then × its quantity;
 * - minimum: the cheapest selection of every required option; a dynamic bundle without required options
 *   starts at its cheapest single selection;
 * - maximum: the dearest selection of every option, or all selections of a checkbox/multi-select option.
 * Undefined when the bundle cannot be bought: a required option (or, without any, every option) has no
 * selection `selectionPrice` knows.
 */
export function bundlePriceRange(input: BundlePriceInput): BundlePriceRange | undefined {
  const discount = (value: number): number =>
    input.specialPercent === undefined ? value : Math.min(value, (value * input.specialPercent) / 100);
  const base: PricePair = input.fixedPrice
    ? { regular: input.price, final: discount(input.price) }
    : { regular: 0, final: 0 };

  const options: PricedOption[] = input.options.map((option) => ({
    required: option.required === true,
    multiSelection: option.type === 'checkbox' || option.type === 'multi',
    amounts: (option.product_links ?? []).flatMap((link) => {
      const unit = selectionUnitPrice(input, link);
      if (unit === undefined) return [];
      const qty = link.qty ?? 1;
      return [{ regular: roundMoney(unit.regular) * qty, final: roundMoney(discount(unit.final)) * qty }];
    }),
  }));
  const required = options.filter((o) => o.required);
  if (required.some((o) => o.amounts.length === 0)) return undefined;
  const priced = options.filter((o) => o.amounts.length > 0);
  if (priced.length === 0 && !input.fixedPrice) return undefined;

  const startsAtCheapestSelection = required.length === 0 && !input.fixedPrice;
  const minimum = (key: keyof PricePair): number => {
    const cheapest = (o: PricedOption) => Math.min(...o.amounts.map((a) => a[key]));
    return roundMoney(
      startsAtCheapestSelection ? Math.min(...priced.map(cheapest)) : base[key] + sum(required.map(cheapest)),
    );
  };
  const maximum = (key: keyof PricePair): number => {
    const dearest = (o: PricedOption) =>
      o.multiSelection ? sum(o.amounts.map((a) => a[key])) : Math.max(...o.amounts.map((a) => a[key]));
    return roundMoney(base[key] + sum(priced.map(dearest)));
  };
  return {
    minimum: { regular: minimum('regular'), final: minimum('final') },
    maximum: { regular: maximum('regular'), final: maximum('final') },
  };
}

/** A selection's unit price before the bundle's special price; undefined when it cannot be bought. */
function selectionUnitPrice(
  input: BundlePriceInput,
  link: NonNullable<MagentoBundleOption['product_links']>[number],
): PricePair | undefined {
  if (link.sku === undefined) return undefined;
  const product = input.selectionPrice(link.sku);
  if (product === undefined) return undefined;
  if (!input.fixedPrice) return product;
  const value = link.price ?? 0;
  const amount = link.price_type === SELECTION_PRICE_PERCENT ? (input.price * value) / 100 : value;
  return { regular: amount, final: amount };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
