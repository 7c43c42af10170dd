import { describe, expect, it } from 'vitest';
import { outOfStockReply } from '../../../sidecar/replies/availability.js';
import { lintReply } from '../../../sidecar/replies/reply-lint.js';
import { emptyTurnFacts, type ProductFact } from '../../../sidecar/verifier/turn-facts.js';
import { verify } from '../../../sidecar/verifier/verify.js';

const product = (name: string, price: number, stockStatus: ProductFact['stockStatus']): ProductFact => ({
  sku: name,
  name,
  price,
  currency: 'USD',
  stockStatus,
  qty: null,
  attributes: {},
  rating: null,
  reviewCount: 0,
});

describe('out of stock, with somewhere to go', () => {
  it('offers in-stock alternatives, verified against the products’ facts', () => {
    const text = outOfStockReply(
      { name: 'Raptor Titan 17', price: '$2,199.00' },
      [
        { name: 'Nova G16', price: '$1,799.00' },
        { name: 'Vortex 14', price: '$1,199.00' },
      ],
      'en',
    );
    expect(text).toBe(
      'Raptor Titan 17 costs $2,199.00 and is out of stock. Similar products in stock now: Nova G16 at $1,799.00 and Vortex 14 at $1,199.00.',
    );
    const facts = {
      ...emptyTurnFacts(),
      products: [
        product('Raptor Titan 17', 2199, 'out_of_stock'),
        product('Nova G16', 1799, 'in_stock'),
        product('Vortex 14', 1199, 'in_stock'),
      ],
    };
    expect(verify(text, facts, { locale: 'en-US', currency: 'USD' }).violations).toEqual([]);
    expect(lintReply(text, 'en')).toEqual([]);
  });

  it('offers a person when there is nothing similar in stock', () => {
    expect(outOfStockReply({ name: 'Raptor Titan 17', price: '2 199,00 €' }, [], 'fr')).toBe(
      'Raptor Titan 17 coûte 2 199,00 € et est en rupture de stock. Je ne vois pas de produit similaire en stock pour le moment. Je peux vous mettre en relation avec une personne qui pourra vous en dire plus.',
    );
  });
});
