import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEvalCases } from '../../../evals/run-eval.js';
import { DEMO_STORES, demoConfig } from '../../../evals/gold/demo-policies.js';
import { CATEGORY_TREE } from '../../../sandbox/data/generate-categories.js';
import { ROOT_CATEGORY_ID } from '../../../sandbox/data/generate-stores.js';
import { categoryTreeFromRows } from '../../../sidecar/policy/category-tree.js';
import { lookupPolicy } from '../../../sidecar/policy/lookup-policy.js';
import { policyVersion } from '../../../sidecar/policy/policy-version.js';

const GOLD_SETS = ['policy.jsonl', 'policy-paraphrases.jsonl', 'policy-paraphrases-open.jsonl'];
const goldPath = (file: string) => fileURLToPath(new URL(`../../../evals/gold/${file}`, import.meta.url));
const tree = categoryTreeFromRows([
  { id: ROOT_CATEGORY_ID, parent_id: 0, name: 'Default Category' },
  ...CATEGORY_TREE.map(([id, parent, name]) => ({ id, parent_id: parent, name })),
]);

describe('policy gold sets', () => {
  it.each(GOLD_SETS)(
    '%s: hand-resolved labels agree with the policy engine over the demo store rows',
    async (file) => {
      const cases = await readEvalCases(goldPath(file));
      const stores = new Set<string>();
      const channels = new Set<string>();
      for (const evalCase of cases) {
        const store = DEMO_STORES.find((s) => s.store_code === evalCase.store);
        if (store === undefined) throw new Error(`unknown store ${evalCase.store}`);
        const config = demoConfig(store);
        const snapshot = { config, version: policyVersion(config, new Date(0)) };
        const result = lookupPolicy({
          snapshot,
          categoryTree: tree,
          channel: evalCase.channel,
          categoryIds: evalCase.categoryIds,
        });
        const expected = evalCase.facts.policies[0];
        expect(result.ok && { ruleId: result.ruleId, values: result.values }, evalCase.id).toEqual({
          ruleId: expected?.ruleId,
          values: expected?.values,
        });
        stores.add(evalCase.store);
        channels.add(evalCase.channel);
      }
      if (file === 'policy-paraphrases-open.jsonl') return;
      expect([...stores].sort()).toEqual(['default', 'eu_en', 'fr']);
      expect([...channels].sort()).toEqual(['marketplace', 'retail', 'web']);
    },
  );
});
