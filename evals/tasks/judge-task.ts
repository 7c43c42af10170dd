import type { ChatReply } from '../../common/chat-api/chat-api.js';
import type { PolicyRule } from '../../common/magento/verity-config.js';
import type { Order } from '../../sandbox/data/fixture-schema.js';
import type { ExpectedValueKey } from '../eval-case.js';
import { mentionsValue } from '../value-mentions.js';
import {
  amountMentions,
  cents,
  moneyMentions,
  orderNumberMentions,
  trackingMentions,
} from './reply-values.js';
import { describeDiff, diffStore, type StoreDiffEntry } from './store-diff.js';
import type { StoreSnapshot, TaskStoreConfig } from './store-reader.js';
import type {
  Fact,
  HandoffExpectation,
  ProductsExpectation,
  StoreChange,
  Task,
  Turn,
} from './task-schema.js';

/** Why a task failed, grouped for the worklist. */
export type FailureKind =
  | 'precondition'
  | 'error'
  | 'store'
  | 'unexpected_change'
  | 'acted_too_early'
  | 'handoff'
  | 'fact'
  | 'untrue'
  | 'products'
  | 'language'
  | 'never';

export interface TaskFailure {
  kind: FailureKind;
  message: string;
}

export interface JudgedTurn {
  turn: Turn;
  reply: ChatReply;
  /** Store changes after this turn, for turns that must leave the store unchanged. */
  changesSoFar?: StoreDiffEntry[];
}

export interface HandoffTicketRow {
  sessionId: string;
  reason: string;
  status: string;
  /**
   * What the ticket hands the person besides the transcript — customer, orders, context (the slots and
   * facts the turn established), suggested reply — as JSON text. The transcript is left out: it holds
   * whatever the customer typed, so it would "carry" every slot without the assistant having understood one.
   */
  text: string;
}

/** A product as the facts read it: store-view name, prices (regular, special), attribute values as shown. */
export interface FactProduct {
  name: string;
  prices: number[];
  attributes: Record<string, string>;
}

/** What a product card's SKU is in the store: for product expectations. */
export interface ProductInfo {
  name: string;
  /** The product's categories and their ancestors. */
  categoryIds: number[];
  /** Colour labels of the product and its variants. */
  colors: string[];
}

export interface JudgeInput {
  task: Task;
  /** The task's named orders, as the store showed them before the first turn. */
  orders: Record<string, Order>;
  before: StoreSnapshot;
  after: StoreSnapshot;
  turns: JudgedTurn[];
  /** Tickets of the task's sessions; null when the harness cannot read them (a sidecar by URL). */
  tickets: HandoffTicketRow[] | null;
  config: TaskStoreConfig;
  /** Orders the customer may hear about: a signed-in customer's own, or a guest's named orders. */
  visibleOrders: Order[];
  /** Prices (in cents) of every product of the store view: amounts a reply may state. */
  catalogCents: ReadonlySet<number>;
  /** The store view's facts of the SKUs the task's facts name. */
  factProducts: ReadonlyMap<string, FactProduct>;
  products: ReadonlyMap<string, ProductInfo>;
}

export interface Verdict {
  passed: boolean;
  failures: TaskFailure[];
}

/** Judges one run of a task: end state, handoff, facts, truthfulness, product cards. Pure. */
export function judgeTask(input: JudgeInput): Verdict {
  const failures: TaskFailure[] = [];
  const diff = diffStore(input.before, input.after);
  const numberOf = orderNumberLookup(input.before, input.after);
  const outcomes = [
    { store: input.task.expect.store, handoff: input.task.expect.handoff },
    ...input.task.expect.or,
  ];
  const judged = outcomes.map((o) => [
    ...judgeStore(input, o.store, diff, numberOf),
    ...judgeHandoff(input, o.handoff),
  ]);
  // The end state closest to one the task accepts is the one reported.
  failures.push(...(judged.reduce((best, f) => (f.length < best.length ? f : best)) ?? []));
  failures.push(...judgeTurns(input, numberOf));
  failures.push(...judgeFacts(input, input.task.expect.facts, input.turns, 'some reply'));
  failures.push(...judgeTruth(input));
  failures.push(...judgeTicketsPerConversation(input));
  if (input.task.store === 'fr') failures.push(...judgeFrenchReplies(input));
  for (const source of input.task.expect.never) {
    const hit = input.turns.find((t) => new RegExp(source, 'i').test(t.reply.reply));
    if (hit) failures.push({ kind: 'never', message: `a reply matches /${source}/: "${hit.reply.reply}"` });
  }
  return { passed: failures.length === 0, failures };
}

