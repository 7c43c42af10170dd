import { silentLogger, type Logger } from '../../common/logger.js';
import type { RecordStore } from '../../common/record-store/record-store.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { ActionsMagento } from './action.js';
import { ACTIONS } from './action-registry.js';
import type { AuthorizationFacts } from './authorization/authorization-facts.js';
import type { AuthorizationResult } from './authorization/authorization-result.js';
import { createAuthorizer, type Authorizer } from './authorization/authorize.js';
import { toCents } from './authorization/item-assessment.js';
import { runOwnedExecution, type ActionRuntime } from './execute-approved-action.js';
import { idempotencyKey } from './idempotency-key.js';
import { ActionOutbox, type OutboxState } from './outbox/action-outbox.js';
import { readCustomerHistory } from './outbox/customer-history.js';
import { outcomeText } from './outcome-text.js';
import { recoverActions, type RecoveryReport } from './recover-actions.js';
import type { RmaGateway } from './returns/rma-gateway.js';

export interface ActionServiceDeps {
  store: RecordStore;
  magento: ActionsMagento;
  /** Adobe Commerce RMA; null on Open Source. @default null */
  rma?: RmaGateway | null;
  auditLog: AuditLog;
  /** @default createAuthorizer() */
  authorizer?: Authorizer;
  /** @default () => new Date() */
  clock?: () => Date;
  logger?: Logger;
}

/** A request for a bounded action: the facts fetched for it (history and clock are added here). */
export interface ActionRequest {
  facts: Omit<AuthorizationFacts, 'history' | 'now'>;
  /** Orders the customer placed in the bounds period (from Magento); null when unknown. */
  ordersInPeriod: number | null;
  conversationId: string | null;
}

export interface ActionOutcome {
  idempotencyKey: string;
  decision: AuthorizationResult;
  state: OutboxState;
  /** What the action produced (credit memo id, RMA id, coupon code…) once done. */
  result: Record<string, unknown> | null;
  error: string | null;
  /** True when an earlier identical request had already decided this. */
  duplicate: boolean;
  /** Set when a person must pick it up (review, failed execution, return without RMA). */
  handoff: string | null;
  /** The customer-visible sentence (template filled from the decision). */
  customerText: string;
}

/** What `request` would decide now, with nothing recorded or executed: the consequence a customer confirms. */
export interface ActionPreview {
  idempotencyKey: string;
  decision: AuthorizationResult;
  /** An identical request decided earlier (its state and result): asking again changes nothing. */
  earlier: { state: OutboxState; result: Record<string, unknown> | null } | null;
}

/** A return Verity registered on an order (`ActionService.registeredReturns`). */
export interface RegisteredReturn {
  idempotencyKey: string;
  lines: Array<{ sku: string; qty: number; amount: number }>;
  amount: number;
  currency: string;
  /** Carried out in Magento (else still being carried out). */
  done: boolean;
  result: Record<string, unknown> | null;
}

function customerKeyOf(customer: AuthorizationFacts['customer']): string {
  return customer.id === null ? `guest:${(customer.email ?? '').trim().toLowerCase()}` : String(customer.id);
}

/**
 * Bounded actions end to end: decide (pure authorization over facts + the customer's running history,
 * under the customer's lock), record the decision in the outbox and the audit trail, then execute an
 * approved action exactly once — concurrent identical requests share one outbox row and one execution.
 */
export class ActionService {
  private readonly runtime: ActionRuntime;
  private readonly authorizer: Authorizer;

  constructor(deps: ActionServiceDeps) {
    this.authorizer = deps.authorizer ?? createAuthorizer();
    this.runtime = {
      store: deps.store,
      outbox: new ActionOutbox(deps.store),
      magento: deps.magento,
      rma: deps.rma ?? null,
      auditLog: deps.auditLog,
      clock: deps.clock ?? (() => new Date()),
      logger: deps.logger ?? silentLogger(),
    };
  }

  /**
   * The decision `request` would make now, without the customer's lock, the outbox or the audit trail:
   * what the confirmation question states. `request` decides again under the lock when the customer says
   * yes, so a preview never authorizes anything by itself.
   */
  async preview(request: ActionRequest): Promise<ActionPreview> {
    const { outbox, clock, store } = this.runtime;
    const base = request.facts;
    const key = idempotencyKey(base.store.code, base.order.order_id, base.action, base.requested_items);
    const existing = await outbox.get(key);
    if (existing !== null && existing.state !== 'held')
      return {
        idempotencyKey: key,
        decision: existing.decision,
        earlier: { state: existing.state, result: existing.result },
      };
    const now = clock();
    const history = await readCustomerHistory(store, {
      storeCode: base.store.code,
      customerKey: customerKeyOf(base.customer),
      since: new Date(now.getTime() - base.bounds.period_days * 86_400_000),
      excludeKey: key,
      ordersInPeriod: request.ordersInPeriod,
    });
    return {
      idempotencyKey: key,
      decision: this.authorizer({ ...base, history, now: now.toISOString() }),
      earlier: null,
    };
  }

