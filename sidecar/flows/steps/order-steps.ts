import { matchOrderItems, type OrderLine } from '../../nlu/entities/item-mentions.js';
import type { Entities, ItemMention, Language, ReferenceEntity } from '../../nlu/types.js';
import { resolveOrderReference, type CustomerOrder } from '../../nlu/entities/order-reference.js';
import type { MagentoOrder } from '../../../common/magento/shapes/order.js';
import { formatDate, render } from '../../replies/render.js';
import { orderStatusLabel } from '../../replies/order-status.js';
import type { Locale } from '../../replies/templates.js';
import { orderFact, type AccessibleOrder, type GuestProof } from '../../tools/order-access.js';
import type { ChatDeps } from '../flow-deps.js';
import type { StepContext, StepResult } from '../flow-engine.js';
import type { ItemSelection } from '../slots.js';
import type { DialogueState } from '../dialogue-state.js';
import type { RegisteredReturn } from '../action-desk.js';
import type { FlowName } from '../flow-names.js';
import { outcome } from '../skills/outcome.js';
import { customerOrder, orderCard } from '../skills/order-lookup.js';
import { boughtProductsMeantByAny } from './items-by-meaning.js';
import { emptyTurnFacts } from '../../verifier/turn-facts.js';

const ATTEMPT_WINDOW_SECONDS = 15 * 60;
/** Orders a pick list offers. */
const PICK_LIST = 5;
/** Statuses of an order that is still on its way (a "where is my order?" is about these first). */
const OPEN_STATUSES = new Set(['pending', 'pending_payment', 'processing', 'holded', 'payment_review']);
const NEXT: StepResult = { kind: 'next' };

/** The order the step context loaded and proved (set by `verify_order`). */
export function loadedOrder(context: StepContext): AccessibleOrder {
  const order = context.scratch.get('order') as AccessibleOrder | undefined;
  if (!order) throw new Error('A flow step needs the order: put verify_order before it.');
  return order;
}

/**
 * Which order the customer means. A full number is taken as said (`verify_order` proves it); a signed-in
 * customer's own orders are searched by every clue the message gives (a short number, a product, a date,
 * "my last order"); with no clue, "where is my order?" is about the latest open order, and an action
 * asks which order from a short list (unless there is only one).
 */
