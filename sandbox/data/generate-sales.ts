import type { Customer, Fixture, Order, Product } from './fixture-schema.js';
import { daysBefore, magentoDate, roundMoney, type Random } from './random.js';
import {
  buildCreditmemo,
  buildInvoice,
  buildShipment,
  documentTotals,
  shippingTotals,
  type LineQty,
} from '../sales/documents.js';
import {
  addHistory,
  applyCancel,
  applyCreditmemo,
  applyInvoice,
  applyShipment,
} from '../sales/order-lifecycle.js';

type SalesPart = Pick<
  Fixture,
  'customers' | 'credentials' | 'orders' | 'invoices' | 'shipments' | 'creditmemos'
>;

/** Password of every generated customer (documented in docs/sandbox.md). */
export const DEMO_PASSWORD = 'Sandbox123!';

interface Person {
  first: string;
  last: string;
  email: string;
  storeId: number;
  street: string;
  city: string;
  postcode: string;
  region?: string;
  regionCode?: string;
  country: string;
  phone: string;
}

/** Customers the docs and demo conversations name; the rest are generated. */
const NAMED: readonly Person[] = [
  {
    first: 'Emma',
    last: 'Shopper',
    email: 'emma.shopper@example.com',
    storeId: 1,
    street: '742 Evergreen Terrace',
    city: 'Austin',
    postcode: '78701',
    region: 'Texas',
    regionCode: 'TX',
    country: 'US',
    phone: '512-555-0142',
  },
  {
    first: 'Noah',
    last: 'Rivera',
    email: 'noah.rivera@example.com',
    storeId: 1,
    street: '18 Lake Shore Dr',
    city: 'Chicago',
    postcode: '60611',
    region: 'Illinois',
    regionCode: 'IL',
    country: 'US',
    phone: '312-555-0199',
  },
  {
    first: 'Léa',
    last: 'Martin',
    email: 'lea.martin@example.fr',
    storeId: 3,
    street: '12 rue de Rivoli',
    city: 'Paris',
    postcode: '75004',
    country: 'FR',
    phone: '+33 1 55 55 01 23',
  },
  {
    first: 'Oliver',
    last: 'Hughes',
    email: 'oliver.hughes@example.co.uk',
    storeId: 2,
    street: '4 Canal Street',
    city: 'Amsterdam',
    postcode: '1011 AB',
    country: 'NL',
    phone: '+31 20 555 0100',
  },
];

const FIRST = [
  'Ava',
  'Liam',
  'Mia',
  'Ethan',
  'Zoe',
  'Lucas',
  'Isla',
  'Mateo',
  'Chloe',
  'Omar',
  'Hana',
  'Felix',
  'Nora',
  'Ravi',
];
const LAST = [
  'Nguyen',
  'Smith',
  'Garcia',
  'Müller',
  'Okafor',
  'Rossi',
  'Kowalski',
  'Tanaka',
  'Dubois',
  'Jensen',
  'Patel',
];
const US_CITIES = [
  ['Denver', '80202', 'Colorado', 'CO'],
  ['Seattle', '98101', 'Washington', 'WA'],
  ['Boston', '02108', 'Massachusetts', 'MA'],
  ['Portland', '97201', 'Oregon', 'OR'],
] as const;
const EU_CITIES = [
  ['Berlin', '10115', 'DE'],
  ['Lyon', '69001', 'FR'],
  ['Madrid', '28001', 'ES'],
  ['Dublin', 'D02 X285', 'IE'],
] as const;

const CARRIERS = [
  { carrier_code: 'ups', title: 'United Parcel Service', prefix: '1Z999AA1' },
  { carrier_code: 'fedex', title: 'Federal Express', prefix: '7712' },
  { carrier_code: 'usps', title: 'United States Postal Service', prefix: '9400' },
  { carrier_code: 'dhl', title: 'DHL', prefix: 'JD0146' },
] as const;

/** Order scenarios: what happened to an order after it was placed. */
type Scenario =
  'pending' | 'processing' | 'shipped' | 'complete' | 'canceled' | 'refunded' | 'partially_refunded';

