import type { Creditmemo, Invoice, Order, OrderItem, Shipment } from '../data/fixture-schema.js';
import { roundMoney } from '../data/random.js';

/** The shipping amount fields (no tax in the demo store), in base and store currency. */
export function shippingTotals(shipping: number) {
  return {
    shipping_amount: shipping,
    base_shipping_amount: shipping,
    shipping_incl_tax: shipping,
    base_shipping_incl_tax: shipping,
    shipping_tax_amount: 0,
    base_shipping_tax_amount: 0,
  };
}

/**
 * The totals fields an order, invoice and credit memo share, in base and store currency alike (the demo
 * store has one currency per website, no tax and no discounts). `total` is the grand total.
 */
export function documentTotals(subtotal: number, shipping: number, total: number) {
  return {
    subtotal,
    base_subtotal: subtotal,
    subtotal_incl_tax: subtotal,
    base_subtotal_incl_tax: subtotal,
    ...shippingTotals(shipping),
    tax_amount: 0,
    base_tax_amount: 0,
    discount_amount: 0,
    base_discount_amount: 0,
    grand_total: total,
    base_grand_total: total,
  };
}

/** Fields every sales document copies from its order (Magento copies them on create). */
function orderHeader(order: Order) {
  return {
    order_id: order.entity_id,
    store_id: order.store_id,
    base_currency_code: order.base_currency_code,
    global_currency_code: order.base_currency_code,
    order_currency_code: order.order_currency_code,
    store_currency_code: order.base_currency_code,
    base_to_global_rate: 1,
    base_to_order_rate: 1,
    store_to_base_rate: 0,
    store_to_order_rate: 0,
    billing_address_id: Number(order.billing_address.entity_id),
    shipping_address_id: Number(order.billing_address.entity_id) + 1,
  };
}

export interface LineQty {
  item: OrderItem;
  qty: number;
}

function lineAmounts(line: LineQty) {
  const row = roundMoney(line.item.price * line.qty);
  return {
    order_item_id: line.item.item_id,
    sku: line.item.sku,
    name: line.item.name,
    product_id: line.item.product_id,
    qty: line.qty,
    price: line.item.price,
    base_price: line.item.base_price,
    price_incl_tax: line.item.price,
    base_price_incl_tax: line.item.base_price,
    row_total: row,
    base_row_total: row,
    row_total_incl_tax: row,
    base_row_total_incl_tax: row,
    tax_amount: 0,
    base_tax_amount: 0,
    discount_amount: 0,
    base_discount_amount: 0,
  };
}

/** A paid invoice (`state` 2) for the given lines, shaped as `GET /V1/invoices/:id`. */
export function buildInvoice(
  order: Order,
  id: number,
  lines: readonly LineQty[],
  shipping: number,
  createdAt: string,
): Invoice {
  const items = lines.map((l, i) => ({ entity_id: id * 100 + i, parent_id: id, ...lineAmounts(l) }));
  const subtotal = roundMoney(items.reduce((s, i) => s + i.row_total, 0));
  const total = roundMoney(subtotal + shipping);
  return {
    entity_id: id,
    increment_id: order.increment_id,
    ...orderHeader(order),
    state: 2,
    can_void_flag: 0,
    email_sent: 1,
    is_used_for_refund: 0,
    total_qty: lines.reduce((s, l) => s + l.qty, 0),
    ...documentTotals(subtotal, shipping, total),
    base_total_refunded: 0,
    transaction_id: `ch_${order.increment_id}_${id}`,
    created_at: createdAt,
    updated_at: createdAt,
    items,
    comments: [],
  };
}

export interface TrackSpec {
  carrier_code: string;
  title: string;
  track_number: string;
}

/** A shipment with its tracks, shaped as `GET /V1/shipment/:id`. */
export function buildShipment(
  order: Order,
  id: number,
  lines: readonly LineQty[],
  tracks: readonly TrackSpec[],
  createdAt: string,
): Shipment {
  return {
    entity_id: id,
    increment_id: order.increment_id,
    order_id: order.entity_id,
    store_id: order.store_id,
    ...(order.customer_id === undefined ? {} : { customer_id: order.customer_id }),
    billing_address_id: Number(order.billing_address.entity_id),
    shipping_address_id: Number(order.billing_address.entity_id) + 1,
    email_sent: 1,
    total_qty: lines.reduce((s, l) => s + l.qty, 0),
    created_at: createdAt,
    updated_at: createdAt,
    packages: [],
    items: lines.map((l, i) => ({
      entity_id: id * 100 + i,
      parent_id: id,
      order_item_id: l.item.item_id,
      sku: l.item.sku,
      name: l.item.name,
      product_id: l.item.product_id,
      qty: l.qty,
      price: l.item.price,
      weight: Number(l.item.weight ?? 1),
      row_total: roundMoney(l.item.price * l.qty),
    })),
    tracks: tracks.map((t, i) => ({
      entity_id: id * 10 + i,
      parent_id: id,
      order_id: order.entity_id,
      weight: null,
      qty: null,
      description: null,
      track_number: t.track_number,
      title: t.title,
      carrier_code: t.carrier_code,
      created_at: createdAt,
      updated_at: createdAt,
    })),
    comments: [],
  };
}

export interface CreditmemoAmounts {
  shipping: number;
  adjustmentPositive: number;
  adjustmentNegative: number;
}

/** A refunded credit memo (`state` 2), shaped as `GET /V1/creditmemo/:id`. */
export function buildCreditmemo(
  order: Order,
  id: number,
  lines: readonly LineQty[],
  amounts: CreditmemoAmounts,
  createdAt: string,
  invoiceId?: number,
): Creditmemo {
  const items = lines.map((l, i) => ({
    entity_id: id * 100 + i,
    parent_id: id,
    base_cost: 0,
    ...lineAmounts(l),
  }));
  const subtotal = roundMoney(items.reduce((s, i) => s + i.row_total, 0));
  const adjustment = roundMoney(amounts.adjustmentPositive - amounts.adjustmentNegative);
  const total = roundMoney(subtotal + amounts.shipping + adjustment);
  return {
    entity_id: id,
    increment_id: order.increment_id,
    ...orderHeader(order),
    ...(invoiceId === undefined ? {} : { invoice_id: invoiceId }),
    state: 2,
    email_sent: 0,
    ...documentTotals(subtotal, amounts.shipping, total),
    adjustment,
    base_adjustment: adjustment,
    adjustment_positive: amounts.adjustmentPositive,
    base_adjustment_positive: amounts.adjustmentPositive,
    adjustment_negative: amounts.adjustmentNegative,
    base_adjustment_negative: amounts.adjustmentNegative,
    created_at: createdAt,
    updated_at: createdAt,
    items,
    comments: [],
  };
}