export async function findOrder(context: StepContext, deps: ChatDeps): Promise<StepResult> {
  const { turn } = context;
  const { entities } = turn.understanding;
  const said = entities.orderNumbers[0]?.value;
  if (said) {
    if (context.slot('order') !== said) context.setSlot('order', said);
    return NEXT;
  }
  const pending = context.frame.pending;
  const choosing = !pending || (pending.kind === 'collect' && pending.slot === 'order');
  // "the first one" asked which items is a place in that list, not the customer's first order.
  const ordinal = entities.references.some((r) => r.kind === 'ordinal');
  const clue =
    entities.orderReferences.length > 0 ||
    entities.dates.length > 0 ||
    (entities.orderRecency !== undefined && (choosing || !ordinal)) ||
    (entities.products.length > 0 && !context.frame.slots.order) ||
    (entities.itemMentions.some((m) => m.phrase !== null) && !context.frame.slots.order);
  if (!turn.identity) {
    if (context.slot('order')) return NEXT;
    return ask(context, render('order_need_number', turn.store.locale));
  }
  // "the second one, has it shipped?" after a list of orders: the order at that place in the list —
  // while the order is still to be said.
  const listed = choosing ? orderAtPosition(entities.references, turn.state.listedOrders) : undefined;
  if (listed) {
    context.setSlot('order', listed);
    return NEXT;
  }
  if (!clue && context.slot('order')) return NEXT;
  const orders = await deps.orders.listForCustomer(turn.store.code, turn.identity.customerId, 20);
  if (orders.length === 0)
    return { kind: 'end', reply: outcome(render('order_list_empty', turn.store.locale)) };
  const newest = [...orders].sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''));
  const customerOrders = newest.map(customerOrder);
  let resolution = resolveOrderReference(turn.understanding, customerOrders, turn.now, turn.store.timeZone);
  // "and the one before that?" after an order's answer: the order placed before that one.
  const onlyPrevious = entities.orderRecency === 'previous' && resolution.via.join() === 'recency';
  const before = onlyPrevious ? orderBefore(newest, context.slot('order')) : undefined;
  if (before) {
    context.setSlot('order', before);
    return NEXT;
  }
  // "my power bank order": words that are in no item's name may still mean one the customer bought.
  const spans = [...entities.dates, ...entities.orderReferences];
  const phrases = entities.itemMentions
    .filter((m) => m.phrase !== null && !spans.some((d) => m.start < d.end && d.start < m.end))
    .map((m) => m.phrase!);
  const phrase = phrases[0];
  let meant: string[] = [];
  if (phrase && entities.products.length === 0 && !resolution.via.includes('product')) {
    const bought = customerOrders.flatMap((o) => o.items);
    const skus = await boughtProductsMeantByAny(phrases, bought, turn, deps);
    meant = skus;
    if (skus.length > 0) {
      const products = skus.map((sku) => ({
        sku,
        name: phrase,
        score: 1,
        via: 'alias' as const,
        raw: phrase,
        start: 0,
        end: 0,
      }));
      const understanding = { ...turn.understanding, entities: { ...entities, products } };
      resolution = resolveOrderReference(understanding, customerOrders, turn.now, turn.store.timeZone);
    }
  }
  // "a coupon? my last order took forever": the last order such a request can be about (one that was
  // delivered), not a newer one still being prepared or cancelled.
  if (resolution.via.includes('recency') && AFTER_DELIVERY_FLOWS.has(context.frame.flow)) {
    const fitting = new Set(newest.filter(ORDER_FITS[context.frame.flow]!).map((o) => o.increment_id));
    if (fitting.size === 0) return pick(context, newest);
    const among = customerOrders.filter((o) => fitting.has(o.number));
    resolution = resolveOrderReference(turn.understanding, among, turn.now, turn.store.timeZone);
  }
  // "the earbuds one": the order is found by its items, and those items are the ones the customer means
  // next ("can I return them?").
  const found = (number: string): StepResult => {
    context.setSlot('order', number);
    if (resolution.via.includes('product')) {
      const order = customerOrders.find((o) => o.number === number);
      const skus = [...entities.products.map((p) => p.sku), ...meant];
      const named = order ? itemsNamedIn(order, skus, entities.itemMentions, turn.store.locale) : [];
      if (named.length > 0) turn.state.focusItems = { order: number, skus: named };
    }
    return NEXT;
  };
  switch (resolution.kind) {
    case 'order':
      return found(resolution.number);
    case 'candidates': {
      const candidates = actionable(
        context.frame.flow,
        newest.filter((o) => resolution.numbers.includes(o.increment_id)),
      );
      if (candidates.length === 1) return found(candidates[0]!.increment_id);
      return pick(context, candidates);
    }
    case 'none':
      if (resolution.reason === 'no_match')
        return ask(context, render('order_no_match', turn.store.locale), newest);
      // "did that go through?": the order this conversation is about — unless the request names an item
      // that order does not hold ("un refund pour le filet vélo" with another order in focus): then which
      // order is asked, never assumed.
      if (context.slot('order')) {
        const focused = newest.find((o) => o.increment_id === context.slot('order'));
        if (!namesItemElsewhere(context.frame.flow, focused, phrases, meant, turn.store.locale)) return NEXT;
        return pick(context, fittingFirst(context.frame.flow, newest));
      }
      if (newest.length === 1 || context.frame.flow === 'order_status') {
        const open = newest.find((o) => OPEN_STATUSES.has(o.status ?? ''));
        context.setSlot('order', (open ?? newest[0]!).increment_id);
        return NEXT;
      }
      return pick(context, actionable(context.frame.flow, fittingFirst(context.frame.flow, newest)));
  }
}

/**
 * The order an ordinal points at in the list of orders shown last ("the second one" → its second order;
 * "the last one" → its last): in a request about an order, an ordinal is about orders, not products. Pure.
 */
