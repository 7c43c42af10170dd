import { describe, expect, it } from 'vitest';
import type { Channel, ConfigScope, PolicyRule } from '../../../common/magento/verity-config.js';
import { lookupPolicy } from '../../../sidecar/policy/lookup-policy.js';
import { rule, snapshot, tree } from './policy-fixture.js';

const rules: PolicyRule[] = [
  rule({ rule_id: 'default:default:all', return_window_days: 30 }),
  rule({ rule_id: 'default:default:apparel', category_id: 10, return_window_days: 45 }),
  rule({
    rule_id: 'websites:base:apparel',
    scope: 'websites',
    scope_code: 'base',
    category_id: 10,
    return_window_days: 60,
  }),
  rule({
    rule_id: 'stores:default:apparel',
    scope: 'stores',
    scope_code: 'default',
    category_id: 10,
    return_window_days: 90,
  }),
  rule({
    rule_id: 'default:default:shoes-mkt',
    category_id: 11,
    channel: 'marketplace',
    return_window_days: 14,
  }),
  rule({
    rule_id: 'websites:other:shoes',
    scope: 'websites',
    scope_code: 'other',
    category_id: 11,
    return_window_days: 365,
  }),
  rule({
    rule_id: 'stores:fr:running',
    scope: 'stores',
    scope_code: 'fr',
    category_id: 12,
    return_window_days: 7,
  }),
  rule({
    rule_id: 'default:default:electronics',
    category_id: 20,
    return_window_days: 15,
    restocking_fee_percent: 15,
  }),
  rule({
    rule_id: 'stores:default:electronics-retail',
    scope: 'stores',
    scope_code: 'default',
    category_id: 20,
    channel: 'retail',
    return_window_days: 20,
  }),
  rule({ rule_id: 'default:default:clearance', category_id: 30, final_sale: true, return_window_days: 0 }),
  rule({ rule_id: 'default:default:gifts-b', category_id: 40, return_window_days: 60 }),
  rule({ rule_id: 'default:default:gifts-a', category_id: 40, return_window_days: 61 }),
  rule({
    rule_id: 'websites:base:web-all',
    scope: 'websites',
    scope_code: 'base',
    channel: 'web',
    return_window_days: 35,
  }),
];
const snap = snapshot(rules);

describe('lookupPolicy: precedence table', () => {
  const table: Array<[string, number[], Channel, string, number]> = [
    [
      'store-wide question, web: website web rule beats default all-channels',
      [],
      'web',
      'websites:base:web-all',
      35,
    ],
    ['store-wide question, retail: only the default rule', [], 'retail', 'default:default:all', 30],
    ['apparel: store view beats website beats default', [10], 'web', 'stores:default:apparel', 90],
    ['shoes inherit apparel (deepest matching ancestor)', [11], 'web', 'stores:default:apparel', 90],
    [
      'running inherits apparel; another store view rule is ignored',
      [12],
      'retail',
      'stores:default:apparel',
      90,
    ],
    [
      'shoes on marketplace: deeper category beats shallower store view rule',
      [11],
      'marketplace',
      'default:default:shoes-mkt',
      14,
    ],
    [
      'running on marketplace inherits the shoes marketplace rule',
      [12],
      'marketplace',
      'default:default:shoes-mkt',
      14,
    ],
    [
      'electronics on web: category rule beats channel-only rule',
      [20],
      'web',
      'default:default:electronics',
      15,
    ],
    [
      'electronics on retail: channel rule beats all-channel rule',
      [20],
      'retail',
      'stores:default:electronics-retail',
      20,
    ],
    ['laptops inherit electronics', [21], 'marketplace', 'default:default:electronics', 15],
    ['clearance is final sale', [30], 'web', 'default:default:clearance', 0],
    ['same-scope tie goes to the lower rule id', [40], 'web', 'default:default:gifts-a', 61],
    [
      'multi-category product: deepest category wins',
      [30, 12],
      'marketplace',
      'default:default:shoes-mkt',
      14,
    ],
    [
      'multi-category tie at the same depth goes to the lower category id',
      [40, 30],
      'retail',
      'default:default:clearance',
      0,
    ],
    ['root categories only fall back to the all-categories rule', [2], 'retail', 'default:default:all', 30],
  ];

  it.each(table)('%s', (_name, categoryIds, channel, expectedRule, expectedWindow) => {
    const result = lookupPolicy({ snapshot: snap, categoryTree: tree, channel, categoryIds });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ruleId).toBe(expectedRule);
    expect(result.values.returnWindowDays).toBe(expectedWindow);
    expect(result.citation).toEqual({
      source: 'policy',
      id: expectedRule,
      version: snap.version.hash,
      title: expect.stringContaining('Store policy for'),
    });
    expect(result.version).toEqual(snap.version);
  });

  it('is independent of rule order', () => {
    const reversed = snapshot([...rules].reverse());
    for (const [, categoryIds, channel, expectedRule] of table) {
      const result = lookupPolicy({ snapshot: reversed, categoryTree: tree, channel, categoryIds });
      expect(result.ok && result.ruleId).toBe(expectedRule);
    }
  });
});

