import type { MagentoInvoice, MagentoOrder, MagentoShipment } from '../../common/magento/shapes/order.js';
import { MagentoResponseError } from '../../common/errors.js';
import type { OrderFacts } from './authorization/authorization-facts.js';

/** Magento's `YYYY-MM-DD HH:MM:SS` (UTC) as ISO 8601. */
function magentoTime(value: string): string {
  return value.includes('T')
    ? new Date(value).toISOString()
    : new Date(`${value.replace(' ', 'T')}Z`).toISOString();
}

/**
 * Order facts for authorization from Magento's order, invoices and shipments (read live). Child lines
 * of configurable/bundle products are skipped: the parent line carries the price and is what is
 * refunded. Money paid per line is `price_incl_tax × qty_ordered − discount_amount` (REST's row totals
 * are per unit, shapes.md §7.4), converted to base currency with the order's base/order total ratio.
 * `categoryIds` maps SKU → category ids (from the catalog); a SKU missing from it is marked
 * `categories_known: false`, which the authorizer refers to a person.
 */
export function orderFactsFromMagento(
  order: MagentoOrder,
  invoices: readonly MagentoInvoice[],
  shipments: readonly MagentoShipment[],
  categoryIds: ReadonlyMap<string, readonly number[]>,
): OrderFacts {
  const shippedAt = new Map<number, string>();
  for (const shipment of [...shipments].sort((a, b) =>
    (a.created_at ?? '').localeCompare(b.created_at ?? ''),
  )) {
    for (const line of shipment.items ?? []) {
      if (
        line.order_item_id !== null &&
        (line.qty ?? 0) > 0 &&
        !shippedAt.has(line.order_item_id) &&
        shipment.created_at !== undefined
      ) {
        shippedAt.set(line.order_item_id, magentoTime(shipment.created_at));
      }
    }
  }
  const rate =
    order.base_grand_total !== null && order.grand_total !== null && order.grand_total > 0
      ? order.base_grand_total / order.grand_total
      : 1;
  const missing = (field: string): never => {
    throw new MagentoResponseError(`order ${order.increment_id}: ${field} is missing`, {
      entity: 'order',
      key: order.increment_id,
      field,
    });
  };
  const items = (order.items ?? [])
    .filter((item) => item.parent_item_id === undefined)
    .map((item) => {
      const itemId = item.item_id ?? missing('items[].item_id');
      const sku = item.sku ?? missing('items[].sku');
      const qty = item.qty_ordered ?? missing('items[].qty_ordered');
      const unit = item.price_incl_tax ?? item.price ?? missing('items[].price');
      const paid = Math.max(0, unit * qty - (item.discount_amount ?? 0));
      return {
        item_id: itemId,
        sku,
        name: item.name ?? sku,
        qty_ordered: qty,
        qty_invoiced: item.qty_invoiced ?? 0,
        qty_shipped: item.qty_shipped ?? 0,
        qty_refunded: item.qty_refunded ?? 0,
        base_row_total_paid: Math.round(paid * rate * 100) / 100,
        category_ids: [...(categoryIds.get(sku) ?? [])],
        categories_known: categoryIds.has(sku),
        shipped_at: shippedAt.get(itemId) ?? null,
      };
    });
  return {
    order_id: order.entity_id,
    increment_id: order.increment_id,
    state: order.state ?? missing('state'),
    customer_id: order.customer_is_guest === 1 ? null : (order.customer_id ?? null),
    customer_email: order.customer_email,
    created_at: magentoTime(order.created_at ?? missing('created_at')),
    shipping_method: order.extension_attributes?.shipping_assignments?.[0]?.shipping?.method ?? null,
    base_currency_code: order.base_currency_code ?? missing('base_currency_code'),
    order_currency_code:
      order.order_currency_code ?? order.base_currency_code ?? missing('order_currency_code'),
    invoice_id: invoices[0]?.entity_id ?? null,
    coupon_code: null,
    items,
  };
}
