import type { Intent, IntentScore, RequestReading, Span, Understanding } from '../../nlu/types.js';
import { startFlow, type Command } from '../../flows/commands.js';
import type { DialogueState, FlowFrame } from '../../flows/dialogue-state.js';
import { withPostcode } from '../../nlu/entities/street-address.js';
import type { FlowName } from '../../flows/flow-names.js';
import { parseSlot, type SlotValues } from '../../flows/slots.js';

/** Below this an intent is a guess: a new request needs at least this to interrupt a pending question. */
const INTERRUPT_CONFIDENCE = 0.6;
/** A second reading this close to the first makes the message ambiguous: ask which. */
const CLARIFY_CONFIDENCE = 0.25;
/** Slots a customer answers in their own words (kept as said, handed to a person). */
const FREE_TEXT_SLOTS = new Set(['address', 'variant', 'competitor']);

type Reading = (understanding: Understanding) => Command | null;

const flow =
  (name: FlowName): Reading =>
  (u) =>
    startFlow(name, slotsFrom(u));

/** What each intent asks for, as a command. Exhaustive: a new intent cannot go unread. */
const READINGS: { readonly [I in Intent]: Reading } = {
  product_search: (u) => aboutProductInView(u) ?? { kind: 'search', query: u.text.slice(0, 500) },
  recommendation: (u) => aboutProductInView(u) ?? { kind: 'search', query: u.text.slice(0, 500) },
  product_question: flow('product_question'),
  comparison: flow('compare_products'),
  availability: (u) => {
    // "do you have this in a medium?" on a product's page: the stock of the product in view.
    // Its size ("a medium") is an option of that product, not an item of an order.
    const inView = pointedProduct(u);
    const slots = slotsFrom(u);
    if (!inView) return startFlow('check_stock', slots);
    const { item_mentions: _items, ...productSlots } = slots;
    return startFlow('check_stock', { ...productSlots, products: [inView] });
  },
  price_promotion: flow('check_price'),
  // "the lantern from my order arrived broken": a claim about what came, not a question about where it is.
  order_status: (u) =>
    startFlow(CLAIMS.has(u.entities.claimReason ?? '') ? 'refund' : 'order_status', slotsFrom(u)),
  // "what did I buy in order 000000001?", « ma dernière commande elle en est où » : that one order, with
  // what it holds, not the list of all orders.
  order_list: (u) =>
    startFlow(
      u.entities.orderNumbers.length > 0 || u.entities.orderRecency !== undefined
        ? 'order_status'
        : 'order_list',
      slotsFrom(u),
    ),
  return_request: flow('return_items'),
  refund_request: flow('refund'),
  cancel_order: flow('cancel_order'),
  // "change the address of 000000004 to 12 Oak St, Austin 78704": the new address came with the request.
  // Its postcode is the new address's, not proof of the order's billing address.
  change_address: (u) => {
    const address = u.entities.streetAddress;
    if (!address && u.entities.postcodes.length === 0) return startFlow('change_address', slotsFrom(u));
    const { postcode: _newAddress, ...slots } = slotsFrom(u);
    return startFlow('change_address', { ...slots, address: (address ?? u.text).slice(0, 500) });
  },
  // "swap the jacket for a large", "…for a bigger size": the request says what is wanted instead, in
  // the customer's words for the person who arranges it.
  exchange: (u) => {
    const labels = u.entities.attributes.map((a) => a.label).join(', ');
    const variant = labels || (u.text.length >= 40 ? u.text : '');
    return startFlow('exchange_item', {
      ...slotsFrom(u),
      ...(variant ? { variant: variant.slice(0, 80) } : {}),
    });
  },
  // "I saw it for $30 at Gearhub": the request itself says where, in the customer's words, for the person.
  price_match: (u) =>
    startFlow('price_match', {
      ...slotsFrom(u),
      ...(u.entities.budget || u.text.length >= 40 ? { competitor: u.text.slice(0, 500) } : {}),
    }),
  coupon_request: flow('coupon'),
  policy_question: () => ({ kind: 'knowledge' }),
  account_help: flow('account_help'),
  // "r u a bot?" is owed an honest answer, with a person one tap away; "I want a real person" is handed off.
  human_agent: (u) =>
    u.flags.asksIfBot
      ? { kind: 'chitchat', topic: 'identity' }
      : { kind: 'hand_off', reason: 'customer_asked' },
  complaint: () => ({ kind: 'hand_off', reason: 'complaint' }),
  legal_privacy: () => ({ kind: 'hand_off', reason: 'legal_privacy' }),
  b2b_quote: () => ({ kind: 'hand_off', reason: 'b2b_quote' }),
  greeting: () => ({ kind: 'chitchat', topic: 'greeting' }),
  thanks: () => ({ kind: 'chitchat', topic: 'thanks' }),
  goodbye: () => ({ kind: 'chitchat', topic: 'goodbye' }),
  // Proof of a guest order with no request: what it proves is for the last request, or order status.
  guest_verification: (u) => startFlow('order_status', slotsFrom(u)),
  affirm: () => ({ kind: 'confirm' }),
  deny: () => ({ kind: 'deny' }),
  out_of_scope: () => ({ kind: 'out_of_scope' }),
};

