import { z } from 'zod';
import { channelSchema, refundBoundsSchema } from '../../../common/magento/verity-config.js';

/**
 * Everything the authorization engine decides on, fetched before it runs (Magento order, policy lookups,
 * bounds, the customer's history from the record store, the clock). The engine does no I/O. The schema
 * validates fixtures and any facts that cross a process boundary.
 */

export const claimReasonSchema = z.enum([
  'changed_mind',
  'wrong_size',
  'damaged',
  'defective',
  'not_received',
  'late',
]);
export type ClaimReason = z.infer<typeof claimReasonSchema>;

export const actionKindSchema = z.enum(['return', 'refund', 'cancel', 'coupon']);
export type ActionKind = z.infer<typeof actionKindSchema>;

const isoInstant = z.iso.datetime({ offset: true });

export const orderItemFactsSchema = z.object({
  /** Magento `item_id` of the order line. */
  item_id: z.number().int().positive(),
  sku: z.string().min(1),
  name: z.string(),
  qty_ordered: z.number().positive(),
  qty_invoiced: z.number().min(0),
  qty_shipped: z.number().min(0),
  qty_refunded: z.number().min(0),
  /**
   * Row total the customer paid in the website's base currency: Magento REST's `base_row_total_incl_tax`
   * (row total + tax − discount). A unit is worth this divided by `qty_ordered`.
   */
  base_row_total_paid: z.number().min(0),
  category_ids: z.array(z.number().int().positive()),
  /** False when the catalog did not say which categories the product is in: no category rule can be trusted. */
  categories_known: z.boolean(),
  /** Creation time of the first shipment holding this item; null while it has not shipped. */
  shipped_at: isoInstant.nullable(),
});
export type OrderItemFacts = z.infer<typeof orderItemFactsSchema>;

export const orderFactsSchema = z.object({
  order_id: z.number().int().positive(),
  increment_id: z.string().min(1),
  /** Magento order `state` (`new`, `processing`, `complete`, `closed`, `canceled`, `holded`, `payment_review`…). */
  state: z.string().min(1),
  customer_id: z.number().int().positive().nullable(),
  customer_email: z.string().nullable(),
  created_at: isoInstant,
  /** Shipping method code, e.g. `flatrate_flatrate`; its carrier part is matched to the policy's delivery ranges. */
  shipping_method: z.string().nullable(),
  base_currency_code: z.string().length(3),
  order_currency_code: z.string().length(3),
  /** Invoice that paid the order; refunds go through it when present. */
  invoice_id: z.number().int().positive().nullable(),
  coupon_code: z.string().nullable(),
  items: z.array(orderItemFactsSchema).min(1),
});
export type OrderFacts = z.infer<typeof orderFactsSchema>;

/** The policy engine's lookup for one item, narrowed to what authorization reads (`PolicyLookupResult`). */
export const itemPolicySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    ruleId: z.string().min(1),
    version: z.object({ hash: z.string().min(1), fetchedAt: z.string() }),
    values: z.object({
      returnWindowDays: z.number().int().min(0),
      restockingFeePercent: z.number().min(0).max(100),
      finalSale: z.boolean(),
      warrantyMonths: z.number().int().min(0),
      deliveryRanges: z.array(
        z.object({ method: z.string(), minDays: z.number().int(), maxDays: z.number().int() }),
      ),
      currency: z.string().length(3),
    }),
  }),
  z.object({
    ok: z.literal(false),
    violations: z.array(z.object({ code: z.string(), message: z.string() })),
  }),
]);
export type ItemPolicy = z.infer<typeof itemPolicySchema>;

/** A coupon the merchant configured for courtesy use: an existing Magento code, never a generated one. */
export const couponRuleSchema = z.object({
  rule_id: z.string().min(1),
  /** The Magento coupon code (of a cart price rule the merchant created). */
  coupon_code: z.string().min(1),
  /** Claim reasons for which this coupon may be offered. */
  reasons: z.array(claimReasonSchema).min(1),
  /** Coupons of any rule a customer may receive automatically per bounds period. @default 1 */
  max_per_customer_per_period: z.number().int().min(0).default(1),
  /** Offered only when the order used no coupon (no stacking). @default false */
  allow_with_order_coupon: z.boolean().default(false),
});
export type CouponRule = z.infer<typeof couponRuleSchema>;

export const claimSchema = z.object({
  reason: claimReasonSchema,
  /** Photos or other evidence were attached to this claim. */
  evidence_provided: z.boolean(),
  /** The uploaded files that are the evidence (chat attachment ids), for the reviewer and the audit trail. */
  evidence_ids: z.array(z.string()).optional(),
});

/** What the record store knows of this customer within the bounds period, this request excluded. */
export const customerHistorySchema = z.object({
  /** Automatic (approved, executed or pending) actions in the period. */
  auto_actions_in_period: z.number().int().min(0),
  /** Sum of automatically approved amounts in the period, base currency. */
  auto_amount_in_period: z.number().min(0),
  /** Claims (any verdict) in the period, by reason. */
  claims_in_period: z.array(
    z.object({ order_id: z.number().int(), reason: claimReasonSchema, amount: z.number().min(0) }),
  ),
  /** Coupons issued automatically in the period. */
  coupons_in_period: z.number().int().min(0),
  /** Orders the customer placed in the period (Magento); null when unknown. */
  orders_in_period: z.number().int().min(0).nullable(),
});
export type CustomerHistory = z.infer<typeof customerHistorySchema>;

export const authorizationFactsSchema = z.object({
  action: actionKindSchema,
  order: orderFactsSchema,
  /** The lines and quantities asked for; empty for cancel and coupon (they concern the whole order). */
  requested_items: z.array(z.object({ item_id: z.number().int().positive(), qty: z.number().positive() })),
  claim: claimSchema,
  customer: z.object({ id: z.number().int().positive().nullable(), email: z.string().nullable() }),
  store: z.object({
    code: z.string().min(1),
    /** IANA time zone of the store view (Magento `general/locale/timezone`). */
    time_zone: z.string().min(1),
    base_currency_code: z.string().length(3),
  }),
  channel: channelSchema,
  /** Policy lookup per requested item id (as a string key, JSON-friendly). */
  policies: z.record(z.string(), itemPolicySchema),
  bounds: refundBoundsSchema,
  coupon_rules: z.array(couponRuleSchema),
  history: customerHistorySchema,
  /** The customer's message that asked for this, for the agent-style risk signal. */
  message: z.string(),
  /** The clock: when the request is decided. */
  now: isoInstant,
});
export type AuthorizationFacts = z.infer<typeof authorizationFactsSchema>;
