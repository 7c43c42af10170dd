import { formatDate, formatMoney, render } from '../../replies/render.js';
import { orderFact, statusLabel, type AccessibleOrder, type GuestProof } from '../../tools/order-access.js';
import type { OrderFact, TurnCitation } from '../../verifier/turn-facts.js';
import type { ChatDeps } from '../flow-deps.js';
import type { DialogueState } from '../dialogue-state.js';
import type { OrderCard, SkillOutcome, Turn } from '../turn.js';
import { outcome } from './outcome.js';

/** Verification attempts a session, and an address, may make per window before being told to wait. */
const SESSION_ATTEMPTS = 5;
const IP_ATTEMPTS = 20;
const ATTEMPT_WINDOW_SECONDS = 15 * 60;

/** Either an order the requester may see, or the reply that stands in its way (ask, refuse, wait). */
export type OrderAccessResult =
  { ok: true; order: AccessibleOrder; state: Partial<DialogueState> } | { ok: false; outcome: SkillOutcome };

/**
 * Finds the order a turn is about and proves the requester may see it: a signed-in customer owns it,
 * or a guest has given its email and billing last name or postcode. Until then nothing about the
 * order — not even whether it exists — is said.
 */
export async function accessOrder(
  turn: Turn,
  deps: ChatDeps,
  pendingIntent: string,
): Promise<OrderAccessResult> {
  const locale = turn.store.locale;
  const { entities } = turn.understanding;
  const number =
    entities.orderNumbers[0]?.value ?? turn.state.guest.pendingOrderNumber ?? turn.state.lastOrderNumber;
  if (!number) {
    return {
      ok: false,
      outcome: outcome(render('order_need_number', locale), {
        state: { awaiting: 'order_number', pendingIntent },
      }),
    };
  }
  if (turn.identity) {
    const order = await deps.orders.forCustomer(turn.store.code, turn.identity.customerId, number);
    if (!order) {
      return {
        ok: false,
        outcome: outcome(render('order_not_in_account', locale), {
          state: { lastOrderNumber: undefined },
        }),
      };
    }
    return {
      ok: true,
      order,
      state: { lastOrderNumber: number, awaiting: undefined, pendingIntent: undefined },
    };
  }

  const guest = turn.state.guest;
  const proof: Partial<GuestProof> = {
    number,
    email: entities.emails[0] ?? guest.email,
    lastName: entities.lastName ?? guest.lastName,
    postcode: entities.postcodes[0] ?? guest.postcode,
  };
  const collected = {
    pendingOrderNumber: number,
    ...(proof.email ? { email: proof.email } : {}),
    ...(proof.lastName ? { lastName: proof.lastName } : {}),
    ...(proof.postcode ? { postcode: proof.postcode } : {}),
  };
  if (!proof.email || (!proof.lastName && !proof.postcode)) {
    return {
      ok: false,
      outcome: outcome(render('order_guest_verify', locale), {
        state: { awaiting: 'verification', pendingIntent, guest: { ...guest, ...collected } },
      }),
    };
  }
  const [session, address] = await Promise.all([
    deps.limiter.hit(`verify:session:${turn.state.sessionId}`, SESSION_ATTEMPTS, ATTEMPT_WINDOW_SECONDS),
    deps.limiter.hit(`verify:ip:${turn.ip}`, IP_ATTEMPTS, ATTEMPT_WINDOW_SECONDS),
  ]);
  if (!session.allowed || !address.allowed) {
    return {
      ok: false,
      outcome: outcome(render('too_many_attempts', locale), { quickReplies: ['Talk to a human'] }),
    };
  }
  const access = await deps.orders.forGuest(turn.store.code, proof as GuestProof);
  if (!access.ok && access.reason === 'account_order') {
    return {
      ok: false,
      outcome: outcome(render('order_needs_sign_in', locale), {
        state: {
          awaiting: undefined,
          pendingIntent: undefined,
          guest: { verifiedOrders: guest.verifiedOrders },
        },
      }),
    };
  }
  if (!access.ok) {
    // Forget what was given so a corrected attempt starts clean; reveal nothing about the order.
    return {
      ok: false,
      outcome: outcome(render('order_verification_failed', locale), {
        state: {
          awaiting: 'verification',
          pendingIntent,
          guest: { verifiedOrders: guest.verifiedOrders, pendingOrderNumber: number },
        },
      }),
    };
  }
  return {
    ok: true,
    order: access.order,
    state: {
      lastOrderNumber: number,
      awaiting: undefined,
      pendingIntent: undefined,
      guest: {
        ...guest,
        ...collected,
        pendingOrderNumber: undefined,
        verifiedOrders: [...new Set([...guest.verifiedOrders, number])],
      },
    },
  };
}

/** Where is my order: status, dates, total and tracking, from Magento's records. */
export async function getOrderStatus(turn: Turn, deps: ChatDeps): Promise<SkillOutcome> {
  const access = await accessOrder(turn, deps, 'order_status');
  if (!access.ok) return access.outcome;
  const locale = turn.store.locale;
  const fact = orderFact(access.order);
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
  }
  const result = outcome(sentences.join(' '), {
    order: orderCard(fact),
    citations,
    state: access.state,
    quickReplies: locale === 'fr' ? ['Je veux retourner un article'] : ['I want to return an item'],
  });
  result.facts.orders = [fact];
  result.facts.citations = citations;
  return result;
}

/** A signed-in customer's recent orders; guests are asked to sign in or give an order number. */
export async function listOrders(turn: Turn, deps: ChatDeps): Promise<SkillOutcome> {
  const locale = turn.store.locale;
  if (!turn.identity)
    return outcome(render('order_list_guest', locale), {
      state: { awaiting: 'order_number', pendingIntent: 'order_status' },
    });
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
