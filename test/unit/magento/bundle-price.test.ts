import { describe, expect, it } from 'vitest';
import {
  type BundlePriceInput,
  type PricePair,
  bundlePriceRange,
} from '../../../common/magento/pricing/bundle-price.js';
import type { MagentoBundleOption } from '../../../common/magento/shapes/product.js';

const PRODUCTS: Record<string, PricePair> = {
  TENT: { regular: 200, final: 180 },
  TENT_XL: { regular: 260, final: 260 },
  MAT: { regular: 25.99, final: 25.99 },
  LAMP: { regular: 19.99, final: 19.99 },
  STOVE: { regular: 49.5, final: 49.5 },
};

function option(
  required: boolean,
  type: string,
  links: { sku: string; qty?: number; price?: number; price_type?: number }[],
): MagentoBundleOption {
  return { required, type, product_links: links };
}

function input(overrides: Partial<BundlePriceInput>): BundlePriceInput {
  return {
    fixedPrice: false,
    price: 0,
    specialPercent: undefined,
    options: [],
    selectionPrice: (sku) => PRODUCTS[sku],
    ...overrides,
  };
}

describe('bundlePriceRange: dynamic price (price_type 0)', () => {
  const options = [
    option(true, 'radio', [{ sku: 'TENT' }, { sku: 'TENT_XL' }]),
    option(true, 'select', [{ sku: 'MAT', qty: 2 }]),
    option(false, 'checkbox', [{ sku: 'LAMP' }, { sku: 'STOVE' }]),
  ];

  it('starts at the cheapest selection of every required option and ends with the dearest of every option', () => {
    expect(bundlePriceRange(input({ options }))).toEqual({
      // min: TENT (final 180, regular 200) + 2 × MAT; max: TENT_XL + 2 × MAT + LAMP + STOVE (checkbox: all)
      minimum: { regular: 251.98, final: 231.98 },
      maximum: { regular: 381.47, final: 381.47 },
    });
  });

  it('takes a special percentage off every selection, rounding each unit price to cents', () => {
    const range = bundlePriceRange(input({ options, specialPercent: 90 }));
    // 180 × 0.9 = 162; 25.99 × 0.9 = 23.391 → 23.39, × 2 = 46.78
    expect(range?.minimum).toEqual({ regular: 251.98, final: 208.78 });
    // 234 + 46.78 + 17.99 (19.99 × 0.9 = 17.991) + 44.55
    expect(range?.maximum).toEqual({ regular: 381.47, final: 343.32 });
  });

  it('starts at the cheapest single selection when no option is required', () => {
    const optional = [
      option(false, 'select', [{ sku: 'STOVE' }]),
      option(false, 'checkbox', [{ sku: 'LAMP' }]),
    ];
    expect(bundlePriceRange(input({ options: optional }))?.minimum).toEqual({ regular: 19.99, final: 19.99 });
  });

  it('cannot be bought when a required option has no selection it can sell', () => {
    const selectionPrice = (sku: string) => (sku.startsWith('TENT') ? undefined : PRODUCTS[sku]);
    expect(bundlePriceRange(input({ options, selectionPrice }))).toBeUndefined();
    expect(bundlePriceRange(input({ options: [] }))).toBeUndefined();
  });

  it('leaves out selections it cannot sell from optional options', () => {
    const selectionPrice = (sku: string) => (sku === 'STOVE' ? undefined : PRODUCTS[sku]);
    expect(bundlePriceRange(input({ options, selectionPrice }))?.maximum.final).toBe(331.97);
  });
});

describe('bundlePriceRange: fixed price (price_type 1)', () => {
  const options = [
    option(true, 'select', [{ sku: 'TENT', price: 0, price_type: 0 }]),
    option(false, 'checkbox', [
      { sku: 'LAMP', price: 12.5, price_type: 0 },
      { sku: 'STOVE', price: 10, price_type: 1 },
    ]),
  ];

  it("is the bundle's own price plus selection amounts or percentages of it", () => {
    expect(bundlePriceRange(input({ fixedPrice: true, price: 300, options }))).toEqual({
      minimum: { regular: 300, final: 300 },
      maximum: { regular: 342.5, final: 342.5 },
    });
  });

  it('takes the special percentage off the own price and every selection; regular stays', () => {
    expect(bundlePriceRange(input({ fixedPrice: true, price: 300, options, specialPercent: 80 }))).toEqual({
      minimum: { regular: 300, final: 240 },
      maximum: { regular: 342.5, final: 274 },
    });
  });

  it("ignores the selections' own product prices", () => {
    const range = bundlePriceRange(input({ fixedPrice: true, price: 300, options: [options[0]!] }));
    expect(range?.maximum).toEqual({ regular: 300, final: 300 });
  });
});