/**
 * "do you have this in a medium?", "is it good for video editing?" on a product's page: a question about
 * the product in view, not a catalog search — unless it asks for something else like it ("like this but
 * cheaper").
 */
function aboutProductInView(u: Understanding): Command | null {
  const sku = pointedProduct(u);
  return sku ? startFlow('product_question', { ...slotsFrom(u), products: [sku] }) : null;
}

/** The product a pronoun points at ("this", "it"), unless the message asks for another one like it. */
function pointedProduct(u: Understanding): string | undefined {
  const e = u.entities;
  const pointed = e.references.filter((r) => r.kind === 'pronoun' && r.resolved.length === 1);
  const elsewhere = e.budget !== undefined || e.references.some((r) => r.kind === 'comparative');
  if (pointed.length === 0 || elsewhere || e.products.length > 0) return undefined;
  return pointed[0]!.resolved[0]!.sku;
}

/** The message says whom products are for ("for women?", "pour homme"): the NLU's `audiences`. */
function namesAudience(u: Understanding): boolean {
  return (u.entities.audiences ?? []).length > 0;
}

/** Reasons that make a message about an order a claim on what was delivered. */
const CLAIMS = new Set<string>(['damaged', 'defective', 'wrong_item']);

/** Requests to act on an order, by the intent that asks for them. */
const ACTION_FLOWS: Partial<Record<Intent, FlowName>> = {
  return_request: 'return_items',
  refund_request: 'refund',
  cancel_order: 'cancel_order',
  change_address: 'change_address',
  exchange: 'exchange_item',
  coupon_request: 'coupon',
};
/** Requests about the customer's orders (they name items of an order, never products to look up). */
const ORDER_ACTIONS = new Set<Intent>([
  'return_request',
  'refund_request',
  'cancel_order',
  'exchange',
  'order_status',
  'order_list',
]);
/** Flows that only read: a wrong guess costs the customer nothing. */
const READ_ONLY = new Set<Intent>([
  'policy_question',
  'product_question',
  'product_search',
  'recommendation',
]);

/**
 * An unsure reading still worth running: a request about an order the message names (every action is
 * confirmed before it runs, so a wrong guess costs one question), or a question that only reads.
 */
function worthTrying(u: Understanding): boolean {
  if (u.confidence < CLARIFY_CONFIDENCE) return false;
  if ((ACTION_FLOWS[u.intent] || u.intent === 'order_status') && namesAnOrder(u)) return true;
  return (
    READ_ONLY.has(u.intent) &&
    u.alternatives.every((a) => !ACTION_FLOWS[a.intent] || a.confidence < u.confidence / 2)
  );
}

