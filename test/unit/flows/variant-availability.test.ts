import { describe, expect, it } from 'vitest';
import { variantAvailability } from '../../../sidecar/flows/skills/variant-availability.js';
import type { VariantStock } from '../../../sidecar/tools/read-variant-stock.js';

const v = (color: string, size: string, inStock: boolean): VariantStock => ({
  options: { color, size },
  inStock,
});
/** A jacket: Red sold out in S and XL; Black in every size; Blue only in M. */
const jacket = [
  v('Black', 'S', true),
  v('Black', 'M', true),
  v('Black', 'XL', true),
  v('Red', 'S', false),
  v('Red', 'M', true),
  v('Red', 'XL', false),
  v('Blue', 'M', true),
];

describe('variantAvailability: a size or colour asked for, from the variants’ live stock', () => {
  it('in stock: with the other options it can be had in', () => {
    expect(variantAvailability(jacket, [{ code: 'size', label: 'XL' }])).toEqual({
      kind: 'in_stock',
      wanted: [{ code: 'size', label: 'XL' }],
      others: [{ code: 'color', values: ['Black'] }],
    });
  });

  it('labels match whatever their case', () => {
    expect(variantAvailability(jacket, [{ code: 'color', label: 'red' }])?.kind).toBe('in_stock');
  });

  it('sold out: the sizes it is in stock in, for the colour asked', () => {
    expect(
      variantAvailability(jacket, [
        { code: 'size', label: 'XL' },
        { code: 'color', label: 'Red' },
      ]),
    ).toEqual({
      kind: 'sold_out',
      wanted: [
        { code: 'size', label: 'XL' },
        { code: 'color', label: 'Red' },
      ],
      alternatives: ['M'],
    });
  });

  it('not offered: the values the option comes in', () => {
    expect(variantAvailability(jacket, [{ code: 'size', label: 'XXL' }])).toEqual({
      kind: 'not_offered',
      wanted: [{ code: 'size', label: 'XXL' }],
      offered: ['S', 'M', 'XL'],
    });
  });

  it('options the product does not vary by are ignored; none left is no answer', () => {
    expect(variantAvailability(jacket, [{ code: 'material', label: 'Wool' }])).toBeNull();
    expect(
      variantAvailability(jacket, [
        { code: 'material', label: 'Wool' },
        { code: 'color', label: 'Blue' },
      ])?.kind,
    ).toBe('in_stock');
    expect(variantAvailability([], [{ code: 'size', label: 'M' }])).toBeNull();
  });
});