  /**
   * The returns registered on an order (approved, not failed): its lines and amount, and what Magento
   * gave back for it once done. A refund asked for the same items comes with that return, never again.
   */
  async registeredReturns(storeCode: string, orderNumber: string): Promise<RegisteredReturn[]> {
    const rows = await this.runtime.outbox.approvedFor(storeCode, orderNumber, 'return');
    return rows.map((row) => ({
      idempotencyKey: row.idempotency_key,
      lines: row.decision.items
        .filter((i) => i.verdict === 'approve')
        .map((i) => ({ sku: i.sku, qty: i.qty, amount: i.amount })),
      amount: row.decision.approvedAmount,
      currency: row.decision.currency,
      done: row.state === 'done',
      result: row.result,
    }));
  }

  async request(request: ActionRequest): Promise<ActionOutcome> {
    const { outbox, clock, auditLog } = this.runtime;
    const base = request.facts;
    const key = idempotencyKey(base.store.code, base.order.order_id, base.action, base.requested_items);
    const customerKey = customerKeyOf(base.customer);
    const now = clock();
    const started = performance.now();

    const decided = await outbox.withCustomerLock(base.store.code, customerKey, async (tx) => {
      const existing = await outbox.get(key, tx);
      if (existing !== null && existing.state !== 'held') return { row: existing, fresh: false, facts: null };
      const since = new Date(now.getTime() - base.bounds.period_days * 86_400_000);
      const history = await readCustomerHistory(tx, {
        storeCode: base.store.code,
        customerKey,
        since,
        excludeKey: key,
        ordersInPeriod: request.ordersInPeriod,
      });
      const facts: AuthorizationFacts = { ...base, history, now: now.toISOString() };
      const decision = this.authorizer(facts);
      const payload = decision.verdict === 'approve' ? ACTIONS[base.action].inputFrom(facts, decision) : {};
      const row = await outbox.record(tx, {
        idempotency_key: key,
        action: base.action,
        store_code: base.store.code,
        order_id: base.order.order_id,
        order_number: base.order.increment_id,
        customer_key: customerKey,
        conversation_id: request.conversationId,
        reason: base.claim.reason,
        verdict: decision.verdict,
        amount_cents: toCents(decision.approvedAmount),
        currency: decision.currency,
        payload,
        decision,
      });
      return { row, fresh: true, facts };
    });
    const authorizeMs = Math.round((performance.now() - started) * 10) / 10;

    let row = decided.row;
    // What every audit entry of this request says about who asked for what, and how it was answered.
    const entry = {
      at: now.toISOString(),
      conversationId: request.conversationId,
      customerKey,
      storeCode: base.store.code,
      orderNumber: base.order.increment_id,
      action: base.action,
      idempotencyKey: key,
      customerText: outcomeText(row.decision, row.state, row.order_number),
      toolCalls: [],
      timings: { authorize: authorizeMs },
    };
    if (decided.fresh && decided.facts !== null) {
      const { facts } = decided;
      await auditLog.append({
        ...entry,
        kind: 'action_decision',
        inputs: { facts },
        policy: row.decision.items.flatMap((i) =>
          i.policy === null ? [] : [{ itemId: i.itemId, ruleId: i.policy.ruleId, version: i.policy.version }],
        ),
        bounds: { ...facts.bounds },
        decision: {
          verdict: row.decision.verdict,
          codes: [...row.decision.violations, ...row.decision.items.flatMap((i) => i.violations)].map(
            (v) => v.code,
          ),
          reasons: row.decision.reasons,
        },
      });
    } else {
      await auditLog.append({
        ...entry,
        kind: 'action_duplicate',
        inputs: { state: row.state },
        policy: [],
        bounds: null,
        decision: { verdict: row.verdict, codes: [], reasons: row.decision.reasons },
      });
    }

    let handoff: string | null = row.verdict === 'human_review' ? row.decision.reasons.join(' ') : null;
    if (row.state === 'decided') {
      const owned = await outbox.claim(key);
      if (owned !== null) {
        const report = await runOwnedExecution(this.runtime, owned, 'action_execution');
        row = report.row;
        handoff = report.handoff;
      } else {
        row = (await outbox.get(key)) ?? row;
      }
    } else if (row.state === 'done' && typeof row.result?.handoff === 'string') {
      handoff = row.result.handoff;
    }
    return {
      idempotencyKey: key,
      decision: row.decision,
      state: row.state,
      result: row.result,
      error: row.error,
      duplicate: !decided.fresh,
      handoff,
      customerText: outcomeText(row.decision, row.state, row.order_number),
    };
  }

  /** Finishes what a crashed process left in the outbox; run at start-up (see `recoverActions`). */
  recover(options: { staleAfterMs?: number } = {}): Promise<RecoveryReport> {
    return recoverActions(this.runtime, options);
  }
}
