import type { HandoffReason } from '../../escalation/handoff-tickets.js';
import { policyValuesOf } from '../../policy/lookup-policy.js';
import { formatMoney, render } from '../../replies/render.js';
import type { Locale } from '../../replies/templates.js';
import { orderFact, type AccessibleOrder } from '../../tools/order-access.js';
import type { ActionDecisionFact, PolicyFact, TurnCitation } from '../../verifier/turn-facts.js';
import type { MagentoOrder } from '../../../common/magento/shapes/order.js';
import type { ActionAsk, ActionDecision, FlowActionKind, RegisteredReturn } from '../action-desk.js';
import type { ItemSelection } from '../slots.js';
import type { ChatDeps } from '../flow-deps.js';
import type { StepContext, StepResult } from '../flow-engine.js';
import type { FlowName } from '../flow-names.js';
import type { SkillOutcome } from '../turn.js';
import { outcome } from '../skills/outcome.js';
import { orderCard } from '../skills/order-lookup.js';
import { itemsPhrase, loadedOrder } from './order-steps.js';

/** Consequential decisions one conversation may ask of the action engine before a person takes over. */
export const MAX_ACTION_DECISIONS = 5;
const ACTION_WINDOW_SECONDS = 60 * 60;
/** What the store's pages are searched for to find its refund terms (a search query, never shown). */
const REFUND_TERMS_QUERY: Record<Locale, string> = {
  en: 'refund original payment method business days after we receive the item',
  fr: 'remboursement moyen de paiement d’origine jours ouvrés après réception',
};

const KIND_OF: Partial<Record<FlowName, FlowActionKind>> = {
  return_items: 'return',
  refund: 'refund',
  cancel_order: 'cancellation',
  coupon: 'coupon',
};

/**
 * What the action engine would decide, before anything happens: a refusal is explained (from its codes)
 * and recorded; a request for a person goes to one; an approval is put to the customer as its exact
 * consequence (order, items, amount) to confirm. A request already carried out says so, with its reference.
 */
export async function previewAction(context: StepContext, deps: ChatDeps): Promise<StepResult> {
  const { turn } = context;
  const locale = turn.store.locale;
  const state = turn.state;
  if (state.actionDecisions >= MAX_ACTION_DECISIONS)
    return end(outcome(render('action_limit_reached', locale)), 'action_needs_review');
  const ask = await actionAsk(context, deps);
  const preview = await deps.actions.preview(ask);
  const order = loadedOrder(context);
  if (preview.earlier?.executed)
    return end(await described(context, deps, preview, alreadyDone(preview, order, locale)));
  switch (preview.outcome) {
    case 'approved':
      if (ask.kind === 'coupon') return { kind: 'next' };
      return {
        kind: 'confirm',
        fingerprint: fingerprintOf(ask, preview),
        reply: await described(context, deps, preview, confirmation(ask, preview, order, locale), {
          quickReplies: [render('yes', locale), render('no', locale)],
        }),
      };
    case 'needs_evidence':
      return {
        kind: 'wait',
        reply: await described(
          context,
          deps,
          preview,
          render('action_needs_evidence', locale, {
            items: itemsPhrase(ask.items, order, locale),
            number: order.order.increment_id,
          }),
        ),
      };
    case 'denied':
    case 'human_review':
      // The decision is taken and audited now: nothing for the customer to confirm.
      return executeAction(context, deps);
  }
}

/**
 * The return already registered for every line a refund is asked for, whose money is still to come (no
 * credit memo for those lines yet): the refund comes with that return, so nothing new is requested — a
 * second request would have a person refund the same items twice. The newest such return. Pure.
 */
export function returnCovering(
  items: readonly ItemSelection[],
  order: MagentoOrder,
  returns: readonly RegisteredReturn[],
): RegisteredReturn | null {
  if (items.length === 0) return null;
  const lines = (order.items ?? []).filter((i) => i.parent_item_id === undefined);
  const refunded = (sku: string) =>
    lines.some(
      (l) => l.sku === sku && (l.qty_refunded ?? 0) >= (l.qty_ordered ?? 0) && (l.qty_ordered ?? 0) > 0,
    );
  // Refunded already: the action engine says so, with its reference.
  if (items.some((i) => refunded(i.sku))) return null;
  return [...returns].reverse().find((r) => items.every((i) => r.lines.some((l) => l.sku === i.sku))) ?? null;
}

/**
 * "when will I get my money back for the earbuds I returned?": a refund of items whose return is already
 * registered is that return's refund. Said with the return's reference and amount, and where the store's
 * terms say how long it takes; nothing is requested, no one is asked to refund them again.
 */
