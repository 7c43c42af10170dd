import type { z } from 'zod';
import type { MagentoClient } from '../../common/magento/magento-client.js';
import type { RecordStore } from '../../common/record-store/record-store.js';
import type { ToolCall } from '../audit/audit-entry.js';
import type { AuthorizationFacts, ActionKind } from './authorization/authorization-facts.js';
import type { AuthorizationResult } from './authorization/authorization-result.js';
import type { RmaGateway } from './returns/rma-gateway.js';

/** The Magento calls actions make: sales writes plus the reads reconciliation needs. */
export type ActionsMagento = Pick<
  MagentoClient,
  'getOrder' | 'listCreditMemos' | 'refundOrder' | 'refundInvoice' | 'cancelOrder' | 'addOrderComment'
>;

export interface ActionContext {
  magento: ActionsMagento;
  store: RecordStore;
  /** Adobe Commerce RMA when the store has it; null on Magento Open Source. */
  rma: RmaGateway | null;
  idempotencyKey: string;
  /** `[verity:<key prefix>]`, written into Magento comments so a later run can recognise its own work. */
  marker: string;
  /** Every Magento call made, for the audit trail. */
  calls: ToolCall[];
}

/** How an execution ended. `failed` is final (Magento refused); a thrown error means "outcome unknown". */
export type ExecutionOutcome =
  | { status: 'done'; result: Record<string, unknown>; handoff: string | null }
  | { status: 'failed'; error: string };

/** What reconciliation learned from Magento about an execution that may or may not have happened. */
export type Reconciliation = { found: true; result: Record<string, unknown> } | { found: false };

/**
 * One bounded action = one file = one `execute()`. Consequential actions only run through
 * `ActionService`: authorization, the outbox and the audit trail, always.
 */
export interface BoundedAction<S extends z.ZodType<Record<string, unknown>>> {
  kind: ActionKind;
  consequential: true;
  inputSchema: S;
  /** The executor's input from the facts and an approving decision. */
  inputFrom(facts: AuthorizationFacts, decision: AuthorizationResult): z.infer<S>;
  /** Magento state worth remembering before the first attempt (for `reconcile`); null when none. */
  snapshot(ctx: ActionContext, input: z.infer<S>): Promise<Record<string, unknown> | null>;
  execute(ctx: ActionContext, input: z.infer<S>): Promise<ExecutionOutcome>;
  /** After a crash mid-execution: did the write reach Magento? Never writes. */
  reconcile(
    ctx: ActionContext,
    input: z.infer<S>,
    snapshot: Record<string, unknown> | null,
  ): Promise<Reconciliation>;
}

/** Runs one Magento call and records it (name, input, output, duration) for the audit trail. */
export async function recordCall<T>(
  calls: ToolCall[],
  name: string,
  input: unknown,
  call: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  try {
    const output = await call();
    calls.push({
      name,
      input,
      output,
      ok: true,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
    return output;
  } catch (error) {
    const output = { error: error instanceof Error ? error.message : String(error) };
    calls.push({
      name,
      input,
      output,
      ok: false,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
    throw error;
  }
}

/** Whether an order's comment history already holds this run's marker. */
export async function orderHasMarker(
  ctx: ActionContext,
  storeCode: string,
  orderId: number,
): Promise<boolean> {
  const order = await recordCall(ctx.calls, 'magento.getOrder', { storeCode, orderId }, () =>
    ctx.magento.getOrder(storeCode, orderId),
  );
  return (order.status_histories ?? []).some((h) => h.comment?.includes(ctx.marker) === true);
}
