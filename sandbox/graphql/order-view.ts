import type { Order } from '../data/fixture-schema.js';
import type { SandboxData } from '../data/sandbox-data.js';
import { uid } from './product-view.js';

const STATUS_LABELS: Record<string, string> = {
  pending: 'Pending',
  processing: 'Processing',
  complete: 'Complete',
  closed: 'Closed',
  canceled: 'Canceled',
  holded: 'On Hold',
  fraud: 'Suspected Fraud',
  pending_payment: 'Pending Payment',
};

function itemStatus(i: Order['items'][number]): string {
  if (i.qty_refunded >= i.qty_ordered) return 'Refunded';
  if (i.qty_canceled >= i.qty_ordered) return 'Canceled';
  if (i.qty_shipped >= i.qty_ordered) return 'Shipped';
  if (i.qty_invoiced >= i.qty_ordered) return 'Invoiced';
  if (i.qty_refunded > 0 || i.qty_shipped > 0 || i.qty_invoiced > 0) return 'Mixed';
  return 'Ordered';
}

function address(a: Record<string, unknown> | undefined) {
  if (!a) return null;
  return {
    firstname: a.firstname,
    lastname: a.lastname,
    street: a.street,
    city: a.city,
    region: a.region ?? null,
    postcode: a.postcode ?? null,
    country_code: a.country_id,
    telephone: a.telephone ?? null,
  };
}

/** A `CustomerOrder` for the customer's own order. */
export function orderView(data: SandboxData, o: Order): Record<string, unknown> {
  const money = (value: unknown) => ({ value: Number(value ?? 0), currency: o.order_currency_code });
  const shipping = o.extension_attributes.shipping_assignments[0]?.shipping;
  const description = String(o.shipping_description ?? '');
  return {
    id: uid(o.entity_id),
    number: o.increment_id,
    order_date: o.created_at,
    status: STATUS_LABELS[o.status] ?? o.status,
    carrier: description.split(' - ')[0] ?? null,
    shipping_method: description || null,
    email: o.customer_email,
    total: {
      grand_total: money(o.grand_total),
      base_grand_total: { value: o.base_grand_total, currency: o.base_currency_code },
      subtotal: money(o.subtotal),
      total_shipping: money(o.shipping_amount),
      total_tax: money(o.tax_amount),
    },
    items: o.items.map((i) => ({
      __typename: 'OrderItem',
      id: uid(i.item_id),
      product_sku: i.sku,
      product_name: i.name,
      product_type: i.product_type,
      product_url_key:
        data.productBySku(i.sku)?.custom_attributes.find((a) => a.attribute_code === 'url_key')?.value ??
        null,
      product_sale_price: money(i.price),
      quantity_ordered: i.qty_ordered,
      quantity_invoiced: i.qty_invoiced,
      quantity_shipped: i.qty_shipped,
      quantity_refunded: i.qty_refunded,
      quantity_canceled: i.qty_canceled,
      status: itemStatus(i),
    })),
    shipments: data.fixture.shipments
      .filter((s) => s.order_id === o.entity_id)
      .map((s) => ({
        id: uid(s.entity_id),
        number: s.increment_id,
        tracking: s.tracks.map((t) => ({ carrier: t.carrier_code, number: t.track_number, title: t.title })),
        items: s.items.map((i) => ({
          __typename: 'ShipmentItem',
          id: uid(Number(i.entity_id ?? 0)),
          product_sku: i.sku,
          product_name: i.name ?? i.sku,
          product_sale_price: money(i.price),
          quantity_shipped: i.qty,
        })),
      })),
    shipping_address: address(shipping?.address as Record<string, unknown> | undefined),
    billing_address: address(o.billing_address),
  };
}
