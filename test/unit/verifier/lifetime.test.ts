import { describe, expect, it } from 'vitest';
import { verify } from '../../../sidecar/verifier/verify.js';
import { facts } from './turn-facts-fixture.js';

const en = { locale: 'en-US', currency: 'USD' };
const fr = { locale: 'fr-FR', currency: 'EUR' };

/** A tent whose own record states a lifetime warranty, as the demo catalog's `warranty` option "Lifetime" does. */
const tent = (attributes: Record<string, string>) =>
  facts({
    products: [
      {
        sku: 'OD-CMP-00417',
        name: 'Trailwise Ultralight Tent',
        price: 189,
        currency: 'USD',
        stockStatus: 'in_stock',
        qty: 5,
        attributes,
        rating: null,
        reviewCount: 0,
      },
    ],
  });

const codes = (draft: string, f = facts(), options = en) =>
  verify(draft, f, options).violations.map((v) => v.code);

/**
 * Issue #18's "Lifetime" blocks: the verifier flagged every "lifetime" as `contradicts_warranty`, so a
 * reply quoting a product's own warranty attribute ("Warranty: Lifetime") was blocked and the
 * conversation handed off. A product's record is a fact like "warranty: 2 years"; a lifetime warranty no
 * fact states is still an invention.
 */
describe('verify: "lifetime"', () => {
  it.each([
    'Trailwise Ultralight Tent: Warranty: Lifetime.',
    'Trailwise Ultralight Tent: Color: Green, Warranty: Lifetime.',
    'It comes with a lifetime manufacturer warranty.',
  ])('quoting the product record passes: %s', (draft) => {
    expect(codes(draft, tent({ warranty: 'Lifetime', color: 'Green' }))).toEqual([]);
  });

  it('passes the comparison table that was blocked ("compare the first two" after "bluetooth speaker under $100")', () => {
    const speaker = (sku: string, name: string, price: number, warranty: string) => ({
      sku,
      name,
      price,
      currency: 'USD',
      stockStatus: 'in_stock' as const,
      qty: null,
      attributes: { warranty, manufacturer: name.split(' ')[0]! },
      rating: 4.6,
      reviewCount: 4,
    });
    const table = [
      'Here is how they compare, with prices and stock checked just now:',
      'Product: Sonique Boom Mini Bluetooth Speaker | Voltra Outdoor Smart Speaker D70',
      'Price: $44.99 | $13.99',
      'Stock: in stock | in stock',
      'Brand: Sonique | Voltra',
      'Warranty: 1 year | Lifetime',
    ].join('\n');
    const products = [
      speaker('EL-AUD-00101', 'Sonique Boom Mini Bluetooth Speaker', 44.99, '1 year'),
      speaker('EL-SMH-00202', 'Voltra Outdoor Smart Speaker D70', 13.99, 'Lifetime'),
    ];
    expect(codes(table, facts({ products }))).toEqual([]);
    // Without the product that states it, the same table invents a lifetime warranty.
    expect(codes(table, facts({ products: [products[0]!] }))).toContain('contradicts_warranty');
  });

  it('the French label of the same option passes for a French shopper', () => {
    expect(codes('Trailwise Ultralight Tent : Garantie : À vie.', tent({ warranty: 'À vie' }), fr)).toEqual(
      [],
    );
  });

  it.each([
    ['no product in the facts', facts()],
    ['a product with a 2-year warranty', tent({ warranty: '2 years' })],
    ['a product without warranty', tent({ warranty: 'No warranty' })],
  ])('an unsupported lifetime warranty is still blocked: %s', (_, f) => {
    expect(codes('It comes with a lifetime warranty.', f)).toEqual(['contradicts_warranty']);
    expect(codes('Warranty: Lifetime.', f)).toEqual(['contradicts_warranty']);
  });

  it('an invented "garantie à vie" is blocked in French too', () => {
    expect(codes('Ce produit a une garantie à vie.', facts(), fr)).toEqual(['contradicts_warranty']);
    expect(
      codes('Ce produit a une durée de vie de deux ans.', tent({ warranty: '2 years' }), fr),
    ).not.toContain('contradicts_warranty');
  });

  it('a lifetime product attribute does not stretch the return window', () => {
    expect(codes('You can return it within 2 years.', tent({ warranty: 'Lifetime' }))).toContain(
      'contradicts_return_window',
    );
  });
});
