import { describe, expect, it } from 'vitest';
import {
  actionable,
  fittingFirst,
  itemsInFocus,
  itemsNamedIn,
  namesItemElsewhere,
  notBeingReturned,
  openLines,
  orderAtPosition,
  orderBefore,
  refundedNotOffered,
} from '../../../sidecar/flows/steps/order-steps.js';
import type { MagentoOrder } from '../../../common/magento/shapes/order.js';
import type { ReferenceEntity } from '../../../sidecar/nlu/types.js';
import { extractItemMentions } from '../../../sidecar/nlu/entities/item-mentions.js';
import { extractReferences } from '../../../sidecar/nlu/entities/references.js';

function order(increment_id: string, state: string, shipped: number): MagentoOrder {
  return { increment_id, state, items: [{ sku: 'X', qty_ordered: 1, qty_shipped: shipped }] } as MagentoOrder;
}

const orders = [
  order('pending', 'new', 0),
  order('processing', 'processing', 0),
  order('partly-shipped', 'processing', 1),
  order('complete', 'complete', 1),
  order('canceled', 'canceled', 0),
  order('refunded', 'closed', 1),
];
const numbers = (list: MagentoOrder[]) => list.map((o) => o.increment_id);

describe('fittingFirst: the orders a request could apply to lead the "which order?" list', () => {
  it.each(['cancel_order', 'change_address'] as const)(
    '%s: orders not yet shipped first, newest first within each group',
    (flow) => {
      expect(numbers(fittingFirst(flow, orders))).toEqual([
        'pending',
        'processing',
        'partly-shipped',
        'complete',
        'canceled',
        'refunded',
      ]);
    },
  );

  it.each(['return_items', 'refund', 'exchange_item'] as const)(
    '%s: orders with shipped goods, not closed',
    (flow) => {
      expect(numbers(fittingFirst(flow, orders)).slice(0, 2)).toEqual(['partly-shipped', 'complete']);
    },
  );

  it('other flows keep the newest-first order', () => {
    expect(numbers(fittingFirst('order_status', orders))).toEqual(numbers(orders));
  });
});

describe('fittingFirst: a goodwill coupon is about goods that were sent', () => {
  it('shipped orders, refunded ones included, before unshipped or cancelled ones', () => {
    expect(numbers(fittingFirst('coupon', orders)).slice(0, 3)).toEqual([
      'partly-shipped',
      'complete',
      'refunded',
    ]);
  });
});

describe('namesItemElsewhere: an item the focused order does not hold is never acted on there', () => {
  const focused = {
    increment_id: '000000003',
    state: 'processing',
    items: [{ sku: 'GIFT-LEDSTRIP', name: 'Glow LED Strip Lights 16 ft', qty_ordered: 1 }],
  } as MagentoOrder;
  it('a phrase that matches none of its lines: ask which order', () => {
    expect(namesItemElsewhere('refund', focused, ['refund', 'filet velo'], [], 'fr')).toBe(true);
    expect(namesItemElsewhere('return_items', focused, ['bike cargo net'], ['CYC-CARGO-NET'], 'en')).toBe(
      true,
    );
  });
  it('a phrase that names one of its lines, by name or by meaning: that order', () => {
    expect(namesItemElsewhere('refund', focused, ['led strip'], [], 'en')).toBe(false);
    expect(namesItemElsewhere('refund', focused, ['fairy lights'], ['GIFT-LEDSTRIP'], 'en')).toBe(false);
  });
  it('no item named, or a request not about items: the focused order', () => {
    expect(namesItemElsewhere('refund', focused, [], [], 'en')).toBe(false);
    expect(namesItemElsewhere('order_status', focused, ['package arrive'], [], 'en')).toBe(false);
    expect(namesItemElsewhere('refund', undefined, ['earbuds'], [], 'en')).toBe(false);
  });
});

describe('actionable: a cancelled order is not offered for an action', () => {
  it('dropped from the candidates of a return, a refund, an exchange or a coupon', () => {
    for (const flow of ['return_items', 'exchange_item', 'refund', 'coupon'] as const)
      expect(numbers(actionable(flow, orders))).not.toContain('canceled');
  });
  it('kept for a cancellation or an address change: "already cancelled" is the answer, not another order', () => {
    expect(numbers(actionable('cancel_order', orders))).toContain('canceled');
    expect(numbers(actionable('change_address', orders))).toContain('canceled');
  });
  it('kept when every candidate is cancelled, and for questions that only read', () => {
    const cancelled = [order('canceled', 'canceled', 0)];
    expect(numbers(actionable('return_items', cancelled))).toEqual(['canceled']);
    expect(numbers(actionable('order_status', orders))).toContain('canceled');
  });
});

describe('notBeingReturned: lines already being returned are not offered again', () => {
  const lines = [
    { sku: 'CYC-CARGO-NET', name: 'Cargo Net', qty: 1 },
    { sku: 'TG-00834', name: 'Junior Puzzle', qty: 2 },
  ];
  const registered = (sku: string, qty: number) => ({
    lines: [{ sku, qty }],
    amount: 10,
    currency: 'USD',
    reference: 'R',
    done: true,
  });
  it('a line returned in full is left out; one returned in part keeps the rest', () => {
    expect(notBeingReturned(lines, [registered('CYC-CARGO-NET', 1), registered('TG-00834', 1)])).toEqual([
      { sku: 'TG-00834', name: 'Junior Puzzle', qty: 1 },
    ]);
    expect(notBeingReturned(lines, [])).toEqual(lines);
  });
});

