import {
  VERITY_CONFIG_PATHS as P,
  type ConfigScope,
  type CouponRuleConfig,
  type PolicyRule,
  type VerityStoreConfig,
} from '../../common/magento/verity-config.js';
import type { ConfigRow } from '../data/fixture-schema.js';
import { parseCouponRule } from './parse-coupon-rule.js';
import { parsePolicyRule } from './parse-policy-rule.js';
import { parseAmount, parseBool, parseHexColor, parseIdList, parseInt } from './value-parsers.js';

/** Which store view the config is built for, and its website. */
export interface ConfigTarget {
  store_code: string;
  website_code: string;
  base_currency_code: string;
}

/** The module's `etc/config.xml` defaults: what Magento's ScopeConfig returns when no row sets a path. */
const CONFIG_XML_DEFAULTS: Record<string, string> = {
  [P.enabled]: '0',
  [P.rolloutPercentage]: '100',
  [P.escalationContact]: '',
  [P.retentionDays]: '0',
  [P.businessHours]: '',
  [P.widgetPosition]: 'right',
  [P.widgetPrimaryColor]: '#1f6feb',
  [P.widgetGreeting]: 'Hi! Ask me about products, orders or returns.',
  [P.autoApproveMaxAmount]: '0',
  [P.evidenceRequiredThreshold]: '0',
  [P.excludedCategoryIds]: '',
  [P.maxAutoActionsPerCustomer]: '0',
  [P.periodDays]: '30',
};

const SCOPES: readonly ConfigScope[] = ['default', 'websites', 'stores'];

/** Magento's 400 for stored data that does not parse: a phrase with positional parameters. */
export interface ConfigProblem {
  message: string;
  parameters: string[];
}

export type VerityConfigResult =
  { ok: true; config: VerityStoreConfig } | { ok: false; problem: ConfigProblem };

class InvalidValue {
  constructor(readonly problem: ConfigProblem) {}
}

function invalid(path: string, expected: string): InvalidValue {
  return new InvalidValue({
    message: 'Verity configuration %1 is invalid: expected %2.',
    parameters: [path, expected],
  });
}

function parsed<T>(value: T | null, path: string, expected: string): T {
  if (value === null) throw invalid(path, expected);
  return value;
}

/**
 * Builds `GET /V1/verity/config` for one store view from `core_config_data` rows exactly as the
 * module's StoreConfigBuilder does: scalars resolve store view → website → default (→ config.xml);
 * policy rules of every applying scope are listed by scope, then row key as byte strings.
 * Stored data that does not parse gives the module's error instead of a guessed policy.
 */
export function buildVerityConfig(rows: readonly ConfigRow[], target: ConfigTarget): VerityConfigResult {
  const codes: Record<ConfigScope, string> = {
    default: 'default',
    websites: target.website_code,
    stores: target.store_code,
  };
  const scoped: Record<ConfigScope, Map<string, string>> = {
    default: new Map(),
    websites: new Map(),
    stores: new Map(),
  };
  for (const row of rows) {
    if (row.scope_code === codes[row.scope]) scoped[row.scope].set(row.path, row.value ?? '');
  }
  const text = (path: string): string => {
    for (const scope of [...SCOPES].reverse()) {
      const v = scoped[scope].get(path);
      if (v !== undefined) return v;
    }
    const fallback = CONFIG_XML_DEFAULTS[path];
    if (fallback === undefined)
      throw invalid(path, 'a value at some scope (etc/config.xml provides the default)');
    return fallback;
  };
  try {
    const position = text(P.widgetPosition);
    if (position !== 'right' && position !== 'left') throw invalid(P.widgetPosition, '"right" or "left"');
    const config: VerityStoreConfig = {
      store_code: target.store_code,
      website_code: target.website_code,
      base_currency_code: target.base_currency_code,
      enabled: parsed(parseBool(text(P.enabled)), P.enabled, '0 or 1'),
      rollout_percentage: parsed(parseInt(text(P.rolloutPercentage), 0, 100), P.rolloutPercentage, '0–100'),
      escalation_contact: text(P.escalationContact),
      retention_days: parsed(parseInt(text(P.retentionDays), 0), P.retentionDays, 'a whole number ≥ 0'),
      business_hours: text(P.businessHours),
      widget: {
        position,
        primary_color: parsed(parseHexColor(text(P.widgetPrimaryColor)), P.widgetPrimaryColor, '#rrggbb'),
        greeting: text(P.widgetGreeting),
      },
      refund_bounds: {
        auto_approve_max_amount: parsed(
          parseAmount(text(P.autoApproveMaxAmount)),
          P.autoApproveMaxAmount,
          'an amount ≥ 0',
        ),
        evidence_required_threshold: parsed(
          parseAmount(text(P.evidenceRequiredThreshold)),
          P.evidenceRequiredThreshold,
          'an amount ≥ 0',
        ),
        excluded_category_ids: parsed(
          parseIdList(text(P.excludedCategoryIds)),
          P.excludedCategoryIds,
          'comma-separated ids',
        ),
        max_auto_actions_per_customer: parsed(
          parseInt(text(P.maxAutoActionsPerCustomer), 0),
          P.maxAutoActionsPerCustomer,
          'a whole number ≥ 0',
        ),
        period_days: parsed(parseInt(text(P.periodDays), 1), P.periodDays, 'a whole number ≥ 1'),
      },
      policy_rules: SCOPES.flatMap((scope) =>
        policyRules(scope, codes[scope], scoped[scope].get(P.policyRules)),
      ),
      coupon_rules: couponRules(scoped, codes),
    };
    return { ok: true, config };
  } catch (error) {
    if (error instanceof InvalidValue) return { ok: false, problem: error.problem };
    throw error;
  }
}

