import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEvalCases } from '../../../evals/run-eval.js';
import type { PolicyValues } from '../../../sidecar/policy/policy-types.js';
import { POLICY_TOPICS, policyClauses } from '../../../sidecar/replies/policy-clauses.js';
import { joinClauses, render } from '../../../sidecar/replies/render.js';
import type { Locale } from '../../../sidecar/replies/templates.js';
import { verify } from '../../../sidecar/verifier/verify.js';

const GOLD = fileURLToPath(new URL('../../../evals/gold/policy.jsonl', import.meta.url));

describe('verify passes the engine’s policy templates for every demo rule', () => {
  it('in every order and combination of neighbouring clauses', async () => {
    const rules = new Map<string, { values: PolicyValues; locale: Locale; ruleId: string }>();
    for (const c of await readEvalCases(GOLD)) {
      const p = c.facts.policies[0];
      const locale: Locale = c.store === 'fr' ? 'fr' : 'en';
      if (p !== undefined)
        rules.set(`${p.ruleId}|${locale}|${p.values.currency}`, {
          values: p.values,
          locale,
          ruleId: p.ruleId,
        });
    }
    const failures: string[] = [];
    for (const { values, locale, ruleId } of rules.values()) {
      const facts = {
        policies: [{ ruleId, version: 'v', values, appliesTo: 'x' }],
        products: [],
        orders: [],
        actions: [],
        deliveryRanges: values.deliveryRanges.map((r) => ({ ...r, source: 'policy' as const })),
        citations: [],
      };
      // Every clause the engine's templates can say about these values.
      const all = policyClauses(values, POLICY_TOPICS, locale);
      const drafts = [all, [...all].reverse(), ...all.map((_, i) => all.slice(i, i + 3))];
      for (const parts of drafts) {
        const draft = `${render('policy_intro', locale, { applies_to: 'Raptor X15 (Laptops)' })} ${joinClauses(parts, locale)}.`;
        const result = verify(draft, facts, {
          locale: locale === 'fr' ? 'fr-FR' : 'en-US',
          currency: values.currency,
        });
        if (!result.ok) failures.push(`${draft} → ${result.violations.map((v) => v.code).join(', ')}`);
      }
    }
    expect(rules.size).toBeGreaterThanOrEqual(8);
    expect(failures).toEqual([]);
  });
});
