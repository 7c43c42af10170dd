import type { AuthorizationFacts } from '../authorization/authorization-facts.js';
import { FAULT_REASONS, toCents } from '../authorization/item-assessment.js';
import {
  agentStyleTraits,
  DEFAULT_AGENT_STYLE_THRESHOLDS,
  type AgentStyleThresholds,
} from './agent-style-message.js';

/** A reason to look closer. Never a denial: it asks for evidence or a person. */
export interface RiskSignal {
  code:
    | 'unusual_return_rate'
    | 'repeated_claims'
    | 'repeated_fault_claim'
    | 'split_claims_over_bound'
    | 'agent_style_message';
  message: string;
  verdict: 'needs_evidence' | 'human_review';
}

export interface RiskThresholds {
  /** Orders in the period before the return rate is judged at all. @default 4 */
  minOrdersForRate: number;
  /** Claims per order in the period (this one included) above which the rate is unusual. @default 0.5 */
  maxClaimRate: number;
  /** Earlier claims of any kind in the period from which every new one goes to a person. @default 3 */
  maxClaimsInPeriod: number;
  agentStyle: AgentStyleThresholds;
}

export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = {
  minOrdersForRate: 4,
  maxClaimRate: 0.5,
  maxClaimsInPeriod: 3,
  agentStyle: DEFAULT_AGENT_STYLE_THRESHOLDS,
};

/**
 * Risk signals for one request, from the customer's running history (across sessions, from the record
 * store) and the message itself. `amount` is what this request would pay out, base currency.
 */
export function assessRisk(
  facts: AuthorizationFacts,
  amount: number,
  thresholds: RiskThresholds = DEFAULT_RISK_THRESHOLDS,
): RiskSignal[] {
  const signals: RiskSignal[] = [];
  const { history, bounds, claim } = facts;
  const priorClaims = history.claims_in_period;

  if (history.orders_in_period !== null && history.orders_in_period >= thresholds.minOrdersForRate) {
    const rate = (priorClaims.length + 1) / history.orders_in_period;
    if (rate > thresholds.maxClaimRate) {
      signals.push({
        code: 'unusual_return_rate',
        verdict: 'human_review',
        message: `${priorClaims.length + 1} claims on ${history.orders_in_period} orders in ${bounds.period_days} days is above the usual rate.`,
      });
    }
  }

  if (priorClaims.length >= thresholds.maxClaimsInPeriod) {
    signals.push({
      code: 'repeated_claims',
      verdict: 'human_review',
      message: `${priorClaims.length} earlier claims in the last ${bounds.period_days} days.`,
    });
  } else if (
    FAULT_REASONS.has(claim.reason) &&
    !claim.evidence_provided &&
    priorClaims.some((c) => FAULT_REASONS.has(c.reason))
  ) {
    signals.push({
      code: 'repeated_fault_claim',
      verdict: 'needs_evidence',
      message: `A second damaged or defective claim within ${bounds.period_days} days needs a photo.`,
    });
  }

  const bound = toCents(bounds.auto_approve_max_amount);
  const sameOrder = priorClaims
    .filter((c) => c.order_id === facts.order.order_id)
    .reduce((sum, c) => sum + toCents(c.amount), 0);
  const running = toCents(history.auto_amount_in_period);
  const current = toCents(amount);
  if (current <= bound && current > 0 && (running + current > bound || sameOrder + current > bound)) {
    signals.push({
      code: 'split_claims_over_bound',
      verdict: 'human_review',
      message: `Together with earlier claims in the last ${bounds.period_days} days this exceeds the automatic limit of ${bounds.auto_approve_max_amount} ${facts.store.base_currency_code}.`,
    });
  }

  const traits = agentStyleTraits(facts.message, thresholds.agentStyle);
  if (traits.length > 0) {
    signals.push({
      code: 'agent_style_message',
      verdict: 'human_review',
      message: `The request reads like an automated script (${traits.join(', ')}); a colleague handles it.`,
    });
  }
  return signals;
}
