import type {
  Channel,
  ConfigScope,
  PolicyRule,
  VerityStoreConfig,
} from '../../common/magento/verity-config.js';
import { categoryName, categoryPath, type CategoryTree } from './category-tree.js';
import type { PolicyLookupResult, PolicyValues, PolicyVersion } from './policy-types.js';

/** A store view's config as fetched, with its version. */
export interface PolicySnapshot {
  config: VerityStoreConfig;
  version: PolicyVersion;
}

export interface PolicyQuery {
  snapshot: PolicySnapshot;
  categoryTree: CategoryTree;
  channel: Channel;
  /**
   * The product's (or the asked-about category's) category ids; ancestors come from `categoryTree`.
   * Empty = a store-wide question: only rules for every category can answer it.
   */
  categoryIds: readonly number[];
  /** Named in the explanation and citation when the question is about one product. */
  productName?: string;
}

const SCOPE_RANK: Record<ConfigScope, number> = { default: 0, websites: 1, stores: 2 };
const SCOPE_LABEL: Record<ConfigScope, string> = {
  default: 'default',
  websites: 'website',
  stores: 'store view',
};

/** The rule's scope as a reader of the citation understands it ("all stores", "website eu"). */
function scopeLabel(rule: PolicyRule): string {
  switch (rule.scope) {
    case 'default':
      return 'all stores';
    case 'websites':
      return `website ${rule.scope_code}`;
    case 'stores':
      return `store view ${rule.scope_code}`;
  }
}

interface Candidate {
  rule: PolicyRule;
  /** Depth of the rule's category in the tree (root = 0); -1 for a rule covering every category. */
  categoryDepth: number;
}

/**
 * Resolves the one policy rule that applies, like Magento resolves config:
 * 1. only rules of this store view's own scopes count (default, its website, itself) — never another store's;
 * 2. the deepest matching category wins (a rule on a category covers its subcategories);
 * 3. then a rule for this channel beats a rule for every channel;
 * 4. then store view beats website beats default;
 * 5. a remaining tie (a product in two categories at the same depth, or two rows in one scope) goes to
 *    the lower category id, then the lower rule id — deterministic, and said in the explanation.
 * No matching rule → `no_policy_registered`: the caller escalates, never guesses.
 */
export function lookupPolicy(query: PolicyQuery): PolicyLookupResult {
  const { config } = query.snapshot;
  const depths = new Map<number, number>();
  const unknown: number[] = [];
  for (const id of query.categoryIds) {
    const path = categoryPath(query.categoryTree, id);
    if (path === null) {
      unknown.push(id);
      continue;
    }
    path.forEach((ancestor, depth) => depths.set(ancestor, depth));
  }
  if (unknown.length > 0) {
    return {
      ok: false,
      violations: [
        {
          code: 'unknown_category',
          message: `Category ${unknown.join(', ')} is not in store ${config.store_code}'s category tree.`,
        },
      ],
    };
  }

  const candidates: Candidate[] = [];
  for (const rule of config.policy_rules) {
    if (!inStoreScope(rule, config)) continue;
    if (rule.channel !== null && rule.channel !== query.channel) continue;
    if (rule.category_id === null) candidates.push({ rule, categoryDepth: -1 });
    else {
      const depth = depths.get(rule.category_id);
      if (depth !== undefined) candidates.push({ rule, categoryDepth: depth });
    }
  }
  const subject = describeSubject(query);
  if (candidates.length === 0) {
    return {
      ok: false,
      violations: [
        {
          code: 'no_policy_registered',
          message: `No policy is registered for ${subject} in store ${config.store_code} on the ${query.channel} channel.`,
        },
      ],
    };
  }

  candidates.sort(compareCandidates);
  const [winner, runnerUp] = candidates as [Candidate, ...Candidate[]];
  const { rule } = winner;
  const category =
    rule.category_id === null
      ? null
      : { id: rule.category_id, name: categoryName(query.categoryTree, rule.category_id) };
  const ruleLabel = `${category === null ? 'all categories' : category.name}, ${scopeLabel(rule)}, ${rule.channel ?? 'all channels'}`;
  return {
    ok: true,
    values: policyValuesOf(rule, config.base_currency_code),
    ruleId: rule.rule_id,
    version: query.snapshot.version,
    scope: rule.scope,
    appliesTo: {
      category,
      region: {
        scope: rule.scope,
        scopeCode: rule.scope_code,
        storeCode: config.store_code,
        websiteCode: config.website_code,
      },
      channel: rule.channel,
    },
    citation: {
      source: 'policy',
      id: rule.rule_id,
      version: query.snapshot.version.hash,
      title: `Store policy for ${subject} (${ruleLabel})`,
    },
    explanation: explain(winner, runnerUp, candidates.length, ruleLabel, query),
  };
}

