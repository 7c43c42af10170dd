import { describe, expect, it } from 'vitest';
import { createAuthorizer } from '../../../sidecar/actions/authorization/authorize.js';
import { outcomeText } from '../../../sidecar/actions/outcome-text.js';
import {
  caseFacts,
  loadActionEvalCases,
  loadStoreFixtures,
} from '../../fixtures/actions/action-eval-case.js';

const stores = loadStoreFixtures();
const cases = loadActionEvalCases();
const authorize = createAuthorizer();
const decide = (...tags: string[]) => {
  const found = cases.find((c) => tags.every((t) => c.tags.includes(t)));
  if (found === undefined) throw new Error(`no case tagged ${tags.join(',')}`);
  return authorize(caseFacts(found, stores));
};

describe('customer-visible outcome text', () => {
  it('states only the decided amount and currency once done', () => {
    const decision = decide('restocking_fee', 'bound');
    expect(outcomeText(decision, 'done', '000001001')).toBe(
      'Your return for order 000001001 is registered; 144.50 USD will be refunded once the items arrive.',
    );
    expect(outcomeText(decision, 'executing', '000001001')).toBe(
      'Your request for order 000001001 is approved and being processed.',
    );
    expect(outcomeText(decision, 'failed', '000001001')).toMatch(/colleague will take it from here/);
  });

  it('never tells the customer which bound or risk signal sent a request to a person', () => {
    const review = decide('above_bound');
    expect(review.verdict).toBe('human_review');
    const text = outcomeText(review, 'held', '000001001');
    expect(text).toBe("I've passed order 000001001 to a colleague who will get back to you.");
    expect(text).not.toMatch(/\d+(\.\d+)? (USD|EUR|AUD)|automatic/);
  });

  it('gives the policy reason for a denial and the code for a coupon', () => {
    expect(outcomeText(decide('final_sale', 'out_of_policy'), 'held', '000001001')).toMatch(
      /^I can't do that for order 000001001: .*final sale/,
    );
    expect(outcomeText(decide('coupon', 'in_policy'), 'done', '000001001')).toBe(
      'Here is your coupon for next time: SORRY10.',
    );
  });
});
