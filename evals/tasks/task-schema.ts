import { z } from 'zod';

/**
 * One customer task of the end-to-end suite (`npm run eval:tasks`), in the τ-bench retail style: who
 * the customer is, what they type, and what the store must look like afterwards. Tasks are written
 * from the customer's side, apart from the engine: the expected end state is the store's (read
 * through Magento's admin REST API), the facts are the store's values, never the assistant's words.
 */

/** The flows the suite reports on (one per task: the one the task is mostly about). */
export const FLOWS = [
  'find_products',
  'product_question',
  'compare',
  'order_status',
  'order_list',
  'return',
  'refund',
  'damage_claim',
  'cancel_order',
  'change_address',
  'exchange',
  'price_match',
  'coupon',
  'guest_verification',
  'handoff',
  'policy',
  'multi_request',
  'repeat_request',
] as const;
export type Flow = (typeof FLOWS)[number];

/** Handoff reasons a ticket can carry (the record store's `handoff_tickets.reason`). */
export const HANDOFF_REASONS = [
  'customer_asked',
  'complaint',
  'legal_privacy',
  'b2b_quote',
  'negative_sentiment',
  'repeated_misunderstanding',
  'low_confidence',
  'no_policy_registered',
  'action_needs_review',
  'safety',
  'budget_exhausted',
] as const;

/** SKU → quantity. */
const itemsSchema = z.record(z.string().min(1), z.number().int().positive());

/** A named order the task is about, with what the store must show for the task to make sense. */
export const orderRefSchema = z.object({
  number: z.string().regex(/^\d{9,10}$/, 'an order increment id'),
  /** Checked before the first turn: the generated store has drifted when these do not hold. */
  state: z.enum(['new', 'processing', 'complete', 'canceled', 'closed']).optional(),
  /** SKU → quantity ordered, checked before the first turn. */
  items: itemsSchema.optional(),
});

/** A regular expression source, matched case-insensitively. */
const pattern = z.string().min(1);

/** One change the task must make to the store; every change not listed fails the task. */
export const storeChangeSchema = z.discriminatedUnion('kind', [
  /** The order is canceled (Magento's cancel: state `canceled`). */
  z.object({ kind: z.literal('canceled'), order: z.string() }),
  /** New credit memo(s) on the order refunding exactly these SKUs and quantities, nothing else. */
  z.object({ kind: z.literal('refunded'), order: z.string(), items: itemsSchema }),
  /**
   * A return filed for exactly these SKUs and quantities: an RMA where the store has Adobe Commerce
   * returns, else a new order comment naming them (the Open Source path), and no other line named.
   */
  z.object({ kind: z.literal('return_requested'), order: z.string(), items: itemsSchema }),
  /** A new order comment matching the pattern (e.g. a note for a colleague). */
  z.object({ kind: z.literal('order_comment'), order: z.string(), matches: pattern }),
  /**
   * A courtesy coupon for this claim reason: expected only when the store's coupon rules (module config)
   * have one for the reason; then a code of those rules is noted on the order and told in a reply.
   * Without such a rule the store must not change and no code may be given.
   */
  z.object({
    kind: z.literal('coupon_issued'),
    order: z.string(),
    reason: z.enum(['changed_mind', 'wrong_size', 'damaged', 'defective', 'not_received', 'late']),
  }),
  /** The order's shipping address now has these values. */
  z.object({
    kind: z.literal('address_changed'),
    order: z.string(),
    address: z.object({
      street: pattern.optional(),
      city: pattern.optional(),
      postcode: z.string().optional(),
    }),
  }),
]);
export type StoreChange = z.infer<typeof storeChangeSchema>;

/** Where the conversation must end up with a person. */
export const handoffExpectationSchema = z.union([
  /** No reply may hand the conversation over. */
  z.literal('none'),
  z.object({
    /** The ticket's reason must be one of these; absent = any reason. */
    reasons: z.array(z.enum(HANDOFF_REASONS)).min(1).optional(),
    /** Patterns the ticket must carry (its transcript, orders, customer, suggested reply); in process only. */
    carries: z.array(pattern).default([]),
  }),
]);
export type HandoffExpectation = z.infer<typeof handoffExpectationSchema>;

/** Policy values a reply may be required to state, named as in `GET /V1/verity/config`'s rules. */
export const POLICY_VALUES = [
  'return_window_days',
  'return_shipping_fee',
  'restocking_fee_percent',
  'final_sale',
  'exchange_allowed',
  'warranty_months',
  'price_match',
  'free_shipping_threshold',
  'delivery_ranges',
] as const;

