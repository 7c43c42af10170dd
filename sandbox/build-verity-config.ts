import {
  VERITY_CONFIG_PATHS as P,
  channelSchema,
  verityStoreConfigSchema,
  type ConfigScope,
  type PolicyRule,
  type VerityStoreConfig,
} from '../common/magento/verity-config.js';
import type { ConfigRow } from './data/fixture-schema.js';

/** Which store view the config is built for, and its website. */
export interface ConfigTarget {
  store_code: string;
  website_code: string;
  base_currency_code: string;
}

/** Values used when no row sets a path (the module's `etc/config.xml` defaults). */
const DEFAULTS: Record<string, string> = {
  [P.enabled]: '0',
  [P.rolloutPercentage]: '100',
  [P.escalationContact]: '',
  [P.widgetPosition]: 'right',
  [P.widgetPrimaryColor]: '#1F6FEB',
  [P.widgetGreeting]: '',
  [P.autoApproveMaxAmount]: '0',
  [P.evidenceRequiredThreshold]: '0',
  [P.excludedCategoryIds]: '',
  [P.maxAutoActionsPerCustomer]: '0',
  [P.periodDays]: '30',
};

const SCOPE_ORDER: Record<ConfigScope, number> = { default: 0, websites: 1, stores: 2 };

/**
 * Builds `GET /V1/verity/config` for one store view from `core_config_data` rows, as the module does:
 * store-view settings fall back store → website → default; refund bounds are website settings
 * (default → website); policy rules of every applying scope are listed, ordered by scope then row key.
 */
export function buildVerityConfig(rows: readonly ConfigRow[], target: ConfigTarget): VerityStoreConfig {
  const applies = (row: ConfigRow): boolean =>
    row.scope === 'default' ||
    (row.scope === 'websites' && row.scope_code === target.website_code) ||
    (row.scope === 'stores' && row.scope_code === target.store_code);
  const value = (path: string, deepest: ConfigScope = 'stores'): string => {
    let found: ConfigRow | undefined;
    for (const row of rows) {
      if (row.path !== path || !applies(row) || SCOPE_ORDER[row.scope] > SCOPE_ORDER[deepest]) continue;
      if (!found || SCOPE_ORDER[row.scope] > SCOPE_ORDER[found.scope]) found = row;
    }
    return found?.value ?? DEFAULTS[path] ?? '';
  };
  const website = (path: string) => value(path, 'websites');

  const rules: PolicyRule[] = rows
    .filter((r) => r.path === P.policyRules && applies(r) && r.value)
    .sort((a, b) => SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope])
    .flatMap((row) => parseRules(row));

  return verityStoreConfigSchema.parse({
    store_code: target.store_code,
    website_code: target.website_code,
    base_currency_code: target.base_currency_code,
    enabled: value(P.enabled) === '1',
    rollout_percentage: Number(value(P.rolloutPercentage)),
    escalation_contact: value(P.escalationContact),
    widget: {
      position: value(P.widgetPosition),
      primary_color: value(P.widgetPrimaryColor),
      greeting: value(P.widgetGreeting),
    },
    refund_bounds: {
      auto_approve_max_amount: Number(website(P.autoApproveMaxAmount)),
      evidence_required_threshold: Number(website(P.evidenceRequiredThreshold)),
      excluded_category_ids: list(website(P.excludedCategoryIds)).map(Number),
      max_auto_actions_per_customer: Number(website(P.maxAutoActionsPerCustomer)),
      period_days: Number(website(P.periodDays)),
    },
    policy_rules: rules,
  });
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** One ArraySerialized `verity/policy/rules` value → rules, ordered by row key. */
function parseRules(row: ConfigRow): PolicyRule[] {
  const parsed = JSON.parse(row.value ?? '{}') as Record<string, Record<string, string>>;
  return Object.keys(parsed)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => {
      const r = parsed[key] ?? {};
      const text = (k: string) => String(r[k] ?? '').trim();
      const channel = text('channel');
      return {
        rule_id: `${row.scope}:${row.scope_code}:${key}`,
        scope: row.scope,
        scope_code: row.scope_code,
        category_id: text('category_id') === '' ? null : Number(text('category_id')),
        channel: channel === '' ? null : channelSchema.parse(channel),
        return_window_days: Number(text('return_window_days') || '0'),
        return_shipping_fee: Number(text('return_shipping_fee') || '0'),
        restocking_fee_percent: Number(text('restocking_fee_percent') || '0'),
        final_sale: text('final_sale') === '1',
        exchange_allowed: text('exchange_allowed') === '1',
        warranty_months: Number(text('warranty_months') || '0'),
        price_match: text('price_match') === '1',
        price_match_exclusions: list(text('price_match_exclusions')),
        free_shipping_threshold:
          text('free_shipping_threshold') === '' ? null : Number(text('free_shipping_threshold')),
        delivery_ranges: list(text('delivery_ranges')).map(parseRange),
      };
    });
}

/** `flatrate:3-5` → `{ method: "flatrate", min_days: 3, max_days: 5 }`. */
function parseRange(text: string): { method: string; min_days: number; max_days: number } {
  const match = /^([^:]+):\s*(\d+)\s*-\s*(\d+)$/.exec(text);
  if (!match) return { method: text, min_days: Number.NaN, max_days: Number.NaN };
  return { method: (match[1] ?? '').trim(), min_days: Number(match[2]), max_days: Number(match[3]) };
}
