import { z } from 'zod';

/**
 * The contract between the Magento module (Verity_Assistant), the sandbox store and the sidecar:
 * `GET /rest/{store_code}/V1/verity/config` (ACL `Verity_Assistant::config`) returns this JSON for one
 * store view. The module builds it from `core_config_data` rows under `verity/*`; the sandbox builds
 * the same JSON from the same rows. `test/fixtures/verity-config/` holds rows and the expected JSON that
 * both implementations are tested against.
 *
 * Money is in the website's base currency. Policy rules are returned for every scope that applies to
 * the store view (default, its website, the store view itself) so the sidecar's policy engine can
 * resolve inheritance and explain which rule won.
 */

export const channelSchema = z.enum(['web', 'marketplace', 'retail']);
export type Channel = z.infer<typeof channelSchema>;

export const configScopeSchema = z.enum(['default', 'websites', 'stores']);
export type ConfigScope = z.infer<typeof configScopeSchema>;

export const deliveryRangeSchema = z
  .object({
    /** Magento shipping method code, e.g. `flatrate`, `tablerate`, `express`. */
    method: z.string().min(1),
    min_days: z.number().int().min(0),
    max_days: z.number().int().min(0),
  })
  .refine((r) => r.max_days >= r.min_days, { message: 'max_days must be ≥ min_days', path: ['max_days'] });
export type DeliveryRange = z.infer<typeof deliveryRangeSchema>;

export const policyRuleSchema = z.object({
  /** Stable id: `{scope}:{scope_code}:{row key}`. */
  rule_id: z.string().min(1),
  scope: configScopeSchema,
  /** `default` for the default scope, else the website or store view code. */
  scope_code: z.string().min(1),
  /** Magento category id the rule applies to (and its subcategories); null = every category. */
  category_id: z.number().int().positive().nullable(),
  /** Sales channel; null = every channel. */
  channel: channelSchema.nullable(),
  return_window_days: z.number().int().min(0),
  return_shipping_fee: z.number().min(0),
  restocking_fee_percent: z.number().min(0).max(100),
  final_sale: z.boolean(),
  exchange_allowed: z.boolean(),
  warranty_months: z.number().int().min(0),
  price_match: z.boolean(),
  /** Free-text exclusions shown to customers, e.g. "marketplace sellers", "clearance". */
  price_match_exclusions: z.array(z.string().min(1)),
  /** Order subtotal from which shipping is free; null = no free shipping. */
  free_shipping_threshold: z.number().min(0).nullable(),
  delivery_ranges: z.array(deliveryRangeSchema),
});
export type PolicyRule = z.infer<typeof policyRuleSchema>;

export const refundBoundsSchema = z.object({
  /** Refunds/returns up to this amount (website base currency) may be approved without a human. */
  auto_approve_max_amount: z.number().min(0),
  /** Above this amount a damaged/defective claim needs evidence (photos). */
  evidence_required_threshold: z.number().min(0),
  /** Category ids whose items are never handled automatically. */
  excluded_category_ids: z.array(z.number().int().positive()),
  /** Automatic actions allowed per customer within `period_days`. */
  max_auto_actions_per_customer: z.number().int().min(0),
  period_days: z.number().int().min(1),
});
export type RefundBounds = z.infer<typeof refundBoundsSchema>;

export const widgetOptionsSchema = z.object({
  position: z.enum(['right', 'left']),
  primary_color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  greeting: z.string(),
});

/**
 * Why a customer may be offered a courtesy coupon: the claim reasons of the action engine
 * (`claimReasonSchema` in sidecar/actions/authorization/authorization-facts.ts holds the same values).
 */
export const COUPON_REASONS = [
  'changed_mind',
  'wrong_size',
  'damaged',
  'defective',
  'not_received',
  'late',
] as const;
export const couponReasonSchema = z.enum(COUPON_REASONS);
export type CouponReason = z.infer<typeof couponReasonSchema>;

/**
 * A courtesy coupon the merchant allows Verity to give (a row of Stores › Configuration › Verity ›
 * Courtesy coupons). The code is an existing Magento coupon of a cart price rule the merchant created:
 * Verity hands it out, it never generates one.
 */
export const couponRuleConfigSchema = z.object({
  /** Stable id: `{scope}:{scope_code}:{row key}`. */
  rule_id: z.string().min(1),
  coupon_code: z.string().min(1),
  /** Claim reasons for which this coupon may be offered. */
  reasons: z.array(couponReasonSchema).min(1),
  /** Coupons of this rule one customer may receive within the refund bounds' `period_days`. */
  max_per_customer: z.number().int().min(0),
});
export type CouponRuleConfig = z.infer<typeof couponRuleConfigSchema>;

export const verityStoreConfigSchema = z.object({
  store_code: z.string().min(1),
  website_code: z.string().min(1),
  base_currency_code: z.string().length(3),
  enabled: z.boolean(),
  /** Share of sessions (0–100) that see the widget; decided per session by the widget loader. */
  rollout_percentage: z.number().int().min(0).max(100),
  escalation_contact: z.string(),
  /** Days after a conversation's last message when Verity purges its transcript; 0 = kept until erased. */
  retention_days: z.number().int().min(0),
  /**
   * When the store's team answers handoffs, in the store view's time zone (`Mon-Fri 09:00-17:30, Sat
   * 10:00-14:00`, syntax in `business-hours.ts`); empty = not set. A module that predates it sends none.
   */
  business_hours: z.string().default(''),
  widget: widgetOptionsSchema,
  refund_bounds: refundBoundsSchema,
  policy_rules: z.array(policyRuleSchema),
  /**
   * The courtesy coupons of the store view: the rows of the most specific scope that sets them (store
   * view, else website, else default), like any other setting; none configured = no coupon is ever given.
   */
  coupon_rules: z.array(couponRuleConfigSchema),
});
export type VerityStoreConfig = z.infer<typeof verityStoreConfigSchema>;

/** `core_config_data` paths the module writes and both implementations read. */
export const VERITY_CONFIG_PATHS = {
  enabled: 'verity/general/enabled',
  sidecarUrl: 'verity/general/sidecar_url',
  sharedSecret: 'verity/general/shared_secret',
  rolloutPercentage: 'verity/general/rollout_percentage',
  escalationContact: 'verity/general/escalation_contact',
  retentionDays: 'verity/privacy/retention_days',
  businessHours: 'verity/handoff/business_hours',
  widgetPosition: 'verity/widget/position',
  widgetPrimaryColor: 'verity/widget/primary_color',
  widgetGreeting: 'verity/widget/greeting',
  autoApproveMaxAmount: 'verity/refund_bounds/auto_approve_max_amount',
  evidenceRequiredThreshold: 'verity/refund_bounds/evidence_required_threshold',
  excludedCategoryIds: 'verity/refund_bounds/excluded_category_ids',
  maxAutoActionsPerCustomer: 'verity/refund_bounds/max_auto_actions_per_customer',
  periodDays: 'verity/refund_bounds/period_days',
  /** JSON of dynamic rows keyed by row id (Magento's ArraySerialized backend), at any scope. */
  policyRules: 'verity/policy/rules',
  /** JSON of dynamic rows keyed by row id (ArraySerialized): coupon_code, reasons, max_per_customer. */
  couponRules: 'verity/coupons/rules',
} as const;