/** Flows about one order: a follow-up naming another order runs them again for it. */
const ORDER_FLOWS = new Set<FlowName>([
  'order_status',
  'return_items',
  'refund',
  'cancel_order',
  'exchange_item',
]);

/**
 * The message names what the store sells, and nothing of an order of the customer's: no number, no
 * date ("a laptop I ordered 2 weeks ago"), no problem with what came.
 */
function namesGoods(u: Understanding): boolean {
  const e = u.entities;
  return (
    ((e.catalogTerms?.length ?? 0) > 0 || e.products.length > 0) &&
    !pointsAtAnOrder(u) &&
    e.claimReason === undefined
  );
}

/** The whole message is one mention of items ("the earbuds one", "the one with the lamp?"). */
function onlyNamesItems(u: Understanding): boolean {
  const start = u.text.length - u.text.trimStart().length;
  const end = u.text.replace(/[\s?!.]+$/u, '').length;
  return u.entities.itemMentions.some((m) => m.phrase !== null && m.start <= start && m.end >= end);
}

/** The message points at an order by something other than its number (a product, a date, "my last one"). */
function namesAnOrder(u: Understanding): boolean {
  const e = u.entities;
  return pointsAtAnOrder(u) || e.products.length > 0 || e.itemMentions.some((m) => m.phrase !== null);
}

/** A number, a short number, a date or "my last one": clues that are only ever about an order. */
function pointsAtAnOrder(u: Understanding): boolean {
  const e = u.entities;
  return (
    e.orderNumbers.length > 0 ||
    e.orderReferences.length > 0 ||
    e.dates.length > 0 ||
    e.orderRecency !== undefined
  );
}

/** Readings a street address next to an order number cannot mean: the address says where it goes. */
const ADDRESS_MISREADINGS = new Set<Intent>([
  'b2b_quote',
  'product_search',
  'recommendation',
  'out_of_scope',
]);

/** A street address given with the order it is for, in a message not read as an address change. */
function newDeliveryAddress(u: Understanding): boolean {
  const e = u.entities;
  return (
    e.streetAddress !== undefined &&
    (e.orderNumbers.length > 0 || e.orderReferences.length > 0) &&
    ADDRESS_MISREADINGS.has(u.intent)
  );
}

/** Readings of words that describe goods: as the answer to a question in the customer's own words, a description. */
const DESCRIPTIONS = new Set<Intent>(['product_search', 'recommendation', 'availability']);
/** Readings that cart words ("add it to my cart", "checkout") make a question about the cart. */
const CART_READINGS = new Set<Intent>([
  'account_help',
  'out_of_scope',
  'order_list',
  'product_search',
  'recommendation',
  'affirm',
]);
/** Intents that are always heard, whatever the flow is waiting for. */
const ALWAYS_HEARD = new Set<Intent>(['human_agent', 'complaint', 'legal_privacy', 'b2b_quote']);
/** Small talk; said alongside a request, the request comes first. */
const CHITCHAT = new Set<Intent>(['greeting', 'thanks', 'goodbye']);
/** Readings that start no flow of their own (they answer the one running). */
const ANSWERS = new Set<Intent>(['affirm', 'deny', 'guest_verification']);

/**
 * The offline command generator: reads the NLU's understanding in the light of what the active flow
 * waits for (Rasa CALM's command generator, without an LLM). It never decides: a `confirm` only confirms
 * a pending confirmation, and the engine checks that.
 */