function orderNumberLookup(before: StoreSnapshot, after: StoreSnapshot): (id: number) => string {
  const numbers = new Map([...before.orders, ...after.orders].map((o) => [o.entity_id, o.increment_id]));
  return (id) => numbers.get(id) ?? `#${id}`;
}

function orderOf(input: JudgeInput, name: string): Order {
  const order = input.orders[name];
  if (order === undefined) throw new Error(`task ${input.task.id} names no order "${name}"`);
  return order;
}

const afterOrder = (input: JudgeInput, order: Order): Order | undefined =>
  input.after.orders.find((o) => o.entity_id === order.entity_id);

/** Status-history entries the task added to an order. */
function newComments(input: JudgeInput, order: Order): string[] {
  const before = new Set(order.status_histories.map((h) => h.entity_id));
  return (afterOrder(input, order)?.status_histories ?? [])
    .filter((h) => !before.has(h.entity_id))
    .map((h) => String(h.comment ?? ''));
}

function newCreditMemos(input: JudgeInput, order: Order): StoreSnapshot['creditmemos'] {
  const before = new Set(input.before.creditmemos.map((c) => c.entity_id));
  return input.after.creditmemos.filter((c) => c.order_id === order.entity_id && !before.has(c.entity_id));
}

function couponConfigured(input: JudgeInput, reason: string): boolean {
  return input.config.coupon_rules.some((r) => (r.reasons as readonly string[]).includes(reason));
}

