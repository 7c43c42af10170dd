import { describe, expect, it } from 'vitest';
import {
  extractOrderReferences,
  localDay,
  resolveOrderReference,
  type CustomerOrder,
} from '../../../sidecar/nlu/entities/order-reference.js';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { buildFixtureModel, FIXED_NOW } from './support.js';

const ORDERS: CustomerOrder[] = [
  // 15:30 on Sunday 22 November in Los Angeles, already Monday 23 in UTC.
  {
    number: '000000010',
    createdAt: '2026-11-22T23:30:00Z',
    items: [{ sku: 'EB', name: 'Sonique Pulse True Wireless Earbuds' }],
  },
  {
    number: '000000045',
    createdAt: '2026-11-16T18:00:00Z',
    items: [{ sku: 'CH', name: 'Voltra USB-C Charger 65W' }],
  },
  {
    number: '000000088',
    createdAt: '2026-10-03T18:00:00Z',
    items: [
      { sku: 'TENT', name: 'Summit 2 Tent' },
      { sku: 'EB', name: 'Sonique Pulse True Wireless Earbuds' },
    ],
  },
  { number: '000000110', createdAt: '2026-11-20T18:00:00Z', items: [{ sku: 'MUG', name: 'Camp Mug' }] },
];
const LA = 'America/Los_Angeles';

describe('order references', () => {
  it.each([
    ['where is order 10', [['number', '10']]],
    ['order #45 please', [['number', '45']]],
    ['#45', [['number', '45']]],
    ['order no. 7', [['number', '7']]],
    ['the one ending 088', [['suffix', '088']]],
    ['order ending in 88', [['suffix', '88']]],
    ['ma commande 10', [['number', '10']]],
    ['commande n° 45', [['number', '45']]],
    ['la commande qui finit par 088', [['suffix', '088']]],
    ['I want to order 2 mugs', []],
    ['can I order 3 of them', []],
    ['order 2 items', []],
    ['I paid $45', []],
  ] as const)('%j', (text, expected) => {
    expect(extractOrderReferences(text).map((r) => [r.kind, r.digits])).toEqual(expected);
  });

  it('leaves a full order number to the order-number extractor', () => {
    const model = buildFixtureModel();
    const u = analyse(model, 'where is order 000000045');
    expect(u.entities.orderNumbers.map((o) => o.value)).toEqual(['000000045']);
    expect(u.entities.orderReferences).toEqual([]);
  });
});

