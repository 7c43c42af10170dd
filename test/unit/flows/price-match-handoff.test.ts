import { describe, expect, it } from 'vitest';
import { priceMatchHandoff } from '../../../sidecar/flows/flow-runtime.js';
import type { PolicyValues } from '../../../sidecar/policy/policy-types.js';
import { policyClauses } from '../../../sidecar/replies/policy-clauses.js';
import { joinClauses, render } from '../../../sidecar/replies/render.js';
import { emptyTurnFacts } from '../../../sidecar/verifier/turn-facts.js';
import { verify } from '../../../sidecar/verifier/verify.js';

function termsFacts(priceMatch: boolean) {
  const values: PolicyValues = {
    returnWindowDays: 60,
    returnShippingFee: 0,
    restockingFeePercent: 0,
    finalSale: false,
    exchangeAllowed: true,
    warrantyMonths: 24,
    priceMatch,
    priceMatchExclusions: [],
    freeShippingThreshold: 60,
    deliveryRanges: [],
    currency: 'EUR',
  };
  const facts = emptyTurnFacts();
  facts.policies.push({
    ruleId: 'r',
    version: 'v',
    values,
    appliesTo: 'x',
  } as (typeof facts.policies)[number]);
  return { facts, values };
}

describe('price match handed to a person', () => {
  it.each(['en', 'fr'] as const)(
    'in a store that does not match prices, says nothing that offers it, and passes the verifier (%s)',
    (locale) => {
      const { facts, values } = termsFacts(false);
      const next = priceMatchHandoff(facts, locale);
      expect(next).toBe(render('price_match_handoff_declined', locale));
      const draft = `${render('policy_intro', locale, { applies_to: 'Laptops' })} ${joinClauses(policyClauses(values, ['price_match'], locale), locale)}. ${next}`;
      const checked = verify(draft, facts, { locale: locale === 'fr' ? 'fr-FR' : 'en-US', currency: 'EUR' });
      expect(checked.violations).toEqual([]);
    },
  );

  it('in a store that matches prices, passes on the price-match request', () => {
    expect(priceMatchHandoff(termsFacts(true).facts, 'en')).toBe(render('price_match_handoff', 'en'));
    expect(priceMatchHandoff(emptyTurnFacts(), 'en')).toBe(render('price_match_handoff', 'en'));
  });
});