/** The store changes of one outcome: each verified, and every other difference is a failure. */
function judgeStore(
  input: JudgeInput,
  changes: readonly StoreChange[],
  diff: readonly StoreDiffEntry[],
  numberOf: (id: number) => string,
): TaskFailure[] {
  const failures: TaskFailure[] = [];
  const claimed = new Set<StoreDiffEntry>();
  const claim = (predicate: (e: StoreDiffEntry) => boolean) => {
    for (const e of diff) if (predicate(e)) claimed.add(e);
  };
  const commentFields = (e: StoreDiffEntry) => e.field === 'status_histories' || e.field === 'updated_at';
  for (const change of changes) {
    if (change.kind === 'coupon_issued' && !couponConfigured(input, change.reason)) {
      // No rule, no code: the customer must still hear an answer about the coupon, not another topic.
      if (!input.turns.some((t) => COUPON_WORDS.test(t.reply.reply)))
        failures.push({ kind: 'fact', message: 'no reply answers the coupon request' });
      continue;
    }
    const order = orderOf(input, change.order);
    const now = afterOrder(input, order);
    const isOrder = (e: StoreDiffEntry) => e.entity === 'order' && Number(e.key) === order.entity_id;
    const fail = (message: string) =>
      failures.push({ kind: 'store', message: `order ${order.increment_id}: ${message}` });
    switch (change.kind) {
      case 'canceled':
        if (now?.state !== 'canceled') fail(`expected canceled, is ${now?.state ?? 'missing'}`);
        claim(isOrder);
        break;
      case 'refunded': {
        const memos = newCreditMemos(input, order);
        if (memos.length === 0) fail('expected a credit memo, none was created');
        else {
          const refunded = new Map<string, number>();
          const skuOf = new Map(order.items.map((i) => [i.item_id, i.sku]));
          for (const memo of memos)
            for (const line of memo.items ?? []) {
              const sku = skuOf.get(Number(line.order_item_id)) ?? String(line.sku);
              refunded.set(sku, (refunded.get(sku) ?? 0) + Number(line.qty ?? 0));
            }
          for (const sku of new Set([...Object.keys(change.items), ...refunded.keys()])) {
            const want = change.items[sku] ?? 0;
            const got = refunded.get(sku) ?? 0;
            if (want !== got) fail(`refunded ${got} × ${sku}, expected ${want}`);
          }
        }
        const skus = new Set(order.items.map((i) => i.sku));
        claim(
          (e) =>
            isOrder(e) ||
            (e.orderId === order.entity_id && (e.entity === 'creditmemo' || e.entity === 'invoice')) ||
            (e.entity === 'stock' && skus.has(e.key)),
        );
        break;
      }
      case 'return_requested':
        failures.push(...judgeReturn(input, order, change.items));
        claim(
          (e) => (isOrder(e) && commentFields(e)) || (e.entity === 'return' && e.orderId === order.entity_id),
        );
        break;
      case 'order_comment': {
        const comments = newComments(input, order);
        if (!comments.some((c) => new RegExp(change.matches, 'i').test(c)))
          fail(`expected a new comment matching /${change.matches}/, got ${JSON.stringify(comments)}`);
        claim((e) => isOrder(e) && commentFields(e));
        break;
      }
      case 'coupon_issued': {
        const codes = input.config.coupon_rules
          .filter((r) => r.reasons.includes(change.reason))
          .map((r) => r.coupon_code);
        const noted = newComments(input, order).join('\n');
        const code = codes.find((c) => noted.includes(c));
        if (code === undefined) fail(`expected a coupon note with one of ${codes.join(', ')}`);
        else if (!input.turns.some((t) => t.reply.reply.includes(code)))
          failures.push({ kind: 'fact', message: `the coupon code ${code} was noted but never told` });
        claim((e) => isOrder(e) && commentFields(e));
        break;
      }
      case 'address_changed': {
        const address = now?.extension_attributes.shipping_assignments[0]?.shipping.address;
        const { postcode, street, city } = change.address;
        const streetText = (address?.street ?? []).join(' ');
        if (postcode !== undefined && address?.postcode !== postcode)
          fail(`shipping postcode is ${address?.postcode ?? 'missing'}, expected ${postcode}`);
        if (street !== undefined && !new RegExp(street, 'i').test(streetText))
          fail(`shipping street is "${streetText}", expected /${street}/`);
        if (city !== undefined && !new RegExp(city, 'i').test(address?.city ?? ''))
          fail(`shipping city is "${address?.city ?? ''}", expected /${city}/`);
        claim((e) => isOrder(e) && (e.field === 'extension_attributes' || commentFields(e)));
        break;
      }
    }
  }
  for (const e of diff) {
    if (!claimed.has(e)) failures.push({ kind: 'unexpected_change', message: describeDiff(e, numberOf) });
  }
  return failures;
}

const COUPON_WORDS = /coupon|discount|voucher|promo|\bcode\b|réduction|remise|geste commercial|bon d.achat/i;

/** A code-like word after "code"/"coupon" ("your code is SORRY10"), in English or French. */
const GIVEN_CODE =
  /(?:[Cc]ode|[Cc]oupon|[Cc]ode promo|[Bb]on de réduction)\W{1,3}(?:is\W{1,3}|est\W{1,3})?([A-Z0-9][A-Z0-9_-]{3,})\b/;

/** A return for exactly these lines: an RMA, or new order comments naming them and no other line. */
function judgeReturn(input: JudgeInput, order: Order, items: Record<string, number>): TaskFailure[] {
  const fail = (message: string): TaskFailure => ({
    kind: 'store',
    message: `order ${order.increment_id}: ${message}`,
  });
  if (input.after.returns !== null) {
    const before = new Set((input.before.returns ?? []).map((r) => r.entity_id));
    const rmas = input.after.returns.filter(
      (r) => r.order_id === order.entity_id && !before.has(r.entity_id),
    );
    if (rmas.length === 0) return [fail('expected a return (RMA), none was filed')];
    const requested = new Map<string, number>();
    const skuOf = new Map(order.items.map((i) => [i.item_id, i.sku]));
    for (const rma of rmas)
      for (const line of (rma.items ?? []) as Array<Record<string, unknown>>) {
        const sku = skuOf.get(Number(line.order_item_id)) ?? '?';
        requested.set(sku, (requested.get(sku) ?? 0) + Number(line.qty_requested ?? 0));
      }
    return [...new Set([...Object.keys(items), ...requested.keys()])]
      .filter((sku) => (items[sku] ?? 0) !== (requested.get(sku) ?? 0))
      .map((sku) => fail(`return of ${requested.get(sku) ?? 0} × ${sku}, expected ${items[sku] ?? 0}`));
  }
  const text = newComments(input, order).join('\n');
  if (text === '') return [fail('expected a return on record (an order comment), none was added')];
  const failures: TaskFailure[] = [];
  for (const line of order.items) {
    const named = text.includes(line.sku) || text.toLowerCase().includes(line.name.toLowerCase());
    const want = items[line.sku];
    if (want === undefined) {
      if (named) failures.push(fail(`the return names ${line.sku}, which the customer did not return`));
      continue;
    }
    if (!named) {
      failures.push(fail(`the return does not name ${line.sku}: ${JSON.stringify(text)}`));
      continue;
    }
    const qty = new RegExp(String.raw`(\d+)\s*[×x]\s*${escape(line.sku)}`).exec(text);
    if (qty !== null && Number(qty[1]) !== want)
      failures.push(fail(`return of ${qty[1]} × ${line.sku}, expected ${want}`));
  }
  return failures;
}

