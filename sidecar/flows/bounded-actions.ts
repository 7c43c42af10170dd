import type { MagentoClient } from '../../common/magento/magento-client.js';
import type { ActionKind, ClaimReason } from '../actions/authorization/authorization-facts.js';
import type { Verdict } from '../actions/authorization/authorization-result.js';
import { loadActionFacts } from '../actions/load-action-facts.js';
import type { ActionService } from '../actions/request-action.js';
import type { ClaimReason as SpokenReason } from '../nlu/types.js';
import type { StorePolicies } from '../tools/store-policies.js';
import type { ActionOutcome as OutcomeFact } from '../verifier/turn-facts.js';
import type { ActionDesk, ActionRequest, ActionResult } from './action-desk.js';

const KINDS: Record<ActionRequest['kind'], ActionKind> = {
  return: 'return',
  refund: 'refund',
  cancellation: 'cancel',
};
/** What an executed action reports that a customer can quote back (credit memo, RMA, return request). */
const REFERENCE_KEYS = ['creditMemoId', 'rmaId', 'returnRequestId', 'couponCode'];
const OUTCOMES: Record<Verdict, OutcomeFact> = {
  approve: 'approved',
  deny: 'denied',
  needs_evidence: 'needs_evidence',
  human_review: 'human_review',
};

/**
 * The conversation's way into the action engine: turns what the customer asked for (order, items,
 * reason) into an ask; the action engine loads its facts live, decides by code, executes once and audits.
 */
export class BoundedActions implements ActionDesk {
  constructor(
    private readonly deps: { service: ActionService; magento: MagentoClient; policies: StorePolicies },
  ) {}

  async request(request: ActionRequest): Promise<ActionResult> {
    const { order } = request.order;
    const wanted = new Set(request.skus);
    const items = (order.items ?? [])
      .filter((item) => item.parent_item_id === undefined && item.item_id !== undefined && item.sku !== null)
      .filter((item) => wanted.size === 0 || wanted.has(item.sku!))
      .map((item) => ({
        item_id: item.item_id!,
        qty: Math.max((item.qty_ordered ?? 0) - (item.qty_refunded ?? 0), 0),
      }))
      .filter((item) => item.qty > 0);
    const action = KINDS[request.kind];
    const facts = await loadActionFacts(
      { magento: this.deps.magento, policies: this.deps.policies },
      {
        storeCode: request.store,
        channel: request.channel,
        orderNumber: order.increment_id,
        action,
        items: action === 'cancel' ? [] : items,
        reason: claimReason(request.reason),
        evidence: request.evidence,
        customer: {
          id: request.customer.id === null ? null : Number(request.customer.id),
          email: request.customer.email,
        },
        message: request.message,
        conversationId: request.conversationId,
      },
    );
    const outcome = await this.deps.service.request(facts);
    const decision = outcome.decision;
    const reference = REFERENCE_KEYS.map((k) => outcome.result?.[k]).find((v) => v !== undefined) ?? null;
    return {
      actionId: outcome.idempotencyKey,
      kind: request.kind,
      outcome: OUTCOMES[decision.verdict],
      executed: outcome.state === 'done',
      amount: decision.approvedAmount > 0 ? decision.approvedAmount : null,
      currency: decision.currency,
      reference: reference === null ? null : String(reference),
      reasons: decision.reasons,
      customerText: outcome.customerText,
      policy: decision.items.find((i) => i.policy !== null)?.policy ?? null,
    };
  }
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
