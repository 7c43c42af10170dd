import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEvalCases } from '../../../evals/run-eval.js';
import type { PolicyValues } from '../../../sidecar/policy/policy-types.js';
import { formatMoney, joinClauses, render } from '../../../sidecar/replies/render.js';
import type { Locale } from '../../../sidecar/replies/templates.js';
import { verify } from '../../../sidecar/verifier/verify.js';

const GOLD = fileURLToPath(new URL('../../../evals/gold/policy.jsonl', import.meta.url));

/** Every policy clause the engine's templates can say about these values. */
function clauses(v: PolicyValues, locale: Locale): string[] {
  const money = (n: number) => formatMoney(n, v.currency, locale);
  return [
    v.finalSale
      ? render('policy_final_sale', locale)
      : render('policy_return_window', locale, { days: v.returnWindowDays }),
    // The engine states no return fees for a final-sale item.
    ...(v.finalSale
      ? []
      : [
          v.returnShippingFee > 0
            ? render('policy_return_fee', locale, { fee: money(v.returnShippingFee) })
            : render('policy_return_fee_free', locale),
        ]),
    ...(v.restockingFeePercent > 0 && !v.finalSale
      ? [render('policy_restocking', locale, { percent: v.restockingFeePercent })]
      : []),
    render('policy_exchange', locale, {
      allowed: v.exchangeAllowed
        ? locale === 'fr'
          ? 'possibles'
          : 'allowed'
        : locale === 'fr'
          ? 'impossibles'
          : 'not allowed',
    }),
    v.warrantyMonths > 0
      ? render('policy_warranty', locale, { months: v.warrantyMonths })
      : render('policy_no_warranty', locale),
    v.priceMatch
      ? render('policy_price_match', locale, { exclusions: '' })
      : render('policy_no_price_match', locale),
    v.freeShippingThreshold !== null
      ? render('policy_free_shipping', locale, { threshold: money(v.freeShippingThreshold) })
      : render('policy_no_free_shipping', locale),
    ...(v.deliveryRanges.length > 0
      ? [
          render('policy_delivery', locale, {
            ranges: joinClauses(
              v.deliveryRanges.map((r) => `${r.minDays}–${r.maxDays} (${r.method})`),
              locale,
            ),
          }),
        ]
      : []),
  ];
}

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
      const all = clauses(values, locale);
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