export function orderAtPosition(
  references: readonly ReferenceEntity[],
  listed: readonly string[] | undefined,
): string | undefined {
  if (!listed || listed.length === 0) return undefined;
  const ordinal = references.find((r) => r.kind === 'ordinal' && r.index !== undefined);
  if (!ordinal) return undefined;
  const index = ordinal.index! < 0 ? listed.length + ordinal.index! : ordinal.index!;
  return listed[index];
}

/**
 * The order placed just before the one in focus (`orders` newest first); with none in focus, the
 * customer's second newest ("my previous order"). Pure.
 */
export function orderBefore(orders: readonly MagentoOrder[], focus: string | undefined): string | undefined {
  const at = focus ? orders.findIndex((o) => o.increment_id === focus) : 0;
  return at >= 0 ? orders[at + 1]?.increment_id : undefined;
}

/**
 * The orders a request about delivered goods could still be about: a cancelled order has nothing left
 * to return, refund, exchange or make amends for, so it is not offered — unless every order is cancelled (the customer
 * then sees them, and the action engine says why nothing can be done). Other flows keep them all. Pure.
 */
export function actionable(flow: FlowName, orders: readonly MagentoOrder[]): MagentoOrder[] {
  // A cancellation or an address change named by an item of a cancelled order is told so ("already
  // cancelled"), never moved to another order that shares a word with it.
  if (!AFTER_DELIVERY_FLOWS.has(flow)) return [...orders];
  const open = orders.filter((o) => o.state !== 'canceled');
  return open.length > 0 ? open : [...orders];
}

/** Flows about particular items of an order: the items named say which order. */
const ITEM_FLOWS = new Set<FlowName>(['return_items', 'refund', 'exchange_item']);

/**
 * A request about items names one the focused order does not hold: a phrase matches none of its lines by
 * name, and the store's search found no bought product it means on that order (`meant`: the SKUs it
 * found among all the customer's orders). Pure.
 */
export function namesItemElsewhere(
  flow: FlowName,
  focused: MagentoOrder | undefined,
  phrases: readonly string[],
  meant: readonly string[],
  locale: Locale,
): boolean {
  if (!ITEM_FLOWS.has(flow) || !focused || phrases.length === 0) return false;
  const lines = orderLines({ order: focused, shipments: [] });
  if (meant.some((sku) => lines.some((l) => l.sku === sku))) return false;
  return !phrases.some(
    (phrase) =>
      matchOrderItems([{ phrase, quantifier: 'unspecified', raw: phrase, start: 0, end: 0 }], lines, locale)
        .kind !== 'none',
  );
}

/**
 * The lines of `order` the customer named: the products matched (`skus`, by the NLU or the store's
 * search), else the item words matched to its item names ("the earbuds one"). Pure.
 */
export function itemsNamedIn(
  order: CustomerOrder,
  skus: readonly string[],
  mentions: readonly ItemMention[],
  language: Language,
): string[] {
  const held = order.items.filter((i) => skus.includes(i.sku)).map((i) => i.sku);
  if (held.length > 0) return [...new Set(held)];
  const lines = order.items.map((i) => ({ sku: i.sku, name: i.name, qty: 1 }));
  const match = matchOrderItems(
    mentions.filter((m) => m.phrase !== null),
    lines,
    language,
  );
  return match.kind === 'items' ? match.items.map((i) => i.sku) : [];
}

/**
 * "can I return them?", "one of them", « je peux les retourner ? » about the order whose items the
 * customer named last: those lines (of the ones still open), with the count said. Undefined when the
 * message names items of its own, points at nothing said before, or the focus is another order. Pure.
 */
