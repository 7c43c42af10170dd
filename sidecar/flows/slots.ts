import { z } from 'zod';
import { CLAIM_REASONS } from '../nlu/types.js';

/** One line of an order the customer named, with the quantity when they said one ("two of the mugs"). */
export const itemSelectionSchema = z.object({
  sku: z.string().min(1).max(64),
  qty: z.number().int().positive().max(999).optional(),
});
export type ItemSelection = z.infer<typeof itemSelectionSchema>;

/**
 * Items the request named in words ("the rc car", "one of the two mugs"), as the NLU read them: kept so
 * they can be matched to the order's lines once the order is found and proved (a guest proves it a turn
 * later).
 */
export const itemMentionSchema = z.object({
  phrase: z.string().min(1).max(80).nullable(),
  quantifier: z.enum(['unspecified', 'count', 'all', 'only', 'except']),
  quantity: z.number().int().positive().max(999).optional(),
  outOf: z.number().int().positive().max(999).optional(),
});

/**
 * What the customer said about which order they mean when they did not give its full number: a short or
 * partial number ("order 10"), products it contains ("the one with the earbuds"), or when it was placed.
 */
export const orderHintSchema = z.object({
  partialNumber: z
    .string()
    .regex(/^\d{1,12}$/)
    .optional(),
  skus: z.array(z.string().min(1).max(64)).max(10).optional(),
  /** Placed on or after this calendar date (`YYYY-MM-DD`). */
  placedFrom: z.iso.date().optional(),
  /** Placed on or before this calendar date (`YYYY-MM-DD`). */
  placedTo: z.iso.date().optional(),
});
export type OrderHint = z.infer<typeof orderHintSchema>;

/**
 * Every slot a flow can collect, with the shape its value must have. Slots live at conversation level
 * (Rasa's model): a flow collects the ones it needs, and an order number or e-mail given once is not asked
 * for again. Values arrive as commands from a command generator (offline NLU or LLM) and are validated
 * here, so an LLM cannot set a slot to anything its schema does not allow.
 */
export const SLOT_SCHEMAS = {
  /** An order number (Magento increment id) as the customer gave it, or as resolved from a hint. */
  order: z.string().regex(/^[A-Za-z0-9-]{1,32}$/),
  order_hint: orderHintSchema,
  item_mentions: z.array(itemMentionSchema).min(1).max(10),
  /** Order lines the request is about; absent = not said. */
  items: z.array(itemSelectionSchema).min(1).max(20),
  /** Why the customer wants to return or be refunded. */
  reason: z.enum(CLAIM_REASONS),
  /** Products the question is about (SKUs the NLU matched), at most three. */
  products: z.array(z.string().min(1).max(64)).min(1).max(3),
  /** Guest proof of ownership: the order's e-mail and the billing last name or postcode. */
  email: z.email().max(254),
  last_name: z.string().min(1).max(80),
  postcode: z.string().min(2).max(16),
  /** A new delivery address in the customer's own words (handed to a person, never parsed). */
  address: z.string().min(5).max(500),
  /** The size or colour the customer wants instead, in their own words. */
  variant: z.string().min(1).max(80),
  /** Where the customer saw a lower price, in their own words (handed to a person). */
  competitor: z.string().min(1).max(500),
} as const;

export type SlotName = keyof typeof SLOT_SCHEMAS;
export type SlotValues = { [K in SlotName]?: z.infer<(typeof SLOT_SCHEMAS)[K]> };
export const SLOT_NAMES = Object.keys(SLOT_SCHEMAS) as SlotName[];

/** Slots that outlive the flow that collected them: who the customer is and which order they mean. */
export const CONVERSATION_SLOTS: ReadonlySet<SlotName> = new Set(['order', 'email', 'last_name', 'postcode']);

export const slotValuesSchema = z.object(
  Object.fromEntries(SLOT_NAMES.map((name) => [name, SLOT_SCHEMAS[name].optional()])) as {
    [K in SlotName]: z.ZodOptional<(typeof SLOT_SCHEMAS)[K]>;
  },
);

/** Validates one value for one slot; `undefined` when it does not fit (the command is dropped). */
export function parseSlot<K extends SlotName>(slot: K, value: unknown): SlotValues[K] | undefined {
  const parsed = SLOT_SCHEMAS[slot].safeParse(value);
  return parsed.success ? (parsed.data as SlotValues[K]) : undefined;
}