export async function answerReturnUnderWay(context: StepContext, deps: ChatDeps): Promise<StepResult> {
  const { turn } = context;
  const items = context.slot('items') ?? [];
  if (items.length === 0) return { kind: 'next' };
  const order = loadedOrder(context);
  const number = order.order.increment_id;
  const returns = await deps.actions.registeredReturns(turn.store.code, number);
  const registered = returnCovering(items, order.order, returns);
  if (!registered) return { kind: 'next' };
  const locale = turn.store.locale;
  const [page] = await deps.catalog.searchPolicyText(turn.store.code, REFUND_TERMS_QUERY[locale], {
    limit: 1,
    language: locale,
  });
  const fact = orderFact(order);
  const reference = registered.reference ?? '';
  const text = [
    render('refund_with_return', locale, {
      items: itemsPhrase(registered.lines, order, locale),
      number,
      reference,
      amount: formatMoney(registered.amount, registered.currency, locale),
    }),
    ...(page ? [render('refund_timing_page', locale)] : []),
  ].join(' ');
  const citations: TurnCitation[] = [
    { source: 'order', id: number },
    ...(page
      ? [
          {
            source: 'cms' as const,
            id: page.id,
            title: page.title,
            ...(page.updated_at ? { version: page.updated_at } : {}),
          },
        ]
      : []),
  ];
  const reply = outcome(text, {
    order: orderCard(fact, locale),
    actions: [{ kind: 'return', outcome: 'approved', reference }],
    citations,
  });
  reply.facts.orders = [fact];
  reply.facts.actions = [
    {
      kind: 'return',
      outcome: 'approved',
      amount: registered.amount,
      currency: registered.currency,
      executed: registered.done,
      ...(reference ? { reference } : {}),
    },
  ];
  reply.facts.citations = citations;
  return end(reply);
}

/** Runs the confirmed action once (the action engine decides again under the customer's lock). */
export async function executeAction(context: StepContext, deps: ChatDeps): Promise<StepResult> {
  const { turn } = context;
  const locale = turn.store.locale;
  const limited = await rateLimited(context, deps);
  if (limited) return end(limited);
  const ask = await actionAsk(context, deps);
  turn.state.actionDecisions += 1;
  const result = await deps.actions.request(ask);
  const order = loadedOrder(context);
  const policy = await policyOf(context, deps, result);
  const number = order.order.increment_id;
  const items = itemsPhrase(ask.items, order, locale);
  const money = (amount: number | null) => formatMoney(amount ?? 0, result.currency, locale);
  const refunded = refundedAlready(result, order.order);
  if (refunded !== null)
    return end(
      await described(
        context,
        deps,
        result,
        render('status_refunded', locale, { number, amount: money(refunded) }),
      ),
    );
  switch (result.outcome) {
    case 'denied':
      return end(
        await described(context, deps, result, refusal(result, order, ask, locale, policy), {
          quickReplies: [render('talk_to_human', locale)],
        }),
      );
    case 'needs_evidence':
      return {
        kind: 'wait',
        reply: await described(
          context,
          deps,
          result,
          render('action_needs_evidence', locale, { items, number }),
        ),
      };
    case 'human_review': {
      // The customer hears what applies (a restocking fee), never which threshold sent it to a person.
      const fee = result.kind === 'return' && policy ? policy.values.restockingFeePercent : 0;
      const text = [
        render('action_review', locale, { number }),
        ...(fee > 0 ? [render('review_fee', locale, { percent: fee, items })] : []),
      ].join(' ');
      return end(await described(context, deps, result, text), 'action_needs_review');
    }
    case 'approved':
      break;
  }
  if (result.state === 'failed')
    return end(
      await described(context, deps, result, render('action_failed', locale, { number })),
      'action_needs_review',
    );
  if (result.state === 'processing')
    return end(
      await described(context, deps, result, render('action_processing', locale, { number }), {
        executed: false,
      }),
    );
  // The card shows the order as it is now (cancelled, refunded), read again the way it was proven.
  const fresh = await reloadOrder(context, deps);
  if (fresh) context.scratch.set('order', fresh);
  const reference = result.reference ?? result.actionId.slice(0, 8);
  const text =
    result.kind === 'refund'
      ? render('done_refund', locale, { amount: money(result.amount), items, number, reference })
      : result.kind === 'return'
        ? render('done_return', locale, { amount: money(result.amount), items, number, reference })
        : result.kind === 'cancellation'
          ? render('done_cancel', locale, { number })
          : render('done_coupon', locale, { code: result.couponCode ?? reference });
  return end(await described(context, deps, { ...result, reference }, text, { executed: true }));
}