export function itemsInFocus(
  focus: DialogueState['focusItems'],
  orderNumber: string,
  lines: readonly OrderLine[],
  entities: Pick<Entities, 'products' | 'itemMentions' | 'references'>,
  language: Language,
): ItemSelection[] | undefined {
  if (!focus || focus.order !== orderNumber) return undefined;
  if (entities.products.length > 0 || entities.itemMentions.some((m) => m.phrase !== null)) return undefined;
  const refersBack = entities.references.some((r) => r.kind === 'pronoun' || r.kind === 'all');
  if (!refersBack) return undefined;
  const focused = lines.filter((l) => focus.skus.includes(l.sku));
  if (focused.length === 0) return undefined;
  if (entities.itemMentions.length === 0) return focused.map((l) => ({ sku: l.sku }));
  const match = matchOrderItems(entities.itemMentions, focused, language);
  return match.kind === 'items' ? match.items : undefined;
}

/**
 * Proves the requester may see the order: a signed-in customer owns it, or a guest gave its e-mail and
 * billing last name or postcode (Magento's guest-order rule). Until then nothing about the order — not
 * even whether it exists — is said. A failed proof is remembered so the same one is not tried again; a
 * corrected postcode alone is enough for the next try.
 */
export async function verifyOrder(context: StepContext, deps: ChatDeps): Promise<StepResult> {
  const { turn } = context;
  const locale = turn.store.locale;
  const number = context.slot('order');
  if (!number) return ask(context, render('order_need_number', locale));
  if (turn.identity) {
    const order = await deps.orders.forCustomer(turn.store.code, turn.identity.customerId, number);
    if (!order) {
      context.setSlot('order', undefined);
      return { kind: 'ask', slot: 'order', reply: outcome(render('order_not_in_account', locale)) };
    }
    context.scratch.set('order', order);
    turn.state.lastOrderNumber = number;
    return NEXT;
  }
  const email = context.slot('email');
  const lastName = context.slot('last_name');
  const postcode = context.slot('postcode');
  if (!email || (!lastName && !postcode))
    return {
      kind: 'ask',
      slot: email ? 'last_name' : 'email',
      // The e-mail given, only the rest is asked for: never the same question again.
      reply: outcome(render(email ? 'order_guest_verify_rest' : 'order_guest_verify', locale)),
    };
  const proof: GuestProof = {
    number,
    email,
    ...(lastName ? { lastName } : {}),
    ...(postcode ? { postcode } : {}),
  };
  const fingerprint = JSON.stringify(proof).toLowerCase();
  if (turn.state.failedProof === fingerprint)
    return { kind: 'ask', slot: 'postcode', reply: outcome(render('order_verification_failed', locale)) };
  const [session, address] = await Promise.all([
    deps.limiter.hit(
      `verify:session:${turn.state.sessionId}`,
      deps.limits.verificationsPerSession,
      ATTEMPT_WINDOW_SECONDS,
    ),
    deps.limiter.hit(`verify:ip:${turn.ip}`, deps.limits.verificationsPerAddress, ATTEMPT_WINDOW_SECONDS),
  ]);
  if (!session.allowed || !address.allowed)
    return {
      kind: 'end',
      reply: outcome(render('too_many_attempts', locale), {
        quickReplies: [render('talk_to_human', locale)],
      }),
    };
  const access = await deps.orders.forGuest(turn.store.code, proof);
  if (!access.ok && access.reason === 'account_order') {
    context.setSlot('order', undefined);
    return { kind: 'end', reply: outcome(render('order_needs_sign_in', locale)) };
  }
  if (!access.ok) {
    turn.state.failedProof = fingerprint;
    return { kind: 'ask', slot: 'postcode', reply: outcome(render('order_verification_failed', locale)) };
  }
  delete turn.state.failedProof;
  const guest = turn.state.guest;
  guest.verifiedOrders = [...new Set([...guest.verifiedOrders, number])];
  guest.email = email;
  turn.state.lastOrderNumber = number;
  context.scratch.set('order', access.order);
  return NEXT;
}

/**
 * The lines the request is about: the ones the customer named (a product, "the earbuds", "both", "one of
 * the two puzzles"), the only line there is, or — when the words do not say — a question listing them.
 */
