import type { MagentoClient } from '../../common/magento/magento-client.js';
import type { ActionKind, ClaimReason } from '../actions/authorization/authorization-facts.js';
import type { AuthorizationResult, Verdict } from '../actions/authorization/authorization-result.js';
import { loadActionFacts } from '../actions/load-action-facts.js';
import type { ActionService } from '../actions/request-action.js';
import type { ClaimReason as SpokenReason } from '../nlu/types.js';
import type { StorePolicies } from '../tools/store-policies.js';
import type { ActionOutcome as OutcomeFact } from '../verifier/turn-facts.js';
import type {
  ActionAsk,
  ActionDecision,
  ActionDesk,
  ActionPreview,
  ActionResult,
  RegisteredReturn,
} from './action-desk.js';

const KINDS: Record<ActionAsk['kind'], ActionKind> = {
  return: 'return',
  refund: 'refund',
  cancellation: 'cancel',
  coupon: 'coupon',
};
/** What an executed action reports that a customer can quote back (credit memo, RMA, return request, coupon). */
const REFERENCE_KEYS = ['creditMemoId', 'rmaId', 'returnRequestId', 'couponCode'];
const OUTCOMES: Record<Verdict, OutcomeFact> = {
  approve: 'approved',
  deny: 'denied',
  needs_evidence: 'needs_evidence',
  human_review: 'human_review',
};

/**
 * The flows' way into the action engine: turns what the customer asked for (order, lines, reason) into
 * the engine's facts (read live from Magento), and its decision into codes and amounts.
 */
export class BoundedActions implements ActionDesk {
  constructor(
    private readonly deps: {
      service: ActionService;
      magento: MagentoClient;
      policies: StorePolicies;
    },
  ) {}

  async preview(ask: ActionAsk): Promise<ActionPreview> {
    const previewed = await this.deps.service.preview(await this.facts(ask));
    const decision = decisionOf(ask, previewed.idempotencyKey, previewed.decision);
    if (previewed.earlier === null) return { ...decision, earlier: null };
    return {
      ...decision,
      earlier: {
        executed: previewed.earlier.state === 'done',
        reference: referenceOf(previewed.earlier.result),
      },
    };
  }

  async request(ask: ActionAsk): Promise<ActionResult> {
    const outcome = await this.deps.service.request(await this.facts(ask));
    return {
      ...decisionOf(ask, outcome.idempotencyKey, outcome.decision),
      executed: outcome.state === 'done',
      state: outcome.state === 'done' ? 'done' : outcome.state === 'failed' ? 'failed' : 'processing',
      reference: referenceOf(outcome.result),
    };
  }

  async registeredReturns(store: string, orderNumber: string): Promise<RegisteredReturn[]> {
    const returns = await this.deps.service.registeredReturns(store, orderNumber);
    return returns.map((r) => ({
      lines: r.lines.map((l) => ({ sku: l.sku, qty: l.qty })),
      amount: r.amount,
      currency: r.currency,
      reference: referenceOf(r.result) ?? r.idempotencyKey.slice(0, 8),
      done: r.done,
    }));
  }

  private async facts(ask: ActionAsk) {
    const { order } = ask.order;
    const action = KINDS[ask.kind];
    const wanted = new Map(ask.items.map((i) => [i.sku, i.qty]));
    const items = (order.items ?? [])
      .filter((item) => item.parent_item_id === undefined && item.item_id !== undefined && item.sku !== null)
      .filter((item) => wanted.size === 0 || wanted.has(item.sku!))
      .map((item) => {
        const ordered = item.qty_ordered ?? 0;
        const left = Math.max(ordered - (item.qty_refunded ?? 0), 0);
        const asked = wanted.get(item.sku!);
        // Nothing left of a line asked for again: the same request as the first time (its idempotency
        // key finds the earlier decision: "already refunded"), never an empty one decided afresh.
        return { item_id: item.item_id!, qty: asked ?? (left > 0 ? left : ordered) };
      })
      .filter((item) => item.qty > 0);
    return loadActionFacts(
      { magento: this.deps.magento, policies: this.deps.policies },
      {
        storeCode: ask.store,
        channel: ask.channel,
        orderNumber: order.increment_id,
        action,
        items: action === 'cancel' || action === 'coupon' ? [] : items,
        reason: claimReason(ask.reason),
        evidence: ask.evidence,
        customer: {
          id: ask.customer.id === null ? null : Number(ask.customer.id),
          email: ask.customer.email,
        },
        message: ask.message,
        conversationId: ask.conversationId,
      },
    );
  }
}

function decisionOf(ask: ActionAsk, actionId: string, decision: AuthorizationResult): ActionDecision {
  return {
    actionId,
    kind: ask.kind,
    outcome: OUTCOMES[decision.verdict],
    amount: decision.approvedAmount > 0 ? decision.approvedAmount : null,
    currency: decision.currency,
    lines: decision.items.map((i) => ({
      sku: i.sku,
      qty: i.qty,
      amount: i.amount,
      restockingFee: i.restockingFee,
    })),
    codes: [
      ...new Set([...decision.violations, ...decision.items.flatMap((i) => i.violations)].map((v) => v.code)),
    ],
    policy: decision.items.find((i) => i.policy !== null)?.policy ?? null,
    couponCode: decision.coupon?.code ?? null,
  };
}

function referenceOf(result: Record<string, unknown> | null): string | null {
  const value = REFERENCE_KEYS.map((k) => result?.[k]).find((v) => v !== undefined && v !== null);
  return value === undefined ? null : String(value);
}

/**
 * The claim as the authorization rules know it. A wrong item is the store's error like a defect; a
 * request with no reason is treated as a change of mind, the strictest reading, so nothing is approved
 * on a reason the customer did not give.
 */
function claimReason(reason: SpokenReason | null): ClaimReason {
  if (reason === null) return 'changed_mind';
  return reason === 'wrong_item' ? 'defective' : reason;
}
