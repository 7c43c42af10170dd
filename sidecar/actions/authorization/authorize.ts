import { ConfigError } from '../../../common/errors.js';
import { DEFAULT_RISK_THRESHOLDS, type RiskThresholds } from '../risk/risk-signals.js';
import type { AuthorizationFacts } from './authorization-facts.js';
import type { AuthorizationResult, ItemDecision, Verdict, Violation } from './authorization-result.js';
import { selectCouponRule } from './coupon-selection.js';
import { assessWindow, fromCents, lineAmount, toCents } from './item-assessment.js';
import { ITEM_RULES } from './rules/item-rules.js';
import { ORDER_RULES, riskSignalsRule } from './rules/order-rules.js';
import type { Finding, ItemRule, OrderRule } from './rules/rule.js';

export interface AuthorizerOptions {
  /** Ids of the item rules to run, all of them required. @default every item rule */
  itemRules?: readonly string[];
  /** Ids of the order rules to run, all of them required. @default every order rule */
  orderRules?: readonly string[];
  /** @default DEFAULT_RISK_THRESHOLDS */
  risk?: RiskThresholds;
}

export type Authorizer = (facts: AuthorizationFacts) => AuthorizationResult;

/**
 * Ordered verdict rules, first match wins: a definite policy "no" beats a referral, a referral beats an
 * evidence request. A denial can only come from a rule that read a policy value or an order fact, so an
 * in-policy request is never denied; anything uncertain was already raised as `human_review`.
 */
const VERDICT_ORDER: readonly Exclude<Verdict, 'approve'>[] = ['deny', 'human_review', 'needs_evidence'];

function firstMatch(violations: readonly Violation[]): Verdict {
  for (const verdict of VERDICT_ORDER) if (violations.some((v) => v.verdict === verdict)) return verdict;
  return 'approve';
}

function pick<R extends { id: string }>(
  all: readonly R[],
  ids: readonly string[] | undefined,
  kind: string,
): R[] {
  if (ids === undefined) return [...all];
  return ids.map((id) => {
    const rule = all.find((r) => r.id === id);
    if (rule === undefined)
      throw new ConfigError(`Unknown ${kind} rule "${id}"; known: ${all.map((r) => r.id).join(', ')}`);
    return rule;
  });
}

function stamp(ruleId: string, findings: Finding[]): Violation[] {
  return findings.map((f) => ({ ...f, ruleId }));
}

/** Builds the authorization engine from configuration: which required rules run, with which thresholds. */
export function createAuthorizer(options: AuthorizerOptions = {}): Authorizer {
  const risk = options.risk ?? DEFAULT_RISK_THRESHOLDS;
  const orderCatalog = ORDER_RULES.map((r) => (r.id === 'risk_signals' ? riskSignalsRule(risk) : r));
  const itemRules: ItemRule[] = pick(ITEM_RULES, options.itemRules, 'item');
  const orderRules: OrderRule[] = pick(orderCatalog, options.orderRules, 'order');
  return (facts) => authorize(facts, itemRules, orderRules);
}

function decideItems(facts: AuthorizationFacts, itemRules: readonly ItemRule[]): ItemDecision[] {
  if (facts.action === 'cancel' || facts.action === 'coupon') return [];
  return facts.requested_items.map((requested) => {
    const item = facts.order.items.find((i) => i.item_id === requested.item_id);
    if (item === undefined) {
      const violation: Violation = {
        code: 'item_not_in_order',
        verdict: 'deny',
        ruleId: 'item_in_order',
        message: `Item ${requested.item_id} is not part of order ${facts.order.increment_id}.`,
      };
      return {
        itemId: requested.item_id,
        sku: '',
        qty: requested.qty,
        verdict: 'deny',
        violations: [violation],
        amount: 0,
        restockingFee: 0,
        policy: null,
        window: null,
      };
    }
    const policy = facts.policies[String(item.item_id)];
    const window = assessWindow(facts, item, policy);
    const violations = itemRules.flatMap((rule) =>
      stamp(rule.id, rule.evaluate({ facts, item, qty: requested.qty, policy, window })),
    );
    const { amount, restockingFee } = lineAmount(item, requested.qty, facts.claim.reason, policy);
    return {
      itemId: item.item_id,
      sku: item.sku,
      qty: requested.qty,
      verdict: firstMatch(violations),
      violations,
      amount,
      restockingFee,
      policy: policy?.ok === true ? { ruleId: policy.ruleId, version: policy.version.hash } : null,
      window,
    };
  });
}

function authorize(
  facts: AuthorizationFacts,
  itemRules: readonly ItemRule[],
  orderRules: readonly OrderRule[],
): AuthorizationResult {
  const items = decideItems(facts, itemRules);
  const open = items.filter((i) => i.verdict !== 'deny');
  const amount = fromCents(open.reduce((sum, i) => sum + toCents(i.amount), 0));
  const violations = orderRules.flatMap((rule) => stamp(rule.id, rule.evaluate({ facts, items, amount })));

  const claimsItems = facts.action === 'return' || facts.action === 'refund';
  const noItems = claimsItems && facts.requested_items.length === 0;
  const allItemsDenied = claimsItems && items.length > 0 && open.length === 0;
  const verdict: Verdict = noItems
    ? 'deny'
    : firstMatch([
        ...violations,
        ...(allItemsDenied ? items.flatMap((i) => i.violations) : open.flatMap((i) => i.violations)),
      ]);
  const coupon = facts.action === 'coupon' && verdict === 'approve' ? selectCouponRule(facts) : null;
  const reasons = [...violations, ...items.flatMap((i) => i.violations)].map((v) => v.message);
  if (noItems) reasons.push('No items were named for this request.');
  return {
    action: facts.action,
    reason: facts.claim.reason,
    verdict,
    items,
    violations,
    approvedAmount: verdict === 'approve' ? amount : 0,
    currency: facts.store.base_currency_code,
    coupon: coupon?.ok === true ? { ruleId: coupon.rule.rule_id, code: coupon.rule.coupon_code } : null,
    reasons,
  };
}
