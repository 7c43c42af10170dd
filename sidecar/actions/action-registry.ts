import type { z } from 'zod';
import type { BoundedAction } from './action.js';
import type { ActionKind } from './authorization/authorization-facts.js';
import { cancelOrderAction } from './cancel-order-action.js';
import { couponAction } from './coupon-action.js';
import { refundAction } from './refund-action.js';
import { returnRequestAction } from './return-request-action.js';

export type AnyBoundedAction = BoundedAction<z.ZodType<Record<string, unknown>>>;

/** Every bounded action by kind. */
export const ACTIONS: Record<ActionKind, AnyBoundedAction> = {
  return: returnRequestAction as unknown as AnyBoundedAction,
  refund: refundAction as unknown as AnyBoundedAction,
  cancel: cancelOrderAction as unknown as AnyBoundedAction,
  coupon: couponAction as unknown as AnyBoundedAction,
};