/** Emma's orders: one of each scenario, dated so that return windows are both open and closed. */
const EMMA_ORDERS: ReadonlyArray<{ scenario: Scenario; daysAgo: number; skus: readonly string[] }> = [
  { scenario: 'complete', daysAgo: 12, skus: ['NOVA-G16'] },
  { scenario: 'shipped', daysAgo: 3, skus: ['CYC-CARGO-NET', 'GIFT-EARBUDS'] },
  { scenario: 'processing', daysAgo: 1, skus: ['GIFT-LEDSTRIP'] },
  { scenario: 'pending', daysAgo: 0, skus: ['GIFT-POWERBANK'] },
  { scenario: 'complete', daysAgo: 75, skus: ['GIFT-SPEAKER'] },
  { scenario: 'canceled', daysAgo: 20, skus: ['GIFT-RINGLIGHT'] },
  { scenario: 'refunded', daysAgo: 40, skus: ['GIFT-HEADSET'] },
  { scenario: 'partially_refunded', daysAgo: 25, skus: ['RAPTOR-X15', 'CYC-CARGO-NET'] },
];

interface Ctx {
  random: Random;
  now: Date;
  out: SalesPart;
  ids: {
    order: number;
    invoice: number;
    shipment: number;
    creditmemo: number;
    history: number;
    item: number;
    address: number;
  };
  sequence: Map<number, number>;
  eurPrice: (sku: string) => number;
  stores: Map<number, { name: string; currency: string }>;
}

/** Customers with addresses, and orders in every state with consistent invoices, shipments and credit memos. */
export function generateSales(
  random: Random,
  now: Date,
  products: readonly Product[],
  storeValues: Fixture['store_values'],
  customerCount: number,
): SalesPart {
  const eur = new Map(
    storeValues
      .filter((v) => v.store_code === 'eu_en' && v.attribute_code === 'price')
      .map((v) => [v.sku, Number(v.value)]),
  );
  const ctx: Ctx = {
    random,
    now,
    out: {
      customers: [],
      credentials: { admins: [{ username: 'admin', password: 'Admin123!' }], customers: [] },
      orders: [],
      invoices: [],
      shipments: [],
      creditmemos: [],
    },
    ids: { order: 0, invoice: 0, shipment: 0, creditmemo: 0, history: 0, item: 0, address: 0 },
    sequence: new Map(),
    eurPrice: (sku) => eur.get(sku) ?? 0,
    stores: new Map([
      [1, { name: 'Main Website\nCedar & Pine\nDefault Store View', currency: 'USD' }],
      [2, { name: 'Europe Website\nCedar & Pine Europe\nEurope (English)', currency: 'EUR' }],
      [3, { name: 'Europe Website\nCedar & Pine Europe\nFrance (Français)', currency: 'EUR' }],
    ]),
  };
  const people = [...NAMED];
  for (let i = people.length; i < customerCount; i++) people.push(randomPerson(random, i));
  const customers = people.map((p, i) => addCustomer(ctx, p, i + 1));

  const sellable = products.filter(
    (p) => p.type_id === 'simple' && p.visibility === 4 && p.status === 1 && p.price > 0,
  );
  const bySku = new Map(sellable.map((p) => [p.sku, p]));
  const emma = customers[0];
  if (emma) {
    for (const o of EMMA_ORDERS) {
      const items = o.skus.map((s) => bySku.get(s)).filter((p): p is Product => p !== undefined);
      if (items.length > 0) addOrder(ctx, emma, items, o.scenario, o.daysAgo);
    }
  }
  const scenarios: readonly Scenario[] = [
    'complete',
    'complete',
    'complete',
    'shipped',
    'processing',
    'pending',
    'canceled',
    'refunded',
    'partially_refunded',
  ];
  for (const customer of customers.slice(1)) {
    for (let n = random.int(0, 4); n > 0; n--) {
      addOrder(
        ctx,
        customer,
        random.sample(sellable, random.int(1, 3)),
        random.pick(scenarios),
        random.int(0, 180),
      );
    }
  }
  for (let g = 0; g < Math.max(4, Math.floor(customerCount / 5)); g++) {
    addOrder(
      ctx,
      randomPerson(random, 1000 + g),
      random.sample(sellable, random.int(1, 2)),
      random.pick(scenarios),
      random.int(0, 120),
    );
  }
  ctx.out.orders.sort((a, b) => a.entity_id - b.entity_id);
  return ctx.out;
}