/** A fact a reply must state; values are read from the store, never written into the task. */
export const factSchema = z.union([
  /** Free text (a regular expression), e.g. a word the answer cannot do without. */
  z.object({ text: pattern, label: z.string().optional() }),
  /** Every tracking number of the order's shipments. */
  z.object({ tracking: z.string() }),
  /** The order's number. */
  z.object({ orderNumber: z.string() }),
  /** The order's grand total, as an amount in the reply. */
  z.object({ orderTotal: z.string() }),
  /** The total of the credit memos the task created on the order (as the store computed it). */
  z.object({ refunded: z.string() }),
  /** The paid amount of these lines of the order (unit price × quantity, summed). */
  z.object({ linesAmount: z.object({ order: z.string(), items: itemsSchema }) }),
  /** A policy value of one rule of the store view's `GET /V1/verity/config`. */
  z.object({
    policy: z.enum(POLICY_VALUES),
    rule: z.object({
      scope: z.enum(['default', 'websites', 'stores']),
      code: z.string().default('default'),
      category: z.number().int().positive().nullable().default(null),
    }),
  }),
  /** The product's name in the store view, in the reply or on a card. */
  z.object({ product: z.string() }),
  /** The product's price in the store view (regular or special). */
  z.object({ price: z.string() }),
  /** A product attribute's value in the store view (a select's option label), e.g. battery life. */
  z.object({ attribute: z.object({ sku: z.string(), code: z.string() }) }),
]);
export type Fact = z.infer<typeof factSchema>;

/** What the product cards of one reply must show. */
export const productsExpectationSchema = z.object({
  /** At least this many cards. @default 1 */
  min: z.number().int().min(0).default(1),
  /** Every card at or under this price (the store view's currency). */
  maxPrice: z.number().positive().optional(),
  /** Every card's product is in one of these categories (or their children). */
  categories: z.array(z.number().int().positive()).optional(),
  /** Every card's product, or one of its variants, has this colour (admin label). */
  color: z.string().optional(),
  /** Every card's name matches. */
  names: pattern.optional(),
  /** Every card is cheaper than the dearest card shown before, and one is cheaper than the cheapest. */
  cheaperThanBefore: z.boolean().default(false),
  /** These SKUs are among the cards. */
  includes: z.array(z.string()).default([]),
});
export type ProductsExpectation = z.infer<typeof productsExpectationSchema>;

export const turnSchema = z.union([
  z.string().min(1),
  z.object({
    say: z.string().min(1),
    /** This message opens a new chat (the customer comes back later). */
    newSession: z.boolean().default(false),
    /** Facts this turn's reply must state. */
    facts: z.array(factSchema).default([]),
    products: productsExpectationSchema.optional(),
    /** The store must still be unchanged after this turn (nothing acted before a confirmation). */
    unchanged: z.boolean().default(false),
    /** Patterns this reply must not match. */
    never: z.array(pattern).default([]),
    /** The reply compares at least this many products side by side (its comparison table). */
    compares: z.number().int().min(2).optional(),
  }),
]);
export type TurnInput = z.input<typeof turnSchema>;

export const taskSchema = z.object({
  /** Unique, kebab-case, says what happens: `return-earbuds-only`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  flow: z.enum(FLOWS),
  /** The customer's goal, in their own words, for people reading a failure. */
  goal: z.string().min(1),
  store: z.enum(['default', 'eu_en', 'fr']),
  /** A signed-in sandbox customer (a token is minted as the Magento module does), or a guest. */
  customer: z.union([z.literal('guest'), z.object({ email: z.string().includes('@') })]),
  /** Orders the task is about, by name. */
  orders: z.record(z.string(), orderRefSchema).default({}),
  turns: z.array(turnSchema).min(1),
  expect: z.object({
    /** The changes the task must make; empty = the store must not change. */
    store: z.array(storeChangeSchema).default([]),
    /** Absent = not judged. */
    handoff: handoffExpectationSchema.optional(),
    /** Other acceptable end states (store changes and handoff), when the merchant's policy allows either. */
    or: z
      .array(
        z.object({
          store: z.array(storeChangeSchema).default([]),
          handoff: handoffExpectationSchema.optional(),
        }),
      )
      .default([]),
    /** Facts some reply of the task must state. */
    facts: z.array(factSchema).default([]),
    /** Patterns no reply may match. */
    never: z.array(pattern).default([]),
  }),
});
export type Task = z.infer<typeof taskSchema>;
export type TaskInput = z.input<typeof taskSchema>;
export type Turn = Exclude<z.infer<typeof turnSchema>, string>;

/** A task's language, from its store view. */
export function taskLanguage(task: Pick<Task, 'store'>): 'en' | 'fr' {
  return task.store === 'fr' ? 'fr' : 'en';
}

/** A turn as an object (a bare string is a message with no expectation of its own). */
export function normalizeTurn(turn: z.infer<typeof turnSchema>): Turn {
  return typeof turn === 'string'
    ? { say: turn, newSession: false, facts: [], unchanged: false, never: [] }
    : turn;
}