export function offlineCommands(understanding: Understanding, state: DialogueState): Command[] {
  const u = understanding;
  const top = state.flows[state.flows.length - 1];
  if (!u.language.served && !CHITCHAT.has(u.intent) && u.intent !== 'human_agent')
    return [{ kind: 'unsupported_language', language: u.language.code.slice(0, 8) || 'und' }];
  // "pls send 000000003 to 88 Harbor Rd, Unit 2, Portland OR 97209 instead": a street address for an
  // order of the customer's is where it should go, however the words lean (a quote, a search).
  if (newDeliveryAddress(u)) return [READINGS.change_address(u)!];
  // A person is one step away whatever the flow waits for, even asked for second ("… and then a human").
  const heard = [u.intent, ...u.requests.map((r) => r.intent)].find((i) => ALWAYS_HEARD.has(i));
  if (heard && !u.flags.lowConfidence && (top?.pending || heard === u.intent)) return [READINGS[heard](u)!];

  if (top?.pending?.kind === 'confirm') {
    const revised = revisedRequest(u, top);
    // "yes, just the one puzzle": the yes stands for the consequence shown, and the engine acts only if
    // the restated request still comes to exactly that (same fingerprint); otherwise it asks again.
    if (revised)
      return u.intent === 'affirm'
        ? [{ kind: 'correct_slots', slots: revised }, { kind: 'confirm' }]
        : [{ kind: 'correct_slots', slots: revised }];
    if (u.intent === 'affirm') return [{ kind: 'confirm' }];
    if (u.intent === 'deny') return [{ kind: 'deny' }];
    if (interrupts(u, top.flow)) return requests(u);
    // "what happens if I do?", "hmm": nothing is confirmed; the question is asked again.
    return [{ kind: 'set_slots', slots: {} }];
  }
  if (top?.pending?.kind === 'collect' || top?.pending?.kind === 'wait') {
    if (u.intent === 'deny') return [{ kind: 'cancel_flow' }];
    const slot = top.pending.kind === 'collect' ? top.pending.slot : undefined;
    if (slot && FREE_TEXT_SLOTS.has(slot)) {
      // A new request is not the answer, even when it names items ("can I send the earbuds back?");
      // words that read as a search ("a size L in blue") describe what the customer wants instead.
      if (interrupts(u, top.flow) && !DESCRIPTIONS.has(u.intent)) return requests(u);
      // "yes" to "which size would you like instead?" says nothing of the size: ask again.
      if (u.intent === 'affirm') return [{ kind: 'set_slots', slots: {} }];
      const said = (slot === 'address' && u.entities.streetAddress) || u.text.trim();
      const value = parseSlot(slot as 'address', said);
      return [{ kind: 'set_slots', slots: value === undefined ? {} : { [slot]: value } }];
    }
    const slots = slotsFrom(u);
    const answers =
      Object.keys(slots).length > 0 || u.entities.itemMentions.length > 0 || u.entities.references.length > 0;
    if (!answers && interrupts(u, top.flow)) return requests(u);
    // "can I return one of those items?" while "which product?" waits: a request about an order that
    // names no product is no answer to it.
    if (slot === 'products' && !slots.products && ORDER_ACTIONS.has(u.intent) && interrupts(u, top.flow))
      return requests(u);
    return [{ kind: u.flags.correction ? 'correct_slots' : 'set_slots', slots }];
  }

  // "ok add it to cart", "how do I check out?": help with the cart, whatever intent the words lean to.
  if (u.entities.accountTopic === 'cart' && (u.flags.lowConfidence || CART_READINGS.has(u.intent)))
    return [startFlow('account_help', {})];
  // "what's in it?" after an order's status, "what's in order 4?": that order's items (its status names
  // them), not a product's details.
  const aboutAnOrder =
    pointsAtAnOrder(u) || (state.lastFlow !== undefined && ORDER_FLOWS.has(state.lastFlow));
  if (u.entities.asksContents && u.entities.products.length === 0 && aboutAnOrder)
    return [startFlow('order_status', slotsFrom(u))];
  // "the earbuds one" after "where is my order?": a message that only points at what the customer
  // bought names the order for the last request, whatever intent its few words lean to (the
  // classifier's exchange examples say "the black one for the grey one"). After the list of orders it
  // picks one of them.
  const continued = state.lastFlow === 'order_list' ? 'order_status' : state.lastFlow;
  if (continued && ORDER_FLOWS.has(continued) && onlyNamesItems(u))
    return [startFlow(continued, slotsFrom(u))];
  // "the laptop one" after "where is my order?": an unsure product reading that names something the
  // customer may have bought picks among their orders.
  const unsureAboutProducts = READ_ONLY.has(u.intent) && u.confidence < INTERRUPT_CONFIDENCE;
  if ((u.flags.lowConfidence || unsureAboutProducts) && !u.flags.followUp) {
    // A bare order number or proof after an answer continues the last request for it; so does another
    // order named by what it holds or when it was placed ("the one with the earbuds", "and last week's?"),
    // however the unsure reading guessed.
    const slots = slotsFrom(u);
    if (slots.order && state.lastFlow) return [{ kind: 'set_slots', slots }];
    if (state.lastFlow && ORDER_FLOWS.has(state.lastFlow) && namesAnOrder(u))
      return [startFlow(state.lastFlow, slots)];
  }
  if (u.flags.lowConfidence && !u.flags.followUp && !worthTrying(u)) {
    // "anything cheaper?" after a search refines it.
    // "…for women?" likewise narrows it to whom the products are for.
    const cheaper =
      u.entities.budget?.qualitative === 'cheap' ||
      u.entities.references.some((r) => r.kind === 'comparative') ||
      namesAudience(u);
    if (state.lastSearch && cheaper && u.entities.products.length === 0)
      return [{ kind: 'search', query: u.text.slice(0, 500) || 'cheaper' }];
    // Unsure what is asked, but asked about the product in view: a question about it only reads.
    const inView = aboutProductInView(u);
    if (inView) return [inView];
    const options = clarifyOptions(u);
    if (options) return [{ kind: 'clarify', options }];
    // A request to act, unsure and about no order: ask whether it is the action or the rules for it.
    const action = ACTION_FLOWS[u.intent];
    if (action && NAMEABLE.has(action)) return [{ kind: 'clarify', options: [action, 'policy_question'] }];
    // "i'd like wireless headphones not too expensive for my son": unsure, but the words name what the
    // store sells and no order: search, and say what was found, rather than "I didn't get that".
    if (namesGoods(u)) return [{ kind: 'search', query: u.text.slice(0, 500) }];
    return [{ kind: 'not_understood' }];
  }
  // "can I still return the speaker from order 5?": about one order, the rules are that order's case.
  if (
    u.intent === 'policy_question' &&
    (u.entities.orderNumbers.length > 0 || u.entities.orderReferences.length > 0)
  ) {
    const action = u.alternatives.find((a) => ACTION_FLOWS[a.intent] && a.confidence >= CLARIFY_CONFIDENCE);
    if (action) return [startFlow(ACTION_FLOWS[action.intent]!, slotsFrom(u))];
  }
  if (ANSWERS.has(u.intent) && state.lastFlow && slotsFrom(u).order && u.intent === 'guest_verification')
    return [{ kind: 'set_slots', slots: slotsFrom(u) }];
  return requests(u);
}