function judgeHandoff(input: JudgeInput, expectation: HandoffExpectation | undefined): TaskFailure[] {
  if (expectation === undefined) return [];
  const escalations = input.turns.flatMap((t) => (t.reply.escalation === null ? [] : [t.reply.escalation]));
  if (expectation === 'none') {
    return escalations.map((e) => ({
      kind: 'handoff',
      message: `handed over (${e.reason}) where the task needs no person`,
    }));
  }
  const wanted = expectation.reasons;
  const match = escalations.find((e) => wanted === undefined || (wanted as string[]).includes(e.reason));
  if (match === undefined) {
    return [
      {
        kind: 'handoff',
        message:
          escalations.length === 0
            ? `expected a handoff${wanted ? ` (${wanted.join(' | ')})` : ''}, there was none`
            : `handoff reason ${escalations.map((e) => e.reason).join(', ')}, expected ${wanted?.join(' | ')}`,
      },
    ];
  }
  if (input.tickets === null) return [];
  const ticket = input.tickets.find((t) => t.reason === match.reason);
  if (ticket === undefined)
    return [{ kind: 'handoff', message: `no ${match.reason} ticket in the record store` }];
  return expectation.carries
    .filter((source) => !new RegExp(source, 'i').test(ticket.text))
    .map((source) => ({ kind: 'handoff', message: `the ticket does not carry /${source}/` }));
}

function judgeTicketsPerConversation(input: JudgeInput): TaskFailure[] {
  if (input.tickets === null) return [];
  const live = new Map<string, number>();
  for (const t of input.tickets)
    if (t.status === 'open' || t.status === 'claimed')
      live.set(t.sessionId, (live.get(t.sessionId) ?? 0) + 1);
  return [...live.values()]
    .filter((n) => n > 1)
    .map((n) => ({ kind: 'handoff', message: `${n} live handoff tickets in one conversation` }));
}

function judgeTurns(input: JudgeInput, numberOf: (id: number) => string): TaskFailure[] {
  const failures: TaskFailure[] = [];
  const shown: number[] = [];
  input.turns.forEach(({ turn, reply, changesSoFar }, i) => {
    const where = `turn ${i + 1} ("${turn.say}")`;
    if (turn.unchanged && changesSoFar !== undefined && changesSoFar.length > 0) {
      failures.push({
        kind: 'acted_too_early',
        message: `${where} already changed the store: ${changesSoFar.map((e) => describeDiff(e, numberOf)).join('; ')}`,
      });
    }
    failures.push(...judgeFacts(input, turn.facts, [input.turns[i] as JudgedTurn], where));
    for (const source of turn.never)
      if (new RegExp(source, 'i').test(reply.reply))
        failures.push({ kind: 'never', message: `${where}: reply matches /${source}/: "${reply.reply}"` });
    if (turn.products !== undefined)
      failures.push(...judgeProducts(input, turn.products, reply, shown, where));
    if (turn.compares !== undefined && (reply.comparison?.columns.length ?? 0) < turn.compares)
      failures.push({
        kind: 'products',
        message: `${where}: expected a comparison of ${turn.compares} products, got ${reply.comparison?.columns.length ?? 'none'}`,
      });
    shown.push(...reply.products.map((p) => p.price));
  });
  return failures;
}

