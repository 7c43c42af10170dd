import { describe, expect, it } from 'vitest';
import { createCatalogMatcher } from '../../../sidecar/nlu/entities/catalog-matcher.js';
import { syntheticLexicon } from '../../../sidecar/nlu/evaluation.js';
import { loadCatalogFixture } from './support.js';

const matcher = createCatalogMatcher(loadCatalogFixture().products);
const skus = (text: string): string[] => matcher.match(text).map((m) => m.sku);

describe('catalog matcher', () => {
  it.each([
    ['is the SONY-WH1000XM5 waterproof', ['SONY-WH1000XM5']],
    ['sku sony-wh1000xm5', ['SONY-WH1000XM5']],
    ['stock on 24-MB01?', ['24-MB01']],
    ['tell me about the Joust Duffle Bag', ['24-MB01']],
    ['the joust dufle bag', ['24-MB01']],
    ['does the Aero backpack have a laptop sleeve', ['AERO-BP-20']],
    ['how does the aero daypak compare', ['AERO-BP-20']],
    ['bose quietcomfort 45', ['BOSE-QC45']],
    ['the bose quitecomfort', ['BOSE-QC45']],
    ['XM5 or QC45', ['SONY-WH1000XM5', 'BOSE-QC45']],
    ['trail runner earbuds battery', ['TRAIL-EB']],
    ['the macbook air', ['MB-AIR-13']],
    ['Dell XPS 15 specs', ['DELL-XPS-15']],
  ])('finds %j', (text, expected) => {
    expect(skus(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    'do you sell headphones',
    'wireless hedphones',
    'a waterproof jacket',
    'any laptops under 800',
    'where is my order 000000123',
    'hello',
  ])('finds no specific product in %j', (text) => {
    expect(skus(text)).toEqual([]);
  });

  it('scores an exact SKU 1 and a fuzzy name below 1', () => {
    const [sku] = matcher.match('SONY-WH1000XM5');
    const [name] = matcher.match('joust dufle bag');
    expect(sku).toMatchObject({ via: 'sku', score: 1, start: 0, end: 14 });
    expect(name?.via).toBe('name');
    expect(name?.score).toBeGreaterThanOrEqual(0.6);
    expect(name?.score).toBeLessThan(1);
  });

  it('reports the alias it matched', () => {
    expect(matcher.match('the summit pack')[0]).toMatchObject({ sku: 'SUMMIT-PK-35', via: 'alias' });
  });

  it('finds products in a store-sized lexicon', () => {
    const synthetic = syntheticLexicon(1200);
    const big = createCatalogMatcher([...synthetic, ...loadCatalogFixture().products]);
    const target = synthetic[123];
    expect(target).toBeDefined();
    expect(big.match(`the ${target?.name.toLowerCase() ?? ''} please`)[0]?.sku).toBe(target?.sku);
    expect(big.match('joust dufle bag').map((m) => m.sku)).toEqual(['24-MB01']);
  });

  it('adds no product whose matched words the better matches already explain together', () => {
    const camping = [
      { sku: 'S10', name: 'Acme Family Tent S10', brand: 'Acme' },
      { sku: 'TG40', name: 'Trailwise Backpacking Tent G40', brand: 'Trailwise' },
      { sku: 'CG40', name: 'Acme 4-Person Camp Chair G40', brand: 'Acme' },
      { sku: 'L1', name: 'Acme Backpacking Lantern', brand: 'Acme' },
    ];
    const m = createCatalogMatcher(camping);
    const text =
      "what's the difference between the Acme Family Tent S10 and the Trailwise Backpacking Tent G40?";
    expect(
      m
        .match(text)
        .map((p) => p.sku)
        .sort(),
    ).toEqual(['S10', 'TG40']);
    // The chair alone, named by its brand and code, is still found.
    expect(m.match('is the Acme G40 chair comfy').map((p) => p.sku)).toEqual(['CG40']);
  });

  it('takes a brand and a line together when few products share them', () => {
    const kestrels = [
      { sku: 'K1', name: 'Kestrel Air Chromebook F80' },
      { sku: 'K2', name: 'Kestrel Nova Laptop' },
      { sku: 'K3', name: 'Kestrel Nova G16 Gaming Laptop' },
      { sku: 'K4', name: 'Kestrel Titan Desktop' },
      { sku: 'V1', name: 'Voltra Air Purifier' },
      { sku: 'V2', name: 'Voltra Air Fryer' },
    ];
    expect(
      createCatalogMatcher(kestrels)
        .match('is the kestrel air in stock')
        .map((m) => m.sku),
    ).toEqual(['K1']);
    const manyAirs = [
      ...kestrels,
      ...['R10', 'K80', 'I40', 'V50'].map((code) => ({ sku: code, name: `Kestrel Air Laptop ${code}` })),
    ];
    expect(createCatalogMatcher(manyAirs).match('is the kestrel air in stock')).toEqual([]);
  });

  it('takes the brand, not the first word, as identifying when the store names it, and no French article', () => {
    // French names start with the product type: "batterie" must not name the power bank on its own.
    const french = [
      {
        sku: 'PB',
        name: 'Batterie externe Voltra PowerCube 10 000 mAh',
        brand: 'Voltra',
        otherNames: ['Voltra PowerCube 10,000 mAh Portable Charger'],
      },
      { sku: 'EB', name: 'Écouteurs sans fil Sonique Pulse', brand: 'Sonique' },
      { sku: 'SP', name: 'Mini enceinte Bluetooth Sonique Boom', brand: 'Sonique' },
      {
        sku: 'GIFT-LEDSTRIP',
        name: 'Ruban LED Lumio Glow 5 m',
        brand: 'Lumio',
        otherNames: ['Lumio Glow LED Strip Lights 16 ft'],
      },
      { sku: 'BL', name: 'Ordinateur portable gamer Lumio Blade 16', brand: 'Lumio' },
      { sku: 'V50', name: 'Enceintes de studio Lumio Bass V50', brand: 'Lumio' },
      { sku: 'N30', name: 'Écouteurs de sport de voyage Lumio N30', brand: 'Lumio' },
    ];
    const match = (text: string) =>
      createCatalogMatcher(french)
        .match(text)
        .map((m) => m.sku);
    expect(match('what is the battery life of the Sonique Pulse')).toEqual(['EB']);
    expect(match('la batterie du Voltra PowerCube')).toEqual(['PB']);
    // The untranslated name names the product, and answers carry the store view's name.
    expect(match('garantie des Lumio Glow LED Strip Lights 16 ft ?')).toEqual(['GIFT-LEDSTRIP']);
    // "de" is no name word: with the brand it would name both Lumio products with a "de" as well.
    expect(match('Combien de temps ai-je pour retourner les Lumio Glow LED Strip Lights 16 ft ?')).toEqual([
      'GIFT-LEDSTRIP',
    ]);
    expect(match('les écouteurs de voyage Lumio')).toEqual(['N30']);
    expect(createCatalogMatcher(french).match('Voltra PowerCube Portable Charger')[0]?.name).toBe(
      'Batterie externe Voltra PowerCube 10 000 mAh',
    );
  });

  it('does not take the "back" of "send it back" for a word of a name', () => {
    const sonique = [
      { sku: 'HS', name: 'Sonique Studio Pro Headphones', brand: 'Sonique' },
      { sku: 'Y80', name: 'Sonique Open-Back Over-Ear Headphones Y80', brand: 'Sonique' },
      { sku: 'J80', name: 'Sonique Open-Back Over-Ear Headphones J80', brand: 'Sonique' },
    ];
    expect(
      createCatalogMatcher(sonique)
        .match('will I be charged if I send the Sonique Studio Pro Headphones back?')
        .map((m) => m.sku),
    ).toEqual(['HS']);
  });

  it('matches nothing with an empty lexicon', () => {
    expect(createCatalogMatcher([]).match('bose headphones')).toEqual([]);
  });
});