export async function selectItems(context: StepContext, deps: ChatDeps): Promise<StepResult> {
  const order = loadedOrder(context);
  // Every line the customer may name, refunded ones included: "the earbuds" are the earbuds even when
  // they were refunded already (the action engine then says so), never the order's other line.
  const lines = orderLines(order);
  const open = openLines(order);
  const { turn } = context;
  const locale = turn.store.locale;
  const chosen = context.slot('items');
  if (chosen && chosen.every((c) => lines.some((l) => l.sku === c.sku))) return NEXT;
  const { entities } = turn.understanding;
  const named = entities.products.map((p) => p.sku).filter((sku) => lines.some((l) => l.sku === sku));
  // The items named when the request was made, if this message names none (a guest's proof came between).
  const mentions: ItemMention[] =
    entities.itemMentions.length > 0
      ? entities.itemMentions
      : (context.slot('item_mentions') ?? []).map((m) => ({ ...m, raw: m.phrase ?? '', start: 0, end: 0 }));
  const mentioned = named.length > 0 || mentions.length > 0;
  const number = order.order.increment_id;
  // "can I return them?": the items named the turn before, on this order.
  let items = itemsInFocus(turn.state.focusItems, number, open, entities, locale);
  if (!items && named.length > 0) {
    const count = askedCount(mentions);
    items = [...new Set(named)].map((sku) => (count && named.length === 1 ? { sku, qty: count } : { sku }));
  } else if (!items) {
    const match = matchOrderItems(mentions, lines, locale);
    if (match.kind === 'items') items = match.items;
    else if (match.kind === 'ambiguous') return askItems(context, order, match.candidates);
    else if (match.kind === 'none' && match.reason !== 'quantity_exceeds') {
      // "return the power bank": the words mean one of the order's lines without being in its name.
      const phrases = mentions.flatMap((m) => (m.phrase === null ? [] : [m.phrase]));
      const skus = await boughtProductsMeantByAny(phrases, lines, turn, deps);
      const qty = askedCount(mentions);
      if (skus.length === 1) items = [qty ? { sku: skus[0]!, qty } : { sku: skus[0]! }];
    }
  }
  // Nothing named: the only line with something left is the one meant; otherwise ask.
  if (!items && !mentioned && open.length === 1) items = [{ sku: open[0]!.sku }];
  if (!items && open.length === 0) return NEXT; // nothing left: the action engine says so, with its codes
  if (!items) {
    // Lines already being returned are not offered again (asked for by name, the flow says so).
    const returns =
      context.frame.flow === 'return_items' || context.frame.flow === 'refund'
        ? await deps.actions.registeredReturns(turn.store.code, order.order.increment_id)
        : [];
    const offered = notBeingReturned(open, returns);
    return askItems(context, order, offered.length > 0 ? offered : open.length > 0 ? open : lines, mentioned);
  }
  context.setSlot('items', items);
  turn.state.focusItems = { order: number, skus: items.map((i) => i.sku) };
  return NEXT;
}

/**
 * How many of the named item the customer asks for. "I bought two of the puzzles but only need one: can
 * I send one of them back?": the count said of the items already named ("one of them") is the one asked
 * for; else the last count said.
 */
function askedCount(mentions: readonly ItemMention[]): number | undefined {
  const counts = mentions.filter((m) => m.quantifier === 'count' && m.quantity !== undefined);
  return (counts.find((m) => m.phrase === null) ?? counts.at(-1))?.quantity;
}

/**
 * A refund (or a damage claim) on an order that has not shipped: nothing has reached the customer, so
 * the honest offer is to cancel it (confirmed like any cancellation), never a refund while goods ship.
 */
export async function offerCancellationIfUnshipped(context: StepContext): Promise<StepResult> {
  const order = loadedOrder(context);
  const reason = context.slot('reason') ?? context.turn.understanding.entities.claimReason;
  const claim = reason === 'damaged' || reason === 'defective' || reason === 'wrong_item';
  const cancellable = ['pending', 'processing'].includes(order.order.status ?? '');
  if (order.shipments.length > 0 || !cancellable) return NEXT;
  const number = order.order.increment_id;
  const locale = context.turn.store.locale;
  return {
    kind: 'switch',
    flow: 'cancel_order',
    reply: outcome(render(claim ? 'damage_not_shipped' : 'refund_not_shipped', locale, { number })),
  };
}

