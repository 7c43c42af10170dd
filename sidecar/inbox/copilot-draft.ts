import type { OrderCard } from '../../common/chat-api/reply-payload.js';
import type { ActionKind } from '../actions/authorization/authorization-facts.js';
import type { Ticket } from '../escalation/handoff-tickets.js';
import type { PhraseContext, PhraseResult } from '../llm/phrase-reply.js';
import { policyClauses, type PolicyTopic } from '../replies/policy-clauses.js';
import { bcp47, joinClauses, render } from '../replies/render.js';
import { orderStatusReply } from '../replies/order-status.js';
import type { Locale } from '../replies/templates.js';
import {
  emptyTurnFacts,
  type ActionDecisionFact,
  type OrderFact,
  type TurnFacts,
} from '../verifier/turn-facts.js';
import type { VerifierViolation } from '../verifier/verifier-types.js';
import { verify } from '../verifier/verify.js';

/** A decision recorded for the conversation (the action outbox row, or the flow's decision). */
export interface RecordedDecision {
  action: ActionKind;
  orderNumber: string;
  verdict: 'approve' | 'deny' | 'needs_evidence' | 'human_review';
  /** Reason codes of every violation, for the agent (never quoted to the customer as codes). */
  codes: string[];
  reasons: string[];
  /** Approved amount, base currency. */
  amount: number;
  currency: string;
  executed: boolean;
}

/** A suggested answer and what it rests on. */
export interface CopilotDraft {
  text: string;
  /** Checked by the verifier against the recorded facts; a draft that fails is not offered. */
  verified: boolean;
  violations: VerifierViolation[];
  source: 'template' | 'llm';
  /** What the draft was built from, shown beside it in the inbox. */
  basis: {
    decision: RecordedDecision | null;
    policy: { ruleId: string; version: string; appliesTo: string } | null;
    order: { number: string; status: string } | null;
  };
}

export interface CopilotOptions {
  /** The optional LLM phrasing (OPENAI_*): its draft is verified again, the template kept when it fails. */
  phrase?: (facts: TurnFacts, reply: string, context: PhraseContext) => Promise<PhraseResult>;
}

const ACTION_FACT: Record<ActionKind, ActionDecisionFact['kind']> = {
  refund: 'refund',
  return: 'return',
  cancel: 'cancellation',
  coupon: 'coupon',
};
const OUTCOME: Record<RecordedDecision['verdict'], ActionDecisionFact['outcome']> = {
  approve: 'approved',
  deny: 'denied',
  needs_evidence: 'needs_evidence',
  human_review: 'human_review',
};
const POLICY_TOPICS_FOR: Record<ActionKind, PolicyTopic[]> = {
  refund: ['returns', 'fees'],
  return: ['returns', 'fees'],
  cancel: [],
  coupon: [],
};

/**
 * The co-pilot's suggested answer for a ticket, built by the same engine as the assistant's replies:
 * template sentences filled from the handing-off turn's recorded facts — the order's state, the action
 * decision, the applicable policy with its values — then checked by the verifier. With an LLM the
 * template is rephrased and verified again. The agent edits it before anything reaches the customer.
 */
export async function copilotDraft(
  ticket: Pick<Ticket, 'context' | 'id' | 'conversationId'>,
  decision: RecordedDecision | null,
  options: CopilotOptions = {},
): Promise<CopilotDraft> {
  const { locale, currency } = ticket.context;
  const facts = factsWithDecision(ticket.context.facts ?? emptyTurnFacts(), decision);
  const order = facts.orders.find((o) => o.number === decision?.orderNumber) ?? facts.orders[0] ?? null;
  const policy = facts.policies[0] ?? null;

  const sentences = [render('copilot_opening', locale)];
  // The order's state in shopper terms, as the assistant says it ("hasn't shipped yet: we're preparing it").
  if (order) sentences.push(orderStatusReply(order, locale));
  if (decision) sentences.push(decisionSentence(decision, locale));
  const topics = decision ? POLICY_TOPICS_FOR[decision.action] : ['returns' as const];
  if (policy && topics.length > 0) {
    const clauses = policyClauses(policy.values, topics, locale);
    if (clauses.length > 0)
      sentences.push(render('copilot_policy', locale, { clauses: joinClauses(clauses, locale) }));
  }
  sentences.push(render('copilot_closing', locale));
  const template = sentences.join(' ');

  let text = template;
  let source: CopilotDraft['source'] = 'template';
  if (options.phrase) {
    const phrased = await options.phrase(facts, template, {
      locale: bcp47(locale),
      currency,
      customerKey: `ticket:${ticket.id}`,
      conversationTurns: 0,
      customerMessage: '',
    });
    text = phrased.reply;
    source = phrased.source;
  }
  const verdict = verify(text, facts, { locale: bcp47(locale), currency });
  return {
    text,
    verified: verdict.ok,
    violations: verdict.violations,
    source,
    basis: {
      decision,
      policy: policy ? { ruleId: policy.ruleId, version: policy.version, appliesTo: policy.appliesTo } : null,
      order: order ? { number: order.number, status: order.statusLabel ?? order.status } : null,
    },
  };
}

function decisionSentence(decision: RecordedDecision, locale: Locale): string {
  const slots = { action: render(`copilot_action_${decision.action}`, locale), number: decision.orderNumber };
  switch (decision.verdict) {
    case 'approve':
      return render('copilot_approve', locale, slots);
    case 'deny':
      return render('copilot_deny', locale, slots);
    case 'human_review':
      return render('copilot_review', locale, slots);
    case 'needs_evidence':
      return render('copilot_evidence', locale, slots);
  }
}

/** The turn's facts plus the recorded decision, so the verifier accepts what the decision says. */
function factsWithDecision(facts: TurnFacts, decision: RecordedDecision | null): TurnFacts {
  if (!decision) return facts;
  const fact: ActionDecisionFact = {
    kind: ACTION_FACT[decision.action],
    outcome: OUTCOME[decision.verdict],
    amount: decision.verdict === 'approve' ? decision.amount : null,
    currency: decision.currency,
    executed: decision.executed,
  };
  return { ...facts, actions: [...facts.actions, fact] };
}

/**
 * The handing-off turn's facts plus the orders earlier replies showed (their cards, as Magento reported
 * them then): "talk to a human" after an order lookup has no order in its own turn. A card carries the
 * total only, so the other amounts repeat it (the verifier learns no value the card did not show).
 */
export function withShownOrders(facts: TurnFacts | undefined, shown: readonly OrderCard[]): TurnFacts {
  const base = facts ?? emptyTurnFacts();
  const known = new Set(base.orders.map((o) => o.number));
  const latest = new Map<string, OrderCard>();
  for (const card of shown) if (!known.has(card.number)) latest.set(card.number, card);
  const fromCards: OrderFact[] = [...latest.values()].reverse().map((card) => ({
    number: card.number,
    status: card.status,
    statusLabel: card.statusLabel,
    createdAt: card.placedAt,
    grandTotal: card.total,
    subtotal: card.total,
    shippingAmount: card.total,
    currency: card.currency,
    ...(card.carrier ? { carrier: card.carrier } : {}),
    trackingNumbers: card.trackingNumbers,
    items: [],
  }));
  return { ...base, orders: [...base.orders, ...fromCards] };
}
