import type { PolicyValues } from '../../../sidecar/policy/policy-types.js';
import type { TurnFacts } from '../../../sidecar/verifier/turn-facts.js';

export const shoePolicy: PolicyValues = {
  returnWindowDays: 30,
  returnShippingFee: 5.99,
  restockingFeePercent: 15,
  finalSale: false,
  exchangeAllowed: true,
  warrantyMonths: 24,
  priceMatch: true,
  priceMatchExclusions: ['marketplace sellers'],
  freeShippingThreshold: 50,
  deliveryRanges: [
    { method: 'flatrate', minDays: 3, maxDays: 5 },
    { method: 'express', minDays: 1, maxDays: 2 },
  ],
  currency: 'USD',
};

/** A turn about one product, one shipped order and one approved (not yet executed) refund. */
export function facts(overrides: Partial<TurnFacts> = {}): TurnFacts {
  return {
    policies: [
      {
        ruleId: 'stores:default:shoes',
        version: 'sha256:abc',
        values: shoePolicy,
        appliesTo: 'Shoes, default, web',
      },
    ],
    products: [
      {
        sku: 'TR-1',
        name: 'Trail Runner',
        price: 89.99,
        currency: 'USD',
        stockStatus: 'in_stock',
        qty: 3,
        attributes: { color: 'blue' },
        rating: 4.5,
        reviewCount: 12,
      },
    ],
    orders: [
      {
        number: '000000123',
        status: 'complete',
        createdAt: '2026-03-01T10:00:00Z',
        shippedAt: '2026-03-03T10:00:00Z',
        grandTotal: 95.98,
        subtotal: 89.99,
        shippingAmount: 5.99,
        currency: 'USD',
        carrier: 'UPS',
        trackingNumbers: ['1Z999AA10123456784'],
        items: [{ sku: 'TR-1', name: 'Trail Runner', qty: 1, price: 89.99 }],
      },
    ],
    actions: [
      {
        kind: 'refund',
        outcome: 'approved',
        amount: 25,
        currency: 'USD',
        reference: 'RF-1',
        executed: false,
      },
    ],
    deliveryRanges: [],
    citations: [{ source: 'policy', id: 'stores:default:shoes', version: 'sha256:abc' }],
    ...overrides,
  };
}
