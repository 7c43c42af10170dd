import { MagentoResponseError } from '../errors.js';
import type { MagentoSalesWriter, MagentoWriteResult, RefundRequest } from './magento-client.js';
import type { MagentoRestTransport } from './rest-transport.js';

/** The JSON body of Magento's RefundOrder / RefundInvoice services (camelCase parameter names). */
function refundBody(request: RefundRequest): Record<string, unknown> {
  const body: Record<string, unknown> = {
    items: (request.items ?? []).map((item) => ({ order_item_id: item.orderItemId, qty: item.qty })),
    notify: request.notify ?? false,
    appendComment: request.comment !== undefined,
  };
  if (request.comment)
    body.comment = {
      comment: request.comment.text,
      is_visible_on_front: request.comment.visibleOnFront ? 1 : 0,
    };
  const args: Record<string, unknown> = {};
  if (request.shippingAmount !== undefined) args.shipping_amount = request.shippingAmount;
  if (request.adjustmentPositive !== undefined) args.adjustment_positive = request.adjustmentPositive;
  if (request.adjustmentNegative !== undefined) args.adjustment_negative = request.adjustmentNegative;
  if (request.returnToStockItems?.length)
    args.extension_attributes = { return_to_stock_items: request.returnToStockItems };
  if (Object.keys(args).length > 0) body.arguments = args;
  return body;
}

function creditMemoId(body: unknown, what: string): MagentoWriteResult<number> {
  if (typeof body === 'number' && Number.isInteger(body)) return { ok: true, value: body };
  throw new MagentoResponseError(`${what}: (root): expected the credit memo id (integer)`, { request: what });
}

/** Writes for the actions layer (ACL `Magento_Sales::creditmemo`, `::sales_invoice`, `::cancel`, `::comment`). */
export function createRestSalesWriter(rest: MagentoRestTransport): MagentoSalesWriter {
  return {
    async refundOrder(store, orderId, request) {
      const result = await rest.send('POST', store, `/order/${orderId}/refund`, refundBody(request));
      if (!result.ok)
        return { ok: false, violations: [{ code: 'magento_rejected', message: result.rejection.message }] };
      return creditMemoId(result.body, `refund of order #${orderId}`);
    },

    async refundInvoice(store, invoiceId, request) {
      const body = { ...refundBody(request), isOnline: request.online ?? false };
      const result = await rest.send('POST', store, `/invoice/${invoiceId}/refund`, body);
      if (!result.ok)
        return { ok: false, violations: [{ code: 'magento_rejected', message: result.rejection.message }] };
      return creditMemoId(result.body, `refund of invoice #${invoiceId}`);
    },

    async cancelOrder(store, orderId) {
      const result = await rest.send('POST', store, `/orders/${orderId}/cancel`, undefined);
      if (!result.ok)
        return { ok: false, violations: [{ code: 'magento_rejected', message: result.rejection.message }] };
      if (result.body === true) return { ok: true, value: true };
      if (result.body === false)
        return {
          ok: false,
          violations: [
            {
              code: 'not_cancelable',
              message: `Magento cannot cancel order #${orderId} (on hold, in payment review, invoiced or closed).`,
            },
          ],
        };
      throw new MagentoResponseError(`cancel of order #${orderId}: (root): expected boolean`, { orderId });
    },

    async addOrderComment(store, orderId, comment) {
      const statusHistory: Record<string, unknown> = {
        comment: comment.comment,
        is_customer_notified: comment.notifyCustomer ? 1 : 0,
        is_visible_on_front: comment.visibleOnFront ? 1 : 0,
      };
      if (comment.status !== undefined) statusHistory.status = comment.status;
      const result = await rest.send('POST', store, `/orders/${orderId}/comments`, { statusHistory });
      if (!result.ok)
        return { ok: false, violations: [{ code: 'comment_rejected', message: result.rejection.message }] };
      if (result.body === true) return { ok: true, value: true };
      throw new MagentoResponseError(`comment on order #${orderId}: (root): expected true`, { orderId });
    },
  };
}