describe('lookupPolicy: explanation and applies-to', () => {
  it('names the category, scope and channel and says why', () => {
    const result = lookupPolicy({
      snapshot: snap,
      categoryTree: tree,
      channel: 'web',
      categoryIds: [12],
      productName: 'Trail Runner',
    });
    if (!result.ok) throw new Error('expected a rule');
    expect(result.appliesTo).toEqual({
      category: { id: 10, name: 'Apparel' },
      region: { scope: 'stores', scopeCode: 'default', storeCode: 'default', websiteCode: 'base' },
      channel: null,
    });
    expect(result.citation.title).toBe(
      'Store policy for Trail Runner (Apparel, store view default, all channels)',
    );
    expect(result.explanation).toContain('overrides rule websites:base:apparel at website scope');
  });

  const reasons: Array<[number[], Channel, string]> = [
    [[11], 'marketplace', "more specific than rule stores:default:apparel's category Apparel"],
    [[20], 'web', "more specific than rule websites:base:web-all's all-categories rule"],
    [[20], 'retail', 'a retail-channel rule beats rule default:default:electronics for all channels'],
    [[40], 'web', 'same category, channel and scope) resolved to the lower rule id'],
    [
      [40, 30],
      'retail',
      'categories at the same depth, same channel and scope) resolved to the lower category id',
    ],
  ];
  it.each(reasons)('categories %j on %s: explains the tie-break', (categoryIds, channel, reason) => {
    const result = lookupPolicy({ snapshot: snap, categoryTree: tree, channel, categoryIds });
    expect(result.ok && result.explanation).toContain(reason);
  });

  it('says when a rule is the only one', () => {
    const only = snapshot([rule({ rule_id: 'default:default:all' })]);
    const result = lookupPolicy({ snapshot: only, categoryTree: tree, channel: 'web', categoryIds: [] });
    expect(result.ok && result.explanation).toContain('the only rule registered');
  });

  it('maps every value and the base currency', () => {
    const result = lookupPolicy({ snapshot: snap, categoryTree: tree, channel: 'web', categoryIds: [21] });
    expect(result.ok && result.values).toEqual({
      returnWindowDays: 15,
      returnShippingFee: 0,
      restockingFeePercent: 15,
      finalSale: false,
      exchangeAllowed: true,
      warrantyMonths: 12,
      priceMatch: false,
      priceMatchExclusions: [],
      freeShippingThreshold: 50,
      deliveryRanges: [{ method: 'flatrate', minDays: 3, maxDays: 5 }],
      currency: 'USD',
    });
  });
});

describe('lookupPolicy: no guess', () => {
  it('answers no_policy_registered when no rule matches', () => {
    const only = snapshot([rule({ rule_id: 'default:default:shoes', category_id: 11 })]);
    const result = lookupPolicy({ snapshot: only, categoryTree: tree, channel: 'web', categoryIds: [21] });
    expect(result).toEqual({
      ok: false,
      violations: [{ code: 'no_policy_registered', message: expect.stringContaining('Laptops') }],
    });
  });

  it("never uses another store view's or website's rule", () => {
    const foreign = snapshot([
      rule({ rule_id: 'stores:fr:all', scope: 'stores', scope_code: 'fr' }),
      rule({ rule_id: 'websites:eu:all', scope: 'websites', scope_code: 'eu' }),
    ]);
    const result = lookupPolicy({ snapshot: foreign, categoryTree: tree, channel: 'web', categoryIds: [] });
    expect(result.ok).toBe(false);
  });

  it('refuses unknown categories instead of guessing their place', () => {
    const result = lookupPolicy({ snapshot: snap, categoryTree: tree, channel: 'web', categoryIds: [999] });
    expect(result).toEqual({
      ok: false,
      violations: [{ code: 'unknown_category', message: expect.stringContaining('999') }],
    });
  });
});

describe('lookupPolicy: every pair of rule shapes', () => {
  // Each shape: scope × category (none, Apparel, Shoes) × channel (all, web). For every ordered pair the
  // winner must be the one with the higher (depth, channel, scope) key, independent of order.
  const scopes: Array<[ConfigScope, string]> = [
    ['default', 'default'],
    ['websites', 'base'],
    ['stores', 'default'],
  ];
  const categories: Array<[number | null, number]> = [
    [null, 0],
    [10, 1],
    [11, 2],
  ];
  const channels: Array<[Channel | null, number]> = [
    [null, 0],
    ['web', 1],
  ];
  const shapes = scopes.flatMap(([scope, code], s) =>
    categories.flatMap(([category, c]) =>
      channels.map(([channel, ch]) => ({
        rule: rule({
          rule_id: `${scope}:${code}:${category ?? 'all'}-${channel ?? 'all'}`,
          scope,
          scope_code: code,
          category_id: category,
          channel,
        }),
        key: c * 100 + ch * 10 + s,
      })),
    ),
  );

  it(`resolves all ${shapes.length * shapes.length} ordered pairs`, () => {
    let checked = 0;
    for (const a of shapes) {
      for (const b of shapes) {
        if (a === b) continue;
        const expected = a.key > b.key ? a.rule.rule_id : b.rule.rule_id;
        const result = lookupPolicy({
          snapshot: snapshot([a.rule, b.rule]),
          categoryTree: tree,
          channel: 'web',
          categoryIds: [12],
        });
        expect(result.ok && result.ruleId).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBe(shapes.length * (shapes.length - 1));
  });

  it('a marketplace-only rule never answers a web question', () => {
    for (const { rule: r } of shapes) {
      const mkt = { ...r, rule_id: `${r.rule_id}-mkt`, channel: 'marketplace' as const };
      const result = lookupPolicy({
        snapshot: snapshot([mkt]),
        categoryTree: tree,
        channel: 'web',
        categoryIds: [12],
      });
      expect(result.ok).toBe(false);
    }
  });
});
