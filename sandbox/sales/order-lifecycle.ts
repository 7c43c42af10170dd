import type { Creditmemo, Invoice, Order, Shipment } from '../data/fixture-schema.js';
import { roundMoney } from '../data/random.js';

/** Magento's default status of each order state (`sales_order_status_state`). */
export const STATE_STATUSES: Record<Order['state'], readonly string[]> = {
  new: ['pending'],
  pending_payment: ['pending_payment'],
  processing: ['processing', 'fraud'],
  complete: ['complete'],
  closed: ['closed'],
  canceled: ['canceled'],
  holded: ['holded'],
};

export function setState(order: Order, state: Order['state']): void {
  order.state = state;
  order.status = STATE_STATUSES[state][0] ?? state;
}

function add(order: Order, key: string, amount: number): void {
  const current = typeof order[key] === 'number' ? (order[key] as number) : 0;
  order[key] = roundMoney(current + amount);
}

export function addHistory(
  order: Order,
  entry: {
    comment: string | null;
    notified: boolean;
    visibleOnFront: boolean;
    createdAt: string;
    entityName: string;
  },
  id: number,
): void {
  order.status_histories.unshift({
    entity_id: id,
    parent_id: order.entity_id,
    comment: entry.comment,
    status: order.status,
    is_customer_notified: entry.notified ? 1 : 0,
    is_visible_on_front: entry.visibleOnFront ? 1 : 0,
    created_at: entry.createdAt,
    entity_name: entry.entityName,
  });
}

/** Registers a paid invoice on its order (qty and money invoiced/paid), then moves `new` → `processing`. */
export function applyInvoice(order: Order, invoice: Invoice): void {
  for (const line of invoice.items) {
    const item = order.items.find((i) => i.item_id === line.order_item_id);
    if (!item) continue;
    item.qty_invoiced += line.qty;
    item.row_invoiced = roundMoney(Number(item.row_invoiced ?? 0) + Number(line.row_total ?? 0));
    item.base_row_invoiced = item.row_invoiced;
  }
  const total = invoice.grand_total;
  for (const key of ['total_invoiced', 'base_total_invoiced', 'total_paid', 'base_total_paid'])
    add(order, key, total);
  for (const key of ['subtotal_invoiced', 'base_subtotal_invoiced'])
    add(order, key, Number(invoice.subtotal ?? 0));
  for (const key of ['shipping_invoiced', 'base_shipping_invoiced'])
    add(order, key, Number(invoice.shipping_amount ?? 0));
  order.total_due = roundMoney(order.grand_total - Number(order.total_paid ?? 0));
  order.base_total_due = order.total_due;
  order.payment.amount_paid = order.total_paid;
  order.payment.base_amount_paid = order.total_paid;
  if (order.state === 'new') setState(order, 'processing');
}

/** Registers a shipment; an order fully invoiced and shipped becomes `complete`. */
export function applyShipment(order: Order, shipment: Shipment): void {
  for (const line of shipment.items) {
    const item = order.items.find((i) => i.item_id === line.order_item_id);
    if (item) item.qty_shipped += line.qty;
  }
  updateCompletion(order);
}

/** Registers a credit memo: refunded qty and money; a fully refunded order becomes `closed`. */
export function applyCreditmemo(order: Order, memo: Creditmemo, online: boolean): void {
  for (const line of memo.items) {
    const item = order.items.find((i) => i.item_id === line.order_item_id);
    if (!item) continue;
    item.qty_refunded += line.qty;
    item.amount_refunded = roundMoney(item.amount_refunded + Number(line.row_total ?? 0));
    item.base_amount_refunded = item.amount_refunded;
  }
  const total = memo.grand_total;
  for (const key of ['total_refunded', 'base_total_refunded']) add(order, key, total);
  for (const key of online
    ? ['total_online_refunded', 'base_total_online_refunded']
    : ['total_offline_refunded', 'base_total_offline_refunded'])
    add(order, key, total);
  for (const key of ['subtotal_refunded', 'base_subtotal_refunded'])
    add(order, key, Number(memo.subtotal ?? 0));
  for (const key of ['shipping_refunded', 'base_shipping_refunded'])
    add(order, key, Number(memo.shipping_amount ?? 0));
  for (const key of ['adjustment_positive', 'base_adjustment_positive'])
    add(order, key, Number(memo.adjustment_positive ?? 0));
  for (const key of ['adjustment_negative', 'base_adjustment_negative'])
    add(order, key, Number(memo.adjustment_negative ?? 0));
  order.payment.amount_refunded = order.total_refunded;
  order.payment.base_amount_refunded = order.total_refunded;
  updateCompletion(order);
}

/** Magento's Order\StateResolver: closed once nothing is left to refund, complete once all is shipped. */
function updateCompletion(order: Order): void {
  if (order.state === 'canceled' || order.state === 'holded') return;
  const open = order.items.filter((i) => i.qty_ordered - i.qty_canceled > 0);
  const allRefunded = open.every((i) => i.qty_refunded >= i.qty_ordered - i.qty_canceled);
  const paid = Number(order.total_paid ?? 0);
  if (allRefunded && paid > 0 && Number(order.total_refunded ?? 0) >= paid - 0.0001) {
    setState(order, 'closed');
    return;
  }
  const allInvoiced = open.every((i) => i.qty_invoiced >= i.qty_ordered - i.qty_canceled);
  const allShipped = open.every((i) => i.qty_shipped + i.qty_refunded >= i.qty_ordered - i.qty_canceled);
  if (allInvoiced && allShipped && order.state === 'processing') setState(order, 'complete');
}

/** Order::canCancel: not held/complete/closed/canceled and something left uninvoiced. */
export function canCancel(order: Order): boolean {
  if (['complete', 'closed', 'canceled', 'holded', 'payment_review'].includes(order.state)) return false;
  return order.items.some((i) => i.qty_ordered - i.qty_invoiced - i.qty_canceled > 0);
}

/** Order::registerCancellation: cancels the uninvoiced quantities and amounts. */
export function applyCancel(order: Order): void {
  let subtotalCanceled = 0;
  for (const item of order.items) {
    const qty = item.qty_ordered - item.qty_invoiced - item.qty_canceled;
    if (qty <= 0) continue;
    item.qty_canceled += qty;
    subtotalCanceled += item.price * qty;
  }
  const invoiced = Number(order.total_invoiced ?? 0);
  const shippingCanceled = invoiced > 0 ? 0 : Number(order.shipping_amount ?? 0);
  for (const key of ['subtotal_canceled', 'base_subtotal_canceled']) add(order, key, subtotalCanceled);
  for (const key of ['shipping_canceled', 'base_shipping_canceled']) add(order, key, shippingCanceled);
  for (const key of ['total_canceled', 'base_total_canceled'])
    add(order, key, subtotalCanceled + shippingCanceled);
  order.total_due = 0;
  order.base_total_due = 0;
  setState(order, invoiced > 0 ? 'processing' : 'canceled');
  if (invoiced > 0) updateCompletion(order);
}