function inStoreScope(rule: PolicyRule, config: VerityStoreConfig): boolean {
  switch (rule.scope) {
    case 'default':
      return true;
    case 'websites':
      return rule.scope_code === config.website_code;
    case 'stores':
      return rule.scope_code === config.store_code;
  }
}

/** Most specific first; the key order is the precedence documented on `lookupPolicy`. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.categoryDepth - a.categoryDepth ||
    channelRank(b.rule) - channelRank(a.rule) ||
    SCOPE_RANK[b.rule.scope] - SCOPE_RANK[a.rule.scope] ||
    (a.rule.category_id ?? 0) - (b.rule.category_id ?? 0) ||
    (a.rule.rule_id < b.rule.rule_id ? -1 : a.rule.rule_id > b.rule.rule_id ? 1 : 0)
  );
}

function channelRank(rule: PolicyRule): number {
  return rule.channel === null ? 0 : 1;
}

function explain(
  winner: Candidate,
  runnerUp: Candidate | undefined,
  count: number,
  ruleLabel: string,
  query: PolicyQuery,
): string {
  const head = `Rule ${winner.rule.rule_id} (${ruleLabel}) applies to ${describeSubject(query)}`;
  if (runnerUp === undefined)
    return `${head}: it is the only rule registered for this store view and channel.`;
  const other = `rule ${runnerUp.rule.rule_id}`;
  const reason =
    winner.categoryDepth !== runnerUp.categoryDepth
      ? `its category is more specific than ${other}'s ${runnerUp.rule.category_id === null ? 'all-categories rule' : `category ${categoryName(query.categoryTree, runnerUp.rule.category_id)}`}`
      : channelRank(winner.rule) !== channelRank(runnerUp.rule)
        ? `a ${winner.rule.channel}-channel rule beats ${other} for all channels`
        : winner.rule.scope !== runnerUp.rule.scope
          ? `a ${SCOPE_LABEL[winner.rule.scope]} rule overrides ${other} at ${SCOPE_LABEL[runnerUp.rule.scope]} scope for the same category and channel`
          : winner.rule.category_id !== runnerUp.rule.category_id
            ? `tie with ${other} (categories at the same depth, same channel and scope) resolved to the lower category id`
            : `tie with ${other} (same category, channel and scope) resolved to the lower rule id`;
  return `${head}: ${reason} (${count} rules matched).`;
}

function describeSubject(query: PolicyQuery): string {
  if (query.productName !== undefined) return query.productName;
  if (query.categoryIds.length === 0) return 'all products';
  return query.categoryIds.map((id) => categoryName(query.categoryTree, id)).join(' / ');
}

/** A rule's values in the sidecar's shape, money in the store's base currency. */
export function policyValuesOf(rule: PolicyRule, currency: string): PolicyValues {
  return {
    returnWindowDays: rule.return_window_days,
    returnShippingFee: rule.return_shipping_fee,
    restockingFeePercent: rule.restocking_fee_percent,
    finalSale: rule.final_sale,
    exchangeAllowed: rule.exchange_allowed,
    warrantyMonths: rule.warranty_months,
    priceMatch: rule.price_match,
    priceMatchExclusions: [...rule.price_match_exclusions],
    freeShippingThreshold: rule.free_shipping_threshold,
    deliveryRanges: rule.delivery_ranges.map((r) => ({
      method: r.method,
      minDays: r.min_days,
      maxDays: r.max_days,
    })),
    currency,
  };
}
