import { describe, expect, it } from 'vitest';
import {
  extractItemMentions,
  matchOrderItems,
  type OrderLine,
} from '../../../sidecar/nlu/entities/item-mentions.js';

const LINES: OrderLine[] = [
  { sku: 'EB', name: 'Sonique Pulse True Wireless Earbuds', qty: 1 },
  { sku: 'SH1', name: 'Trail Tee Shirt Blue', qty: 1 },
  { sku: 'SH2', name: 'Trail Tee Shirt White', qty: 1 },
  { sku: 'MUG', name: 'Camp Mug 350 ml', qty: 2 },
  { sku: 'CH', name: 'Voltra USB-C Charger 65W', qty: 1 },
  { sku: 'SOCK', name: 'Merino Hiking Socks', qty: 3 },
  { sku: 'CASE', name: 'Phone Case Clear', qty: 1 },
];
const FRENCH_LINES: OrderLine[] = [
  { sku: 'EB', name: 'Écouteurs sans fil Sonique Pulse', qty: 1 },
  { sku: 'CASE', name: 'Coque de téléphone transparente', qty: 1 },
  { sku: 'MUG1', name: 'Mug de camping bleu', qty: 1 },
  { sku: 'MUG2', name: 'Mug de camping rouge', qty: 1 },
];

const mentions = (text: string, lang: 'en' | 'fr' = 'en') =>
  extractItemMentions(text, lang).map((m) => ({
    phrase: m.phrase,
    quantifier: m.quantifier,
    ...(m.quantity !== undefined ? { quantity: m.quantity } : {}),
    ...(m.outOf !== undefined ? { outOf: m.outOf } : {}),
  }));
const match = (text: string, lines: OrderLine[] = LINES, lang: 'en' | 'fr' = 'en') =>
  matchOrderItems(extractItemMentions(text, lang), lines, lang);

describe('item mentions', () => {
  it.each([
    ['I want to return the earbuds from order 000000002', [{ phrase: 'earbuds', quantifier: 'unspecified' }]],
    ['both shirts please', [{ phrase: 'shirts', quantifier: 'all', quantity: 2 }]],
    ['one of the two mugs arrived broken', [{ phrase: 'mugs', quantifier: 'count', quantity: 1, outOf: 2 }]],
    ['just the charger', [{ phrase: 'charger', quantifier: 'only' }]],
    ['yes, just the one puzzle', [{ phrase: 'puzzle', quantifier: 'count', quantity: 1 }]],
    ['2 of the socks', [{ phrase: 'socks', quantifier: 'count', quantity: 2 }]],
    ['two of the socks', [{ phrase: 'socks', quantifier: 'count', quantity: 2 }]],
    ['all the mugs', [{ phrase: 'mugs', quantifier: 'all' }]],
    ['the two mugs', [{ phrase: 'mugs', quantifier: 'all', quantity: 2 }]],
    [
      'everything but the case',
      [
        { phrase: null, quantifier: 'all' },
        { phrase: 'case', quantifier: 'except' },
      ],
    ],
    [
      'the blue shirt and the charger',
      [
        { phrase: 'blue shirt', quantifier: 'unspecified' },
        { phrase: 'charger', quantifier: 'unspecified' },
      ],
    ],
    ['the whole order', [{ phrase: null, quantifier: 'all' }]],
    ['the whole thing', [{ phrase: null, quantifier: 'all' }]],
    ['everything in it', [{ phrase: null, quantifier: 'all' }]],
    ['je veux renvoyer les écouteurs', [{ phrase: 'ecouteurs', quantifier: 'unspecified' }]],
    ['les deux mugs', [{ phrase: 'mugs', quantifier: 'all', quantity: 2 }]],
    ['un des deux mugs', [{ phrase: 'mugs', quantifier: 'count', quantity: 1, outOf: 2 }]],
    [
      'tout sauf la coque',
      [
        { phrase: null, quantifier: 'all' },
        { phrase: 'coque', quantifier: 'except' },
      ],
    ],
    ["juste l'écharpe", [{ phrase: 'echarpe', quantifier: 'only' }]],
    ['where is it', []],
    // The request is no item: "a refund" must not be looked for among what the customer bought.
    ['I want a refund for order 000000002, it arrived damaged', []],
    ['je veux un remboursement, la commande est arrivée abîmée', []],
    ['the one with the earbuds', [{ phrase: 'earbuds', quantifier: 'unspecified' }]],
    [
      "je voudrais retourner l'un des deux mugs",
      [{ phrase: 'mugs', quantifier: 'count', quantity: 1, outOf: 2 }],
    ],
    // « les » before the verb takes up the items talked about: no item called "retourner".
    ['je peux les retourner ?', []],
    ['celle avec les écouteurs', [{ phrase: 'ecouteurs', quantifier: 'unspecified' }]],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text, /[éèà]|^(?:les|un|tout|juste|je)\b/.test(text) ? 'fr' : 'en')).toEqual(expected);
  });

  it('an order picked by what it holds spans the whole message ("the one with the charger")', () => {
    for (const [text, lang] of [
      ['the one with the charger', 'en'],
      ['the order containing both shirts', 'en'],
      ['celle avec les écouteurs', 'fr'],
      ['la commande avec la lampe', 'fr'],
    ] as const) {
      const [m] = extractItemMentions(text, lang);
      expect({ start: m?.start, end: m?.end }).toEqual({ start: 0, end: text.length });
    }
  });

  it('keeps spans on the text as written', () => {
    const [m] = extractItemMentions('Return JUST the Charger, thanks', 'en');
    expect(m?.raw).toBe('JUST the Charger');
    expect('Return JUST the Charger, thanks'.slice(m?.start, m?.end)).toBe('JUST the Charger');
  });
});

