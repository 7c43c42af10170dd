import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { render } from '../../../sidecar/replies/render.js';
import { emptyTurnFacts, type TurnFacts } from '../../../sidecar/verifier/turn-facts.js';
import { verify } from '../../../sidecar/verifier/verify.js';

const EN = { locale: 'en-US', currency: 'USD' } as const;

function withOrderAndProduct(): TurnFacts {
  const facts = emptyTurnFacts();
  facts.orders.push({
    number: '000000003',
    status: 'processing',
    statusLabel: 'being processed',
    createdAt: '2026-03-02T10:00:00.000Z',
    grandTotal: 39.99,
    subtotal: 39.99,
    shippingAmount: 0,
    currency: 'USD',
    trackingNumbers: [],
    items: [{ sku: 'TENT-2P-60D', name: 'Trail Tent 60 Day Edition', qty: 1, price: 39.99 }],
  });
  facts.products.push({
    sku: 'GIFT-30DAY',
    name: 'Gift Card 30 Day',
    price: 10,
    currency: 'USD',
    stockStatus: 'in_stock',
    qty: null,
    attributes: {},
    rating: null,
    reviewCount: 0,
  });
  return facts;
}

/** Every false positive found reading identifiers as claims stays here as a regression case. */
describe('the verifier reads claims from words, not from identifiers', () => {
  it('does not read a handoff ticket id as money (A7863CAD is not 7,863 Canadian dollars)', () => {
    const draft = render('handoff', 'en', { ticket: 'A7863CAD', contact: '' });
    expect(verify(draft, emptyTurnFacts(), EN).violations).toEqual([]);
  });

  it.each(['CAD51466', 'CAD00001', 'A7863CAD', '1CAD2345', 'EUR12345'])(
    'does not read the handoff ticket %s as money, in either language or currency',
    (ticket) => {
      for (const locale of ['en', 'fr'] as const) {
        const draft = render('handoff', locale, { ticket, contact: '' });
        for (const currency of ['USD', 'CAD', 'EUR']) {
          const options = { locale: locale === 'en' ? 'en-US' : 'fr-FR', currency };
          expect(verify(draft, emptyTurnFacts(), options).violations, `${draft} (${currency})`).toEqual([]);
        }
      }
    },
  );

  it('still reads an amount that only sits near a label', () => {
    expect(verify('Your ticket is open; a refund of CAD 51.00 is on its way.', emptyTurnFacts(), EN).ok).toBe(
      false,
    );
    expect(verify('In that case 60 days is the return window.', withOrderAndProduct(), EN).ok).toBe(false);
  });

  it('passes the handoff reply for any ticket id the desk can issue', () => {
    // Ticket ids are the first 8 hex digits of a uuid, upper-cased (chat-service): 1,000 of them.
    const failures: string[] = [];
    for (let n = 0; n < 1_000; n++) {
      const ticket = randomUUID().slice(0, 8).toUpperCase();
      for (const currency of ['USD', 'CAD']) {
        const draft = render('handoff', 'en', { ticket, contact: '' });
        const result = verify(draft, emptyTurnFacts(), { locale: 'en-US', currency });
        if (!result.ok) failures.push(`${ticket} (${currency}): ${result.violations[0]?.code}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it.each([
    'SKU GIFT-30DAY is a gift card.',
    'The Gift Card 30 Day costs $10.00.',
    'Your order has 1 × Trail Tent 60 Day Edition (TENT-2P-60D).',
    'Order 000000003 was placed on 2026-03-02 and is being processed.',
    'Your reference is 2000000001-30 days ago it was opened.',
  ])('passes the names, SKUs, numbers and dates of the facts: %s', (draft) => {
    expect(verify(draft, withOrderAndProduct(), EN).violations).toEqual([]);
  });

  it('still reads the claims next to them', () => {
    const facts = withOrderAndProduct();
    expect(verify('The Gift Card 30 Day costs $12.00.', facts, EN).violations[0]?.code).toBe(
      'unsupported_amount',
    );
    expect(
      verify('You can return the TENT-2P-60D within 60 days.', facts, EN).violations.map((v) => v.code),
    ).toContain('contradicts_return_window');
    expect(verify('That is 7863 CAD.', facts, { locale: 'en-US', currency: 'CAD' }).ok).toBe(false);
    expect(verify('Order 000000099 has shipped.', facts, EN).ok).toBe(false);
  });
});
