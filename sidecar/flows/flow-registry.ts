import { call, collect, handOff, reply, type FlowDefinition } from './flow-definition.js';
import type { FlowName } from './flow-names.js';

/** The order a request is about, proven to be the requester's. */
const ORDER = [call('find_order'), call('verify_order')] as const;

/** Every flow Verity runs. A flow reads as the support lead's procedure; the engine runs any of them. */
export const FLOWS: { readonly [F in FlowName]: FlowDefinition } = {
  find_products: {
    name: 'find_products',
    description: 'Find products that match what the shopper describes, with live price and stock.',
    steps: [reply('search_products')],
  },
  product_question: {
    name: 'product_question',
    description: 'Answer a question about a product from its attributes, description and reviews.',
    steps: [reply('answer_product_question')],
  },
  compare_products: {
    name: 'compare_products',
    description: 'Compare two or three products side by side.',
    steps: [reply('compare_products')],
  },
  check_stock: {
    name: 'check_stock',
    description: 'Say whether a product is in stock, read live from the store.',
    steps: [reply('check_stock')],
  },
  check_price: {
    name: 'check_price',
    description: "Give a product's live price and any promotion.",
    steps: [reply('check_price')],
  },
  order_status: {
    name: 'order_status',
    description: 'Where is my order: status, dates, total and tracking of the order meant.',
    steps: [...ORDER, reply('order_status')],
  },
  order_list: {
    name: 'order_list',
    description: "A signed-in customer's recent orders.",
    steps: [reply('order_list')],
  },
  return_items: {
    name: 'return_items',
    description:
      'Return the items the customer names: the action engine decides within the merchant’s bounds; the customer confirms the exact refund first.',
    consequential: true,
    steps: [...ORDER, call('select_items'), call('preview_action'), call('execute_action')],
  },
  refund: {
    name: 'refund',
    description:
      'Refund the items the customer names (damage claims included); an order not shipped yet is offered cancellation instead.',
    consequential: true,
    steps: [
      ...ORDER,
      call('offer_cancellation_if_unshipped'),
      call('select_items'),
      call('answer_return_under_way'),
      call('preview_action'),
      call('execute_action'),
    ],
  },
  cancel_order: {
    name: 'cancel_order',
    description: 'Cancel an order that has not shipped, after the customer confirms the order and its total.',
    consequential: true,
    steps: [...ORDER, call('preview_action'), call('execute_action')],
  },
  change_address: {
    name: 'change_address',
    description:
      'Change the delivery address of an order not shipped yet: collected here, changed by a person (no safe automatic change).',
    steps: [
      ...ORDER,
      call('check_not_shipped'),
      collect('address', 'ask_address'),
      call('confirm_address'),
      handOff('action_needs_review', 'request_summary'),
    ],
  },
  exchange_item: {
    name: 'exchange_item',
    description:
      'Exchange an item for another size or colour: the exchange terms, then a person arranges it.',
    steps: [
      ...ORDER,
      call('select_items'),
      collect('variant', 'ask_variant'),
      handOff('action_needs_review', 'request_summary'),
    ],
  },
  price_match: {
    name: 'price_match',
    description: 'A lower price seen elsewhere: the price-match terms, then a person checks it.',
    steps: [collect('competitor', 'ask_competitor'), handOff('action_needs_review', 'request_summary')],
  },
  coupon: {
    name: 'coupon',
    description:
      'A goodwill coupon for a problem with an order: issued only when a merchant coupon rule allows it, never otherwise.',
    consequential: true,
    // What went wrong decides whether a rule allows a code: asked before anything else, never assumed.
    steps: [collect('reason', 'ask_coupon_reason'), ...ORDER, call('preview_action'), call('execute_action')],
  },
  policy_question: {
    name: 'policy_question',
    description: "Answer a question about the store's policies from the policy engine and CMS pages.",
    steps: [reply('answer_policy_question')],
  },
  account_help: {
    name: 'account_help',
    description:
      'Where to manage the account (password, addresses, e-mail), and how to use the cart and checkout (never filled by the assistant).',
    steps: [reply('account_help')],
  },
  handoff: {
    name: 'handoff',
    description: 'A person takes over, with the transcript, the orders and the slots collected.',
    steps: [handOff('customer_asked')],
  },
};