/** An address can be changed only before the order ships; after that a person checks with the carrier. */
export async function checkNotShipped(context: StepContext): Promise<StepResult> {
  const order = loadedOrder(context);
  if (order.shipments.length === 0) return NEXT;
  // "Order … has already shipped" is a claim about the order: the verifier checks it against the order,
  // and without it sent "I can't confirm that…" with a low-confidence handoff instead.
  const facts = emptyTurnFacts();
  facts.orders.push(orderFact(order));
  return {
    kind: 'end',
    reply: outcome(
      render('address_shipped', context.turn.store.locale, { number: order.order.increment_id }),
      { facts, escalate: 'action_needs_review' },
    ),
  };
}

/**
 * A new delivery address is read back before a person is asked to use it: a wrong digit ships the parcel
 * elsewhere. A correction ("the zip is 78704, not 78703") changes the address and asks again.
 */
export async function confirmAddress(context: StepContext): Promise<StepResult> {
  const address = context.slot('address');
  if (!address) return NEXT;
  const locale = context.turn.store.locale;
  const order = loadedOrder(context);
  const facts = emptyTurnFacts();
  facts.orders.push(orderFact(order));
  // The address is the customer's own words read back, not a claim of the store's.
  facts.quotes = [address];
  return {
    kind: 'confirm',
    fingerprint: `address:${order.order.increment_id}:${address}`,
    reply: outcome(render('confirm_address', locale, { number: order.order.increment_id, address }), {
      facts,
      quickReplies: [render('yes', locale), render('no', locale)],
    }),
  };
}

/** The lines no registered return covers (a line returned in part keeps what is left of it). Pure. */
export function notBeingReturned(
  lines: readonly OrderLine[],
  returns: readonly RegisteredReturn[],
): OrderLine[] {
  return lines
    .map((l) => {
      const returning = returns.flatMap((r) => r.lines).filter((r) => r.sku === l.sku);
      return { ...l, qty: l.qty - returning.reduce((n, r) => n + r.qty, 0) };
    })
    .filter((l) => l.qty > 0);
}

/**
 * The order's lines that still have something to return or refund; none on a cancelled order ("has my
 * refund for order 6 come through?" is told it is cancelled, not asked which of its items). Pure.
 */
export function openLines(order: AccessibleOrder): OrderLine[] {
  if (order.order.state === 'canceled') return [];
  return orderLines(order).filter((l) => l.qty > 0);
}

/** The order's lines (children of configurables left out), with what is left of each to return or refund. */
function orderLines(order: AccessibleOrder): OrderLine[] {
  return (order.order.items ?? [])
    .filter((i) => i.parent_item_id === undefined && i.sku)
    .map((i) => ({
      sku: i.sku!,
      name: i.name ?? i.sku!,
      qty: Math.max((i.qty_ordered ?? 0) - (i.qty_refunded ?? 0), 0),
    }));
}

