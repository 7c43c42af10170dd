import { describe, expect, it } from 'vitest';
import {
  carrierName,
  orderStatusLabel,
  orderStatusReply,
  shopperOrderState,
  trackingUrl,
} from '../../../sidecar/replies/order-status.js';
import { lintReply } from '../../../sidecar/replies/reply-lint.js';
import { render } from '../../../sidecar/replies/render.js';
import { LOCALES } from '../../../sidecar/replies/templates.js';
import { emptyTurnFacts, type OrderFact } from '../../../sidecar/verifier/turn-facts.js';
import { verify } from '../../../sidecar/verifier/verify.js';

const placed: OrderFact = {
  number: '000000086',
  status: 'processing',
  createdAt: '2026-12-03T10:15:00Z',
  grandTotal: 129.9,
  subtotal: 119.9,
  shippingAmount: 10,
  currency: 'USD',
  trackingNumbers: [],
  items: [{ sku: 'JKT-1', name: 'Trail Jacket', qty: 1, price: 119.9 }],
};
const shipped: OrderFact = {
  ...placed,
  status: 'complete',
  shippedAt: '2026-12-04T08:00:00Z',
  carrier: 'United Parcel Service',
  trackingNumbers: ['1Z999AA10123456784'],
};

const ORDERS: Record<string, OrderFact> = {
  pending: { ...placed, status: 'pending' },
  processing: placed,
  pending_payment: { ...placed, status: 'pending_payment' },
  payment_review: { ...placed, status: 'payment_review' },
  holded: { ...placed, status: 'holded' },
  complete: shipped,
  complete_ups: { ...shipped, carrier: 'ups' },
  delivered: { ...shipped, deliveredAt: '2026-12-06T15:00:00Z' },
  canceled: { ...placed, status: 'canceled' },
  closed: { ...shipped, status: 'closed' },
  ready_for_pickup: { ...placed, status: 'ready_for_pickup' },
};

describe('order status in shopper terms', () => {
  it('reads the state from Magento’s code and shipments', () => {
    expect(Object.fromEntries(Object.entries(ORDERS).map(([k, o]) => [k, shopperOrderState(o)]))).toEqual({
      pending: 'not_shipped',
      processing: 'not_shipped',
      pending_payment: 'awaiting_payment',
      payment_review: 'in_review',
      holded: 'on_hold',
      complete: 'shipped',
      complete_ups: 'shipped',
      delivered: 'delivered',
      canceled: 'canceled',
      closed: 'refunded',
      ready_for_pickup: 'other',
    });
    // Part of it shipped while Magento still says processing: it is on its way.
    expect(shopperOrderState({ ...placed, shippedAt: '2026-12-04T08:00:00Z' })).toBe('shipped');
  });

  it('says where the order is first, then how it left and where to follow it', () => {
    expect(orderStatusReply(shipped, 'en')).toBe(
      'Order 000000086, placed on December 3, 2026, has shipped. Total: $129.90. It went out on December 4, 2026 with United Parcel Service, tracking number 1Z999AA10123456784.',
    );
    expect(orderStatusReply({ ...shipped, carrier: 'ups' }, 'en')).toMatch(
      /with UPS, tracking number 1Z999AA10123456784\. You can follow the parcel here: https:\/\/www\.ups\.com\/track\?tracknum=1Z999AA10123456784$/,
    );
    expect(orderStatusReply(placed, 'en')).toBe(
      "Order 000000086, placed on December 3, 2026, hasn't shipped yet: we're preparing it. Total: $129.90.",
    );
  });

  it('speaks French in French: no English status word, no Magento code (the reported "est complete")', () => {
    expect(orderStatusReply(shipped, 'fr')).toMatch(
      /^La commande 000000086, passée le 3 décembre 2026, a été expédiée\./,
    );
    for (const [code, order] of Object.entries(ORDERS)) {
      if (code === 'ready_for_pickup') continue;
      const texts = [orderStatusReply(order, 'fr'), orderStatusLabel(order, 'fr')];
      for (const text of texts) expect(lintReply(text, 'fr'), `${code}: ${text}`).toEqual([]);
    }
    expect(orderStatusLabel(ORDERS.complete!, 'fr')).toBe('Expédiée');
    expect(orderStatusLabel(ORDERS.canceled!, 'en')).toBe('Cancelled');
  });

  it('passes the verifier against the order’s own facts, in every state and locale', () => {
    for (const [code, order] of Object.entries(ORDERS))
      for (const locale of LOCALES) {
        const reply = orderStatusReply(order, locale);
        const verdict = verify(
          reply,
          { ...emptyTurnFacts(), orders: [order] },
          { locale: locale === 'fr' ? 'fr-FR' : 'en-US', currency: 'USD' },
        );
        expect(verdict.violations, `${code}/${locale}: ${reply}`).toEqual([]);
      }
  });

  it('is caught by the verifier when said of the wrong order', () => {
    const reply = orderStatusReply(shipped, 'en');
    const verdict = verify(
      reply,
      { ...emptyTurnFacts(), orders: [placed] },
      { locale: 'en-US', currency: 'USD' },
    );
    expect(verdict.ok).toBe(false);
  });

  it('names carriers as shoppers know them and links to their tracking pages', () => {
    expect(carrierName('ups', 'en')).toBe('UPS');
    expect(carrierName('United Parcel Service', 'en')).toBe('United Parcel Service');
    expect(carrierName('custom', 'en')).toBe('the carrier');
    expect(carrierName(undefined, 'fr')).toBe('le transporteur');
    expect(trackingUrl('Federal Express', '771234567890')).toBe(
      'https://www.fedex.com/fedextrack/?trknbr=771234567890',
    );
    expect(trackingUrl('usps', '9400100000000000000000')).toContain('tools.usps.com');
    expect(trackingUrl('custom', '123456')).toBeUndefined();
    expect(trackingUrl('ups', 'x" onmouseover="')).toBeUndefined();
  });
});

describe('a {status} slot, whatever the caller passes', () => {
  it('is said in the reply’s language: no "est complete"', () => {
    const slots = { number: '3000000002', date: '3 décembre 2026', total: '120,00 €' };
    expect(render('order_status', 'fr', { ...slots, status: 'complete' })).toBe(
      'La commande 3000000002, passée le 3 décembre 2026, est expédiée. Total : 120,00 €.',
    );
    expect(render('order_status', 'fr', { ...slots, status: 'closed (refunded)' })).toContain(
      'est remboursée',
    );
    expect(render('order_list_line', 'fr', { ...slots, status: 'being processed' })).toContain(
      'en cours de préparation',
    );
    expect(render('order_status', 'en', { ...slots, status: 'pending (not yet processed)' })).toContain(
      'is not yet processed.',
    );
    expect(render('order_status', 'en', { ...slots, status: 'complete' })).toContain('is complete.');
    // A status the merchant created is the merchant's word.
    expect(render('order_status', 'fr', { ...slots, status: 'prête au retrait' })).toContain(
      'est prête au retrait',
    );
  });
});
