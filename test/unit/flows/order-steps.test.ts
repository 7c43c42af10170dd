import { describe, expect, it } from 'vitest';
import { fittingFirst } from '../../../sidecar/flows/steps/order-steps.js';
import type { MagentoOrder } from '../../../common/magento/shapes/order.js';

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
