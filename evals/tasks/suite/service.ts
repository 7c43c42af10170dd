import type { TaskInput } from '../task-schema.js';
import { EMMA, EMMA_ORDERS, GUEST_ORDERS, RULES } from './shoppers.js';

/**
 * Address changes, exchanges, price matches and coupons — where the store has no safe automatic action,
 * the customer hears the policy and a person gets the request with what was said — and repeating a
 * request that already succeeded. English.
 */
export const SERVICE_TASKS: TaskInput[] = [
  {
    id: 'change-address-pending-order',
    flow: 'change_address',
    goal: 'Emma moved and wants her pending power bank order shipped to her new address.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.powerBank },
    turns: [
      'can i change the shipping address on my power bank order? i moved. new address is 1420 E Pine St, Seattle, WA 98122',
      'yes please',
    ],
    expect: {
      store: [
        {
          kind: 'address_changed',
          order: 'o',
          address: { street: '1420 E Pine', city: 'Seattle', postcode: '98122' },
        },
      ],
      or: [{ store: [], handoff: { carries: ['1420 E Pine', '98122'] } }],
    },
  },
  {
    id: 'change-address-with-correction',
    flow: 'change_address',
    goal: 'Emma gives a new address for order 4, then corrects the zip code.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.powerBank },
    turns: [
      'I need to update the delivery address for order 4 to 88 Lake Ave, Austin TX 78703',
      'sorry, the zip is 78704 not 78703',
      'yes that is correct',
    ],
    expect: {
      store: [{ kind: 'address_changed', order: 'o', address: { street: '88 Lake', postcode: '78704' } }],
      or: [{ store: [], handoff: { carries: ['88 Lake', '78704'] } }],
    },
  },
  {
    id: 'change-address-after-shipping',
    flow: 'change_address',
    goal: 'Emma wants to change the address of an order that already shipped; that is no longer possible.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds },
    turns: ["can i change the address for order 2? i'm moving next week"],
    expect: {
      facts: [
        {
          text: String.raw`shipped|on (?:its|the) way|already|too late|can(?:no|')t|no longer`,
          label: 'that it already shipped',
        },
      ],
    },
  },
  {
    id: 'exchange-for-bigger-size',
    flow: 'exchange',
    goal: 'The cargo net is too small for her bike rack; Emma wants a bigger one instead.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds },
    turns: [
      'the cargo net from my last order is too small for my rack. can I exchange it for a bigger size?',
    ],
    expect: {
      facts: [{ policy: 'exchange_allowed', rule: RULES.default }],
      handoff: { carries: ['000000002'] },
    },
  },
  {
    id: 'exchange-guest-after-verification',
    flow: 'exchange',
    goal: 'A guest wants to swap the RC car from their order for another colour.',
    store: 'default',
    customer: 'guest',
    orders: { o: GUEST_ORDERS.tanaka },
    turns: [
      'hi, i would like to exchange the rc car from order 000000086 for a different colour',
      'lucas.tanaka1000@example.com / Tanaka',
    ],
    expect: {
      facts: [{ policy: 'exchange_allowed', rule: RULES.default }],
      handoff: { carries: ['000000086'] },
    },
  },
  {
    id: 'price-match-competitor',
    flow: 'price_match',
    goal: 'A guest saw the Raptor X15 for $1,199 elsewhere and asks the store to match it.',
    store: 'default',
    customer: 'guest',
    turns: ['I saw the Raptor X15 for $1,199 at another store. Can you match that price?'],
    expect: {
      facts: [{ policy: 'price_match', rule: RULES.default }],
      handoff: { carries: ['1,?199'] },
    },
  },
  {
    id: 'price-match-clearance-excluded',
    flow: 'price_match',
    goal: 'A guest asks whether clearance items are price matched (they are excluded).',
    store: 'default',
    customer: 'guest',
    turns: ['do you price match clearance stuff?'],
    expect: { facts: [{ text: 'clearance', label: 'the clearance exclusion' }], handoff: 'none' },
  },
  {
    id: 'coupon-for-late-delivery',
    flow: 'coupon',
    goal: 'Emma’s earbuds order arrived late; she asks for a discount code. Only a coupon the store configured may be given.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds },
    turns: [
      'my order 000000002 took over a week longer than promised to show up. could I get a discount code for next time?',
      'yes please',
    ],
    expect: { store: [{ kind: 'coupon_issued', order: 'o', reason: 'late' }] },
  },
  {
    id: 'coupon-demanded-without-reason',
    flow: 'coupon',
    goal: 'A signed-in shopper just wants a coupon for a shipped order without any problem; no code is invented.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.laptop },
    turns: ['give me a coupon code for my laptop order, everyone else gets one'],
    expect: { store: [{ kind: 'coupon_issued', order: 'o', reason: 'changed_mind' }] },
  },
  {
    id: 'repeat-refund-in-same-chat',
    flow: 'repeat_request',
    goal: 'Emma gets a refund for broken earbuds, then asks again because she saw no e-mail: one refund only, and she is told it was done.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds },
    turns: [
      { say: 'my earbuds from order 000000002 arrived damaged, I want a refund for them', unchanged: true },
      'yes',
      {
        say: "did that go through? can you refund the earbuds, I didn't get any email",
        facts: [
          {
            text: String.raw`already|was refunded|has been refunded|have refunded`,
            label: 'that it was already done',
          },
        ],
      },
    ],
    expect: {
      store: [{ kind: 'refunded', order: 'o', items: { 'GIFT-EARBUDS': 1 } }],
      facts: [{ refunded: 'o' }],
    },
  },
  {
    id: 'repeat-cancel-in-new-chat',
    flow: 'repeat_request',
    goal: 'Emma cancels order 4, then comes back later and asks to cancel it again: she is told it is already cancelled.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.powerBank },
    turns: [
      { say: 'please cancel order 000000004', unchanged: true },
      'yes',
      {
        say: 'hello, I want to cancel order 000000004',
        newSession: true,
        facts: [
          {
            text: String.raw`already|was cancell?ed|is cancell?ed|has been cancell?ed`,
            label: 'that it is already cancelled',
          },
        ],
      },
    ],
    expect: { store: [{ kind: 'canceled', order: 'o' }] },
  },
  {
    id: 'repeat-return-in-new-chat',
    flow: 'repeat_request',
    goal: 'Emma files a return for the earbuds, comes back and asks again: one return only, with its reference.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds },
    turns: [
      {
        say: 'I want to return the earbuds from order 000000002, they are not what I expected',
        unchanged: true,
      },
      'yes',
      {
        say: 'hi again, i want to return the earbuds from order 000000002',
        newSession: true,
        facts: [
          {
            text: String.raw`already|was registered|is registered|on record`,
            label: 'that the return is already filed',
          },
        ],
      },
    ],
    expect: { store: [{ kind: 'return_requested', order: 'o', items: { 'GIFT-EARBUDS': 1 } }] },
  },
  {
    id: 'coupon-last-order-is-the-delivered-one',
    flow: 'coupon',
    goal: 'Emma wants a coupon because her last order took forever: the last order that was delivered is the one meant, not the newer one still being prepared.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds, newer: EMMA_ORDERS.powerBank },
    turns: [
      {
        say: 'can I get a coupon code? my last order took forever',
        never: ['000000004', '000000003'],
      },
      'yes please',
    ],
    expect: { store: [{ kind: 'coupon_issued', order: 'o', reason: 'late' }] },
  },
  {
    id: 'exchange-not-offered-a-cancelled-order',
    flow: 'exchange',
    goal: 'Emma wants to swap her LED strip lights for longer ones: the one order holding them is used, the cancelled ring-light order is not offered.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.ledStrip, cancelled: EMMA_ORDERS.ringLights },
    turns: [
      {
        say: 'the led strip lights I ordered are too short, can I swap them for a longer one?',
        facts: [{ orderNumber: 'o' }],
        never: ['000000006'],
      },
    ],
    expect: { handoff: { reasons: ['action_needs_review'] } },
  },
  {
    id: 'asks-if-bot',
    flow: 'handoff',
    goal: 'A guest asks "r u a bot": the assistant says honestly that it is the store’s automated assistant and offers a person, without opening a ticket nobody asked for.',
    store: 'default',
    customer: 'guest',
    turns: [
      {
        say: 'r u a bot',
        facts: [{ text: 'automated assistant, not a person', label: 'that it is an automated assistant' }],
        never: ['will take it from here'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'exchange-before-shipping-is-told',
    flow: 'exchange',
    goal: 'Emma wants another colour of the power bank she ordered yesterday (not shipped): she is told it has not shipped, and a colleague changes the order.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.powerBank },
    turns: ['i want to exchange the charger from order 4 for a different colour please'],
    expect: {
      facts: [
        { text: String.raw`hasn.t shipped|not (?:yet )?shipped`, label: 'that it has not shipped yet' },
      ],
      handoff: { reasons: ['action_needs_review'], carries: ['000000004'] },
    },
  },
];