function judgeProducts(
  input: JudgeInput,
  want: ProductsExpectation,
  reply: ChatReply,
  shownBefore: readonly number[],
  where: string,
): TaskFailure[] {
  const failures: string[] = [];
  const cards = reply.products;
  if (cards.length < want.min) failures.push(`${cards.length} product cards, expected at least ${want.min}`);
  for (const card of cards) {
    const info = input.products.get(card.sku);
    if (want.maxPrice !== undefined && card.price > want.maxPrice + 0.005)
      failures.push(`${card.sku} costs ${card.price}, over ${want.maxPrice}`);
    if (want.categories !== undefined && !want.categories.some((c) => info?.categoryIds.includes(c)))
      failures.push(`${card.sku} is not in categories ${want.categories.join(', ')}`);
    if (
      want.color !== undefined &&
      !(info?.colors ?? []).some((c) => c.toLowerCase() === want.color?.toLowerCase())
    )
      failures.push(`${card.sku} is not available in ${want.color}`);
    if (want.names !== undefined && !new RegExp(want.names, 'i').test(card.name))
      failures.push(`${card.name} does not match /${want.names}/`);
  }
  if (want.cheaperThanBefore && cards.length > 0) {
    const dearest = Math.max(...shownBefore);
    const cheapest = Math.min(...shownBefore);
    if (shownBefore.length === 0) failures.push('nothing was shown before to be cheaper than');
    else if (cards.some((c) => c.price >= dearest) || !cards.some((c) => c.price < cheapest))
      failures.push(
        `prices ${cards.map((c) => c.price).join(', ')} are not cheaper than ${shownBefore.join(', ')} shown before`,
      );
  }
  for (const sku of want.includes)
    if (!cards.some((c) => c.sku === sku)) failures.push(`${sku} is not among the cards`);
  return failures.map((message) => ({ kind: 'products', message: `${where}: ${message}` }));
}

/** What the customer sees of a reply: its text and the cards beside it. */
export function visibleText(reply: ChatReply): string {
  const orders = [...(reply.order === null ? [] : [reply.order]), ...reply.orders];
  return [
    reply.reply,
    ...orders.flatMap((o) => [
      o.number,
      o.statusLabel,
      o.carrier ?? '',
      ...o.trackingNumbers,
      ...o.items.map((i) => i.name),
      o.total.toFixed(2),
    ]),
    ...reply.products.flatMap((p) => [p.name, p.price.toFixed(2)]),
    ...(reply.comparison?.rows.flatMap((r) => [r.label, ...r.values]) ?? []),
    ...(reply.comparison?.columns.map((c) => c.name) ?? []),
  ].join('\n');
}

function policyValues(rule: PolicyRule, currency: string): Parameters<typeof mentionsValue>[2] {
  return {
    returnWindowDays: rule.return_window_days,
    returnShippingFee: rule.return_shipping_fee,
    restockingFeePercent: rule.restocking_fee_percent,
    finalSale: rule.final_sale,
    exchangeAllowed: rule.exchange_allowed,
    warrantyMonths: rule.warranty_months,
    priceMatch: rule.price_match,
    priceMatchExclusions: rule.price_match_exclusions,
    freeShippingThreshold: rule.free_shipping_threshold,
    deliveryRanges: rule.delivery_ranges.map((r) => ({
      method: r.method,
      minDays: r.min_days,
      maxDays: r.max_days,
    })),
    currency,
  };
}

const POLICY_KEYS: Record<Extract<Fact, { policy: unknown }>['policy'], ExpectedValueKey> = {
  return_window_days: 'returnWindowDays',
  return_shipping_fee: 'returnShippingFee',
  restocking_fee_percent: 'restockingFeePercent',
  final_sale: 'finalSale',
  exchange_allowed: 'exchangeAllowed',
  warranty_months: 'warrantyMonths',
  price_match: 'priceMatch',
  free_shipping_threshold: 'freeShippingThreshold',
  delivery_ranges: 'deliveryRanges',
};

const hasAmount = (text: string, amount: number): boolean =>
  amountMentions(text).some((a) => cents(a) === cents(amount));