/** "the Aurora earbuds and 2 × the travel case", from the order's own item names. */
export function itemsPhrase(items: readonly ItemSelection[], order: AccessibleOrder, locale: Locale): string {
  const names = items.map((item) => {
    const line = (order.order.items ?? []).find((i) => i.sku === item.sku);
    const name = line?.name ?? item.sku;
    return item.qty && item.qty > 1 ? `${item.qty} × ${name}` : name;
  });
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}${locale === 'fr' ? ' et ' : ' and '}${names[names.length - 1]}`;
}

/**
 * The lines the customer can no longer ask for because they were refunded in full, when the words named
 * an item the list does not offer: said before the list, so "la voiture télécommandée" (refunded) is not
 * met with a list that silently leaves it out. Pure.
 */
export function refundedNotOffered(
  order: AccessibleOrder,
  offered: readonly OrderLine[],
  mentioned: boolean,
): string[] {
  if (!mentioned) return [];
  return orderLines(order)
    .filter((l) => l.qty === 0 && !offered.some((o) => o.sku === l.sku))
    .map((l) => l.name);
}

function askItems(
  context: StepContext,
  order: AccessibleOrder,
  lines: readonly OrderLine[],
  mentioned = false,
): StepResult {
  const locale = context.turn.store.locale;
  const list = lines.map((l) => render('item_line', locale, { name: l.name, qty: l.qty })).join('\n');
  const fact = orderFact(order);
  const refunded = refundedNotOffered(order, lines, mentioned);
  const question = render('ask_items', locale, { number: order.order.increment_id, list });
  const text =
    refunded.length > 0
      ? `${render('items_already_refunded', locale, { items: refunded.join(', ') })} ${question}`
      : question;
  const reply = outcome(text, {
    quickReplies: lines.map((l) => l.name).slice(0, 4),
    order: orderCard(fact, context.turn.store.locale),
  });
  reply.facts.orders = [fact];
  return { kind: 'ask', slot: 'items', reply };
}

/**
 * "cancel my order": the orders the request could apply to come first — a cancellation or an address
 * change to orders not yet shipped, a return, refund or exchange to orders with shipped goods that are
 * not closed — so the short list is not filled with cancelled orders. The rest follow, in case the
 * customer means one of them.
 */
export function fittingFirst(flow: FlowName, orders: readonly MagentoOrder[]): MagentoOrder[] {
  const fits = ORDER_FITS[flow];
  if (!fits) return [...orders];
  return [...orders.filter(fits), ...orders.filter((o) => !fits(o))];
}

const shipped = (o: MagentoOrder) => (o.items ?? []).some((i) => (i.qty_shipped ?? 0) > 0);
const unclosed = (o: MagentoOrder) => o.state !== 'closed' && o.state !== 'canceled';
const afterDelivery = (o: MagentoOrder) => unclosed(o) && shipped(o);
const beforeShipping = (o: MagentoOrder) => unclosed(o) && o.state !== 'complete' && !shipped(o);
/** A goodwill coupon is for a problem with goods that were sent (late, damaged), refunded or not. */
const sent = (o: MagentoOrder) => o.state !== 'canceled' && shipped(o);
const ORDER_FITS: Partial<Record<FlowName, (order: MagentoOrder) => boolean>> = {
  cancel_order: beforeShipping,
  change_address: beforeShipping,
  return_items: afterDelivery,
  refund: afterDelivery,
  exchange_item: afterDelivery,
  coupon: sent,
};
/** Requests about what was delivered: "my last order" is the last one that fits them. */
const AFTER_DELIVERY_FLOWS = new Set<FlowName>(['return_items', 'refund', 'exchange_item', 'coupon']);

function ask(context: StepContext, text: string, orders: readonly MagentoOrder[] = []): StepResult {
  if (orders.length > 0) return pick(context, orders, text);
  return { kind: 'ask', slot: 'order', reply: outcome(text) };
}

/** "Which order do you mean?" with the newest candidates (after `lead`, when the clue fit none). */
function pick(context: StepContext, orders: readonly MagentoOrder[], lead?: string): StepResult {
  const locale = context.turn.store.locale;
  const shown = orders.slice(0, PICK_LIST).map((order) => orderFact({ order, shipments: [] }));
  const list = shown
    .map((f) =>
      render('order_pick_line', locale, {
        number: f.number,
        date: formatDate(f.createdAt, locale),
        items: f.items.map((i) => i.name).join(', '),
        status: orderStatusLabel(f, locale),
      }),
    )
    .join('\n');
  const question = render('order_pick', locale, { list });
  context.turn.state.listedOrders = shown.map((f) => f.number);
  const reply = outcome(lead ? `${lead}\n${question}` : question, {
    orders: shown.map((f) => orderCard(f, locale)),
    quickReplies: shown.map((f) => f.number),
    citations: shown.map((f) => ({ source: 'order', id: f.number })),
  });
  reply.facts.orders = shown;
  reply.facts.citations = reply.citations;
  return { kind: 'ask', slot: 'order', reply };
}
