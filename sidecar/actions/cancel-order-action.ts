import { z } from 'zod';
import { recordCall, type BoundedAction } from './action.js';

const cancelInputSchema = z.object({
  storeCode: z.string().min(1),
  orderId: z.number().int().positive(),
  orderNumber: z.string().min(1),
});

/** Cancel: `POST /V1/orders/{id}/cancel`; Magento's own `canCancel` has the last word (`false` = failed). */
export const cancelOrderAction: BoundedAction<typeof cancelInputSchema> = {
  kind: 'cancel',
  consequential: true,
  inputSchema: cancelInputSchema,

  inputFrom(facts) {
    return {
      storeCode: facts.store.code,
      orderId: facts.order.order_id,
      orderNumber: facts.order.increment_id,
    };
  },

  snapshot() {
    return Promise.resolve(null);
  },

  async execute(ctx, input) {
    const result = await recordCall(ctx.calls, 'magento.cancelOrder', input, () =>
      ctx.magento.cancelOrder(input.storeCode, input.orderId),
    );
    if (!result.ok) return { status: 'failed', error: result.violations.map((v) => v.message).join(' ') };
    return { status: 'done', result: { canceled: true }, handoff: null };
  },

  async reconcile(ctx, input) {
    const order = await recordCall(ctx.calls, 'magento.getOrder', input, () =>
      ctx.magento.getOrder(input.storeCode, input.orderId),
    );
    return order.state === 'canceled' ? { found: true, result: { canceled: true } } : { found: false };
  },
};