/** Whether some of `turns` states the fact; a failure message otherwise. */
function judgeFacts(
  input: JudgeInput,
  facts: readonly Fact[],
  turns: readonly JudgedTurn[],
  where: string,
): TaskFailure[] {
  const failures: TaskFailure[] = [];
  const texts = turns.map((t) => visibleText(t.reply));
  const replies = turns.map((t) => t.reply.reply);
  const some = (test: (text: string) => boolean, pool = texts) => pool.some(test);
  for (const fact of facts) {
    let missing: string | null = null;
    if ('text' in fact) {
      if (!some((t) => new RegExp(fact.text, 'i').test(t))) missing = fact.label ?? `/${fact.text}/`;
    } else if ('tracking' in fact) {
      const order = orderOf(input, fact.tracking);
      const tracks = input.before.shipments
        .filter((s) => s.order_id === order.entity_id)
        .flatMap((s) => s.tracks.map((t) => t.track_number));
      if (tracks.length === 0) missing = `tracking of ${order.increment_id} (the store has none)`;
      const absent = tracks.filter((n) => !some((t) => t.includes(n)));
      if (absent.length > 0) missing = `tracking number ${absent.join(', ')}`;
    } else if ('orderNumber' in fact) {
      const order = orderOf(input, fact.orderNumber);
      if (!some((t) => t.includes(order.increment_id))) missing = `order number ${order.increment_id}`;
    } else if ('orderTotal' in fact) {
      const order = orderOf(input, fact.orderTotal);
      if (!some((t) => hasAmount(t, order.grand_total))) missing = `order total ${order.grand_total}`;
    } else if ('refunded' in fact) {
      const memos = newCreditMemos(input, orderOf(input, fact.refunded));
      const total = memos.reduce((sum, m) => sum + Number(m.grand_total), 0);
      if (memos.length === 0) missing = 'the refunded amount (no credit memo was created)';
      else if (!some((t) => hasAmount(t, total), replies)) missing = `refunded amount ${total.toFixed(2)}`;
    } else if ('linesAmount' in fact) {
      const order = orderOf(input, fact.linesAmount.order);
      const total = Object.entries(fact.linesAmount.items).reduce((sum, [sku, qty]) => {
        const line = order.items.find((i) => i.sku === sku);
        return sum + (line === undefined ? Number.NaN : line.price * qty);
      }, 0);
      if (!some((t) => hasAmount(t, total), replies)) missing = `amount ${total.toFixed(2)}`;
    } else if ('policy' in fact) {
      const rule = input.config.policy_rules.find(
        (r) =>
          r.scope === fact.rule.scope &&
          r.scope_code === fact.rule.code &&
          r.category_id === fact.rule.category &&
          r.channel === null,
      );
      if (rule === undefined) missing = `${fact.policy} (no such rule in the store config)`;
      else {
        const values = policyValues(rule, input.config.base_currency_code);
        if (!some((t) => mentionsValue(t, POLICY_KEYS[fact.policy], values), replies))
          missing = `${fact.policy} of ${rule.rule_id}`;
      }
    } else {
      const sku = 'product' in fact ? fact.product : 'price' in fact ? fact.price : fact.attribute.sku;
      const product = input.factProducts.get(sku);
      if (product === undefined) missing = `${sku} (not in the store)`;
      else if ('product' in fact) {
        if (!some((t) => t.toLowerCase().includes(product.name.toLowerCase())))
          missing = `product ${product.name}`;
      } else if ('price' in fact) {
        if (!some((t) => product.prices.some((p) => hasAmount(t, p))))
          missing = `price of ${sku} (${product.prices.join(' or ')})`;
      } else {
        const value = product.attributes[fact.attribute.code];
        if (value === undefined) missing = `${fact.attribute.code} of ${sku} (the store has no value)`;
        else if (
          !some((t) => new RegExp(String.raw`(?<![\w.,])${escape(value)}(?![\w]|[.,]\d)`, 'i').test(t))
        )
          missing = `${fact.attribute.code} of ${sku}: ${value}`;
      }
    }
    if (missing !== null) failures.push({ kind: 'fact', message: `${where} must state ${missing}` });
  }
  return failures;
}

