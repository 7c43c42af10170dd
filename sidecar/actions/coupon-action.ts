import { z } from 'zod';
import { AppError } from '../../common/errors.js';
import { orderHasMarker, recordCall, type BoundedAction } from './action.js';

const couponInputSchema = z.object({
  storeCode: z.string().min(1),
  orderId: z.number().int().positive(),
  orderNumber: z.string().min(1),
  ruleId: z.string().min(1),
  /** A code the merchant configured — never generated here. */
  couponCode: z.string().min(1),
});

/**
 * Coupon: hands out the merchant-configured code the authorizer selected and notes it on the order
 * (visible to the customer), so the issue is on record in Magento as well as in the audit trail.
 */
export const couponAction: BoundedAction<typeof couponInputSchema> = {
  kind: 'coupon',
  consequential: true,
  inputSchema: couponInputSchema,

  inputFrom(facts, decision) {
    if (decision.coupon === null) {
      throw new AppError('coupon_not_selected', 'An approved coupon decision carries the selected rule.', {
        operational: false,
      });
    }
    return {
      storeCode: facts.store.code,
      orderId: facts.order.order_id,
      orderNumber: facts.order.increment_id,
      ruleId: decision.coupon.ruleId,
      couponCode: decision.coupon.code,
    };
  },

  snapshot() {
    return Promise.resolve(null);
  },

  async execute(ctx, input) {
    if (!(await orderHasMarker(ctx, input.storeCode, input.orderId))) {
      const comment = {
        comment: `Courtesy coupon ${input.couponCode} issued by Verity (rule ${input.ruleId}). ${ctx.marker}`,
        visibleOnFront: true,
      };
      const result = await recordCall(
        ctx.calls,
        'magento.addOrderComment',
        { orderId: input.orderId, ...comment },
        () => ctx.magento.addOrderComment(input.storeCode, input.orderId, comment),
      );
      if (!result.ok) return { status: 'failed', error: result.violations.map((v) => v.message).join(' ') };
    }
    return { status: 'done', result: { couponCode: input.couponCode, ruleId: input.ruleId }, handoff: null };
  },

  async reconcile(ctx, input) {
    return (await orderHasMarker(ctx, input.storeCode, input.orderId))
      ? { found: true, result: { couponCode: input.couponCode, ruleId: input.ruleId } }
      : { found: false };
  },
};
