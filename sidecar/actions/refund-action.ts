import { z } from 'zod';
import { recordCall, type BoundedAction } from './action.js';

const refundInputSchema = z.object({
  storeCode: z.string().min(1),
  orderId: z.number().int().positive(),
  orderNumber: z.string().min(1),
  /** Refund through this invoice when the order was invoiced, else an offline order refund. */
  invoiceId: z.number().int().positive().nullable(),
  items: z.array(z.object({ orderItemId: z.number().int().positive(), qty: z.number().positive() })).min(1),
  /** The authorized amount, base currency; Magento computes the credit memo from the items. */
  amount: z.number().min(0),
  reason: z.string().min(1),
});

/**
 * Refund: a credit memo through `POST /V1/invoice/{id}/refund` when invoiced, else
 * `POST /V1/order/{id}/refund`; only the approved lines, shipping never included (`shipping_amount: 0`).
 */
export const refundAction: BoundedAction<typeof refundInputSchema> = {
  kind: 'refund',
  consequential: true,
  inputSchema: refundInputSchema,

  inputFrom(facts, decision) {
    return {
      storeCode: facts.store.code,
      orderId: facts.order.order_id,
      orderNumber: facts.order.increment_id,
      invoiceId: facts.order.invoice_id,
      items: decision.items
        .filter((i) => i.verdict === 'approve')
        .map((i) => ({ orderItemId: i.itemId, qty: i.qty })),
      amount: decision.approvedAmount,
      reason: facts.claim.reason,
    };
  },

  async snapshot(ctx, input) {
    const memos = await recordCall(ctx.calls, 'magento.listCreditMemos', { orderId: input.orderId }, () =>
      ctx.magento.listCreditMemos(input.storeCode, input.orderId),
    );
    return { creditMemoIds: memos.items.map((m) => m.entity_id) };
  },

  async execute(ctx, input) {
    const request = {
      items: input.items,
      notify: true,
      shippingAmount: 0,
      comment: { text: `Refund approved by Verity (${input.reason}) ${ctx.marker}`, visibleOnFront: false },
    };
    const result =
      input.invoiceId === null
        ? await recordCall(ctx.calls, 'magento.refundOrder', { orderId: input.orderId, ...request }, () =>
            ctx.magento.refundOrder(input.storeCode, input.orderId, request),
          )
        : await recordCall(
            ctx.calls,
            'magento.refundInvoice',
            { invoiceId: input.invoiceId, ...request },
            () => ctx.magento.refundInvoice(input.storeCode, input.invoiceId as number, request),
          );
    if (!result.ok) return { status: 'failed', error: result.violations.map((v) => v.message).join(' ') };
    return { status: 'done', result: { creditMemoId: result.value, amount: input.amount }, handoff: null };
  },

  async reconcile(ctx, input, snapshot) {
    const before = new Set(
      z.object({ creditMemoIds: z.array(z.number()) }).parse(snapshot ?? { creditMemoIds: [] }).creditMemoIds,
    );
    const memos = await recordCall(ctx.calls, 'magento.listCreditMemos', { orderId: input.orderId }, () =>
      ctx.magento.listCreditMemos(input.storeCode, input.orderId),
    );
    const wanted = input.items
      .map((i) => `${i.orderItemId}x${i.qty}`)
      .sort()
      .join(',');
    const ours = memos.items.find((memo) => {
      if (before.has(memo.entity_id)) return false;
      if ((memo.comments ?? []).some((c) => c.comment?.includes(ctx.marker) === true)) return true;
      const lines = (memo.items ?? [])
        .filter((l) => (l.qty ?? 0) > 0)
        .map((l) => `${l.order_item_id}x${l.qty}`)
        .sort()
        .join(',');
      return lines === wanted;
    });
    return ours === undefined
      ? { found: false }
      : { found: true, result: { creditMemoId: ours.entity_id, amount: input.amount } };
  },
};