async function actionAsk(context: StepContext, deps: ChatDeps): Promise<ActionAsk> {
  const { turn, frame } = context;
  const order = loadedOrder(context);
  const kind = KIND_OF[frame.flow];
  if (!kind) throw new Error(`Flow ${frame.flow} asks for no action.`);
  const reason = context.slot('reason') ?? turn.understanding.entities.claimReason ?? null;
  return {
    kind,
    store: turn.store.code,
    channel: turn.store.channel,
    conversationId: turn.state.conversationId,
    customer: {
      id: turn.identity?.customerId ?? null,
      email: turn.identity?.email ?? order.order.customer_email ?? null,
    },
    order,
    items: kind === 'cancellation' || kind === 'coupon' ? [] : (context.slot('items') ?? []),
    reason,
    // Evidence is a file the customer uploaded in this conversation, never a word in the message.
    evidence: await deps.evidence(turn.state.conversationId),
    message: turn.text,
  };
}

/**
 * Requests for money or goods per customer (or guest session) and per address: a script trying order
 * after order, or one order with every story, is stopped before the action engine.
 */
async function rateLimited(context: StepContext, deps: ChatDeps): Promise<SkillOutcome | null> {
  const { turn } = context;
  const requester = turn.identity
    ? `customer:${turn.identity.customerId}`
    : `session:${turn.state.sessionId}`;
  const [byRequester, byAddress] = await Promise.all([
    deps.limiter.hit(`action:${requester}`, deps.limits.actionsPerCustomer, ACTION_WINDOW_SECONDS),
    deps.limiter.hit(`action:ip:${turn.ip}`, deps.limits.actionsPerAddress, ACTION_WINDOW_SECONDS),
  ]);
  if (byRequester.allowed && byAddress.allowed) return null;
  return outcome(render('too_many_requests', turn.store.locale), {
    quickReplies: [render('talk_to_human', turn.store.locale)],
  });
}

/** One consequence, one fingerprint: a yes confirms exactly what was shown (order, lines, amount). */
function fingerprintOf(ask: ActionAsk, decision: ActionDecision): string {
  const lines = decision.lines
    .map((l) => `${l.sku}x${l.qty}`)
    .sort()
    .join(',');
  return `${ask.kind}:${ask.order.order.increment_id}:${lines}:${decision.amount ?? 0}`;
}

function confirmation(
  ask: ActionAsk,
  decision: ActionDecision,
  order: AccessibleOrder,
  locale: Locale,
): string {
  const number = order.order.increment_id;
  const money = (amount: number) => formatMoney(amount, decision.currency, locale);
  const items = itemsPhrase(
    decision.lines.length > 0 ? decision.lines.map((l) => ({ sku: l.sku, qty: l.qty })) : ask.items,
    order,
    locale,
  );
  switch (ask.kind) {
    case 'return': {
      const fee = decision.lines.reduce((s, l) => s + l.restockingFee, 0);
      return render('confirm_return', locale, {
        items,
        number,
        amount: money(decision.amount ?? 0),
        fee: fee > 0 ? render('confirm_fee', locale, { fee: money(fee) }) : '',
      });
    }
    case 'refund':
      return render('confirm_refund', locale, { items, number, amount: money(decision.amount ?? 0) });
    case 'cancellation':
    case 'coupon': {
      const all = (order.order.items ?? []).filter((i) => i.parent_item_id === undefined);
      return render('confirm_cancel', locale, {
        number,
        items: itemsPhrase(
          all.map((i) => ({ sku: i.sku ?? '', qty: i.qty_ordered ?? 1 })),
          order,
          locale,
        ),
        amount: money(order.order.grand_total ?? 0),
      });
    }
  }
}

function alreadyDone(
  decision: ActionDecision & { earlier: { reference: string | null } | null },
  order: AccessibleOrder,
  locale: Locale,
): string {
  const number = order.order.increment_id;
  const reference = decision.earlier?.reference ?? decision.actionId.slice(0, 8);
  switch (decision.kind) {
    case 'refund':
      return render('already_refunded', locale, { number, reference });
    case 'return':
      return render('already_returned', locale, { number, reference });
    case 'cancellation':
      return render('already_cancelled', locale, { number });
    case 'coupon':
      return render('done_coupon', locale, { code: decision.couponCode ?? reference });
  }
}

/**
 * "has my refund for order 7 gone through?": a refund or return refused because the whole order was
 * refunded already is that refund's status, good news, not a refusal. The amount refunded, or null
 * when the refusal is anything else. Pure.
 */
export function refundedAlready(
  decision: Pick<ActionDecision, 'kind' | 'outcome' | 'codes'>,
  order: MagentoOrder,
): number | null {
  if (decision.outcome !== 'denied' || (decision.kind !== 'refund' && decision.kind !== 'return'))
    return null;
  const refunded = order.total_refunded ?? 0;
  return decision.codes.includes('order_closed') && refunded > 0 ? refunded : null;
}

/**
 * A refusal in plain words, from the engine's codes: the first reason that applies, then the offer of a
 * person. No rule-engine sentence reaches the customer.
 */
