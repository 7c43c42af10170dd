import type { AuthorizationFacts, ItemPolicy, OrderItemFacts } from '../authorization-facts.js';
import type { ItemDecision, Violation, WindowAssessment } from '../authorization-result.js';

/** A violation before the engine stamps the rule id on it. */
export type Finding = Omit<Violation, 'ruleId'>;

export interface ItemRuleInput {
  facts: AuthorizationFacts;
  item: OrderItemFacts;
  qty: number;
  policy: ItemPolicy | undefined;
  window: WindowAssessment | null;
}

/** A pure check of one requested line; returns every problem it finds (empty = passes). */
export interface ItemRule {
  id: string;
  evaluate(input: ItemRuleInput): Finding[];
}

export interface OrderRuleInput {
  facts: AuthorizationFacts;
  /** Item decisions after the item rules. */
  items: readonly ItemDecision[];
  /** Base-currency total of the lines not denied: what would be paid out if approved. */
  amount: number;
}

/** A pure check of the whole request. */
export interface OrderRule {
  id: string;
  evaluate(input: OrderRuleInput): Finding[];
}
