import { describe, expect, it } from 'vitest';
import { verify } from '../../../sidecar/verifier/verify.js';
import { emptyTurnFacts } from '../../../sidecar/verifier/turn-facts.js';
import { facts, shoePolicy } from './turn-facts-fixture.js';

const en = { locale: 'en-US', currency: 'USD' };
const codes = (draft: string, f = facts(), options = en) =>
  verify(draft, f, options).violations.map((v) => v.code);

describe('verify: honest drafts pass', () => {
  const honest = [
    'You can return the Trail Runner within 30 days of delivery.',
    'Returns are accepted for thirty days; return shipping costs $5.99.',
    'You have a month to send it back.',
    'A 15% restocking fee applies to returns.',
    'The Trail Runner comes with a 24-month warranty.',
    'It is covered by a two-year warranty against defects.',
    'Standard delivery takes 3–5 business days, express 1-2 business days.',
    'Shipping is free on orders over $50.',
    'We price match competitors, except marketplace sellers.',
    'Exchanges are allowed for this item.',
    'The Trail Runner costs $89.99 and is in stock.',
    'Only 3 left in stock!',
    'Your order #000000123 has shipped with UPS; tracking number 1Z999AA10123456784.',
    'Your order was placed on March 1, 2026 and shipped on 2026-03-03.',
    'Your refund of $25.00 has been approved.',
    "You'll receive a refund of $25 once we get the item back.",
    'Feel free to ask me anything else about your order.',
    'I have passed your request to our team; someone will reply by email.',
    'How can I help you today?',
    'The product has 12 reviews with an average rating of 4.5 out of 5.',
  ];
  it.each(honest)('%s', (draft) => {
    const result = verify(draft, facts(), en);
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('records the claims it checked', () => {
    const result = verify('You can return it within 30 days; return shipping is $5.99.', facts(), en);
    expect(result.claims.map((c) => c.kind)).toEqual(['returnable', 'duration', 'money']);
    expect(result.claims.every((c) => c.supported)).toBe(true);
  });
});

describe('verify: unsupported or contradicting claims are violations', () => {
  const table: Array<[string, string]> = [
    ['You can return it within 60 days.', 'contradicts_return_window'],
    ['You have two weeks to return it.', 'contradicts_return_window'],
    ['Returns are accepted for 30 business days.', 'contradicts_return_window'],
    ['It has a 12-month warranty.', 'contradicts_warranty'],
    ['It comes with a lifetime warranty.', 'contradicts_warranty'],
    ['Delivery takes 2-4 business days.', 'contradicts_delivery_range'],
    ['Return shipping costs $4.99.', 'unsupported_amount'],
    ['That will be €10 for the return.', 'currency_mismatch'],
    ['The Trail Runner costs $79.99.', 'unsupported_amount'],
    ['Shipping is free on orders over $35.', 'unsupported_amount'],
    ['A 10% restocking fee applies.', 'unsupported_percent'],
    ['You get 20 percent off your next order.', 'unsupported_percent'],
    ['Returns are free!', 'unsupported_free'],
    ['There is no restocking fee.', 'unsupported_fee'],
    ["I've waived the restocking fee for you.", 'unsupported_fee'],
    ['We do not price match.', 'contradicts_price_match'],
    ['This item is final sale.', 'contradicts_final_sale'],
    ['Exchanges are not allowed.', 'contradicts_exchange'],
    ['It will arrive on March 12.', 'exact_delivery_date'],
    ['You will get it tomorrow.', 'exact_delivery_date'],
    ['It should be delivered by Friday.', 'exact_delivery_date'],
    ['Delivery is guaranteed within 3-5 business days.', 'delivery_guarantee'],
    ['It is sold out.', 'unsupported_stock'],
    ['Only 2 left!', 'unsupported_stock'],
    ['It will be back in stock next week.', 'unsupported_stock'],
    ['Your order #000000999 is on its way.', 'unsupported_order_number'],
    ['Your order has been delivered.', 'unsupported_order_status'],
    ['Your order was cancelled.', 'unsupported_order_status'],
    ['Your tracking number is 1Z999AA10000000000.', 'unsupported_tracking_number'],
    ['It was shipped with FedEx.', 'unsupported_carrier'],
    ["I've issued your refund.", 'unsupported_authorization'],
    ['Your exchange has been approved.', 'unsupported_authorization'],
    ["You'll get a coupon for your trouble.", 'unsupported_authorization'],
    ['Your refund request was denied.', 'unsupported_authorization'],
    ['Use code SORRY20 at checkout.', 'unsupported_code'],
    ['Your refund of $40 has been approved.', 'unsupported_amount'],
  ];
  it.each(table)('%s → %s', (draft, code) => {
    const result = verify(draft, facts(), en);
    expect(result.ok).toBe(false);
    expect(result.violations.map((v) => v.code)).toContain(code);
  });

  it('points at the offending span', () => {
    const draft = 'Thanks! You can return it within 45 days.';
    const [violation] = verify(draft, facts(), en).violations;
    expect(violation?.span).toEqual({ start: 33, end: 40, text: '45 days' });
    expect(draft.slice(violation?.span.start, violation?.span.end)).toBe('45 days');
  });
});

describe('verify: nothing may be said without facts', () => {
  const none = emptyTurnFacts();
  it.each([
    'You can return it within 30 days.',
    'Return shipping is $5.99.',
    'Returns are free.',
    'We price match.',
    'It is in stock.',
    'Your order has shipped.',
    'Your refund has been approved.',
  ])('%s', (draft) => {
    expect(verify(draft, none, en).ok).toBe(false);
  });

  it('passes a draft without binding claims', () => {
    expect(
      verify('I can help with returns, orders and products. What would you like to know?', none, en),
    ).toEqual({
      ok: true,
      claims: [],
      violations: [],
    });
  });
});

describe('verify: policy variants', () => {
  const finalSale = facts({
    policies: [
      {
        ruleId: 'r',
        version: 'v',
        appliesTo: 'Clearance',
        values: {
          ...shoePolicy,
          finalSale: true,
          returnWindowDays: 0,
          exchangeAllowed: false,
          priceMatch: false,
          restockingFeePercent: 0,
          returnShippingFee: 0,
        },
      },
    ],
  });
  it('final sale items: "final sale", "no exchanges", "no price match" pass; "you can return it" fails', () => {
    expect(codes('This item is final sale and cannot be returned.', finalSale)).toEqual([]);
    expect(codes('There are no exchanges on clearance items and we do not price match.', finalSale)).toEqual(
      [],
    );
    expect(codes('There is no restocking fee.', finalSale)).toEqual([]);
    expect(codes('You can return it within 30 days.', finalSale)).toEqual([
      'contradicts_final_sale',
      'contradicts_return_window',
    ]);
    expect(codes('Returns are free.', finalSale)).toEqual(['unsupported_free']);
  });

  it('free returns pass only when the return fee is 0', () => {
    const free = facts({
      policies: [
        { ruleId: 'r', version: 'v', appliesTo: 'x', values: { ...shoePolicy, returnShippingFee: 0 } },
      ],
    });
    expect(codes('Returns are free of charge.', free)).toEqual([]);
    expect(codes('Return shipping is on us.', free)).toEqual([]);
  });

  it('no free shipping: "free shipping" fails', () => {
    const paid = facts({
      policies: [
        { ruleId: 'r', version: 'v', appliesTo: 'x', values: { ...shoePolicy, freeShippingThreshold: null } },
      ],
    });
    expect(codes('We offer free shipping.', paid)).toEqual(['unsupported_free']);
    expect(codes('We do not offer free shipping on this order.', paid)).toEqual([]);
  });

  it('a carrier range is quotable', () => {
    const carrier = facts({
      deliveryRanges: [{ method: 'UPS Ground', minDays: 2, maxDays: 6, source: 'carrier' }],
    });
    expect(codes('UPS expects to deliver it in 2 to 6 days.', carrier)).toEqual([]);
  });

  it('an executed refund may be called issued', () => {
    const issued = facts({
      actions: [{ kind: 'refund', outcome: 'approved', amount: 25, currency: 'USD', executed: true }],
    });
    expect(codes("I've issued your refund of $25.", issued)).toEqual([]);
    expect(codes('Your refund has been processed.', issued)).toEqual([]);
  });

  it('a coupon decided by the engine may be quoted with its code', () => {
    const coupon = facts({
      actions: [
        {
          kind: 'coupon',
          outcome: 'approved',
          amount: 10,
          currency: 'USD',
          reference: 'SORRY10',
          executed: true,
        },
      ],
    });
    expect(codes("You'll get a $10 coupon: use code SORRY10.", coupon)).toEqual([]);
  });
});

describe('verify: locales, currencies and numbers in words', () => {
  const eur = facts({
    policies: [
      {
        ruleId: 'r',
        version: 'v',
        appliesTo: 'x',
        values: { ...shoePolicy, returnShippingFee: 4.5, currency: 'EUR' },
      },
    ],
    products: [],
    orders: [],
    actions: [],
  });
  it('reads decimal commas in de-DE', () => {
    expect(codes('Die Rücksendung kostet 4,50 €.', eur, { locale: 'de-DE', currency: 'EUR' })).toEqual([]);
    expect(codes('Return shipping is €4.50.', eur, { locale: 'en-IE', currency: 'EUR' })).toEqual([]);
    expect(codes('Return shipping is $4.50.', eur, { locale: 'en-IE', currency: 'EUR' })).toEqual([
      'currency_mismatch',
    ]);
    expect(codes('Return shipping is 4.50 EUR.', eur, { locale: 'en-IE', currency: 'EUR' })).toEqual([]);
  });

  it.each([
    ['thirty days', true],
    ['a thirty-day window', true],
    ['4 weeks', false],
    ['one month', true],
    ['ninety days', false],
  ])('return window "%s" → %s', (phrase, ok) => {
    expect(verify(`You can return it within ${phrase}.`, facts(), en).ok).toBe(ok);
  });

  it('reads "and" between two numbers as a range, not a sum', () => {
    expect(verify('Delivery takes between three and five business days.', facts(), en).ok).toBe(true);
    expect(verify('You can return it within one hundred and twenty days.', facts(), en).ok).toBe(false);
  });

  it('money in words', () => {
    expect(codes('Return shipping is twenty-five dollars.')).toEqual(['unsupported_amount']);
    expect(codes('Your refund of twenty-five dollars has been approved.')).toEqual([]);
  });
});

describe('verify: French replies', () => {
  const fr = { locale: 'fr-FR', currency: 'EUR' };
  const eu = (values: Partial<typeof shoePolicy>) =>
    facts({
      policies: [
        { ruleId: 'r', version: 'v', appliesTo: 'x', values: { ...shoePolicy, currency: 'EUR', ...values } },
      ],
      products: [],
      orders: [],
      actions: [],
    });
  const laptops = eu({
    returnWindowDays: 15,
    returnShippingFee: 0,
    restockingFeePercent: 15,
    warrantyMonths: 24,
    priceMatch: false,
    freeShippingThreshold: 60,
  });

  it.each([
    'Pour le Raptor X15 : les retours sont acceptés dans les 15 jours suivant la livraison, le retour est gratuit, des frais de remise en stock de 15 % s’appliquent.',
    'La garantie est de 24 mois.',
    'Nous ne pratiquons pas l’alignement de prix.',
    'La livraison est gratuite dès 60,00 € de commande.',
    'La livraison prend 3 à 5 jours ouvrés après expédition.',
    'Les échanges sont possibles.',
  ])('passes the engine’s French wording: %s', (draft) => {
    expect(verify(draft, laptops, fr).violations).toEqual([]);
  });

  it.each([
    ['Les retours sont acceptés dans les 60 jours suivant la livraison.', 'contradicts_return_window'],
    ['La garantie est de 12 mois.', 'contradicts_warranty'],
    ['Nous alignons nos prix.', 'contradicts_price_match'],
    ['Des frais de remise en stock de 10 % s’appliquent.', 'unsupported_percent'],
    ['La livraison est gratuite dès 50,00 € de commande.', 'unsupported_amount'],
    ['Il s’agit d’une vente définitive, sans retour possible.', 'contradicts_final_sale'],
    ['Les échanges sont impossibles.', 'contradicts_exchange'],
  ])('blocks %s', (draft, code) => {
    expect(verify(draft, laptops, fr).violations.map((v) => v.code)).toContain(code);
  });

  it('reads numbers written in French words', () => {
    expect(
      verify('Les retours sont acceptés dans les quinze jours suivant la livraison.', laptops, fr).ok,
    ).toBe(true);
    expect(verify('La garantie est de vingt-quatre mois.', laptops, fr).ok).toBe(true);
    expect(verify('La livraison prend trois à cinq jours ouvrés.', laptops, fr).ok).toBe(true);
    expect(codes('Vous avez trente jours pour retourner l’article.', laptops, fr)).toEqual([
      'contradicts_return_window',
    ]);
    expect(codes('La garantie est de quatre-vingt-dix jours.', laptops, fr)).toContain(
      'contradicts_warranty',
    );
    expect(codes('La garantie est d’un an.', laptops, fr)).toContain('contradicts_warranty');
    expect(codes('Des frais de remise en stock de dix % s’appliquent.', laptops, fr)).toEqual([
      'unsupported_percent',
    ]);
  });

  it('a paid return is not "gratuit"', () => {
    expect(codes('Le retour est gratuit.', eu({ returnShippingFee: 4.5 }), fr)).toEqual(['unsupported_free']);
    expect(codes('La livraison n’est pas gratuite.', eu({ freeShippingThreshold: null }), fr)).toEqual([]);
  });
});

describe('verify: product attributes are facts', () => {
  const laptop = facts({
    products: [
      {
        sku: 'RAPTOR-X15',
        name: 'Raptor X15',
        price: 1299,
        currency: 'USD',
        stockStatus: 'in_stock',
        qty: 14,
        attributes: { battery_life_hours: '6', warranty: '2 years', material: '100% aluminum' },
        rating: 4,
        reviewCount: 1,
      },
    ],
  });
  it.each([
    'The Raptor X15 runs up to 6 hours on battery.',
    'It comes with a 2-year manufacturer warranty.',
    'The body is 100% aluminum.',
  ])('%s', (draft) => {
    expect(verify(draft, laptop, en).violations).toEqual([]);
  });
  it('an attribute never grants a return window', () => {
    expect(codes('You can return it within 2 years.', laptop)).toContain('contradicts_return_window');
    expect(codes('It runs up to 9 hours on battery.', laptop)).toEqual(['unsupported_duration']);
  });
});

describe('verify: conversational filler is not a claim', () => {
  it.each([
    "Thanks for reaching out! I'm happy to help.",
    "If you'd like, I can connect you with our support team.",
    "Let me know if there's anything else I can do for you today!",
    'You can track your package with the link in your shipping confirmation email.',
    'Could you tell me your order number and the email address you used?',
    'Sorry to hear that the item arrived damaged.',
    'Would you like me to hand this over to a colleague?',
  ])('%s', (draft) => {
    expect(verify(draft, facts(), en).violations).toEqual([]);
  });
});

describe('verify: the engine’s order and action sentences', () => {
  const cancelled = facts({
    actions: [{ kind: 'cancellation', outcome: 'approved', amount: null, currency: 'USD', executed: true }],
  });
  const refunded = facts({
    actions: [
      { kind: 'refund', outcome: 'approved', amount: 25, currency: 'USD', reference: 'CM-1', executed: true },
    ],
  });
  it.each([
    ['Order 000000123, placed on March 1, 2026, is complete. Total: $95.98.', facts()],
    ['It shipped on 3/3/2026 with UPS, tracking number 1Z999AA10123456784.', facts()],
    ['It shipped on 03/03/2026 with UPS.', facts()],
    ['Order 000000123 has been cancelled.', cancelled],
    ['Your refund of 25.00 USD for order 000000123 has been issued.', refunded],
    ['Your order has been refunded.', refunded],
    ["I'm handing this conversation to our support team (ticket #48213).", facts()],
  ])('%s', (draft, f) => {
    expect(verify(draft, f, en).violations).toEqual([]);
  });

  it('an order is not cancelled or refunded on words alone', () => {
    expect(codes('Order 000000123 has been cancelled.')).toEqual(['unsupported_order_status']);
    expect(codes('It shipped on 3/4/2026.')).toEqual(['exact_delivery_date']);
  });
});

describe('verify: money topics stay in their clause', () => {
  it('a product price next to "over" or "from" is a price, not a threshold', () => {
    expect(codes('Here are headphones rated above 4 stars: Trail Runner, $89.99, in stock.')).toEqual([]);
    expect(codes('Prices start from $89.99.')).toEqual([]);
    expect(codes('Shipping is free on orders over $89.99.')).toEqual(['unsupported_amount']);
  });
});
