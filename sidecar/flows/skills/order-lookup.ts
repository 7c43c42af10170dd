import { formatDate, formatMoney, render } from '../../replies/render.js';
import { orderFact, statusLabel, type AccessibleOrder } from '../../tools/order-access.js';
import type { OrderFact, TurnCitation } from '../../verifier/turn-facts.js';
import type { ChatDeps } from '../flow-deps.js';
import type { OrderCard, SkillOutcome, Turn } from '../turn.js';
import { outcome } from './outcome.js';

/** Statuses of an order still waiting to ship. */
const OPEN = new Set(['pending', 'pending_payment', 'processing', 'holded', 'payment_review']);

/** Where is my order: status, dates, total and tracking of an order the requester may see. */
export function orderStatus(order: AccessibleOrder, turn: Turn): SkillOutcome {
  const locale = turn.store.locale;
  const fact = orderFact(order);
  const sentences = [
    render('order_status', locale, {
      number: fact.number,
      date: formatDate(fact.createdAt, locale),
      status: fact.statusLabel ?? fact.status,
      total: formatMoney(fact.grandTotal, fact.currency, locale),
    }),
  ];
  const citations: TurnCitation[] = [{ source: 'order', id: fact.number }];
  if (fact.trackingNumbers.length > 0 && fact.shippedAt) {
    sentences.push(
      render('order_tracking', locale, {
        shipped: formatDate(fact.shippedAt, locale),
        carrier: fact.carrier ?? (locale === 'fr' ? 'le transporteur' : 'the carrier'),
        tracking: fact.trackingNumbers.join(', '),
      }),
    );
    citations.push({ source: 'carrier', id: fact.trackingNumbers[0]! });
  } else if (order.shipments.length === 0 && OPEN.has(fact.status)) {
    // "has it shipped yet?" is the question behind most status requests: answer it in so many words.
    sentences.push(render('order_not_shipped_yet', locale));
  }
  const result = outcome(sentences.join(' '), {
    order: orderCard(fact),
    citations,
    quickReplies: locale === 'fr' ? ['Je veux retourner un article'] : ['I want to return an item'],
  });
  result.facts.orders = [fact];
  result.facts.citations = citations;
  return result;
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
        status: f.statusLabel ?? f.status,
        total: formatMoney(f.grandTotal, f.currency, locale),
      }),
    )
    .join('\n');
  const citations: TurnCitation[] = facts.map((f) => ({ source: 'order', id: f.number }));
  const result = outcome(render('order_list', locale, { list }), { orders: facts.map(orderCard), citations });
  result.facts.orders = facts;
  result.facts.citations = citations;
  return result;
}

export function orderCard(fact: OrderFact): OrderCard {
  return {
    number: fact.number,
    status: fact.status,
    statusLabel: fact.statusLabel ?? statusLabel(fact.status),
    placedAt: fact.createdAt,
    total: fact.grandTotal,
    currency: fact.currency,
    carrier: fact.carrier ?? null,
    trackingNumbers: fact.trackingNumbers,
    items: fact.items.map((i) => ({ sku: i.sku, name: i.name, qty: i.qty })),
  };
}
