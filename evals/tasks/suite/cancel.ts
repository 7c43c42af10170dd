import type { TaskInput } from '../task-schema.js';
import { EMMA, EMMA_ORDERS, GUEST_ORDERS } from './shoppers.js';

/** Cancelling an order: confirmed first; a no, a hesitation or a change of mind changes nothing. */
export const CANCEL_TASKS: TaskInput[] = [
  {
    id: 'cancel-pending-confirmed',
    flow: 'cancel_order',
    goal: 'Emma cancels her pending power bank order and confirms.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.powerBank },
    turns: [
      { say: 'please cancel my power bank order', unchanged: true, facts: [{ orderNumber: 'o' }] },
      'yes, cancel it',
    ],
    expect: { store: [{ kind: 'canceled', order: 'o' }] },
  },
  {
    id: 'cancel-then-no',
    flow: 'cancel_order',
    goal: 'Emma starts to cancel order 4 and then says no: nothing changes.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.powerBank },
    turns: ['cancel order 000000004', 'no, leave it'],
    expect: { never: [String.raw`(?:has been|is now|was) cancell?ed`] },
  },
  {
    id: 'cancel-hesitation',
    flow: 'cancel_order',
    goal: 'Emma is thinking about cancelling and asks what would happen; then keeps the order.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.powerBank },
    turns: [
      {
        say: 'thinking about cancelling order 000000004... what happens if I do?',
        facts: [{ orderTotal: 'o' }],
      },
      "ok never mind, I'll keep it",
    ],
    expect: { never: [String.raw`(?:has been|is now|was) cancell?ed`] },
  },
  {
    id: 'cancel-change-of-mind',
    flow: 'cancel_order',
    goal: 'Emma asks to cancel, then changes her mind before confirming.',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.powerBank },
    turns: ['can you cancel order 4 for me', "actually wait, don't. I still want it"],
    expect: { never: [String.raw`(?:has been|is now|was) cancell?ed`] },
  },
  {
    id: 'cancel-shipped-refused',
    flow: 'cancel_order',
    goal: 'Emma wants to cancel an order that already shipped; she is told it shipped (and how to return).',
    store: 'default',
    customer: EMMA,
    orders: { o: EMMA_ORDERS.earbuds },
    turns: ['cancel order 000000002 please'],
    expect: {
      facts: [
        {
          text: String.raw`can(?:no|')t|no longer|not possible|unable|too late`,
          label: 'that it can no longer be cancelled',
        },
      ],
    },
  },
  {
    id: 'cancel-guest-verified-confirmed',
    flow: 'cancel_order',
    goal: 'A guest cancels a $433 pending order after proving it is theirs, confirming the exact order.',
    store: 'default',
    customer: 'guest',
    orders: { o: GUEST_ORDERS.muller },
    turns: [
      { say: 'I need to cancel order 000000088', unchanged: true },
      { say: 'felix.muller1003@example.com, Müller', unchanged: true, facts: [{ orderTotal: 'o' }] },
      'yes',
    ],
    expect: { store: [{ kind: 'canceled', order: 'o' }] },
  },
];