describe('matchOrderItems', () => {
  it('names one line without a quantity', () => {
    expect(match('I want to return the earbuds')).toEqual({
      kind: 'items',
      items: [{ sku: 'EB' }],
      unmatched: [],
    });
  });

  it('takes both lines for "both shirts", each in full', () => {
    expect(match('both shirts')).toMatchObject({
      kind: 'items',
      items: [
        { sku: 'SH1', qty: 1 },
        { sku: 'SH2', qty: 1 },
      ],
    });
  });

  it('takes one of a line of two for "one of the two mugs"', () => {
    expect(match('one of the two mugs is cracked')).toMatchObject({
      kind: 'items',
      items: [{ sku: 'MUG', qty: 1 }],
    });
  });

  it('takes a count of a line for "2 of the socks"', () => {
    expect(match('2 of the socks')).toMatchObject({ kind: 'items', items: [{ sku: 'SOCK', qty: 2 }] });
  });

  it('refuses a count above what the lines hold', () => {
    expect(match('4 of the socks')).toMatchObject({ kind: 'none', reason: 'quantity_exceeds' });
  });

  it('takes every line but the exception for "everything but the case"', () => {
    const result = match('everything but the case');
    expect(result.kind).toBe('items');
    if (result.kind !== 'items') return;
    expect(result.items.map((i) => i.sku)).toEqual(['EB', 'SH1', 'SH2', 'MUG', 'CH', 'SOCK']);
    expect(result.items.find((i) => i.sku === 'MUG')?.qty).toBe(2);
  });

  it('takes nothing when the exception names no line (the rest would be taken)', () => {
    expect(match('everything but the lamp')).toMatchObject({ kind: 'none', reason: 'no_match' });
  });

  it('is ambiguous for a singular that fits two lines, with both as candidates', () => {
    const result = match('the shirt');
    expect(result.kind).toBe('ambiguous');
    if (result.kind === 'ambiguous') expect(result.candidates.map((c) => c.sku)).toEqual(['SH1', 'SH2']);
  });

  it('settles the ambiguity with a distinguishing word', () => {
    expect(match('the white shirt')).toMatchObject({ kind: 'items', items: [{ sku: 'SH2' }] });
  });

  it('takes every fitting line for a plural', () => {
    expect(match('the shirts')).toMatchObject({ kind: 'items', items: [{ sku: 'SH1' }, { sku: 'SH2' }] });
  });

  it('tolerates a typo and a singular for a plural name', () => {
    expect(match('the chager')).toMatchObject({ kind: 'items', items: [{ sku: 'CH' }] });
    expect(match('the sock')).toMatchObject({ kind: 'items', items: [{ sku: 'SOCK' }] });
  });

  it('ignores a mention that names no line when another did, and reports it', () => {
    const result = match('the earbuds have a crack');
    expect(result).toMatchObject({ kind: 'items', items: [{ sku: 'EB' }] });
    if (result.kind === 'items') expect(result.unmatched.map((m) => m.phrase)).toEqual(['crack']);
  });

  it('says none when nothing named is on the order, or nothing is named', () => {
    expect(match('the lamp')).toMatchObject({ kind: 'none', reason: 'no_match' });
    expect(match('return it')).toMatchObject({ kind: 'none', reason: 'no_mention' });
  });

  it('reads French names in a French store', () => {
    expect(match('je renvoie les écouteurs', FRENCH_LINES, 'fr')).toMatchObject({
      kind: 'items',
      items: [{ sku: 'EB' }],
    });
    expect(match('les deux mugs', FRENCH_LINES, 'fr')).toMatchObject({
      kind: 'items',
      items: [
        { sku: 'MUG1', qty: 1 },
        { sku: 'MUG2', qty: 1 },
      ],
    });
    expect(match('un des deux mugs', FRENCH_LINES, 'fr').kind).toBe('ambiguous');
    expect(match('le mug rouge', FRENCH_LINES, 'fr')).toMatchObject({
      kind: 'items',
      items: [{ sku: 'MUG2' }],
    });
    const rest = match('tout sauf la coque', FRENCH_LINES, 'fr');
    expect(rest.kind === 'items' && rest.items.map((i) => i.sku)).toEqual(['EB', 'MUG1', 'MUG2']);
  });
});