describe('resolveOrderReference', () => {
  const model = buildFixtureModel();
  const resolve = (text: string, orders = ORDERS, timeZone = LA) =>
    resolveOrderReference(analyse(model, text), orders, FIXED_NOW, timeZone);

  it('finds an order by its short number, hash number or ending', () => {
    expect(resolve('where is order 10')).toEqual({
      kind: 'order',
      number: '000000010',
      via: ['partial_number'],
    });
    expect(resolve('#45')).toMatchObject({ kind: 'order', number: '000000045' });
    expect(resolve('the one ending 088')).toMatchObject({ kind: 'order', number: '000000088' });
    expect(resolve('la commande qui finit par 110')).toMatchObject({ kind: 'order', number: '000000110' });
  });

  it('reads a short number after a store prefix (1000000010 is order 10 of store 1)', () => {
    const prefixed = [{ ...ORDERS[0]!, number: '1000000010' }];
    expect(resolve('order 10', prefixed)).toMatchObject({ kind: 'order', number: '1000000010' });
  });

  it('says none for a number that is not among the customer orders', () => {
    expect(resolve('order 99')).toEqual({ kind: 'none', reason: 'no_match', via: ['partial_number'] });
    expect(resolve('where is order 000000999')).toMatchObject({ kind: 'none', reason: 'no_match' });
  });

  it('finds orders by a product they contain, newest first', () => {
    expect(resolve('the one with the earbuds')).toEqual({
      kind: 'candidates',
      numbers: ['000000010', '000000088'],
      via: ['product'],
    });
    expect(resolve('the order with the charger')).toMatchObject({ kind: 'order', number: '000000045' });
  });

  it('of the orders holding an item named, keeps those whose item fits the most words', () => {
    const lights: CustomerOrder[] = [
      {
        number: '000000003',
        createdAt: '2026-11-21T18:00:00Z',
        items: [{ sku: 'LED', name: 'Lumio Glow LED Strip Lights 16 ft' }],
      },
      {
        number: '000000006',
        createdAt: '2026-11-10T18:00:00Z',
        items: [{ sku: 'RING', name: 'Acme Selfie Ring Light with Phone Tripod' }],
      },
    ];
    expect(resolve('sent the ring light back ages ago, still no money??', lights)).toMatchObject({
      kind: 'order',
      number: '000000006',
    });
    expect(resolve('did my led lights ship yet?', lights)).toMatchObject({
      kind: 'order',
      number: '000000003',
    });
    expect(resolve('the one with the lights', lights)).toMatchObject({ kind: 'candidates' });
  });

  it('finds orders by the day, week or month they were placed, in the store time zone', () => {
    // Monday 16 November.
    expect(resolve('the order I placed on monday')).toMatchObject({ kind: 'order', number: '000000045' });
    // Sunday 22 November in Los Angeles; in UTC the same order was placed on the 23rd.
    expect(resolve('the order I placed yesterday')).toMatchObject({ kind: 'order', number: '000000010' });
    // In Paris the same order was placed on Monday the 23rd: nothing was ordered the day before.
    expect(resolve('the order I placed yesterday', ORDERS, 'Europe/Paris')).toMatchObject({
      kind: 'none',
      reason: 'no_match',
    });
    expect(resolve('my order from last week')).toEqual({
      kind: 'candidates',
      numbers: ['000000010', '000000110', '000000045'],
      via: ['date'],
    });
    expect(resolve('ma commande du mois dernier')).toMatchObject({ kind: 'order', number: '000000088' });
  });

  it('combines clues', () => {
    expect(resolve('my order from last month with the earbuds')).toEqual({
      kind: 'order',
      number: '000000088',
      via: ['product', 'date'],
    });
  });

  it('takes a date given with another clue as an estimate: the nearest such order within a week', () => {
    // The charger order was placed on 16 November; "2 weeks ago" is the 9th.
    expect(resolve('the charger I ordered 2 weeks ago')).toEqual({
      kind: 'order',
      number: '000000045',
      via: ['product', 'date'],
    });
    // Alone, a date is taken as said.
    expect(resolve('my order from 2 weeks ago')).toMatchObject({ kind: 'none', reason: 'no_match' });
    // Further off than a week, the clue does not fit.
    expect(resolve('the charger I ordered 5 weeks ago')).toMatchObject({ kind: 'none', reason: 'no_match' });
  });

  it('picks the latest or previous order', () => {
    expect(resolve('where is my last order')).toMatchObject({
      kind: 'order',
      number: '000000010',
      via: ['recency'],
    });
    expect(resolve('my previous order')).toMatchObject({ kind: 'order', number: '000000110' });
    // The question mark after the words does not hide them.
    expect(resolve('and the one before that?')).toMatchObject({ kind: 'order', number: '000000110' });
    expect(resolve('ma dernière commande')).toMatchObject({ kind: 'order', number: '000000010' });
  });

  it('says there is no clue when the message names no order', () => {
    expect(resolve('where is my order')).toEqual({ kind: 'none', reason: 'no_clue', via: [] });
  });

  it('gives the calendar day of an instant in a time zone', () => {
    expect(localDay('2026-11-22T23:30:00Z', LA)).toBe('2026-11-22');
    expect(localDay('2026-11-22T23:30:00Z', 'Europe/Paris')).toBe('2026-11-23');
  });
});