/**
 * The coupon rows of the most specific scope that sets `verity/coupons/rules` (an empty grid saved at a
 * scope turns coupons off there); none anywhere = no coupons.
 */
function couponRules(
  scoped: Record<ConfigScope, Map<string, string>>,
  codes: Record<ConfigScope, string>,
): CouponRuleConfig[] {
  const scope = [...SCOPES].reverse().find((s) => scoped[s].has(P.couponRules));
  if (scope === undefined) return [];
  const table = dynamicRows(scoped[scope].get(P.couponRules) ?? '', P.couponRules);
  return sortedKeys(table).map((key) => {
    const ruleId = `${scope}:${codes[scope]}:${key}`;
    const row = table[key];
    const result = parseCouponRule(
      typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {},
    );
    if (!result.ok) {
      throw new InvalidValue({
        message: 'Verity coupon rule %1 is invalid: %2',
        parameters: [ruleId, result.violations.map((v) => v.message).join(' ')],
      });
    }
    return { rule_id: ruleId, ...result.values };
  });
}

/** ArraySerialized JSON → its rows by key; empty = none; anything else than a JSON object is an error. */
function dynamicRows(json: string, path: string): Record<string, unknown> {
  if (json.trim() === '') return {};
  let rows: unknown;
  try {
    rows = JSON.parse(json);
  } catch {
    rows = null;
  }
  if (typeof rows !== 'object' || rows === null) throw invalid(path, 'JSON rows as saved by the admin form');
  return rows as Record<string, unknown>;
}

/** Row keys in byte order, without Magento's `__empty` marker. */
function sortedKeys(table: Record<string, unknown>): string[] {
  return Object.keys(table)
    .filter((k) => k !== '__empty')
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** One scope's ArraySerialized rows → rules ordered by row key (byte order; Magento's `__empty` marker dropped). */
function policyRules(scope: ConfigScope, scopeCode: string, json: string | undefined): PolicyRule[] {
  if (json === undefined || json.trim() === '') return [];
  let rows: unknown;
  try {
    rows = JSON.parse(json);
  } catch {
    rows = null;
  }
  if (typeof rows !== 'object' || rows === null)
    throw invalid(P.policyRules, 'JSON rows as saved by the admin form');
  const table = rows as Record<string, unknown>;
  const keys = Object.keys(table)
    .filter((k) => k !== '__empty')
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return keys.map((key) => {
    const ruleId = `${scope}:${scopeCode}:${key}`;
    const row = table[key];
    const result = parsePolicyRule(
      typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {},
    );
    if (!result.ok) {
      throw new InvalidValue({
        message: 'Verity policy rule %1 is invalid: %2',
        parameters: [ruleId, result.violations.map((v) => v.message).join(' ')],
      });
    }
    return { rule_id: ruleId, scope, scope_code: scopeCode, ...result.values };
  });
}
