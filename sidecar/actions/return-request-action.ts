import { z } from 'zod';
import { orderHasMarker, recordCall, type ActionContext, type BoundedAction } from './action.js';

const returnInputSchema = z.object({
  storeCode: z.string().min(1),
  orderId: z.number().int().positive(),
  orderNumber: z.string().min(1),
  customerId: z.number().int().positive().nullable(),
  customerKey: z.string().min(1),
  reason: z.string().min(1),
  items: z
    .array(
      z.object({ orderItemId: z.number().int().positive(), sku: z.string(), qty: z.number().positive() }),
    )
    .min(1),
  /** Money due once the goods are back (after any restocking fee), base currency. */
  amount: z.number().min(0),
});
type ReturnInput = z.infer<typeof returnInputSchema>;

function describe(input: ReturnInput): string {
  return input.items.map((i) => `${i.qty} × ${i.sku}`).join(', ');
}

/** The Open Source path: a return-request record, an order comment and a handoff to a colleague. */
async function recordReturnRequest(ctx: ActionContext, input: ReturnInput): Promise<{ id: string }> {
  await ctx.store.query(
    `INSERT INTO return_requests (idempotency_key, store_code, order_id, order_number, customer_key, reason, items)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) ON CONFLICT (idempotency_key) DO NOTHING`,
    [
      ctx.idempotencyKey,
      input.storeCode,
      input.orderId,
      input.orderNumber,
      input.customerKey,
      input.reason,
      JSON.stringify(input.items),
    ],
  );
  const { rows } = await ctx.store.query<{ id: string }>(
    'SELECT id FROM return_requests WHERE idempotency_key = $1',
    [ctx.idempotencyKey],
  );
  return rows[0] as { id: string };
}

/**
 * Return request: an Adobe Commerce RMA when the store has the module (detected per store view);
 * otherwise a return-request record in the record store, an order comment and a handoff.
 */
export const returnRequestAction: BoundedAction<typeof returnInputSchema> = {
  kind: 'return',
  consequential: true,
  inputSchema: returnInputSchema,

  inputFrom(facts, decision) {
    const approved = decision.items.filter((i) => i.verdict === 'approve');
    return {
      storeCode: facts.store.code,
      orderId: facts.order.order_id,
      orderNumber: facts.order.increment_id,
      customerId: facts.customer.id,
      customerKey:
        facts.customer.id === null
          ? `guest:${(facts.customer.email ?? '').trim().toLowerCase()}`
          : String(facts.customer.id),
      reason: facts.claim.reason,
      items: approved.map((i) => ({ orderItemId: i.itemId, sku: i.sku, qty: i.qty })),
      amount: decision.approvedAmount,
    };
  },

  async snapshot(ctx, input) {
    if (ctx.rma === null || !(await ctx.rma.isAvailable(input.storeCode))) return null;
    const rma = ctx.rma;
    return {
      rmaIds: await recordCall(ctx.calls, 'magento.listReturns', { orderId: input.orderId }, () =>
        rma.listReturnIds(input.storeCode, input.orderId),
      ),
    };
  },

  async execute(ctx, input) {
    const comment = `Return requested via Verity: ${describe(input)} (${input.reason}). ${ctx.marker}`;
    if (ctx.rma !== null && (await ctx.rma.isAvailable(input.storeCode))) {
      const rma = ctx.rma;
      const request = {
        orderId: input.orderId,
        orderNumber: input.orderNumber,
        customerId: input.customerId,
        items: input.items.map((i) => ({ orderItemId: i.orderItemId, qty: i.qty, reason: input.reason })),
        comment,
      };
      const created = await recordCall(ctx.calls, 'magento.createReturn', request, () =>
        rma.createReturn(input.storeCode, request),
      );
      if (!created.ok) return { status: 'failed', error: created.violations.map((v) => v.message).join(' ') };
      return { status: 'done', result: { rmaId: created.value, amount: input.amount }, handoff: null };
    }
    const record = await recordReturnRequest(ctx, input);
    if (!(await orderHasMarker(ctx, input.storeCode, input.orderId))) {
      const note = { comment, notifyCustomer: false, visibleOnFront: false };
      const added = await recordCall(
        ctx.calls,
        'magento.addOrderComment',
        { orderId: input.orderId, ...note },
        () => ctx.magento.addOrderComment(input.storeCode, input.orderId, note),
      );
      if (!added.ok) return { status: 'failed', error: added.violations.map((v) => v.message).join(' ') };
    }
    return {
      status: 'done',
      result: { returnRequestId: record.id, amount: input.amount },
      handoff: `Return request for order ${input.orderNumber}: ${describe(input)} (${input.reason}); refund of ${input.amount.toFixed(2)} due when the goods arrive.`,
    };
  },

  async reconcile(ctx, input, snapshot) {
    if (snapshot !== null && ctx.rma !== null) {
      const before = new Set(z.object({ rmaIds: z.array(z.number()) }).parse(snapshot).rmaIds);
      const rma = ctx.rma;
      const ids = await recordCall(ctx.calls, 'magento.listReturns', { orderId: input.orderId }, () =>
        rma.listReturnIds(input.storeCode, input.orderId),
      );
      const created = ids.find((id) => !before.has(id));
      return created === undefined
        ? { found: false }
        : { found: true, result: { rmaId: created, amount: input.amount } };
    }
    // The record insert and the comment are each skipped when already there, so executing again is safe.
    return { found: false };
  },
};
