import type { Channel, VerityStoreConfig } from '../../common/magento/verity-config.js';
import { buildVerityConfig } from '../../sandbox/verity-config/build-verity-config.js';
import { CATEGORY } from '../../sandbox/data/generate-categories.js';
import { generateConfigRows } from '../../sandbox/data/generate-config.js';
import { policyValuesOf } from '../../sidecar/policy/lookup-policy.js';
import type { PolicyValues } from '../../sidecar/policy/policy-types.js';

/** The demo store views (sandbox/data/generate-stores.ts) and the language their customers write in. */
export const DEMO_STORES = [
  { store_code: 'default', website_code: 'base', base_currency_code: 'USD', lang: 'en' },
  { store_code: 'eu_en', website_code: 'eu', base_currency_code: 'EUR', lang: 'en' },
  { store_code: 'fr', website_code: 'eu', base_currency_code: 'EUR', lang: 'fr' },
] as const;
export type DemoStore = (typeof DEMO_STORES)[number];

const rows = generateConfigRows();

/**
 * Which demo row answers a subject, written out by hand from the precedence the engine documents
 * (deepest category, then channel, then scope) so the gold labels do not come from the code under test.
 * The unit test `gold-policy-labels.test.ts` checks the engine agrees.
 */
export function expectedRule(store: DemoStore, categoryIds: readonly number[], channel: Channel): string {
  const eu = store.website_code === 'eu';
  if (categoryIds.includes(CATEGORY.laptops))
    return eu ? 'websites:eu:_1700000000001_200' : 'default:default:_1700000000000_200';
  if (categoryIds.includes(CATEGORY.clearance)) return 'default:default:_1700000000000_300';
  if (channel === 'marketplace') return 'default:default:_1700000000000_400';
  return eu ? 'websites:eu:_1700000000001_100' : 'default:default:_1700000000000_100';
}

/** The demo store view's `GET /V1/verity/config` as the sandbox serves it. */
export function demoConfig(store: DemoStore): VerityStoreConfig {
  const result = buildVerityConfig(rows, store);
  if (!result.ok) throw new Error(`demo config rows do not build: ${result.problem.message}`);
  return result.config;
}

export function ruleValues(store: DemoStore, ruleId: string): PolicyValues {
  const config = demoConfig(store);
  const rule = config.policy_rules.find((r) => r.rule_id === ruleId);
  if (rule === undefined) throw new Error(`demo rows define no rule ${ruleId} for store ${store.store_code}`);
  return policyValuesOf(rule, config.base_currency_code);
}