/**
 * What a customer changes in the request put to them for confirmation: "no sorry, I meant the earbuds",
 * "non, la commande 45" (a correction or a no that names other items or another order), or the address.
 * Nothing is confirmed: the flow asks again with the new consequence.
 */
function revisedRequest(u: Understanding, frame: FlowFrame): SlotValues | undefined {
  const address = revisedAddress(u, frame);
  if (address) return { address };
  // "no, I'll keep the earbuds" drops the request; it does not name what to act on instead.
  if (u.flags.changeOfMind) return undefined;
  const { order, item_mentions } = slotsFrom(u);
  // "yes, just the one puzzle": a yes that names items or a count restates the request; it confirms
  // only if the request comes to the consequence shown.
  const restated = u.intent === 'affirm' && item_mentions?.some((m) => m.quantifier !== 'unspecified');
  if (!u.flags.correction && u.intent !== 'deny' && !restated) return undefined;
  const items = item_mentions?.some((m) => m.phrase !== null || m.quantity !== undefined)
    ? item_mentions
    : undefined;
  if (!order && !items) return undefined;
  return { ...(order ? { order } : {}), ...(items ? { item_mentions: items } : {}) };
}

/**
 * The delivery address read back to the customer, as they correct it: a new street address replaces it,
 * a new postcode replaces its postcode ("sorry, the zip is 78704 not 78703").
 */
