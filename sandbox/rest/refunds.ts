import type { Request, Response } from 'express';
import { z } from 'zod';
import { roundMoney } from '../data/random.js';
import { MESSAGES, sendError, sendMagento } from '../magento-response.js';
import { buildCreditmemo } from '../sales/documents.js';
import { addHistory, applyCreditmemo } from '../sales/order-lifecycle.js';
import { planRefund, refundErrorMessage } from '../sales/plan-refund.js';
import { intParam, type RestContext } from './context.js';

const flag = z
  .union([z.boolean(), z.number(), z.string()])
  .transform((v) => v === true || v === 1 || v === '1' || v === 'true');

/** Body of RefundOrderInterface / RefundInvoiceInterface (camelCase or snake_case keys, as Magento accepts). */
const refundBodySchema = z
  .looseObject({
    items: z.array(z.object({ order_item_id: z.number().int(), qty: z.number().min(0) })).optional(),
    notify: flag.optional(),
    appendComment: flag.optional(),
    append_comment: flag.optional(),
    isOnline: flag.optional(),
    is_online: flag.optional(),
    comment: z.looseObject({ comment: z.string(), is_visible_on_front: flag.optional() }).optional(),
    arguments: z
      .looseObject({
        shipping_amount: z.number().min(0).optional(),
        adjustment_positive: z.number().min(0).optional(),
        adjustment_negative: z.number().min(0).optional(),
        extension_attributes: z
          .looseObject({ return_to_stock_items: z.array(z.number().int()).optional() })
          .optional(),
      })
      .optional(),
  })
  .default({});

/**
 * `POST /V1/order/:orderId/refund` and `POST /V1/invoice/:invoiceId/refund`: an offline (or, for
 * invoices, online) credit memo with Magento's totals and state transitions; answers its entity id.
 */
export function refundHandler(ctx: RestContext, by: 'order' | 'invoice') {
  return (req: Request, res: Response): void => {
    const id = intParam(by === 'order' ? req.params.orderId : req.params.invoiceId);
    const invoice = by === 'invoice' ? ctx.data.fixture.invoices.find((i) => i.entity_id === id) : undefined;
    const order = ctx.data.order(by === 'order' ? (id ?? -1) : (invoice?.order_id ?? -1));
    if (!order) return sendError(res, 404, MESSAGES.entityNotFound);
    const parsed = refundBodySchema.safeParse(req.body ?? {});
    if (!parsed.success) return sendError(res, 400, 'Invalid refund request.');
    const body = parsed.data;
    const plan = planRefund(order, { items: body.items, arguments: body.arguments }, invoice);
    if (!plan.ok) return sendError(res, 400, refundErrorMessage(plan.violations));

    const now = ctx.data.timestamp();
    const memo = buildCreditmemo(
      order,
      ctx.data.nextId('creditmemo'),
      plan.lines,
      plan.amounts,
      now,
      invoice?.entity_id ?? lastInvoiceId(ctx, order.entity_id),
    );
    const notify = body.notify ?? false;
    if (body.comment && (body.appendComment ?? body.append_comment ?? false)) {
      memo.comments = [
        {
          comment: body.comment.comment,
          parent_id: memo.entity_id,
          is_customer_notified: notify ? 1 : 0,
          is_visible_on_front: body.comment.is_visible_on_front ? 1 : 0,
          created_at: now,
        },
      ];
    }
    memo.email_sent = notify ? 1 : 0;
    ctx.data.fixture.creditmemos.push(memo);
    const online = by === 'invoice' && (body.isOnline ?? body.is_online ?? false);
    applyCreditmemo(order, memo, online);
    const refundedInvoice = invoice ?? ctx.data.fixture.invoices.find((i) => i.entity_id === memo.invoice_id);
    if (refundedInvoice) {
      refundedInvoice.is_used_for_refund = 1;
      refundedInvoice.base_total_refunded = roundMoney(
        Number(refundedInvoice.base_total_refunded ?? 0) + memo.grand_total,
      );
    }
    for (const itemId of body.arguments?.extension_attributes?.return_to_stock_items ?? []) {
      const line = plan.lines.find((l) => l.item.item_id === itemId);
      const stock = line ? ctx.data.productBySku(line.item.sku)?.extension_attributes.stock_item : undefined;
      if (line && stock) {
        stock.qty += line.qty;
        stock.is_in_stock = stock.qty > 0;
      }
    }
    addHistory(
      order,
      {
        comment: `We refunded ${memo.grand_total} ${online ? 'online' : 'offline'}.`,
        notified: notify,
        visibleOnFront: false,
        createdAt: now,
        entityName: 'creditmemo',
      },
      ctx.data.nextId('history'),
    );
    order.updated_at = now;
    sendMagento(res, memo.entity_id);
  };
}

function lastInvoiceId(ctx: RestContext, orderId: number): number | undefined {
  return ctx.data.fixture.invoices.filter((i) => i.order_id === orderId).at(-1)?.entity_id;
}
