import type { Logger } from '../../common/logger.js';
import type { RecordStore } from '../../common/record-store/record-store.js';
import type { ToolCall } from '../audit/audit-entry.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { ActionContext, ActionsMagento } from './action.js';
import { ACTIONS } from './action-registry.js';
import { idempotencyMarker } from './idempotency-key.js';
import type { ActionOutbox, ActionRow } from './outbox/action-outbox.js';
import type { RmaGateway } from './returns/rma-gateway.js';

export interface ActionRuntime {
  store: RecordStore;
  outbox: ActionOutbox;
  magento: ActionsMagento;
  rma: RmaGateway | null;
  auditLog: AuditLog;
  clock: () => Date;
  logger: Logger;
}

/** The row after an execution attempt, and the handoff note when the action hands over to a person. */
export interface ExecutionReport {
  row: ActionRow;
  handoff: string | null;
  /** `reconciled`: found already done in Magento; `executed`: sent now; `unknown`: the call failed mid-way. */
  path: 'reconciled' | 'executed' | 'unknown';
}

function contextFor(runtime: ActionRuntime, row: ActionRow, calls: ToolCall[]): ActionContext {
  return {
    magento: runtime.magento,
    store: runtime.store,
    rma: runtime.rma,
    idempotencyKey: row.idempotency_key,
    marker: idempotencyMarker(row.idempotency_key),
    calls,
  };
}

async function audit(
  runtime: ActionRuntime,
  row: ActionRow,
  kind: 'action_execution' | 'action_recovery',
  calls: ToolCall[],
  started: number,
  outcome: Record<string, unknown>,
): Promise<void> {
  await runtime.auditLog.append({
    kind,
    at: runtime.clock().toISOString(),
    conversationId: row.conversation_id,
    customerKey: row.customer_key,
    storeCode: row.store_code,
    orderNumber: row.order_number,
    action: row.action,
    idempotencyKey: row.idempotency_key,
    inputs: { payload: row.payload, attempt: row.attempts, ...outcome },
    policy: [],
    bounds: null,
    decision: { verdict: row.verdict, codes: [], reasons: row.decision.reasons },
    customerText: null,
    toolCalls: calls,
    timings: { execute: Math.round((performance.now() - started) * 10) / 10 },
  });
}

/**
 * Runs an `executing` row this caller owns: snapshot, execute, then `done` or `failed`. When the call
 * throws (timeout, outage) the outcome is unknown, so the row stays `executing` for the recovery
 * routine to reconcile with Magento before anything is sent again.
 */
export async function runOwnedExecution(
  runtime: ActionRuntime,
  owned: ActionRow,
  kind: 'action_execution' | 'action_recovery',
): Promise<ExecutionReport> {
  const action = ACTIONS[owned.action];
  const calls: ToolCall[] = [];
  const ctx = contextFor(runtime, owned, calls);
  const started = performance.now();
  const input = action.inputSchema.parse(owned.payload);
  try {
    if (owned.pre_state === null)
      await runtime.outbox.saveSnapshot(owned.idempotency_key, await action.snapshot(ctx, input));
    const stored = owned.pre_state ?? (await runtime.outbox.get(owned.idempotency_key))?.pre_state ?? null;
    if (owned.attempts > 1) {
      const reconciled = await action.reconcile(ctx, input, stored);
      if (reconciled.found) {
        const row = (await runtime.outbox.complete(owned.idempotency_key, reconciled.result)) ?? owned;
        await audit(runtime, row, kind, calls, started, {
          reconciled: 'found_in_magento',
          result: reconciled.result,
        });
        return { row, handoff: null, path: 'reconciled' };
      }
    }
    const outcome = await action.execute(ctx, input);
    const row =
      outcome.status === 'done'
        ? await runtime.outbox.complete(owned.idempotency_key, {
            ...outcome.result,
            ...(outcome.handoff === null ? {} : { handoff: outcome.handoff }),
          })
        : await runtime.outbox.fail(owned.idempotency_key, outcome.error);
    await audit(
      runtime,
      row ?? owned,
      kind,
      calls,
      started,
      outcome.status === 'done' ? { result: outcome.result } : { error: outcome.error },
    );
    return {
      row: row ?? owned,
      handoff: outcome.status === 'done' ? outcome.handoff : `The store refused: ${outcome.error}`,
      path: 'executed',
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    runtime.logger.warn(
      { key: owned.idempotency_key, err: message },
      'action outcome unknown; left for recovery',
    );
    await audit(runtime, owned, kind, calls, started, { outcomeUnknown: message });
    return {
      row: (await runtime.outbox.get(owned.idempotency_key)) ?? owned,
      handoff: null,
      path: 'unknown',
    };
  }
}
