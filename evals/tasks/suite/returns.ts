import type { TaskInput } from '../task-schema.js';
import { EMMA, EMMA_ORDERS, FELIX, FELIX_PUZZLES, RULES } from './shoppers.js';

/** Returns, refunds and damage claims on the items named, English. */
export const RETURN_TASKS: TaskInput[] = [
  {
    id: 'return-earbuds-only',
    flow: 'return',
    goal: 'Emma returns only the earbuds from an order that also holds a cargo net.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds },
    turns: [
      {
        say: 'I want to return the earbuds from order 000000002, changed my mind about them',
        unchanged: true,
      },
      'yes please',
    ],
    expect: {
      store: [{ kind: 'return_requested', order: 'o', items: { 'GIFT-EARBUDS': 1 } }],
      facts: [{ text: 'earbuds', label: 'which item is returned' }],
    },
  },
  {
    id: 'return-one-of-two-puzzles',
    flow: 'return',
    goal: 'Felix returns one of the two puzzles he bought, not both.',
    store: 'default',
    customer: FELIX,
    orders: { o: FELIX_PUZZLES },
    turns: [
      {
        say: 'hi, i bought two of the junior puzzles but only need one. can i send one of them back?',
        unchanged: true,
      },
      'yes, just the one puzzle',
    ],
    expect: { store: [{ kind: 'return_requested', order: 'o', items: { 'TG-00834': 1 } }] },
  },
  {
    id: 'return-out-of-window',
    flow: 'return',
    goal: 'Emma wants to return the speaker she bought in September; the 30-day window is closed.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.speaker },
    turns: ["can I still return the bluetooth speaker from order 5? it's unopened"],
    expect: {
      facts: [
        { policy: 'return_window_days', rule: RULES.default },
        {
          text: String.raw`can(?:no|')t|no longer|outside|past|expired|closed|not eligible|too late|isn't possible|is not possible`,
          label: 'that the return is refused',
        },
      ],
    },
  },
  {
    id: 'return-laptop-restocking-fee',
    flow: 'return',
    goal: 'Emma wants to send back her gaming laptop (in the laptop window, a restocking fee applies, above the automatic bound).',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.laptop },
    turns: ['i want to send back the nova g16 laptop, i just dont use it', 'yes go ahead'],
    expect: {
      facts: [{ policy: 'restocking_fee_percent', rule: RULES.laptops }],
      handoff: { reasons: ['action_needs_review'] },
    },
  },
  {
    id: 'damage-claim-earbuds-refund',
    flow: 'damage_claim',
    goal: 'The earbuds arrived broken; Emma wants her money back for them only.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds },
    turns: [
      {
        say: "the earbuds from my last order arrived broken, the left one won't charge at all. can i get a refund for them?",
        unchanged: true,
      },
      'yes',
    ],
    expect: {
      store: [{ kind: 'refunded', order: 'o', items: { 'GIFT-EARBUDS': 1 } }],
      facts: [{ refunded: 'o' }],
    },
  },
  {
    id: 'damage-claim-on-order-with-earlier-refund-goes-to-review',
    flow: 'damage_claim',
    goal: 'The cargo net in an order that already had a $1,299 laptop refunded came with a broken hook; the earlier refund puts the order over the automatic bound (split claims), so a colleague reviews it and nothing is refunded yet.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.raptors },
    turns: [
      'The cargo net from order 000000008 came with a broken hook. Could I get my money back for just the net?',
      'Yes, that is right.',
    ],
    expect: {
      handoff: { reasons: ['action_needs_review'], carries: ['000000008'] },
      never: [String.raw`(?:has been|was|is) refunded`],
    },
  },
  {
    id: 'refund-not-shipped-offers-cancellation',
    flow: 'refund',
    goal: 'Emma asks for a refund on an order that has not shipped: she is offered a cancellation, not a refund, and declines.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.ledStrip },
    turns: [
      { say: 'i want a refund for my led strip order', unchanged: true },
      "no thanks, i'll just wait for it",
    ],
    expect: {
      facts: [{ text: 'cancel', label: 'a cancellation offered' }],
      never: [String.raw`refund(?:ed)? (?:of|for) \$`],
    },
  },
  {
    id: 'refund-canceled-order',
    flow: 'refund',
    goal: 'Emma asks for a refund on an order that was cancelled (nothing was paid).',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.ringLights },
    turns: ['refund order 6 please'],
    expect: {
      facts: [{ text: 'cancel', label: 'that the order is cancelled' }],
      never: [String.raw`Only \d+ of`, 'were asked for'],
    },
  },
  {
    id: 'refund-already-refunded',
    flow: 'refund',
    goal: 'Emma asks where the refund for her returned headphones is; it was refunded in full.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.headsets },
    turns: ['I sent back the studio pro headphones weeks ago, where is my refund??'],
    expect: {
      facts: [{ text: 'refunded', label: 'that it was refunded' }, { orderTotal: 'o' }],
      never: ['nothing is left to return'],
    },
  },
  {
    id: 'refund-asked-again-on-refunded-order',
    flow: 'refund',
    goal: 'Emma asks for a refund on her headphones order, which was already refunded in full: she is told so, with the amount, not that a window has passed.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.headsets },
    turns: ['refund for order 7?'],
    expect: {
      facts: [
        { text: 'already (?:been )?refunded', label: 'that it was already refunded' },
        { orderTotal: 'o' },
      ],
      never: ['window', 'has passed'],
    },
  },
  {
    id: 'refund-question-after-return-no-second-request',
    flow: 'refund',
    goal: 'Emma returns the earbuds, then asks when her money comes back: the return already registered answers it; no second request, no person asked to refund them again.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds },
    turns: [
      { say: 'I want to return the earbuds', unchanged: true },
      'yes',
      {
        say: 'when will I get my money back for the earbuds I returned?',
        facts: [
          { text: String.raw`already registered`, label: 'that the return is registered' },
          { linesAmount: { order: 'o', items: { 'GIFT-EARBUDS': 1 } } },
        ],
        never: ['colleague', 'passed your request'],
      },
    ],
    expect: {
      store: [{ kind: 'return_requested', order: 'o', items: { 'GIFT-EARBUDS': 1 } }],
      handoff: 'none',
    },
  },
  {
    id: 'refund-status-of-refunded-order',
    flow: 'refund',
    goal: 'Emma asks whether the refund of order 000000007 went through: it did, and she is told so, not refused.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.headsets },
    turns: [
      {
        say: 'has my refund for order 000000007 gone through?',
        facts: [{ orderNumber: 'o' }, { text: 'already been refunded', label: 'that it was refunded' }],
        never: [String.raw`can't do that`],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'return-handed-off-then-withdrawn',
    flow: 'return',
    goal: 'Emma’s laptop return goes to a colleague; she then says to leave it: the withdrawal is on the ticket for the colleague, and she is told so.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.laptop },
    turns: [
      'i want to send back the nova g16 laptop, i just dont use it',
      {
        say: "no, leave it, I'll keep it",
        facts: [{ text: 'no longer want', label: 'that the withdrawal is noted' }],
      },
    ],
    expect: { handoff: { reasons: ['action_needs_review'], carries: ['"withdrawn"', 'keep it'] } },
  },
  {
    id: 'return-items-named-the-turn-before',
    flow: 'return',
    goal: 'Emma picks her order from the list by the earbuds, then asks to return "them": only the earbuds are returned, not the cargo net beside them.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds },
    turns: [
      'what are my orders',
      { say: 'the earbuds one', facts: [{ orderNumber: 'o' }], unchanged: true },
      { say: 'can i return them?', unchanged: true },
      'yes please',
    ],
    expect: { store: [{ kind: 'return_requested', order: 'o', items: { 'GIFT-EARBUDS': 1 } }] },
  },
];
