import type { Logger } from '../../common/logger.js';
import type { MagentoClient } from '../../common/magento/magento-client.js';
import type { ActionKind, ClaimReason, ItemPolicy } from '../actions/authorization/authorization-facts.js';
import type { Verdict } from '../actions/authorization/authorization-result.js';
import { orderFactsFromMagento } from '../actions/order-facts.js';
import type { ActionService } from '../actions/request-action.js';
import type { ClaimReason as SpokenReason } from '../nlu/types.js';
import type { StorePolicies } from '../tools/store-policies.js';
import type { ActionOutcome as OutcomeFact } from '../verifier/turn-facts.js';
import type { ActionDesk, ActionRequest, ActionResult } from './action-desk.js';
import type { CatalogSearch } from './chat-deps.js';

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
 * The conversation's way into the action engine: loads the facts a decision needs — the order, its
 * invoices and shipments, each item's categories and policy, the merchant's bounds — and hands them to
 * the ActionService, which decides by code, executes once and audits.
 */
export class BoundedActions implements ActionDesk {
  constructor(
    private readonly deps: {
      service: ActionService;
      magento: MagentoClient;
      catalog: CatalogSearch;
      policies: StorePolicies;
      timeZone: (store: string) => Promise<string>;
      logger: Logger;
    },
  ) {}

  async request(request: ActionRequest): Promise<ActionResult> {
    const { magento, catalog, policies } = this.deps;
    const { order, shipments } = request.order;
    const skus = [...new Set((order.items ?? []).map((i) => i.sku).filter((s): s is string => !!s))];
    const [invoices, documents, snapshot, timeZone] = await Promise.all([
      magento.listInvoices(request.store, order.entity_id),
      catalog.getProducts(request.store, skus),
      policies.snapshot(request.store),
      this.deps.timeZone(request.store),
    ]);
    const categoryIds = new Map(documents.map((d) => [d.sku ?? d.id, d.category_ids]));
    const orderFacts = orderFactsFromMagento(order, invoices.items, shipments, categoryIds);

    const policyBySku: Record<string, ItemPolicy> = {};
    for (const item of orderFacts.items) {
      const lookup = await policies.lookup({
        store: request.store,
        channel: request.channel,
        categoryIds: item.category_ids,
        productName: item.name,
      });
      policyBySku[String(item.item_id)] = lookup.ok
        ? { ok: true, ruleId: lookup.ruleId, version: lookup.version, values: lookup.values }
        : { ok: false, violations: lookup.violations };
    }
    const wanted = new Set(request.skus);
    const requestedItems = orderFacts.items
      .filter((item) => wanted.size === 0 || wanted.has(item.sku))
      .map((item) => ({ item_id: item.item_id, qty: Math.max(item.qty_ordered - item.qty_refunded, 0) }))
      .filter((item) => item.qty > 0);

    const outcome = await this.deps.service.request({
      facts: {
        action: KINDS[request.kind],
        order: orderFacts,
        requested_items: requestedItems,
        claim: { reason: claimReason(request.reason), evidence_provided: request.evidence },
        customer: {
          id: request.customer.id === null ? null : Number(request.customer.id),
          email: request.customer.email,
        },
        store: {
          code: request.store,
          time_zone: timeZone,
          base_currency_code: snapshot.config.base_currency_code,
        },
        channel: request.channel,
        policies: policyBySku,
        bounds: snapshot.config.refund_bounds,
        coupon_rules: [],
        message: request.message,
      },
      ordersInPeriod: null,
      conversationId: request.conversationId,
    });
    const decision = outcome.decision;
    const firstPolicy = decision.items.find((i) => i.policy !== null)?.policy ?? null;
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
      policy: firstPolicy,
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
