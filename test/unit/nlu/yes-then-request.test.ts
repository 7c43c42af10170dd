import { describe, expect, it } from 'vitest';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { buildFixtureModel } from './support.js';

const model = buildFixtureModel();

describe('a yes that opens a request', () => {
  it.each([
    ['yes, and do you sell sleeping bags?', 'product_search'],
    ['ok then, do you have umbrellas?', 'product_search'],
    ['yeah, where is my order', 'order_status'],
    ['ok and what is your return policy', 'policy_question'],
    ['oui, et vous avez des gourdes ?', 'product_search'],
  ])('%j is the request, not a yes', (text, intent) => {
    expect(analyse(model, text).intent).toBe(intent);
  });

  it('searches for the request, not the yes it opens with', () => {
    const u = analyse(model, 'ok then, got any rain jackets under 150');
    expect(u.intent).toBe('product_search');
    expect(u.searchQuery).toBe('got any rain jackets');
  });

  it.each(['yes please', 'yes go ahead', 'ok', 'oui', 'sure thing'])('%j alone is a yes', (text) => {
    expect(analyse(model, text).intent).toBe('affirm');
  });

  it('while a confirmation waits, a yes is its answer, whatever restates the request after it', () => {
    expect(analyse(model, 'yes please', { awaiting: 'confirmation' }).intent).toBe('affirm');
    expect(analyse(model, 'yes, the earbuds', { awaiting: 'confirmation' }).intent).toBe('affirm');
  });
});

describe('a question about a product shown', () => {
  const shownProducts = [
    { sku: 'A', name: 'Lumio Open-Back Wireless Headphones P90', price: 20 },
    { sku: 'B', name: 'Lumio True Wireless Over-Ear Headphones R90', price: 31.99 },
  ];

  it.each(['is the first one any good?', 'is the 1st one any good? also whats ur return policy'])(
    '%j asks about the first product, not for a new search',
    (text) => {
      expect(analyse(model, text, { shownProducts, previousIntent: 'product_search' }).intent).toBe(
        'product_question',
      );
    },
  );
});

describe('a detail of the products shown, asked without its name', () => {
  const shownProducts = [
    { sku: 'A', name: 'Northpeak Trail Fleece Jacket', price: 148.99 },
    { sku: 'B', name: 'Trailwise Ridge Fleece Jacket', price: 187.99 },
  ];
  const after = { shownProducts, previousIntent: 'product_search' as const };

  it.each([
    ["what's it made of?", 'en'],
    ['what fabric?', 'en'],
    ['and what colours?', 'en'],
    ['et les couleurs ?', 'fr'],
    ['elle est en quoi ?', 'fr'],
    ['c fait en quoi', 'fr'],
  ] as const)('%j (%s store) is a question about them, not a search', (text, storeLanguage) => {
    expect(analyse(model, text, { ...after, storeLanguage }).intent).toBe('product_question');
  });

  it('is a search when it names a kind of product', () => {
    expect(analyse(model, 'do you have tents in other colours', after).intent).toBe('product_search');
  });
});
