import { formatDate, formatMoney, render } from '../../replies/render.js';
import { orderFact, type AccessibleOrder } from '../../tools/order-access.js';
import { orderStatusLabel, orderStatusReply } from '../../replies/order-status.js';
import type { Locale } from '../../replies/templates.js';
import type { OrderFact, TurnCitation } from '../../verifier/turn-facts.js';
import type { ChatDeps } from '../flow-deps.js';
import type { OrderCard, SkillOutcome, Turn } from '../turn.js';
import { outcome } from './outcome.js';
import type { MagentoOrder } from '../../../common/magento/shapes/order.js';
import { resolveOrderReference, type CustomerOrder } from '../../nlu/entities/order-reference.js';

/** Where is my order: the state in shopper terms, when and how it left, where to follow it. */
export function orderStatus(order: AccessibleOrder, turn: Turn): SkillOutcome {
  const locale = turn.store.locale;
  const fact = orderFact(order);
  const citations: TurnCitation[] = [{ source: 'order', id: fact.number }];
  if (fact.trackingNumbers.length > 0 && fact.shippedAt)
    citations.push({ source: 'carrier', id: fact.trackingNumbers[0]! });
  // What the order holds, in words too (not only on the card): "what did I buy in order 1?".
  const items = fact.items.map((i) => (i.qty > 1 ? `${i.qty} × ${i.name}` : i.name));
  const text = [
    orderStatusReply(fact, locale),
    ...(items.length > 0 ? [render('order_items', locale, { items: items.join(', ') })] : []),
  ].join(' ');
  const result = outcome(text, {
    order: orderCard(fact, locale),
    citations,
    quickReplies: returnable(fact) ? [render('chip_return_item', locale)] : [],
  });
  result.facts.orders = [fact];
  result.facts.citations = citations;
  return result;
}

/**
 * Whether "I want to return an item" is worth offering under the status: something has left the
 * warehouse and the order is neither cancelled nor refunded in full (an unshipped order is cancelled,
 * not returned).
 */
function returnable(fact: OrderFact): boolean {
  if (fact.status === 'canceled' || fact.status === 'closed') return false;
  return fact.shippedAt !== undefined || fact.status === 'complete';
}

/** Orders one list shows; "show me more orders" shows the next ones. */
export const ORDER_PAGE = 5;
/** Orders read for a list and its pages. */
const ORDERS_READ = 50;

/**
 * Which orders of the customer's list (newest first) a list shows: the first page, or — asked for more
 * orders after a list — the next one. Pure.
 */
export function orderPage(
  total: number,
  shown: number | undefined,
  more: boolean,
): { start: number; end: number; rest: number } {
  const start = more && shown !== undefined ? Math.min(shown, total) : 0;
  const end = Math.min(start + ORDER_PAGE, total);
  return { start, end, rest: total - end };
}

/** One of the customer's orders as `resolveOrderReference` reads it (its lines, children of configurables left out). */
export function customerOrder(order: MagentoOrder): CustomerOrder {
  return {
    number: order.increment_id,
    createdAt: order.created_at ?? new Date(0).toISOString(),
    items: (order.items ?? [])
      .filter((i) => i.parent_item_id === undefined)
      .map((i) => ({ sku: i.sku ?? '', name: i.name ?? '' })),
  };
}

/**
 * The orders of the list the message narrows it to ("what I bought in november", "my orders from last
 * week", "the ones with the earbuds"): every one that fits, or none; undefined when it names no clue. Pure.
 */
export function ordersFitting(
  turn: Pick<Turn, 'understanding' | 'now'> & { store: Pick<Turn['store'], 'timeZone'> },
  orders: readonly MagentoOrder[],
): MagentoOrder[] | undefined {
  if (turn.understanding.flags.moreResults) return undefined;
  const resolution = resolveOrderReference(
    turn.understanding,
    orders.map(customerOrder),
    turn.now,
    turn.store.timeZone,
  );
  if (resolution.kind === 'none') return resolution.reason === 'no_clue' ? undefined : [];
  const numbers = resolution.kind === 'order' ? [resolution.number] : resolution.numbers;
  return orders.filter((o) => numbers.includes(o.increment_id));
}