function revisedAddress(u: Understanding, frame: FlowFrame): string | undefined {
  const address = frame.slots.address;
  if (!address) return undefined;
  const fresh = u.entities.streetAddress;
  if (fresh && fresh !== address) return fresh.slice(0, 500);
  const postcode = u.entities.postcodes.find((p) => !address.includes(p));
  return postcode ? withPostcode(address, postcode).slice(0, 500) : undefined;
}

/**
 * Every request in the message, in order, each on its own words ("do you have rain jackets" and "how long
 * does shipping take"); small talk last (it is dropped when a request is served).
 */
function requests(u: Understanding): Command[] {
  // An answer in the same message ("…, email x, surname y") is part of the request, not one of its own.
  const clauses = joinSearches(
    u,
    u.requests.filter((r) => !ANSWERS.has(r.intent) || r.intent === u.intent),
  );
  // "If I don't like it, can I exchange it?": a question about the rules, not a request about an order.
  // "If I find it cheaper elsewhere, will you match the price?" likewise asks about the terms: the
  // condition comes first. A request followed by a question ("i need to return something, and when does
  // the laptop warranty end?") is two requests.
  const intents = clauses.map((c) => c.intent);
  const order =
    u.entities.orderNumbers.length > 0 || u.entities.orderReferences.length > 0 || u.entities.orderRecency;
  const question = intents.indexOf('policy_question');
  const action = intents.findIndex((i) => ACTION_FLOWS[i] || i === 'price_match');
  if (question >= 0 && action > question && !order) return [{ kind: 'knowledge' }];
  const readings =
    clauses.length > 1
      ? clauses.map((r) => ({ intent: r.intent, utterance: r.text, clause: withinClause(u, r) }))
      : [{ intent: u.intent, utterance: undefined, clause: u }];
  const ordered = [
    ...readings.filter((r) => !CHITCHAT.has(r.intent)),
    ...readings.filter((r) => CHITCHAT.has(r.intent)),
  ];
  const commands = ordered.flatMap(({ intent, utterance, clause }) => {
    const command = READINGS[intent](clause);
    return command ? [withUtterance(command, utterance)] : [];
  });
  // "bonjour, je voudrais un casque sans fil pour mon fils" read as a greeting only: the rest names goods.
  if (
    commands.length === 1 &&
    commands[0]!.kind === 'chitchat' &&
    commands[0]!.topic === 'greeting' &&
    namesGoods(u)
  )
    return [{ kind: 'search', query: u.text.slice(0, 500) }];
  // "hi, I'd like to return the earbuds": the greeting is not a request of its own.
  const served = commands.some((c) => c.kind !== 'chitchat');
  return served ? commands.filter((c) => !(c.kind === 'chitchat' && c.topic === 'greeting')) : commands;
}

/**
 * The understanding of one request among several: only what its own clause names fills its slots, so
 * "I need to return something, and when does the laptop warranty end?" does not return the laptop.
 */