function randomPerson(random: Random, i: number): Person {
  const first = random.pick(FIRST);
  const last = random.pick(LAST);
  const eu = random.chance(0.3);
  const email =
    `${first}.${last}${i}`
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9.]/g, '') + '@example.com';
  if (eu) {
    const [city, postcode, country] = random.pick(EU_CITIES);
    return {
      first,
      last,
      email,
      storeId: country === 'FR' ? 3 : 2,
      street: `${random.int(1, 200)} Market Street`,
      city,
      postcode,
      country,
      phone: `+49 30 555 ${random.int(1000, 9999)}`,
    };
  }
  const [city, postcode, region, regionCode] = random.pick(US_CITIES);
  return {
    first,
    last,
    email,
    storeId: 1,
    street: `${random.int(1, 9999)} Main St`,
    city,
    postcode,
    region,
    regionCode,
    country: 'US',
    phone: `555-01${random.int(10, 99)}`,
  };
}

function addCustomer(ctx: Ctx, p: Person, id: number): Customer {
  const created = magentoDate(daysBefore(ctx.now, 200 + id, ctx.random));
  const addressId = ++ctx.ids.address;
  const customer: Customer = {
    id,
    group_id: 1,
    default_billing: String(addressId),
    default_shipping: String(addressId),
    created_at: created,
    updated_at: created,
    created_in: ctx.stores.get(p.storeId)?.name.split('\n')[2] ?? 'Default Store View',
    email: p.email,
    firstname: p.first,
    lastname: p.last,
    store_id: p.storeId,
    website_id: p.storeId === 1 ? 1 : 2,
    addresses: [
      {
        id: addressId,
        customer_id: id,
        region: { region_code: p.regionCode ?? null, region: p.region ?? null, region_id: 0 },
        region_id: 0,
        country_id: p.country,
        street: [p.street],
        telephone: p.phone,
        postcode: p.postcode,
        city: p.city,
        firstname: p.first,
        lastname: p.last,
        default_shipping: true,
        default_billing: true,
      },
    ],
    disable_auto_group_change: 0,
    extension_attributes: { is_subscribed: false },
  };
  ctx.out.customers.push(customer);
  ctx.out.credentials.customers.push({ email: p.email, password: DEMO_PASSWORD });
  return customer;
}

function incrementId(ctx: Ctx, storeId: number): string {
  const next = (ctx.sequence.get(storeId) ?? 0) + 1;
  ctx.sequence.set(storeId, next);
  return `${storeId === 1 ? '' : String(storeId)}${String(next).padStart(9, '0')}`;
}

