import { createHash } from 'node:crypto';
import type { ActionKind } from './authorization/authorization-facts.js';

/**
 * The idempotency key of a request: the same store, order, action and items (in any order) always give
 * the same key, so retries, double clicks and concurrent sessions collapse onto one outbox row.
 */
export function idempotencyKey(
  storeCode: string,
  orderId: number,
  action: ActionKind,
  items: ReadonlyArray<{ item_id: number; qty: number }>,
): string {
  const lines = [...items]
    .sort((a, b) => a.item_id - b.item_id)
    .map((i) => `${i.item_id}x${i.qty}`)
    .join(',');
  const digest = createHash('sha256').update(`${storeCode}|${orderId}|${action}|${lines}`).digest('hex');
  return `${action}:${orderId}:${digest.slice(0, 32)}`;
}

/** The short marker written into Magento comments for this key. */
export function idempotencyMarker(key: string): string {
  return `[verity:${createHash('sha256').update(key).digest('hex').slice(0, 16)}]`;
}
