import { Router } from 'express';
import { z } from 'zod';
import { requireAdmin } from '../auth.js';
import type { Order } from '../data/fixture-schema.js';
import { MESSAGES, sendError, sendMagento } from '../magento-response.js';
import { addHistory, applyCancel, canCancel, STATE_STATUSES } from '../sales/order-lifecycle.js';
import { intParam, sendList, topLevel, type RestContext } from './context.js';
import { refundHandler } from './refunds.js';

/**
 * An order as `GET /V1/orders/:id` sends it: the repository fills `shipping_assignments[].items`,
 * and Magento_Sales ChangeOutputArray rewrites the item row totals (unit price − discount, ≥ 0).
 */
export function orderOut(order: Order): Order {
  const items = order.items.map((i) => {
    const row = Math.max(0, i.price - i.discount_amount);
    const baseRow = Math.max(0, i.base_price - Number(i.base_discount_amount ?? 0));
    const inclTax = Math.max(
      0,
      i.row_total + i.tax_amount + Number(i.discount_tax_compensation_amount ?? 0) - i.discount_amount,
    );
    return {
      ...i,
      row_total: row,
      base_row_total: baseRow,
      row_total_incl_tax: inclTax,
      base_row_total_incl_tax: inclTax,
    };
  });
  const assignments = order.extension_attributes.shipping_assignments.map((a) => ({ ...a, items }));
  return {
    ...order,
    items,
    extension_attributes: { ...order.extension_attributes, shipping_assignments: assignments },
  };
}

const commentSchema = z.object({
  statusHistory: z.looseObject({
    comment: z.string(),
    is_customer_notified: z.union([z.number(), z.boolean()]).optional(),
    is_visible_on_front: z.union([z.number(), z.boolean()]).optional(),
    status: z.string().optional(),
  }),
});

export function ordersRouter(ctx: RestContext): Router {
  const router = Router();
  const view = requireAdmin(ctx.tokens, 'Magento_Sales::actions_view');
  const find = (id: unknown) => {
    const n = intParam(id);
    return n === undefined ? undefined : ctx.data.order(n);
  };

  router.get('/orders', view, (req, res) => sendList(req, res, ctx.data.fixture.orders, topLevel, orderOut));

  router.get('/orders/:id', view, (req, res) => {
    const order = find(req.params.id);
    if (!order) return sendError(res, 404, MESSAGES.entityNotFound);
    sendMagento(res, orderOut(order));
  });

  router.get('/orders/:id/statuses', view, (req, res) => {
    const order = find(req.params.id);
    if (!order) return sendError(res, 404, MESSAGES.entityNotFound);
    sendMagento(res, order.status);
  });

  router.get('/orders/:id/comments', view, (req, res) => {
    const order = find(req.params.id);
    if (!order) return sendError(res, 404, MESSAGES.entityNotFound);
    sendMagento(res, {
      items: order.status_histories,
      search_criteria: {
        filter_groups: [
          { filters: [{ field: 'parent_id', value: String(order.entity_id), condition_type: 'eq' }] },
        ],
      },
      total_count: order.status_histories.length,
    });
  });

  router.post('/orders/:id/comments', requireAdmin(ctx.tokens, 'Magento_Sales::comment'), (req, res) => {
    const order = find(req.params.id);
    if (!order) return sendError(res, 404, MESSAGES.entityNotFound);
    const parsed = commentSchema.safeParse(req.body);
    if (!parsed.success) {
      return sendError(res, 400, '"%fieldName" is required. Enter and try again.', {
        fieldName: 'statusHistory',
      });
    }
    const entry = parsed.data.statusHistory;
    if (entry.status !== undefined) {
      if (!STATE_STATUSES[order.state].includes(entry.status)) {
        return sendError(
          res,
          400,
          'Unable to add comment: The status "%1" is not part of the order status history.',
          [entry.status],
        );
      }
      order.status = entry.status;
    }
    addHistory(
      order,
      {
        comment: entry.comment,
        notified: Boolean(entry.is_customer_notified),
        visibleOnFront: Boolean(entry.is_visible_on_front),
        createdAt: ctx.data.timestamp(),
        entityName: 'order',
      },
      ctx.data.nextId('history'),
    );
    order.updated_at = ctx.data.timestamp();
    sendMagento(res, true);
  });

  router.post('/orders/:id/cancel', requireAdmin(ctx.tokens, 'Magento_Sales::cancel'), (req, res) => {
    const order = find(req.params.id);
    if (!order) return sendError(res, 404, MESSAGES.entityNotFound);
    if (!canCancel(order)) return sendMagento(res, false);
    applyCancel(order);
    order.updated_at = ctx.data.timestamp();
    sendMagento(res, true);
  });

  router.post(
    '/order/:orderId/refund',
    requireAdmin(ctx.tokens, 'Magento_Sales::creditmemo'),
    refundHandler(ctx, 'order'),
  );

  return router;
}
