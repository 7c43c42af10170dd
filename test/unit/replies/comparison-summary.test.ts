import { describe, expect, it } from 'vitest';
import { comparisonSummary, type ComparedProduct } from '../../../sidecar/replies/comparison-summary.js';
import { lintReply } from '../../../sidecar/replies/reply-lint.js';
import { emptyTurnFacts, type ProductFact } from '../../../sidecar/verifier/turn-facts.js';
import { verify } from '../../../sidecar/verifier/verify.js';

const laptops: ComparedProduct[] = [
  { name: 'Raptor X15', price: 1499, currency: 'USD', attributes: { battery_life: '6', color: 'Black' } },
  { name: 'Vortex 14', price: 1199, currency: 'USD', attributes: { battery_life: '11', color: 'Silver' } },
  { name: 'Nova G16', price: 1799, currency: 'USD', attributes: { battery_life: '8', color: 'Grey' } },
];
const labels = new Map([['battery_life', 'Battery Life (hours)']]);

describe('a comparison answers first', () => {
  it('names the product with the most of what was asked, with its value and unit', () => {
    expect(comparisonSummary(laptops, labels, 'en', 'battery_life')).toBe(
      'Vortex 14 has the highest battery life: 11 hours.',
    );
    expect(comparisonSummary(laptops, labels, 'fr', 'battery_life')).toBe(
      'Pour « Battery Life », Vortex 14 a la valeur la plus élevée : 11 hours.',
    );
  });

  it('without a question, gives the least expensive and the first number that differs', () => {
    expect(comparisonSummary(laptops, labels, 'en')).toBe(
      'Vortex 14 is the least expensive, at $1,199.00. Vortex 14 has the highest battery life: 11 hours.',
    );
    const same = laptops.map((p) => ({ ...p, price: 999, attributes: { battery_life: '8' } }));
    expect(comparisonSummary(same, labels, 'en', 'battery_life')).toBe(
      'They have the same battery life: 8 hours.',
    );
    expect(comparisonSummary(same, labels, 'en')).toBe('');
    expect(comparisonSummary(laptops.slice(0, 1), labels, 'en')).toBe('');
  });

  it('states only the products’ own values: the verifier passes it, and nothing is flagged', () => {
    const facts: ProductFact[] = laptops.map((p, i) => ({
      sku: `SKU-${i}`,
      name: p.name,
      price: p.price,
      currency: 'USD',
      stockStatus: 'in_stock',
      qty: null,
      attributes: { 'Battery Life (hours)': String(p.attributes.battery_life) },
      rating: null,
      reviewCount: 0,
    }));
    const text = comparisonSummary(laptops, labels, 'en');
    expect(
      verify(text, { ...emptyTurnFacts(), products: facts }, { locale: 'en-US', currency: 'USD' }).violations,
    ).toEqual([]);
    expect(lintReply(text, 'en')).toEqual([]);
  });
});