describe('refundedNotOffered: an item named but refunded already is said, not silently left out', () => {
  const guest = {
    order: {
      increment_id: '000000086',
      state: 'complete',
      items: [
        { sku: 'OD-HIK-00453', name: 'First Aid Kit', qty_ordered: 1, qty_refunded: 0 },
        { sku: 'TG-00600', name: 'RC Car', qty_ordered: 1, qty_refunded: 1 },
      ],
    } as MagentoOrder,
    shipments: [],
  };
  const offered = [{ sku: 'OD-HIK-00453', name: 'First Aid Kit', qty: 1 }];
  it('named something the list does not offer: the refunded lines are said', () => {
    expect(refundedNotOffered(guest, offered, true)).toEqual(['RC Car']);
  });
  it('nothing named: only the question', () => {
    expect(refundedNotOffered(guest, offered, false)).toEqual([]);
  });
});

describe('orderAtPosition: "the second one" after a list of orders is the second order listed', () => {
  const ordinal = (index: number): ReferenceEntity => ({
    kind: 'ordinal',
    index,
    resolved: [],
    raw: 'the one',
    start: 0,
    end: 7,
  });
  const listed = ['000000004', '000000003', '000000002'];

  it('counts from the top of the list shown, and "the last one" from its end', () => {
    expect(orderAtPosition([ordinal(1)], listed)).toBe('000000003');
    expect(orderAtPosition([ordinal(0)], listed)).toBe('000000004');
    expect(orderAtPosition([ordinal(-1)], listed)).toBe('000000002');
  });

  it('no list shown, a place past its end, or no ordinal: no order from the list', () => {
    expect(orderAtPosition([ordinal(1)], undefined)).toBeUndefined();
    expect(orderAtPosition([ordinal(5)], listed)).toBeUndefined();
    expect(orderAtPosition([{ ...ordinal(0), kind: 'pronoun' }], listed)).toBeUndefined();
  });
});

describe('orderBefore: "and the one before that?" is the order placed before the one in focus', () => {
  const newest = [order('8', 'new', 0), order('7', 'complete', 1), order('5', 'complete', 1)];

  it('the next older order than the focused one', () => {
    expect(orderBefore(newest, '7')).toBe('5');
    expect(orderBefore(newest, '8')).toBe('7');
  });

  it('nothing in focus: the second newest ("my previous order"); the oldest has none before it', () => {
    expect(orderBefore(newest, undefined)).toBe('7');
    expect(orderBefore(newest, '5')).toBeUndefined();
  });
});

describe('openLines: what is left to return or refund', () => {
  const held = (state: string) =>
    ({
      order: {
        increment_id: '6',
        state,
        items: [{ sku: 'RING', name: 'Ring Light', qty_ordered: 2, qty_refunded: 0 }],
      },
      shipments: [],
    }) as unknown as Parameters<typeof openLines>[0];

  it('the lines of an order with goods not refunded', () => {
    expect(openLines(held('complete')).map((l) => [l.sku, l.qty])).toEqual([['RING', 2]]);
  });

  it('nothing on a cancelled order: it is said to be cancelled, not asked which of its items', () => {
    expect(openLines(held('canceled'))).toEqual([]);
  });
});

describe('itemsNamedIn / itemsInFocus: the items named one turn are the ones "them" means the next', () => {
  const earbudsOrder = {
    number: '000000002',
    createdAt: '2026-12-03T03:52:48Z',
    items: [
      { sku: 'NET', name: 'Cyclon Stretch Cargo Net for Bike Racks' },
      { sku: 'EB', name: 'Sonique Pulse True Wireless Earbuds' },
    ],
  };
  const lines = [
    { sku: 'NET', name: 'Cyclon Stretch Cargo Net for Bike Racks', qty: 1 },
    { sku: 'EB', name: 'Sonique Pulse True Wireless Earbuds', qty: 2 },
  ];
  const said = (text: string, lang: 'en' | 'fr' = 'en') => ({
    products: [],
    itemMentions: extractItemMentions(text, lang),
    references: extractReferences(text),
  });
  const focus = { order: '000000002', skus: ['EB'] };

  it('the order found by its items focuses on those items, by product or by words', () => {
    expect(itemsNamedIn(earbudsOrder, [], extractItemMentions('the earbuds one', 'en'), 'en')).toEqual([
      'EB',
    ]);
    expect(itemsNamedIn(earbudsOrder, ['NET', 'OTHER'], [], 'en')).toEqual(['NET']);
    expect(itemsNamedIn(earbudsOrder, [], extractItemMentions('the order', 'en'), 'en')).toEqual([]);
  });

  it.each([
    ['can i return them?', 'en', [{ sku: 'EB' }]],
    ['return it', 'en', [{ sku: 'EB' }]],
    ['can I return one of them?', 'en', [{ sku: 'EB', qty: 1 }]],
    ['je peux les retourner ?', 'fr', [{ sku: 'EB' }]],
  ] as const)('%j takes up the focused items', (text, lang, expected) => {
    expect(itemsInFocus(focus, '000000002', lines, said(text, lang), lang)).toEqual(expected);
  });

  it('not when the message names items of its own, points at nothing, or the order is another one', () => {
    expect(
      itemsInFocus(focus, '000000002', lines, said('can I return the cargo net?'), 'en'),
    ).toBeUndefined();
    expect(itemsInFocus(focus, '000000002', lines, said('I want to return something'), 'en')).toBeUndefined();
    expect(itemsInFocus(focus, '000000004', lines, said('can i return them?'), 'en')).toBeUndefined();
    expect(itemsInFocus(undefined, '000000002', lines, said('can i return them?'), 'en')).toBeUndefined();
    // The focused items were refunded already: nothing left to take up.
    expect(itemsInFocus(focus, '000000002', lines.slice(0, 1), said('return them'), 'en')).toBeUndefined();
  });
});
