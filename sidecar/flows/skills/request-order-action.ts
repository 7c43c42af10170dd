import type { ActionDecisionFact, TurnCitation } from '../../verifier/turn-facts.js';
import type { ActionRequest } from '../action-desk.js';
import type { ChatDeps } from '../flow-deps.js';
import type { SkillOutcome, Turn } from '../turn.js';
import { accessOrder, orderCard } from './order-lookup.js';
import { orderFact } from '../../tools/order-access.js';
import { outcome } from './outcome.js';
import { policyValuesOf } from '../../policy/lookup-policy.js';
import { render } from '../../replies/render.js';

/** Action requests one customer (or guest session), and one address, may make per window. */
const ACTIONS_PER_REQUESTER = 10;
const ACTIONS_PER_ADDRESS = 30;
const ACTION_WINDOW_SECONDS = 60 * 60;

/**
 * Returns, refunds and cancellations: the conversation only gathers the request (which order, which
 * items, why); the action engine decides by code within the merchant's bounds, executes once and
 * audits. The reply is the text the action engine approved for its decision.
 */
export async function requestOrderAction(
  turn: Turn,
  deps: ChatDeps,
  kind: ActionRequest['kind'],
): Promise<SkillOutcome> {
  const access = await accessOrder(turn, deps, turn.understanding.intent);
  if (!access.ok) return access.outcome;
  // Requests for money or goods per customer (or guest session) and per address: a script trying
  // order after order, or one order with every story, is stopped before the action engine.
  const requester = turn.identity
    ? `customer:${turn.identity.customerId}`
    : `session:${turn.state.sessionId}`;
  const [byRequester, byAddress] = await Promise.all([
    deps.limiter.hit(`action:${requester}`, ACTIONS_PER_REQUESTER, ACTION_WINDOW_SECONDS),
    deps.limiter.hit(`action:ip:${turn.ip}`, ACTIONS_PER_ADDRESS, ACTION_WINDOW_SECONDS),
  ]);
  if (!byRequester.allowed || !byAddress.allowed) {
    const talk = turn.store.locale === 'fr' ? 'Parler à une personne' : 'Talk to a human';
    return outcome(render('too_many_requests', turn.store.locale), { quickReplies: [talk] });
  }
  const { entities } = turn.understanding;
  const orderSkus = new Set((access.order.order.items ?? []).map((i) => i.sku));
  const skus = entities.products.map((p) => p.sku).filter((sku) => orderSkus.has(sku));
  const result = await deps.actions.request({
    kind,
    store: turn.store.code,
    channel: turn.store.channel,
    conversationId: turn.state.conversationId,
    customer: {
      id: turn.identity?.customerId ?? null,
      email: turn.identity?.email ?? access.order.order.customer_email ?? null,
    },
    order: access.order,
    skus,
    reason: entities.claimReason ?? null,
    // Evidence is a file the customer uploaded in this conversation, never a word in the message.
    evidence: await deps.evidence(turn.state.conversationId),
    message: turn.text,
  });
  const fact: ActionDecisionFact = {
    kind,
    outcome: result.outcome,
    amount: result.amount,
    currency: result.currency,
    executed: result.executed,
    ...(result.reference ? { reference: result.reference } : {}),
  };
  const citations: TurnCitation[] = [
    { source: 'action', id: result.actionId },
    { source: 'order', id: access.order.order.increment_id },
  ];
  if (result.policy)
    citations.push({ source: 'policy', id: result.policy.ruleId, version: result.policy.version });
  const order = orderFact(access.order);
  const reply = outcome(result.customerText, {
    order: orderCard(order),
    actions: [{ kind, outcome: result.outcome, reference: result.reference }],
    citations,
    state: access.state,
    ...(result.outcome === 'human_review' ? { escalate: 'action_needs_review' as const } : {}),
  });
  reply.facts.actions = [fact];
  // The action text may state the policy the decision rested on ("the 30-day window has passed").
  if (result.policy) {
    const { config } = await deps.policies.snapshot(turn.store.code);
    const rule = config.policy_rules.find((r) => r.rule_id === result.policy!.ruleId);
    if (rule) {
      reply.facts.policies = [
        {
          ruleId: rule.rule_id,
          version: result.policy.version,
          values: policyValuesOf(rule, config.base_currency_code),
          appliesTo: order.items.map((i) => i.name).join(', '),
        },
      ];
    }
  }
  reply.facts.orders = [order];
  reply.facts.citations = citations;
  return reply;
}
