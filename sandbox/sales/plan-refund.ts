import type { Invoice, Order } from '../data/fixture-schema.js';
import { roundMoney } from '../data/random.js';
import type { CreditmemoAmounts, LineQty } from './documents.js';

/** Body of `POST /V1/order/:orderId/refund` and `POST /V1/invoice/:invoiceId/refund` (the parts that set amounts). */
export interface RefundRequest {
  items?: ReadonlyArray<{ order_item_id: number; qty: number }>;
  arguments?: { shipping_amount?: number; adjustment_positive?: number; adjustment_negative?: number };
}

export type RefundPlan =
  | { ok: true; lines: LineQty[]; amounts: CreditmemoAmounts; total: number }
  | { ok: false; violations: Array<{ code: string; message: string }> };

const PREFIX = 'Creditmemo Document Validation Error(s):\n';

/**
 * Magento's RefundOrder/RefundInvoice validation and CreditmemoFactory totals, as a pure function:
 * omitted items refund every refundable quantity, omitted shipping refunds the remaining shipping.
 * Messages are Magento's (pre-rendered, joined under the "Document Validation Error(s)" heading).
 */
export function planRefund(order: Order, request: RefundRequest, invoice?: Invoice): RefundPlan {
  const violations: Array<{ code: string; message: string }> = [];
  if (order.state === 'closed' || order.state === 'canceled' || order.state === 'holded') {
    violations.push({
      code: 'order_state',
      message: `A creditmemo can not be created when an order has a status of ${order.status}`,
    });
    return { ok: false, violations };
  }
  const paid = Number(order.total_paid ?? 0);
  const refunded = Number(order.total_refunded ?? 0);
  if (paid <= 0 || paid - refunded <= 0) {
    violations.push({
      code: 'not_refundable',
      message: 'The order does not allow a creditmemo to be created.',
    });
    return { ok: false, violations };
  }

  const invoicedQty = new Map<number, number>();
  for (const line of invoice?.items ?? []) invoicedQty.set(line.order_item_id, line.qty);
  const refundable = (itemId: number): number => {
    const item = order.items.find((i) => i.item_id === itemId);
    if (!item) return 0;
    const cap = invoice ? (invoicedQty.get(itemId) ?? 0) : item.qty_invoiced;
    return Math.max(0, Math.min(cap, item.qty_invoiced) - item.qty_refunded);
  };

  const lines: LineQty[] = [];
  if (request.items && request.items.length > 0) {
    for (const wanted of request.items) {
      const item = order.items.find((i) => i.item_id === wanted.order_item_id);
      if (!item) {
        violations.push({
          code: 'unknown_item',
          message: 'The creditmemo contains product item that is not part of the original order.',
        });
        continue;
      }
      if (wanted.qty > refundable(item.item_id)) {
        violations.push({
          code: 'qty_exceeded',
          message: `The quantity to creditmemo must not be greater than the unrefunded quantity for product SKU "${item.sku}".`,
        });
        continue;
      }
      if (wanted.qty > 0) lines.push({ item, qty: wanted.qty });
    }
  } else {
    for (const item of order.items) {
      const qty = refundable(item.item_id);
      if (qty > 0) lines.push({ item, qty });
    }
  }

  const shippingLeft = roundMoney(
    Number(order.shipping_invoiced ?? 0) - Number(order.shipping_refunded ?? 0),
  );
  const shipping = request.arguments?.shipping_amount ?? shippingLeft;
  if (shipping > shippingLeft + 0.0001) {
    violations.push({
      code: 'shipping_exceeded',
      message: `Maximum shipping amount allowed to refund is: ${shippingLeft}`,
    });
  }
  const amounts: CreditmemoAmounts = {
    shipping,
    adjustmentPositive: request.arguments?.adjustment_positive ?? 0,
    adjustmentNegative: request.arguments?.adjustment_negative ?? 0,
  };
  const subtotal = lines.reduce((s, l) => s + l.item.price * l.qty, 0);
  const total = roundMoney(
    subtotal + amounts.shipping + amounts.adjustmentPositive - amounts.adjustmentNegative,
  );
  const available = roundMoney(
    invoice
      ? Math.min(invoice.grand_total - Number(invoice.base_total_refunded ?? 0), paid - refunded)
      : paid - refunded,
  );
  if (violations.length === 0 && total <= 0) {
    violations.push({ code: 'total_not_positive', message: "The credit memo's total must be positive." });
  } else if (violations.length === 0 && total > available + 0.0001) {
    violations.push({
      code: 'amount_exceeded',
      message: `The most money available to refund is ${available}.`,
    });
  }
  if (violations.length > 0) return { ok: false, violations };
  return { ok: true, lines, amounts, total };
}

/** The 400 message Magento sends for failed credit memo validation. */
export function refundErrorMessage(violations: ReadonlyArray<{ message: string }>): string {
  return PREFIX + violations.map((v) => v.message).join('\n');
}
