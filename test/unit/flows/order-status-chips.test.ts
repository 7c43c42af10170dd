import { describe, expect, it } from 'vitest';
import type { MagentoOrder, MagentoShipment } from '../../../common/magento/shapes/order.js';
import { newDialogueState } from '../../../sidecar/flows/dialogue-state.js';
import { orderStatus } from '../../../sidecar/flows/skills/order-lookup.js';
import { testTurn } from '../../support/flow-turn.js';

function statusOf(status: string, shipped: boolean) {
  const order = {
    increment_id: '000000042',
    status,
    state: status,
    created_at: '2026-11-20 10:00:00',
    grand_total: 30,
    items: [{ sku: 'MUG', name: 'Mug', qty_ordered: 1, qty_shipped: shipped ? 1 : 0, price: 30 }],
  } as MagentoOrder;
  const shipments = shipped
    ? ([
        { created_at: '2026-11-21 10:00:00', tracks: [{ track_number: '1Z1', title: 'UPS' }] },
      ] as MagentoShipment[])
    : [];
  const state = newDialogueState({
    sessionId: 's',
    conversationId: 'c',
    storeCode: 'default',
    customerId: null,
  });
  return orderStatus({ order, shipments }, testTurn('where is my order?', state));
}

describe('order status quick replies', () => {
  it('offers a return when goods have left and the order is not cancelled or refunded', () => {
    expect(statusOf('complete', true).quickReplies).toEqual(['I want to return an item']);
    expect(statusOf('processing', true).quickReplies).toEqual(['I want to return an item']);
  });

  it('offers no return for an unshipped, cancelled or refunded order', () => {
    expect(statusOf('pending', false).quickReplies).toEqual([]);
    expect(statusOf('processing', false).quickReplies).toEqual([]);
    expect(statusOf('canceled', false).quickReplies).toEqual([]);
    expect(statusOf('closed', true).quickReplies).toEqual([]);
  });
});
