/**
 * Every customer task Verity runs as a declared flow (`sidecar/flows/definitions/`). Adding a flow is adding
 * a name here and a definition there; the engine runs any flow.
 */
export const FLOW_NAMES = [
  'find_products',
  'product_question',
  'compare_products',
  'check_stock',
  'check_price',
  'order_status',
  'order_list',
  'return_items',
  'refund',
  'cancel_order',
  'change_address',
  'exchange_item',
  'price_match',
  'coupon',
  'policy_question',
  'account_help',
  'handoff',
] as const;
export type FlowName = (typeof FLOW_NAMES)[number];
