import { formatDate, formatMoney, render } from '../../replies/render.js';
import { orderFact, type AccessibleOrder } from '../../tools/order-access.js';
import { orderStatusLabel, orderStatusReply } from '../../replies/order-status.js';
import type { Locale } from '../../replies/templates.js';
import type { OrderFact, TurnCitation } from '../../verifier/turn-facts.js';
import type { ChatDeps } from '../flow-deps.js';
import type { OrderCard, SkillOutcome, Turn } from '../turn.js';
import { outcome } from './outcome.js';

/** Where is my order: the state in shopper terms, when and how it left, where to follow it. */
export function orderStatus(order: AccessibleOrder, turn: Turn): SkillOutcome {
  const locale = turn.store.locale;
  const fact = orderFact(order);
  const citations: TurnCitation[] = [{ source: 'order', id: fact.number }];
  if (fact.trackingNumbers.length > 0 && fact.shippedAt)
    citations.push({ source: 'carrier', id: fact.trackingNumbers[0]! });
  const result = outcome(orderStatusReply(fact, locale), {
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

/** A signed-in customer's recent orders; guests are asked to sign in or give an order number. */
export async function listOrders(turn: Turn, deps: ChatDeps): Promise<SkillOutcome> {
  const locale = turn.store.locale;
  if (!turn.identity) return outcome(render('order_list_guest', locale));
  const orders = await deps.orders.listForCustomer(turn.store.code, turn.identity.customerId);
  if (orders.length === 0) return outcome(render('order_list_empty', locale));
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
  const result = outcome(render('order_list', locale, { list }), {
    orders: facts.map((f) => orderCard(f, locale)),
    citations,
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