function addOrder(
  ctx: Ctx,
  who: Customer | Person,
  products: readonly Product[],
  scenario: Scenario,
  daysAgo: number,
): void {
  const { random, now } = ctx;
  const isCustomer = 'id' in who;
  const person: Person = isCustomer ? personOf(who) : who;
  const storeId = person.storeId;
  const store = ctx.stores.get(storeId) ?? { name: '', currency: 'USD' };
  const placed = daysBefore(now, daysAgo, random);
  const at = (days: number) =>
    magentoDate(new Date(Math.min(now.getTime(), placed.getTime() + days * 86_400_000)));
  const entityId = ++ctx.ids.order;
  const unit = (p: Product) => (store.currency === 'EUR' ? ctx.eurPrice(p.sku) : p.price);
  const items = products.map((p) => {
    const qty = random.chance(0.15) ? 2 : 1;
    const price = unit(p);
    const row = roundMoney(price * qty);
    const weight = Number(p.weight ?? 1);
    return {
      item_id: ++ctx.ids.item,
      order_id: entityId,
      quote_item_id: ctx.ids.item,
      store_id: storeId,
      created_at: magentoDate(placed),
      updated_at: magentoDate(placed),
      sku: p.sku,
      name: p.name,
      product_id: p.id,
      product_type: 'simple',
      is_virtual: 0,
      is_qty_decimal: 0,
      no_discount: 0,
      free_shipping: 0,
      qty_ordered: qty,
      qty_invoiced: 0,
      qty_shipped: 0,
      qty_refunded: 0,
      qty_canceled: 0,
      qty_backordered: 0,
      price,
      base_price: price,
      original_price: price,
      base_original_price: price,
      price_incl_tax: price,
      base_price_incl_tax: price,
      row_total: row,
      base_row_total: row,
      row_total_incl_tax: row,
      base_row_total_incl_tax: row,
      row_invoiced: 0,
      base_row_invoiced: 0,
      tax_amount: 0,
      base_tax_amount: 0,
      tax_percent: 0,
      discount_amount: 0,
      base_discount_amount: 0,
      discount_percent: 0,
      amount_refunded: 0,
      base_amount_refunded: 0,
      weight,
      row_weight: roundMoney(weight * qty),
    };
  });
  const subtotal = roundMoney(items.reduce((s, i) => s + i.row_total, 0));
  const threshold = store.currency === 'EUR' ? 60 : 50;
  const express = random.chance(0.2);
  const shipping =
    subtotal >= threshold && !express ? 0 : express ? 19.99 : store.currency === 'EUR' ? 6.95 : 5.99;
  const total = roundMoney(subtotal + shipping);
  const billingId = ++ctx.ids.address;
  ctx.ids.address++;
  const address = (type: 'billing' | 'shipping') => ({
    address_type: type,
    entity_id: type === 'billing' ? billingId : billingId + 1,
    parent_id: entityId,
    ...(isCustomer ? { customer_id: who.id } : {}),
    firstname: person.first,
    lastname: person.last,
    email: person.email,
    street: [person.street],
    city: person.city,
    postcode: person.postcode,
    ...(person.region ? { region: person.region, region_code: person.regionCode } : {}),
    country_id: person.country,
    telephone: person.phone,
  });
  const method = express ? 'express_express' : 'flatrate_flatrate';
  const order: Order = {
    entity_id: entityId,
    increment_id: incrementId(ctx, storeId),
    state: 'new',
    status: 'pending',
    protect_code: `pc${entityId.toString(16).padStart(6, '0')}`,
    quote_id: entityId + 5000,
    store_id: storeId,
    store_name: store.name,
    customer_email: person.email,
    customer_firstname: person.first,
    customer_lastname: person.last,
    customer_is_guest: isCustomer ? 0 : 1,
    customer_group_id: isCustomer ? 1 : 0,
    customer_note_notify: 1,
    ...(isCustomer ? { customer_id: who.id } : {}),
    created_at: magentoDate(placed),
    updated_at: magentoDate(placed),
    base_currency_code: store.currency,
    global_currency_code: store.currency,
    order_currency_code: store.currency,
    store_currency_code: store.currency,
    base_to_global_rate: 1,
    base_to_order_rate: 1,
    store_to_base_rate: 0,
    store_to_order_rate: 0,
    ...documentTotals(subtotal, shipping, total),
    shipping_discount_amount: 0,
    base_shipping_discount_amount: 0,
    shipping_description: express ? 'Express - Next day' : 'Flat Rate - Fixed',
    total_due: total,
    base_total_due: total,
    total_qty_ordered: items.reduce((s, i) => s + i.qty_ordered, 0),
    total_item_count: items.length,
    weight: roundMoney(items.reduce((s, i) => s + i.row_weight, 0)),
    is_virtual: 0,
    email_sent: 1,
    remote_ip: `203.0.113.${(entityId % 250) + 1}`,
    billing_address_id: billingId,
    items,
    billing_address: address('billing'),
    payment: {
      account_status: null,
      additional_information: ['Check / Money order'],
      cc_last4: null,
      method: 'checkmo',
      entity_id: entityId,
      parent_id: entityId,
      amount_ordered: total,
      base_amount_ordered: total,
      shipping_amount: shipping,
      base_shipping_amount: shipping,
    },
    status_histories: [],
    extension_attributes: {
      shipping_assignments: [
        {
          shipping: {
            address: address('shipping'),
            method,
            total: shippingTotals(shipping),
          },
        },
      ],
      payment_additional_info: [{ key: 'method_title', value: 'Check / Money order' }],
      applied_taxes: [],
      item_applied_taxes: [],
      converting_from_quote: true,
    },
  };
  ctx.out.orders.push(order);
  runScenario(ctx, order, scenario, at);
}