/** Money, order numbers and tracking numbers in replies must be the store's, and the customer's own. */
function judgeTruth(input: JudgeInput): TaskFailure[] {
  const failures: TaskFailure[] = [];
  const said = input.turns.map((t) => t.turn.say).join('\n');
  // The customer's own numbers (a budget, a price seen elsewhere) may be said back.
  const allowed = new Set<number>([...input.catalogCents, ...amountMentions(said).map(cents)]);
  for (const m of said.matchAll(/\d+/g)) allowed.add(cents(Number(m[0])));
  const memoOrders = new Set(input.visibleOrders.map((o) => o.entity_id));
  for (const order of input.visibleOrders) {
    for (const v of [
      order.grand_total,
      order.subtotal,
      order.shipping_amount,
      order.total_paid,
      order.total_refunded,
    ])
      if (v !== undefined) allowed.add(cents(Number(v)));
    const lines = order.items.map((i) => i.price * i.qty_ordered);
    for (const i of order.items) for (let q = 1; q <= i.qty_ordered; q++) allowed.add(cents(i.price * q));
    for (let mask = 1; mask < 1 << lines.length; mask++) {
      const sum = lines.reduce((s, v, bit) => ((mask >> bit) & 1 ? s + v : s), 0);
      allowed.add(cents(sum));
      allowed.add(cents(sum + order.shipping_amount));
    }
  }
  for (const memo of input.after.creditmemos)
    if (memoOrders.has(memo.order_id)) {
      allowed.add(cents(Number(memo.grand_total)));
      allowed.add(cents(Number(memo.subtotal)));
    }
  for (const rule of input.config.policy_rules) {
    if (rule.free_shipping_threshold !== null) allowed.add(cents(rule.free_shipping_threshold));
    allowed.add(cents(rule.return_shipping_fee));
  }
  const bounds = input.config.refund_bounds;
  allowed.add(cents(bounds.auto_approve_max_amount));
  allowed.add(cents(bounds.evidence_required_threshold));

  const orderNumbers = new Set([
    ...input.visibleOrders.map((o) => o.increment_id),
    ...orderNumberMentions(said),
  ]);
  const tracks = new Set(
    input.before.shipments
      .filter((s) => memoOrders.has(s.order_id))
      .flatMap((s) => s.tracks.map((t) => t.track_number)),
  );
  const codes = new Set(input.config.coupon_rules.map((r) => r.coupon_code));
  input.turns.forEach(({ reply }, i) => {
    const where = `turn ${i + 1}`;
    const code = GIVEN_CODE.exec(reply.reply)?.[1];
    if (code !== undefined && !codes.has(code) && !orderNumbers.has(code))
      failures.push({
        kind: 'untrue',
        message: `${where} gives code ${code}, not a coupon the store configured`,
      });
    const cardPrices = new Set(reply.products.map((p) => cents(p.price)));
    for (const amount of moneyMentions(reply.reply)) {
      if (!allowed.has(cents(amount)) && !cardPrices.has(cents(amount)))
        failures.push({
          kind: 'untrue',
          message: `${where} states ${amount.toFixed(2)}, not an amount of the store: "${reply.reply}"`,
        });
    }
    for (const number of orderNumberMentions(reply.reply))
      if (!orderNumbers.has(number))
        failures.push({ kind: 'untrue', message: `${where} names order ${number}, not the customer's` });
    for (const track of trackingMentions(reply.reply))
      if (!tracks.has(track) && !orderNumbers.has(track))
        failures.push({
          kind: 'untrue',
          message: `${where} names tracking number ${track}, not one of the customer's`,
        });
  });
  return failures;
}

/** English words no French sentence uses: a French shopper must not get an English (half-)sentence. */
const ENGLISH =
  /\b(?:the|your|order|has been|being processed|complete|colleague|refund|please|which|what|I've|I'm)\b/i;

function judgeFrenchReplies(input: JudgeInput): TaskFailure[] {
  return input.turns.flatMap(({ reply }, i) => {
    const word = ENGLISH.exec(reply.reply)?.[0];
    return word === undefined
      ? []
      : [
          {
            kind: 'language' as const,
            message: `turn ${i + 1} answers a French shopper in English ("${word}")`,
          },
        ];
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
