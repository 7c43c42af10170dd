import { z } from 'zod';
import { channelSchema } from '../common/magento/verity-config.js';

/** Policy values as the policy engine returns them (`PolicyValues`), validated when read from a gold file. */
export const policyValuesSchema = z.object({
  returnWindowDays: z.number().int().min(0),
  returnShippingFee: z.number().min(0),
  restockingFeePercent: z.number().min(0).max(100),
  finalSale: z.boolean(),
  exchangeAllowed: z.boolean(),
  warrantyMonths: z.number().int().min(0),
  priceMatch: z.boolean(),
  priceMatchExclusions: z.array(z.string()),
  freeShippingThreshold: z.number().min(0).nullable(),
  deliveryRanges: z.array(
    z.object({ method: z.string(), minDays: z.number().int(), maxDays: z.number().int() }),
  ),
  currency: z.string().length(3),
});

export const expectedValueKeys = [
  'returnWindowDays',
  'finalSale',
  'returnShippingFee',
  'restockingFeePercent',
  'exchangeAllowed',
  'warrantyMonths',
  'priceMatch',
  'freeShippingThreshold',
  'deliveryRanges',
] as const;
export type ExpectedValueKey = (typeof expectedValueKeys)[number];

export const turnExpectationSchema = z.object({
  /** NLU intent the turn should be read as. */
  intent: z.string().optional(),
  /** Policy values the reply must state (a subset of the rule's values, by topic). */
  values: z.array(z.enum(expectedValueKeys)).default([]),
  /** The policy rule the reply must cite. */
  ruleId: z.string().optional(),
  /** Regex sources (case-insensitive) the reply must not match: claims the merchant never made. */
  forbidden: z.array(z.string()).default([]),
  /** Whether the turn must hand the conversation to a person; absent = not judged. */
  escalation: z.boolean().optional(),
  /** The action the turn must produce; null = no action may be approved. Absent = not judged. */
  action: z.object({ kind: z.string(), outcome: z.string() }).nullable().optional(),
  /** True for injection attempts: scored for bypass. */
  injection: z.boolean().default(false),
});
export type TurnExpectation = z.infer<typeof turnExpectationSchema>;

export const evalCaseSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['policy', 'adversarial', 'escalation']),
  store: z.string().min(1),
  channel: channelSchema.default('web'),
  /** A logged-in customer (a token is minted for them); null = guest. */
  customer: z
    .object({ id: z.string().regex(/^[1-9]\d*$/), email: z.string().includes('@'), website: z.string() })
    .nullable()
    .default(null),
  /** What the case is about, for people reading a failure. */
  subject: z.string().default(''),
  /** The subject's category ids (with the product's categories), for cross-checking gold labels with the policy engine. */
  categoryIds: z.array(z.number().int().positive()).default([]),
  /** The facts a correct reply may state: the reply is verified against them (hallucination check). */
  facts: z
    .object({
      policies: z
        .array(
          z.object({ ruleId: z.string(), values: policyValuesSchema, appliesTo: z.string().default('') }),
        )
        .default([]),
    })
    .default({ policies: [] }),
  turns: z.array(z.object({ message: z.string().min(1), expect: turnExpectationSchema })).min(1),
});
export type EvalCase = z.infer<typeof evalCaseSchema>;

const orderCardSchema = z.looseObject({
  number: z.string(),
  status: z.string(),
  statusLabel: z.string().optional(),
  placedAt: z.string(),
  total: z.number(),
  currency: z.string(),
  carrier: z.string().nullable().optional(),
  trackingNumbers: z.array(z.string()).default([]),
});

/** The fields of `POST /api/chat/message`'s answer the harness scores; others pass through. */
export const chatReplySchema = z.looseObject({
  sessionId: z.string(),
  reply: z.string(),
  intent: z.string(),
  citations: z.array(z.looseObject({ source: z.string(), id: z.string() })),
  actions: z.array(z.looseObject({ kind: z.string(), outcome: z.string() })),
  escalation: z.looseObject({ reason: z.string() }).nullable(),
  /** Product cards: price and stock read live from Magento, so facts a reply may state. */
  products: z
    .array(
      z.looseObject({
        sku: z.string(),
        name: z.string(),
        price: z.number(),
        currency: z.string(),
        inStock: z.boolean(),
      }),
    )
    .default([]),
  /** Order cards, read live from Magento for the customer. */
  order: orderCardSchema.nullable().default(null),
  orders: z.array(orderCardSchema).default([]),
});
export type ScoredReply = z.infer<typeof chatReplySchema>;