function refusal(
  decision: ActionDecision,
  order: AccessibleOrder,
  ask: ActionAsk,
  locale: Locale,
  policy: PolicyFact | null,
): string {
  const number = order.order.increment_id;
  const items = itemsPhrase(
    ask.items.length > 0 ? ask.items : decision.lines.map((l) => ({ sku: l.sku })),
    order,
    locale,
  );
  const codes = new Set(decision.codes);
  const reason = (() => {
    // What already happened to the order comes before any rule: "refund for order 7?" on an order
    // refunded last month is told it was refunded, not that its return window has passed.
    if (codes.has('order_closed')) {
      const refunded = order.order.total_refunded ?? 0;
      return refunded > 0
        ? render('refusal_refunded', locale, { amount: formatMoney(refunded, decision.currency, locale) })
        : render('refusal_closed', locale);
    }
    if (codes.has('quantity_not_available')) return render('refusal_quantity', locale);
    if (codes.has('final_sale') || codes.has('final_sale_fault'))
      return render('refusal_final_sale', locale, { items });
    if ((codes.has('return_window_expired') || codes.has('fault_after_window')) && policy)
      return render('refusal_window', locale, { items, days: policy.values.returnWindowDays });
    if (codes.has('already_shipped')) return render('refusal_shipped', locale);
    if (codes.has('not_shipped')) return render('refusal_not_shipped', locale);
    if (codes.has('order_on_hold')) return render('refusal_on_hold', locale);
    if (codes.has('return_required')) return render('refusal_return_first', locale, { items });
    if ([...codes].some((c) => c.startsWith('coupon_'))) return render('refusal_coupon', locale);
    return render('refusal_policy', locale, { items });
  })();
  return `${render('refusal_intro', locale, { number })} ${reason} ${render('refusal_offer_person', locale)}`;
}

/** The order read again after an action, through the same access the requester proved. */
async function reloadOrder(context: StepContext, deps: ChatDeps): Promise<AccessibleOrder | null> {
  const { turn } = context;
  const number = loadedOrder(context).order.increment_id;
  if (turn.identity) return deps.orders.forCustomer(turn.store.code, turn.identity.customerId, number);
  const email = context.slot('email');
  if (!email) return null;
  const lastName = context.slot('last_name');
  const postcode = context.slot('postcode');
  const access = await deps.orders.forGuest(turn.store.code, {
    number,
    email,
    ...(lastName ? { lastName } : {}),
    ...(postcode ? { postcode } : {}),
  });
  return access.ok ? access.order : null;
}

/** The policy rule a decision rested on, with its values (the reply may state them). */
async function policyOf(
  context: StepContext,
  deps: ChatDeps,
  decision: ActionDecision,
): Promise<PolicyFact | null> {
  if (!decision.policy) return null;
  const { config } = await deps.policies.snapshot(context.turn.store.code);
  const rule = config.policy_rules.find((r) => r.rule_id === decision.policy!.ruleId);
  if (!rule) return null;
  return {
    ruleId: rule.rule_id,
    version: decision.policy.version,
    values: policyValuesOf(rule, config.base_currency_code),
    appliesTo: orderFact(loadedOrder(context))
      .items.map((i) => i.name)
      .join(', '),
  };
}

/** The reply with everything behind it: the order, the decision, the policy rule it rested on. */
async function described(
  context: StepContext,
  deps: ChatDeps,
  decision: ActionDecision & { reference?: string | null },
  text: string,
  extra: { quickReplies?: string[]; executed?: boolean } = {},
): Promise<SkillOutcome> {
  const order = loadedOrder(context);
  const fact = orderFact(order);
  const citations: TurnCitation[] = [
    { source: 'action', id: decision.actionId },
    { source: 'order', id: fact.number },
  ];
  if (decision.policy)
    citations.push({ source: 'policy', id: decision.policy.ruleId, version: decision.policy.version });
  const action: ActionDecisionFact = {
    kind: decision.kind,
    outcome: decision.outcome,
    amount: decision.amount,
    currency: decision.currency,
    executed: extra.executed ?? false,
    ...(decision.reference ? { reference: decision.reference } : {}),
  };
  const reply = outcome(text, {
    order: orderCard(fact, context.turn.store.locale),
    actions: [{ kind: decision.kind, outcome: decision.outcome, reference: decision.reference ?? null }],
    citations,
    quickReplies: extra.quickReplies ?? [],
  });
  reply.facts.actions = [action];
  reply.facts.orders = [fact];
  reply.facts.citations = citations;
  const policy = await policyOf(context, deps, decision);
  if (policy) reply.facts.policies = [policy];
  return reply;
}

function end(reply: SkillOutcome, escalate?: HandoffReason): StepResult {
  return { kind: 'end', reply: escalate ? { ...reply, escalate } : reply };
}
