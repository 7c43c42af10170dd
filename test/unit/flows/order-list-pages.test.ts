import { describe, expect, it } from 'vitest';
import type { MagentoOrder } from '../../../common/magento/shapes/order.js';
import { ORDER_PAGE, orderPage, ordersFitting } from '../../../sidecar/flows/skills/order-lookup.js';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { buildFixtureModel, FIXED_NOW } from '../nlu/support.js';

describe('orderPage: "show me more orders" shows the next ones, never the same page again', () => {
  it('the first page, and how many are left', () => {
    expect(orderPage(8, undefined, false)).toEqual({ start: 0, end: ORDER_PAGE, rest: 8 - ORDER_PAGE });
    expect(orderPage(3, undefined, false)).toEqual({ start: 0, end: 3, rest: 0 });
  });
  it('more: the page after those shown', () => {
    expect(orderPage(8, 5, true)).toEqual({ start: 5, end: 8, rest: 0 });
    expect(orderPage(12, 5, true)).toEqual({ start: 5, end: 10, rest: 2 });
  });
  it('more when all were shown: an empty page (the reply says so)', () => {
    expect(orderPage(8, 8, true)).toEqual({ start: 8, end: 8, rest: 0 });
  });
  it('the list asked for again starts over', () => {
    expect(orderPage(8, 5, false).start).toBe(0);
  });
});

describe('ordersFitting: the list narrowed to what the message says of the orders', () => {
  const model = buildFixtureModel();
  // FIXED_NOW is Monday 23 November 2026.
  const order = (increment_id: string, created_at: string, name: string): MagentoOrder =>
    ({ increment_id, created_at, items: [{ sku: name.toUpperCase(), name }] }) as MagentoOrder;
  const orders = [
    order('000000004', '2026-11-20T10:00:00Z', 'Voltra Charger'),
    order('000000003', '2026-11-17T10:00:00Z', 'LED Strip Lights'),
    order('000000002', '2026-11-03T10:00:00Z', 'Sonique Earbuds'),
    order('000000001', '2026-10-24T10:00:00Z', 'Gaming Laptop'),
  ];
  const fitting = (text: string, language?: 'fr') =>
    ordersFitting(
      {
        understanding: analyse(model, text, language ? { storeLanguage: language } : {}),
        now: FIXED_NOW,
        store: { timeZone: 'UTC' },
      },
      orders,
    )?.map((o) => o.increment_id);

  it.each([
    ['what I bought in november', ['000000004', '000000003', '000000002']],
    ['what did i order last week', ['000000004', '000000003']],
    ['show my orders from october', ['000000001']],
    ['my orders with the earbuds', ['000000002']],
  ])('%j → %j', (text, expected) => {
    expect(fitting(text)).toEqual(expected);
  });

  it('reads French dates too', () => {
    expect(fitting('mes commandes de la semaine dernière', 'fr')).toEqual(['000000004', '000000003']);
    expect(fitting("ce que j'ai acheté en octobre", 'fr')).toEqual(['000000001']);
  });

  it('none fits: empty (the reply says so); no clue: undefined (the plain list)', () => {
    expect(fitting('what did i order in september')).toEqual([]);
    expect(fitting('show me my orders')).toBeUndefined();
  });
});
