import { render } from '../replies/render.js';
import type { Locale } from '../replies/templates.js';
import type { TurnFacts } from '../verifier/turn-facts.js';
import type { FlowRuntime, StepContext } from './flow-engine.js';
import type { ChatDeps } from './flow-deps.js';
import { FLOWS } from './flow-registry.js';
import type { SkillOutcome, Turn } from './turn.js';
import { answerReturnUnderWay, executeAction, previewAction } from './steps/action-steps.js';
import {
  checkNotShipped,
  confirmAddress,
  findOrder,
  itemsPhrase,
  loadedOrder,
  offerCancellationIfUnshipped,
  selectItems,
  verifyOrder,
} from './steps/order-steps.js';
import { accountHelp } from './skills/account-help.js';
import { answerPolicyQuestion } from './skills/answer-policy-question.js';
import { answerProductQuestion } from './skills/answer-product-question.js';
import { checkAvailability } from './skills/check-availability.js';
import { compareProducts } from './skills/compare-products.js';
import { listOrders, orderCard, orderStatus } from './skills/order-lookup.js';
import { orderFact } from '../tools/order-access.js';
import { outcome } from './skills/outcome.js';
import { searchProducts } from './skills/search-products.js';
import { fixedReply, greet } from './skills/small-talk.js';

/** The flows, with their tools and skills bound to the store's adapters (built once by the composition root). */
export function createFlowRuntime(deps: ChatDeps): FlowRuntime {
  const tools: FlowRuntime['tools'] = {
    find_order: (c) => findOrder(c, deps),
    verify_order: (c) => verifyOrder(c, deps),
    select_items: (c) => selectItems(c, deps),
    offer_cancellation_if_unshipped: (c) => offerCancellationIfUnshipped(c),
    answer_return_under_way: (c) => answerReturnUnderWay(c, deps),
    preview_action: (c) => previewAction(c, deps),
    execute_action: (c) => executeAction(c, deps),
    check_not_shipped: (c) => checkNotShipped(c),
    confirm_address: (c) => confirmAddress(c),
  };
  const skills: FlowRuntime['skills'] = {
    search_products: ({ turn }) => searchProducts(turn, deps),
    answer_product_question: ({ turn }) => answerProductQuestion(turn, deps),
    compare_products: ({ turn }) => compareProducts(turn, deps),
    check_stock: ({ turn }) => checkAvailability(turn, deps, 'stock'),
    check_price: ({ turn }) => checkAvailability(turn, deps, 'price'),
    order_status: async (c) => orderStatus(loadedOrder(c), c.turn),
    order_list: ({ turn }) => listOrders(turn, deps),
    answer_policy_question: ({ turn }) => answerPolicyQuestion(turn, deps),
    account_help: ({ turn }) => accountHelp(turn, deps),
    request_summary: (c) => requestSummary(c, deps),
  };
  return {
    flows: FLOWS,
    tools,
    skills,
    clauseTurn: async (turn, text) => ({
      ...turn,
      text,
      understanding: await deps.understand(turn.store.code, text, {
        storeLanguage: turn.store.locale,
        ...(turn.state.shownProducts.length > 0 ? { shownProducts: turn.state.shownProducts } : {}),
        ...(turn.state.focusProduct ? { focusProduct: turn.state.focusProduct } : {}),
      }),
    }),
    chitchat: (turn, topic) =>
      topic === 'greeting'
        ? greet(turn)
        : topic === 'identity'
          ? fixedReply(turn, 'assistant_identity', {
              quickReplies: [render('talk_to_human', turn.store.locale)],
            })
          : fixedReply(turn, topic),
  };
}

/**
 * What is said before a price match goes to a person. Where the terms that apply say the store does not
 * match prices, the request is not called a price-match request (the verifier reads that as price
 * matching offered and blocked the whole reply): a colleague still looks at it.
 */
export function priceMatchHandoff(terms: TurnFacts, locale: Locale): string {
  const declined = terms.policies.length > 0 && terms.policies.every((p) => !p.values.priceMatch);
  return render(declined ? 'price_match_handoff_declined' : 'price_match_handoff', locale);
}

/**
 * What a person will do for an address change, an exchange or a price match — the latter two after the
 * terms that apply (from the policy engine). The ticket carries the flow's slots.
 */
async function requestSummary(context: StepContext, deps: ChatDeps): Promise<SkillOutcome> {
  const { turn, frame } = context;
  const locale = turn.store.locale;
  if (frame.flow === 'price_match') {
    // The product the request named, even in another clause of the message ("I saw the Raptor X15 for
    // $1,199 at Gearhub. Can you match that?"): its own rule, not the store-wide one.
    const sku = context.slot('products')?.[0];
    const about: Turn = sku ? { ...turn, state: { ...turn.state, focusProduct: { sku, name: sku } } } : turn;
    const terms = await answerPolicyQuestion(about, deps, { topics: ['price_match'] });
    const next = priceMatchHandoff(terms.facts, locale);
    // Terms only when the policy engine could say which apply (no "which product?" here).
    if (terms.state.awaiting !== undefined) return outcome(next);
    return { ...terms, reply: `${terms.reply} ${next}`, quickReplies: [] };
  }
  const order = loadedOrder(context);
  const fact = orderFact(order);
  const number = order.order.increment_id;
  // An exchange asked before the order shipped is told so: a colleague changes the order instead.
  const exchange = order.shipments.length > 0 ? 'exchange_handoff' : 'exchange_handoff_not_shipped';
  const next =
    frame.flow === 'exchange_item'
      ? render(exchange, locale, {
          items: itemsPhrase(context.slot('items') ?? [], order, locale),
          number,
        })
      : render('address_handoff', locale, { number });
  // The exchange terms of the item itself, whatever words the customer used for it.
  const item = (order.order.items ?? []).find((i) => i.sku === context.slot('items')?.[0]?.sku);
  const about: Turn =
    item?.sku && item.name
      ? { ...turn, state: { ...turn.state, focusProduct: { sku: item.sku, name: item.name } } }
      : turn;
  const terms =
    frame.flow === 'exchange_item' ? await answerPolicyQuestion(about, deps, { topics: ['exchange'] }) : null;
  const said = terms && terms.state.awaiting === undefined ? terms : outcome('');
  const reply: SkillOutcome = {
    ...said,
    reply: [said.reply, next].filter((t) => t !== '').join(' '),
    order: orderCard(fact, locale),
    citations: [...said.citations, { source: 'order', id: number }],
    quickReplies: [],
  };
  reply.facts = {
    ...said.facts,
    orders: [...said.facts.orders, fact],
    citations: [...said.facts.citations, { source: 'order', id: number }],
  };
  return reply;
}
