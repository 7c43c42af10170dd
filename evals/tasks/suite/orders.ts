import type { TaskInput } from '../task-schema.js';
import {
  EMMA,
  EMMA_ORDERS,
  GUEST_ORDERS,
  MATEO,
  MATEO_ORDERS,
  OLIVER,
  OLIVER_LANTERN,
  RULES,
} from './shoppers.js';

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
  {
    id: 'order-contents-then-return-one',
    flow: 'order_status',
    goal: 'Emma asks what is in order 000000002 (not the list of all her orders), then to return one of those items: she is asked which one, from that order.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds },
    turns: [
      {
        say: 'what did I buy in order 000000002?',
        facts: [{ product: 'GIFT-EARBUDS' }, { product: 'CYC-CARGO-NET' }],
        never: ['000000004', 'Which product'],
      },
      {
        say: 'can I return one of those items?',
        unchanged: true,
        facts: [{ text: 'Which items', label: 'which of its items' }],
        never: ['Which product'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'order-contents-after-status',
    flow: 'order_status',
    goal: 'Emma asks where order 4 is, then what is in it: the order’s items, not a product question.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.powerBank },
    turns: [
      'where is order 4?',
      {
        say: "what's in it?",
        facts: [{ orderNumber: 'o' }, { text: 'PowerCube', label: 'the power bank it holds' }],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'order-list-by-month',
    flow: 'order_list',
    goal: 'Emma asks what she bought in November: the orders placed that month, with what they hold, not the December ones.',
    store: 'default',
    customer: EMMA,
    orders: { laptop: EMMA_ORDERS.laptop, raptors: EMMA_ORDERS.raptors },
    turns: [
      {
        say: 'what did i buy in november?',
        facts: [{ orderNumber: 'laptop' }, { orderNumber: 'raptors' }],
        never: ['000000004', '000000003', '000000002'],
      },
    ],
    expect: { handoff: 'none' },
  },
];

/** Orders pointed at from what was just shown or said (QA session of 2026-12-07). */
export const ORDER_REFERENCE_TASKS: TaskInput[] = [
  {
    id: 'status-second-order-of-the-list',
    flow: 'order_list',
    goal: 'Emma lists her orders, then asks whether the second one has shipped.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.ledStrip, first: EMMA_ORDERS.powerBank },
    turns: [
      'show me my orders',
      {
        say: 'the second one, has it shipped?',
        facts: [{ orderNumber: 'o' }],
        never: ['000000004', 'PowerCube'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'status-the-one-before-that',
    flow: 'order_status',
    goal: 'Emma asks where order 000000008 is, then about the order she placed before it.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.raptors, before: EMMA_ORDERS.headsets },
    turns: [
      "where's 000000008",
      { say: 'and the one before that?', facts: [{ orderNumber: 'before' }], never: ['Raptor'] },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'status-and-return-window-in-one-message',
    flow: 'multi_request',
    goal: 'Emma asks whether order 000000003 has gone out and, in passing, how long she has to send back a laptop.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.ledStrip },
    turns: ['has 000000003 gone out yet, and btw how long do I have to send back a laptop?'],
    expect: {
      facts: [
        { orderNumber: 'o' },
        { text: String.raw`hasn.t shipped|not shipped`, label: 'that it has not shipped yet' },
        { policy: 'return_window_days', rule: RULES.laptops },
      ],
      never: ['Which items'],
      handoff: 'none',
    },
  },
  {
    id: 'refund-where-for-ring-light-of-cancelled-order',
    flow: 'refund',
    goal: 'Emma asks where the money for her ring light is: the ring light was in order 000000006, which was cancelled — not the LED strip order.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.ringLights, led: EMMA_ORDERS.ledStrip },
    turns: [
      {
        say: 'sent the ring light back ages ago, still no money??',
        facts: [{ orderNumber: 'o' }, { text: 'cancel', label: 'that the order is cancelled' }],
        never: ['000000003', "hasn't shipped", 'colleague'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'refund-status-of-cancelled-order',
    flow: 'refund',
    goal: 'Emma asks whether her refund for order 6 came through; the order was cancelled: she is told so, not asked which items to refund.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.ringLights },
    turns: [
      {
        say: 'has my refund for order 6 come through',
        facts: [{ orderNumber: 'o' }, { text: 'cancel', label: 'that the order is cancelled' }],
        never: ['Which items'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'change-address-said-as-send-it-there',
    flow: 'change_address',
    goal: 'Emma asks for order 000000003 to be sent to a new address instead: an address change, not a business quote.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.ledStrip },
    turns: [
      {
        say: 'pls send 000000003 to 88 Harbor Rd, Unit 2, Portland OR 97209 instead',
        facts: [
          { orderNumber: 'o' },
          { text: String.raw`88 Harbor Rd, Unit 2, Portland OR 97209"`, label: 'the new address read back' },
        ],
        never: ['sales team', 'quote', 'instead"'],
      },
      'yes',
    ],
    expect: {
      store: [{ kind: 'address_changed', order: 'o', address: { street: '88 Harbor', postcode: '97209' } }],
      or: [{ store: [], handoff: { carries: ['88 Harbor', '97209'] } }],
    },
  },
  {
    id: 'fr-status-of-last-order-then-cancel-it',
    flow: 'order_status',
    goal: 'Mateo asks where his last order is, then wants to cancel it: the status of 3000000003, then its cancellation, never the list or "which order?".',
    store: 'fr',
    customer: MATEO,
    orders: { o: MATEO_ORDERS.processing },
    turns: [
      {
        say: 'ma dernière commande elle en est où',
        facts: [{ orderNumber: 'o' }, { text: 'pas encore expédiée', label: 'that it has not shipped yet' }],
        never: ['3000000002', 'Vos commandes'],
      },
      { say: "je veux l'annuler en fait", facts: [{ orderNumber: 'o' }], never: ['De quelle commande'] },
    ],
    // Invoiced, so a person cancels it: the ticket carries that order.
    expect: { handoff: { reasons: ['action_needs_review'], carries: ['3000000003'] } },
  },
  {
    id: 'return-the-whole-thing',
    flow: 'return',
    goal: 'Emma wants to send back what came in order 000000002 and, asked which items, says "the whole thing".',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds },
    turns: [
      { say: 'can i send back stuff from order 000000002', unchanged: true },
      {
        say: 'the whole thing',
        facts: [{ linesAmount: { order: 'o', items: { 'CYC-CARGO-NET': 1, 'GIFT-EARBUDS': 1 } } }],
        never: ['Which items'],
        unchanged: true,
      },
      'yes',
    ],
    expect: {
      store: [{ kind: 'return_requested', order: 'o', items: { 'CYC-CARGO-NET': 1, 'GIFT-EARBUDS': 1 } }],
    },
  },
];
