import { describe, expect, it } from 'vitest';
import { createAuthorizer } from '../../../sidecar/actions/authorization/authorize.js';
import type { AuthorizationFacts } from '../../../sidecar/actions/authorization/authorization-facts.js';
import { ConfigError } from '../../../common/errors.js';
import {
  caseFacts,
  loadActionEvalCases,
  loadStoreFixtures,
} from '../../fixtures/actions/action-eval-case.js';

const stores = loadStoreFixtures();
const cases = loadActionEvalCases();
function facts(id: string): AuthorizationFacts {
  const found = cases.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no case ${id}`);
  return caseFacts(found, stores);
}
function firstTagged(...tags: string[]): AuthorizationFacts {
  const found = cases.find((c) => tags.every((t) => c.tags.includes(t)));
  if (found === undefined) throw new Error(`no case tagged ${tags.join(',')}`);
  return caseFacts(found, stores);
}

const authorize = createAuthorizer();

describe('authorization engine', () => {
  it('approves an in-policy return with the amount, the policy rule and how the window was measured', () => {
    const result = authorize(facts('in-policy-001'));
    expect(result.verdict).toBe('approve');
    expect(result.approvedAmount).toBe(40);
    expect(result.items[0]?.policy?.ruleId).toBe('default:default:_100');
    expect(result.items[0]?.window).toMatchObject({
      basis: 'shipment_plus_delivery_range',
      deliveredOn: '2026-03-09',
      lastDay: '2026-04-08',
      withinWindow: true,
    });
  });

  it('denies a final-sale change of mind with the policy reason as a value', () => {
    const result = authorize(firstTagged('final_sale', 'out_of_policy'));
    expect(result.verdict).toBe('deny');
    expect(result.items[0]?.violations).toEqual([
      expect.objectContaining({ code: 'final_sale', ruleId: 'final_sale', verdict: 'deny' }),
    ]);
    expect(result.reasons[0]).toMatch(/final sale/);
  });

  it('counts what was already refunded on the order against the automatic bound (no split claims)', () => {
    const base = facts('in-policy-001');
    const bound = base.bounds.auto_approve_max_amount;
    const refundedLine = {
      ...base.order.items[0]!,
      item_id: 999,
      sku: 'EARLIER-REFUNDED',
      qty_ordered: 1,
      qty_refunded: 1,
      base_row_total_paid: bound,
    };
    const split = authorize({
      ...base,
      order: { ...base.order, items: [...base.order.items, refundedLine] },
    });
    expect(split.verdict).toBe('human_review');
    expect(split.violations.map((v) => v.code)).toContain('order_refunds_above_bound');
    // Nothing refunded before: the same request is approved as it was.
    expect(authorize(base).verdict).toBe('approve');
  });

  it('collects every violation of the required rules, not just the first', () => {
    const base = facts('in-policy-001');
    const result = authorize({
      ...base,
      customer: { id: 99, email: null },
      order: { ...base.order, state: 'holded' },
      history: { ...base.history, auto_actions_in_period: 5 },
    });
    expect(result.violations.map((v) => v.code)).toEqual(
      expect.arrayContaining(['order_not_owned', 'order_on_hold', 'auto_action_limit']),
    );
    // first match: a definite "no" beats referrals
    expect(result.verdict).toBe('deny');
  });

  it('sends uncertainty to a person: no policy, no delivery range', () => {
    expect(authorize(firstTagged('policy_missing')).verdict).toBe('human_review');
    const unknown = authorize(firstTagged('delivery_unknown', 'au'));
    expect(unknown.items[0]?.window?.basis).toBe('shipment_date');
  });

  it('refers a line whose categories the catalog did not give', () => {
    const base = facts('in-policy-001');
    const items = base.order.items.map((i) => ({ ...i, categories_known: false }));
    const result = authorize({ ...base, order: { ...base.order, items } });
    expect(result.verdict).toBe('human_review');
    expect(result.items[0]?.violations.map((v) => v.code)).toEqual(['categories_unknown']);
  });

  it('approves the eligible lines of a mixed order and says why the others are refused', () => {
    const result = authorize(firstTagged('multi_item', 'mixed', 'final_sale'));
    expect(result.verdict).toBe('approve');
    expect(result.items.map((i) => i.verdict)).toEqual(['approve', 'deny']);
    expect(result.approvedAmount).toBe(40);
  });

  it('withholds the restocking fee for change-of-mind returns only', () => {
    const fee = authorize(firstTagged('restocking_fee', 'bound'));
    expect(fee.items[0]).toMatchObject({ amount: 144.5, restockingFee: 25.5 });
    const damaged = authorize(firstTagged('damaged', 'restocking_fee'));
    expect(damaged.items[0]).toMatchObject({ amount: 100, restockingFee: 0 });
  });

  it('asks for evidence above the threshold and approves once it is given', () => {
    const base = facts('fault-121');
    expect(authorize(base).verdict).toBe('needs_evidence');
    expect(authorize({ ...base, claim: { ...base.claim, evidence_provided: true } }).verdict).toBe('approve');
  });

  it('offers only a merchant-configured coupon code', () => {
    const result = authorize(firstTagged('coupon', 'in_policy'));
    expect(result.coupon).toEqual({ ruleId: 'late-delivery-10', code: 'SORRY10' });
    const none = authorize(firstTagged('coupon', 'not_configured'));
    expect(none.coupon).toBeNull();
    expect(none.violations[0]?.code).toBe('coupon_not_available');
  });

  it('is assembled from configuration and rejects unknown rule ids', () => {
    const lenient = createAuthorizer({ orderRules: ['order_owned_by_customer'] });
    expect(lenient(firstTagged('bound', 'above_bound')).verdict).toBe('approve');
    expect(() => createAuthorizer({ itemRules: ['no_such_rule'] })).toThrow(ConfigError);
  });

  describe('decides claims on what was delivered', () => {
    /** The in-policy order as it is before it ships: invoiced (paid), nothing shipped. */
    function unshipped(action: 'refund' | 'return', reason: 'damaged' | 'changed_mind'): AuthorizationFacts {
      const base = facts('fault-118');
      const items = base.order.items.map((i) => ({
        ...i,
        qty_invoiced: i.qty_ordered,
        qty_shipped: 0,
        shipped_at: null,
      }));
      return {
        ...base,
        action,
        claim: { reason, evidence_provided: true },
        order: { ...base.order, state: 'processing', items },
      };
    }

    it.each([
      ['refund', 'damaged'],
      ['refund', 'changed_mind'],
      ['return', 'damaged'],
    ] as const)(
      'refuses a %s (%s) of paid items that have not shipped with not_shipped',
      (action, reason) => {
        const result = authorize(unshipped(action, reason));
        expect(result.verdict).toBe('deny');
        expect(result.approvedAmount).toBe(0);
        expect(result.items[0]?.violations.map((v) => v.code)).toContain('not_shipped');
        expect(result.reasons.join(' ')).toMatch(/cancel/);
      },
    );

    it('refunds only the shipped part of a partly shipped line', () => {
      const base = unshipped('refund', 'damaged');
      const item = {
        ...base.order.items[0]!,
        qty_ordered: 2,
        qty_invoiced: 2,
        qty_shipped: 1,
        base_row_total_paid: 90,
        shipped_at: facts('fault-118').order.items[0]!.shipped_at,
      };
      const order = { ...base.order, items: [item] };
      const one = authorize({ ...base, order, requested_items: [{ item_id: item.item_id, qty: 1 }] });
      expect(one.verdict).toBe('approve');
      expect(one.approvedAmount).toBe(45);
      const both = authorize({ ...base, order, requested_items: [{ item_id: item.item_id, qty: 2 }] });
      expect(both.verdict).toBe('deny');
      expect(both.items[0]?.violations.map((v) => v.code)).toEqual(['not_shipped']);
    });
  });
});
