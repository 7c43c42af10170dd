import { describe, expect, it } from 'vitest';
import type { MagentoOrder } from '../../../common/magento/shapes/order.js';
import { idempotencyKey, idempotencyMarker } from '../../../sidecar/actions/idempotency-key.js';
import { orderFactsFromMagento } from '../../../sidecar/actions/order-facts.js';

const order: MagentoOrder = {
  entity_id: 12,
  increment_id: '000000012',
  state: 'complete',
  created_at: '2026-03-01 10:00:00',
  customer_id: 7,
  customer_is_guest: 0,
  customer_email: 'ana@example.com',
  base_currency_code: 'USD',
  order_currency_code: 'EUR',
  grand_total: 100,
  base_grand_total: 110,
  items: [
    {
      item_id: 1,
      sku: 'TEE',
      name: 'Tee',
      price: 20,
      price_incl_tax: 24,
      qty_ordered: 2,
      qty_invoiced: 2,
      qty_shipped: 2,
      qty_refunded: 0,
      discount_amount: 8,
    },
    { item_id: 2, parent_item_id: 1, sku: 'TEE-M', price: 0, qty_ordered: 2 },
    { item_id: 3, sku: 'MUG', price: 10, qty_ordered: 1, qty_invoiced: 1, qty_shipped: 0, qty_refunded: 0 },
  ],
  extension_attributes: { shipping_assignments: [{ shipping: { method: 'flatrate_flatrate' } }] },
};

describe('order facts from Magento', () => {
  it('maps lines, payments, shipments and invoices', () => {
    const facts = orderFactsFromMagento(
      order,
      [{ entity_id: 40, order_id: 12, total_qty: 3, items: [] }],
      [
        {
          entity_id: 50,
          order_id: 12,
          created_at: '2026-03-02 23:30:00',
          items: [{ order_item_id: 1, qty: 2 }],
          tracks: [],
          comments: [],
        },
      ],
      new Map([['TEE', [10]]]),
    );
    expect(facts).toMatchObject({
      order_id: 12,
      customer_id: 7,
      created_at: '2026-03-01T10:00:00.000Z',
      shipping_method: 'flatrate_flatrate',
      invoice_id: 40,
      base_currency_code: 'USD',
      order_currency_code: 'EUR',
    });
    // child line skipped; paid = (24 × 2 − 8) × 1.1 base/order rate
    expect(facts.items).toEqual([
      expect.objectContaining({
        item_id: 1,
        base_row_total_paid: 44,
        category_ids: [10],
        shipped_at: '2026-03-02T23:30:00.000Z',
      }),
      expect.objectContaining({
        item_id: 3,
        base_row_total_paid: 11,
        category_ids: [],
        categories_known: false,
        shipped_at: null,
      }),
    ]);
  });

  it('treats guest orders as having no customer id', () => {
    expect(
      orderFactsFromMagento({ ...order, customer_is_guest: 1 }, [], [], new Map()).customer_id,
    ).toBeNull();
  });
});

describe('idempotency key', () => {
  it('is the same for the same order, action and items in any order, and differs otherwise', () => {
    const a = idempotencyKey('default', 12, 'refund', [
      { item_id: 3, qty: 1 },
      { item_id: 1, qty: 2 },
    ]);
    const b = idempotencyKey('default', 12, 'refund', [
      { item_id: 1, qty: 2 },
      { item_id: 3, qty: 1 },
    ]);
    expect(a).toBe(b);
    expect(idempotencyKey('default', 12, 'refund', [{ item_id: 1, qty: 1 }])).not.toBe(a);
    expect(
      idempotencyKey('default', 12, 'return', [
        { item_id: 1, qty: 2 },
        { item_id: 3, qty: 1 },
      ]),
    ).not.toBe(a);
    expect(idempotencyMarker(a)).toMatch(/^\[verity:[0-9a-f]{16}\]$/);
  });
});