/**
 * The orders that fit what the message says of them, each with what it holds (what was bought then is
 * what the customer asks); when none fits, that is said before the recent orders.
 */
function fittingList(turn: Turn, fitting: readonly MagentoOrder[]): SkillOutcome {
  const locale = turn.store.locale;
  const facts = fitting.slice(0, ORDER_PAGE * 2).map((order) => orderFact({ order, shipments: [] }));
  const list = facts
    .map((f) =>
      render('order_list_matching_line', locale, {
        number: f.number,
        date: formatDate(f.createdAt, locale),
        items: f.items.map((i) => (i.qty > 1 ? `${i.qty} × ${i.name}` : i.name)).join(', '),
        status: orderStatusLabel(f, locale),
        total: formatMoney(f.grandTotal, f.currency, locale),
      }),
    )
    .join('\n');
  const citations: TurnCitation[] = facts.map((f) => ({ source: 'order', id: f.number }));
  const result = outcome(render('order_list_matching', locale, { list }), {
    orders: facts.map((f) => orderCard(f, locale)),
    citations,
    state: { listedOrders: facts.map((f) => f.number) },
  });
  result.facts.orders = facts;
  result.facts.citations = citations;
  return result;
}

/** A signed-in customer's recent orders; guests are asked to sign in or give an order number. */
export async function listOrders(turn: Turn, deps: ChatDeps): Promise<SkillOutcome> {
  const locale = turn.store.locale;
  if (!turn.identity) return outcome(render('order_list_guest', locale));
  const all = await deps.orders.listForCustomer(turn.store.code, turn.identity.customerId, ORDERS_READ);
  if (all.length === 0) return outcome(render('order_list_empty', locale));
  const fitting = ordersFitting(turn, all);
  if (fitting && fitting.length > 0) return fittingList(turn, fitting);
  const more = turn.understanding.flags.moreResults === true;
  const page = orderPage(all.length, turn.state.ordersShown, more);
  if (page.start === page.end)
    return outcome(render('order_list_no_more', locale), { state: { ordersShown: page.end } });
  const orders = all.slice(page.start, page.end);
  const facts = orders.map((order) => orderFact({ order, shipments: [] }));
  const list = facts
    .map((f) =>
      render('order_list_line', locale, {
        number: f.number,
        date: formatDate(f.createdAt, locale),
        status: orderStatusLabel(f, locale),
        total: formatMoney(f.grandTotal, f.currency, locale),
      }),
    )
    .join('\n');
  const citations: TurnCitation[] = facts.map((f) => ({ source: 'order', id: f.number }));
  const text = [
    ...(fitting ? [render('order_list_none_fit', locale)] : []),
    render(page.start > 0 ? 'order_list_older' : 'order_list', locale, { list }),
    ...(page.rest > 0 ? [render('order_list_more_hint', locale, { count: page.rest })] : []),
  ].join('\n');
  const result = outcome(text, {
    orders: facts.map((f) => orderCard(f, locale)),
    citations,
    state: { ordersShown: page.end, listedOrders: facts.map((f) => f.number) },
    ...(page.rest > 0 ? { quickReplies: [render('chip_more_orders', locale)] } : {}),
  });
  result.facts.orders = facts;
  result.facts.citations = citations;
  return result;
}

export function orderCard(fact: OrderFact, locale: Locale): OrderCard {
  return {
    number: fact.number,
    status: fact.status,
    statusLabel: orderStatusLabel(fact, locale),
    placedAt: fact.createdAt,
    total: fact.grandTotal,
    currency: fact.currency,
    carrier: fact.carrier ?? null,
    trackingNumbers: fact.trackingNumbers,
    items: fact.items.map((i) => ({ sku: i.sku, name: i.name, qty: i.qty })),
  };
}
