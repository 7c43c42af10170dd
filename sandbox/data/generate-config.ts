import type { ConfigRow } from './fixture-schema.js';
import { CATEGORY } from './generate-categories.js';
import { VERITY_CONFIG_PATHS as P } from '../../common/magento/verity-config.js';

/** One row of the `verity/policy/rules` dynamic-rows field, as the admin form posts it (all strings). */
export interface PolicyRuleRow {
  category_id: string;
  channel: string;
  return_window_days: string;
  return_shipping_fee: string;
  restocking_fee_percent: string;
  final_sale: string;
  exchange_allowed: string;
  warranty_months: string;
  price_match: string;
  price_match_exclusions: string;
  free_shipping_threshold: string;
  delivery_ranges: string;
}

const BASE_RULE: PolicyRuleRow = {
  category_id: '',
  channel: '',
  return_window_days: '30',
  return_shipping_fee: '0',
  restocking_fee_percent: '0',
  final_sale: '0',
  exchange_allowed: '1',
  warranty_months: '12',
  price_match: '1',
  price_match_exclusions: 'clearance, marketplace sellers',
  free_shipping_threshold: '50',
  delivery_ranges: 'flatrate:3-5, express:1-2',
};

function rules(rows: Record<string, Partial<PolicyRuleRow>>): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(rows).map(([key, row]) => [key, { ...BASE_RULE, ...row }])),
  );
}

/** One row of the `verity/coupons/rules` dynamic-rows field, as the admin form posts it. */
export interface CouponRuleRow {
  coupon_code: string;
  reasons: string;
  max_per_customer: string;
}

function coupons(rows: Record<string, CouponRuleRow>): string {
  return JSON.stringify(rows);
}

/**
 * The demo store's `core_config_data` rows under `verity/*`. The CMS policy pages say the same
 * thing in prose (see generate-cms.ts): 30-day returns in the US, laptops 15 days with a 15 %
 * restocking fee, clearance final sale, 60 days in Europe, 24-month EU warranty. Courtesy coupons:
 * SORRY10 for a late or lost parcel in the US, DESOLE10 for a late one in Europe; none for anything else.
 */
export function generateConfigRows(): ConfigRow[] {
  const row = (
    path: string,
    value: string,
    scope: ConfigRow['scope'] = 'default',
    scopeCode = 'default',
  ): ConfigRow => ({
    path,
    scope,
    scope_code: scopeCode,
    value,
  });
  return [
    row(P.enabled, '1'),
    row(P.sidecarUrl, 'http://127.0.0.1:3000'),
    row(P.rolloutPercentage, '100'),
    row(P.escalationContact, 'support@shop.example.com'),
    row(P.widgetPosition, 'right'),
    row(P.widgetPrimaryColor, '#1F6FEB'),
    // `{store}` is the store's name (Magento's store: "Cedar & Pine"), filled in by the greeting endpoint.
    row(
      P.widgetGreeting,
      'Hi! Welcome to {store}. I can help you find something, check on an order, or explain returns and delivery.',
    ),
    row(
      P.widgetGreeting,
      'Bonjour et bienvenue chez {store} ! Je peux vous aider à trouver un produit, suivre une commande ou vous expliquer les retours et la livraison.',
      'stores',
      'fr',
    ),
    row(P.escalationContact, 'support-eu@shop.example.com', 'websites', 'eu'),
    row(P.autoApproveMaxAmount, '100'),
    row(P.evidenceRequiredThreshold, '50'),
    row(P.excludedCategoryIds, String(CATEGORY.clearance)),
    row(P.maxAutoActionsPerCustomer, '3'),
    row(P.periodDays, '30'),
    row(P.autoApproveMaxAmount, '90', 'websites', 'eu'),
    row(
      P.couponRules,
      coupons({
        _1700000000000_500: { coupon_code: 'SORRY10', reasons: 'late, not_received', max_per_customer: '1' },
      }),
    ),
    row(
      P.couponRules,
      coupons({ _1700000000001_500: { coupon_code: 'DESOLE10', reasons: 'late', max_per_customer: '1' } }),
      'websites',
      'eu',
    ),
    row(P.evidenceRequiredThreshold, '45', 'websites', 'eu'),
    row(
      P.policyRules,
      rules({
        _1700000000000_100: {},
        _1700000000000_200: {
          category_id: String(CATEGORY.laptops),
          return_window_days: '15',
          restocking_fee_percent: '15',
          warranty_months: '24',
        },
        _1700000000000_300: {
          category_id: String(CATEGORY.clearance),
          final_sale: '1',
          return_window_days: '0',
          exchange_allowed: '0',
          price_match: '0',
          price_match_exclusions: '',
        },
        _1700000000000_400: {
          channel: 'marketplace',
          return_window_days: '14',
          return_shipping_fee: '7.95',
          price_match: '0',
          price_match_exclusions: '',
        },
      }),
    ),
    row(
      P.policyRules,
      rules({
        _1700000000001_100: {
          return_window_days: '60',
          warranty_months: '24',
          free_shipping_threshold: '60',
          delivery_ranges: 'flatrate:4-7, express:2-3',
          price_match: '0',
          price_match_exclusions: '',
        },
        _1700000000001_200: {
          category_id: String(CATEGORY.laptops),
          return_window_days: '30',
          restocking_fee_percent: '10',
          warranty_months: '24',
          free_shipping_threshold: '60',
          delivery_ranges: 'flatrate:4-7, express:2-3',
          price_match: '0',
          price_match_exclusions: '',
        },
      }),
      'websites',
      'eu',
    ),
  ];
}