function withinClause(u: Understanding, clause: Span): Understanding {
  const inside = <T extends Span>(list: T[]) =>
    list.filter((e) => e.start >= clause.start && e.end <= clause.end);
  const e = u.entities;
  return {
    ...u,
    entities: {
      ...e,
      orderNumbers: inside(e.orderNumbers),
      products: inside(e.products),
      attributes: inside(e.attributes),
      dates: inside(e.dates),
      itemMentions: inside(e.itemMentions),
      orderReferences: inside(e.orderReferences),
    },
  };
}

const SEARCHES = new Set<Intent>(['product_search', 'recommendation']);

/**
 * "gift ideas for a 14 yo who loves gadgets? max 50 bucks": clauses next to each other that both ask
 * for products are one search (its budget, audience and need together), not two.
 */
function joinSearches(u: Understanding, clauses: RequestReading[]): RequestReading[] {
  const joined: RequestReading[] = [];
  for (const clause of clauses) {
    const last = joined.at(-1);
    if (last && SEARCHES.has(last.intent) && SEARCHES.has(clause.intent))
      joined[joined.length - 1] = { ...last, end: clause.end, text: u.text.slice(last.start, clause.end) };
    else joined.push(clause);
  }
  return joined;
}

function withUtterance(command: Command, utterance: string | undefined): Command {
  if (!utterance) return command;
  switch (command.kind) {
    case 'start_flow':
    case 'search':
    case 'knowledge':
      return { ...command, utterance: utterance.slice(0, 2000) };
    default:
      return command;
  }
}

/** A new request strong enough to interrupt what the flow waits for (a digression). */
function interrupts(u: Understanding, current: FlowName): boolean {
  if (u.flags.lowConfidence || u.confidence < INTERRUPT_CONFIDENCE) return false;
  if (ANSWERS.has(u.intent) || CHITCHAT.has(u.intent)) return false;
  const command = READINGS[u.intent](u);
  return command !== null && !(command.kind === 'start_flow' && command.flow === current);
}

/** Flows a clarifying question can name in the customer's words (`flow_*` templates). */
const NAMEABLE = new Set<FlowName>([
  'return_items',
  'refund',
  'cancel_order',
  'order_status',
  'find_products',
  'policy_question',
  'exchange_item',
]);

function clarifyOptions(u: Understanding): FlowName[] | null {
  const flows = [{ intent: u.intent, confidence: u.confidence }, ...u.alternatives]
    .filter((s: IntentScore) => s.confidence >= CLARIFY_CONFIDENCE)
    .map((s) => READINGS[s.intent](u))
    .flatMap((c) =>
      c?.kind === 'start_flow' ? [c.flow] : c?.kind === 'knowledge' ? (['policy_question'] as const) : [],
    )
    .filter((f, i, all) => NAMEABLE.has(f) && all.indexOf(f) === i)
    .slice(0, 3);
  return flows.length >= 2 ? flows : null;
}

/** Slot values the message states, each validated against its slot's schema (a bad value is dropped). */
export function slotsFrom(u: Understanding): SlotValues {
  const e = u.entities;
  const candidates: SlotValues = {
    order: e.orderNumbers[0]?.value,
    email: e.emails[0],
    last_name: e.lastName,
    postcode: e.postcodes[0],
    reason: e.claimReason,
    products: e.products.length > 0 ? [...new Set(e.products.map((p) => p.sku))].slice(0, 3) : undefined,
    item_mentions:
      e.itemMentions.length > 0
        ? e.itemMentions.slice(0, 10).map(({ phrase, quantifier, quantity, outOf }) => ({
            phrase: phrase?.slice(0, 80) ?? null,
            quantifier,
            ...(quantity === undefined ? {} : { quantity }),
            ...(outOf === undefined ? {} : { outOf }),
          }))
        : undefined,
  };
  const slots: SlotValues = {};
  for (const [name, value] of Object.entries(candidates) as [keyof SlotValues, unknown][]) {
    if (value === undefined) continue;
    const parsed = parseSlot(name, value);
    if (parsed !== undefined) (slots as Record<string, unknown>)[name] = parsed;
  }
  return slots;
}
