import type { TaskInput } from '../task-schema.js';
import { EMMA, EMMA_ORDERS, GUEST_ORDERS, OLIVER, OLIVER_LANTERN, RULES } from './shoppers.js';

/** Where is my order, which orders do I have: signed-in shoppers and guests, English. */
export const ORDER_TASKS: TaskInput[] = [
  {
    id: 'status-by-product-in-first-message',
    flow: 'order_status',
    goal: 'Emma wants to know where the order with her earbuds is.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds },
    turns: ['hey, where is the order with my earbuds?? its been a few days'],
    expect: { facts: [{ tracking: 'o' }], handoff: 'none' },
  },
  {
    id: 'status-where-is-my-order-then-product',
    flow: 'order_status',
    goal: 'Emma asks where her order is, then says which one: the one with the earbuds.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds },
    turns: ['where is my order?', 'the one with the earbuds'],
    expect: { facts: [{ tracking: 'o' }, { orderNumber: 'o' }], handoff: 'none' },
  },
  {
    id: 'status-not-shipped-yet',
    flow: 'order_status',
    goal: 'Emma wants to know whether her LED strip has shipped (it has not).',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.ledStrip },
    turns: ['has my led strip shipped yet'],
    expect: {
      facts: [
        { orderNumber: 'o' },
        {
          text: String.raw`processing|not (?:yet )?(?:been )?shipped|hasn.t (?:been )?shipped|being (?:prepared|packed)|not shipped`,
          label: 'that it has not shipped yet',
        },
      ],
      handoff: 'none',
    },
  },
  {
    id: 'status-short-order-number',
    flow: 'order_status',
    goal: 'Emma asks about "order 8" by its short number.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.raptors },
    turns: ['whats the status of order 8'],
    expect: { facts: [{ orderNumber: 'o' }, { tracking: 'o' }], handoff: 'none' },
  },
  {
    id: 'status-by-date',
    flow: 'order_status',
    goal: 'Emma asks about the laptop she ordered about two weeks ago.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.laptop },
    turns: ['Hi! I ordered a laptop about 2 weeks ago, has it been delivered?'],
    expect: { facts: [{ orderNumber: 'o' }, { tracking: 'o' }], handoff: 'none' },
  },
  {
    id: 'order-list-recent',
    flow: 'order_list',
    goal: 'Emma wants to see her orders.',
    store: 'default',
    customer: EMMA,
    orders: { a: EMMA_ORDERS.powerBank, b: EMMA_ORDERS.ledStrip, c: EMMA_ORDERS.earbuds },
    turns: ['can you show me all my orders please'],
    expect: {
      facts: [{ orderNumber: 'a' }, { orderNumber: 'b' }, { orderNumber: 'c' }],
      handoff: 'none',
    },
  },
  {
    id: 'order-list-then-pick',
    flow: 'order_list',
    goal: 'Emma lists her orders, then asks about the cancelled one.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.ringLights },
    turns: [
      'what orders do i have with you',
      {
        say: 'why was the ring light one cancelled?',
        facts: [{ orderNumber: 'o' }, { text: 'cancel|annul', label: 'that it is cancelled' }],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'guest-status-tracking',
    flow: 'guest_verification',
    goal: 'A guest asks where order 000000086 is and proves it is theirs with e-mail and last name.',
    store: 'default',
    customer: 'guest',
    orders: { o: GUEST_ORDERS.tanaka },
    turns: ['where is my order 000000086?', 'lucas.tanaka1000@example.com, last name Tanaka'],
    expect: { facts: [{ tracking: 'o' }], handoff: 'none' },
  },
  {
    id: 'guest-wrong-postcode-then-corrected',
    flow: 'guest_verification',
    goal: 'A guest gives a wrong postcode, then corrects only the postcode.',
    store: 'default',
    customer: 'guest',
    orders: { o: GUEST_ORDERS.tanaka },
    turns: [
      'tracking for order 000000086 please, email lucas.tanaka1000@example.com zip 97210',
      'sorry, postcode is 97201',
    ],
    expect: { facts: [{ tracking: 'o' }], handoff: 'none' },
  },
  {
    id: 'guest-wrong-email-then-corrected',
    flow: 'guest_verification',
    goal: 'A guest mistypes the e-mail, then sends the right one.',
    store: 'default',
    customer: 'guest',
    orders: { o: GUEST_ORDERS.okafor },
    turns: [
      'status of order 000000092',
      'zoe.okafor@example.com and my last name is Okafor',
      'oops, its zoe.okafor1010@example.com',
    ],
    expect: {
      facts: [
        { orderNumber: 'o' },
        {
          text: String.raw`processing|not (?:yet )?(?:been )?shipped|being (?:prepared|packed)`,
          label: 'its status',
        },
      ],
      handoff: 'none',
    },
  },
  {
    id: 'guest-laptop-return-out-of-window',
    flow: 'return',
    goal: 'A guest wants to return a laptop bought three months ago; the laptop window (15 days) is long closed.',
    store: 'default',
    customer: 'guest',
    orders: { o: GUEST_ORDERS.patel },
    turns: [
      'Hello, I would like to return the laptop from order 000000089. Email nora.patel1004@example.com, surname Patel.',
    ],
    expect: {
      facts: [
        { policy: 'return_window_days', rule: RULES.laptops },
        {
          text: String.raw`can(?:no|')t|no longer|outside|past|expired|closed|not eligible|too late|isn't possible|is not possible`,
          label: 'that the return is refused',
        },
      ],
    },
  },
  {
    id: 'eu-status-not-shipped',
    flow: 'order_status',
    goal: 'Oliver (EU English store) asks whether his lantern has shipped; it has not.',
    store: 'eu_en',
    customer: OLIVER,
    orders: { o: OLIVER_LANTERN },
    turns: ['Has my lantern been dispatched yet?'],
    expect: {
      facts: [
        { orderNumber: 'o' },
        {
          text: String.raw`processing|not (?:yet )?(?:been )?(?:shipped|dispatched)|being (?:prepared|packed)`,
          label: 'that it has not shipped yet',
        },
      ],
      handoff: 'none',
    },
  },
  {
    id: 'guest-cannot-see-customer-order',
    flow: 'guest_verification',
    goal: "A guest tries to look up a registered customer's order with that customer's e-mail; they must sign in.",
    store: 'default',
    customer: 'guest',
    turns: ['where is order 000000001', 'emma.shopper@example.com, Shopper'],
    expect: {
      facts: [{ text: String.raw`sign(?:ed)? in|log(?:ged)? in|account`, label: 'to sign in' }],
      never: ['Kestrel Nova', 'NOVA-G16'],
    },
  },
  {
    id: 'guest-proof-in-one-line-then-return',
    flow: 'guest_verification',
    goal: 'A guest gives the order number, e-mail and a bare postcode in one line, then asks to return the first aid kit (final sale): the postcode is taken, not asked for again.',
    store: 'default',
    customer: 'guest',
    orders: { o: GUEST_ORDERS.tanaka },
    turns: [
      {
        say: 'order 000000086, lucas.tanaka1000@example.com, 97201',
        facts: [{ tracking: 'o' }],
        never: ['postcode for that order'],
      },
      {
        say: "I'd like to return the first aid kit",
        facts: [{ text: 'final sale', label: 'that it was sold as final sale' }],
        never: ['postcode for that order'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'order-list-more-orders',
    flow: 'order_list',
    goal: 'Emma lists her orders, then asks for more: the older ones are shown, not the same five again.',
    store: 'default',
    customer: EMMA,
    orders: { a: EMMA_ORDERS.speaker, b: EMMA_ORDERS.headsets, c: EMMA_ORDERS.raptors },
    turns: [
      'show me all my orders',
      {
        say: 'show me more orders',
        facts: [{ orderNumber: 'a' }, { orderNumber: 'b' }, { orderNumber: 'c' }],
        never: ['000000004'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'cancel-and-tracking-in-one-message',
    flow: 'multi_request',
    goal: 'Emma asks to cancel order 000000003 and for the tracking of order 2 in one message: the cancellation goes to a colleague, and the tracking is still given.',
    store: 'default',
    customer: EMMA,
    orders: { cancelled: EMMA_ORDERS.ledStrip, tracked: EMMA_ORDERS.earbuds },
    turns: [
      {
        say: 'can you cancel order 000000003 and also send me the tracking for order 2',
        facts: [{ tracking: 'tracked' }],
      },
    ],
    expect: { or: [{ store: [{ kind: 'canceled', order: 'cancelled' }] }] },
  },
];
