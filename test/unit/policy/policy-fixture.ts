import type { PolicyRule, VerityStoreConfig } from '../../../common/magento/verity-config.js';
import { categoryTreeFromRows } from '../../../sidecar/policy/category-tree.js';
import type { PolicySnapshot } from '../../../sidecar/policy/lookup-policy.js';
import { policyVersion } from '../../../sidecar/policy/policy-version.js';

/** Root 1 › Default 2 › Apparel 10 › Shoes 11 › Running 12; Electronics 20 › Laptops 21; Clearance 30; Gifts 40. */
export const tree = categoryTreeFromRows([
  { id: 1, parent_id: 0, name: 'Root' },
  { id: 2, parent_id: 1, name: 'Default Category' },
  { id: 10, parent_id: 2, name: 'Apparel' },
  { id: 11, parent_id: 10, name: 'Shoes' },
  { id: 12, parent_id: 11, name: 'Running' },
  { id: 20, parent_id: 2, name: 'Electronics' },
  { id: 21, parent_id: 20, name: 'Laptops' },
  { id: 30, parent_id: 2, name: 'Clearance' },
  { id: 40, parent_id: 2, name: 'Gifts' },
]);

export function rule(overrides: Partial<PolicyRule> & Pick<PolicyRule, 'rule_id'>): PolicyRule {
  return {
    scope: 'default',
    scope_code: 'default',
    category_id: null,
    channel: null,
    return_window_days: 30,
    return_shipping_fee: 0,
    restocking_fee_percent: 0,
    final_sale: false,
    exchange_allowed: true,
    warranty_months: 12,
    price_match: false,
    price_match_exclusions: [],
    free_shipping_threshold: 50,
    delivery_ranges: [{ method: 'flatrate', min_days: 3, max_days: 5 }],
    ...overrides,
  };
}

export function config(rules: PolicyRule[], storeCode = 'default', websiteCode = 'base'): VerityStoreConfig {
  return {
    store_code: storeCode,
    website_code: websiteCode,
    base_currency_code: 'USD',
    enabled: true,
    rollout_percentage: 100,
    escalation_contact: 'support@example.com',
    retention_days: 0,
    business_hours: '',
    widget: { position: 'right', primary_color: '#112233', greeting: 'Hi' },
    refund_bounds: {
      auto_approve_max_amount: 100,
      evidence_required_threshold: 50,
      excluded_category_ids: [],
      max_auto_actions_per_customer: 3,
      period_days: 30,
    },
    policy_rules: rules,
    coupon_rules: [],
  };
}

export function snapshot(rules: PolicyRule[], storeCode = 'default', websiteCode = 'base'): PolicySnapshot {
  const c = config(rules, storeCode, websiteCode);
  return { config: c, version: policyVersion(c, new Date('2026-01-01T00:00:00Z')) };
}