function personOf(c: Customer): Person {
  const a = c.addresses[0] as Record<string, unknown> | undefined;
  const region = (a?.region ?? {}) as { region?: string | null; region_code?: string | null };
  return {
    first: c.firstname,
    last: c.lastname,
    email: c.email,
    storeId: c.store_id,
    street: (a?.street as string[] | undefined)?.[0] ?? '',
    city: String(a?.city ?? ''),
    postcode: String(a?.postcode ?? ''),
    ...(region.region ? { region: region.region, regionCode: region.region_code ?? '' } : {}),
    country: String(a?.country_id ?? 'US'),
    phone: String(a?.telephone ?? ''),
  };
}

function all(order: Order): LineQty[] {
  return order.items.map((item) => ({ item, qty: item.qty_ordered }));
}

function runScenario(ctx: Ctx, order: Order, scenario: Scenario, at: (days: number) => string): void {
  const history = (comment: string | null, createdAt: string, entityName: string, notified = false) =>
    addHistory(order, { comment, notified, visibleOnFront: false, createdAt, entityName }, ++ctx.ids.history);
  history(null, at(0), 'order');
  if (scenario === 'pending') return;
  if (scenario === 'canceled') {
    applyCancel(order);
    history('Canceled at the customer’s request.', at(0.2), 'order');
    order.updated_at = at(0.2);
    return;
  }
  const invoice = buildInvoice(order, ++ctx.ids.invoice, all(order), Number(order.shipping_amount), at(0.1));
  ctx.out.invoices.push(invoice);
  applyInvoice(order, invoice);
  history(`Captured amount of ${order.grand_total} online.`, at(0.1), 'invoice');
  order.updated_at = at(0.1);
  if (scenario === 'processing') return;
  const carrier = ctx.random.pick(CARRIERS);
  const track = {
    carrier_code: carrier.carrier_code,
    title: carrier.title,
    track_number: `${carrier.prefix}${String(ctx.random.int(10_000_000, 99_999_999))}`,
  };
  const shipment = buildShipment(order, ++ctx.ids.shipment, all(order), [track], at(1));
  ctx.out.shipments.push(shipment);
  applyShipment(order, shipment);
  history(null, at(1), 'shipment', true);
  order.updated_at = at(1);
  if (scenario === 'shipped' || scenario === 'complete') return;
  const lines =
    scenario === 'refunded'
      ? all(order)
      : all(order)
          .slice(0, 1)
          .map((l) => ({ ...l, qty: 1 }));
  const shipping = scenario === 'refunded' ? Number(order.shipping_amount) : 0;
  const memo = buildCreditmemo(
    order,
    ++ctx.ids.creditmemo,
    lines,
    { shipping, adjustmentPositive: 0, adjustmentNegative: 0 },
    at(8),
    invoice.entity_id,
  );
  ctx.out.creditmemos.push(memo);
  applyCreditmemo(order, memo, false);
  invoice.is_used_for_refund = 1;
  invoice.base_total_refunded = roundMoney(Number(invoice.base_total_refunded ?? 0) + memo.grand_total);
  history(`We refunded ${memo.grand_total} offline.`, at(8), 'creditmemo', true);
  order.updated_at = at(8);
}
