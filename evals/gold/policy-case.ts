import type { Channel } from '../../common/magento/verity-config.js';
import type { PolicyValues } from '../../sidecar/policy/policy-types.js';
import type { ExpectedValueKey } from '../eval-case.js';
import { expectedRule, ruleValues, type DemoStore } from './demo-policies.js';

/** What a policy question asks about; the expected values follow from it and the rule's values. */
export type Topic = 'returns' | 'fees' | 'warranty' | 'price_match' | 'shipping' | 'exchange';
export const TOPICS: readonly Topic[] = [
  'returns',
  'fees',
  'warranty',
  'price_match',
  'shipping',
  'exchange',
];

/** The values a correct answer to a question on `topic` must state: a final-sale item has no fees, only "final sale". */
export function expectedKeys(topic: Topic, values: PolicyValues): ExpectedValueKey[] {
  switch (topic) {
    case 'returns':
      return values.finalSale ? ['finalSale'] : ['returnWindowDays'];
    case 'fees':
      return values.finalSale
        ? ['finalSale']
        : values.restockingFeePercent > 0
          ? ['returnShippingFee', 'restockingFeePercent']
          : ['returnShippingFee'];
    case 'warranty':
      return ['warrantyMonths'];
    case 'price_match':
      return ['priceMatch'];
    case 'shipping':
      return ['freeShippingThreshold', 'deliveryRanges'];
    case 'exchange':
      return ['exchangeAllowed'];
  }
}

/**
 * One single-turn policy case: the rule comes from the demo rows through `expectedRule` (precedence
 * written out by hand) and its values from `ruleValues`, never from the engine under test.
 */
export function policyCase(input: {
  id: string;
  store: DemoStore;
  channel: Channel;
  /** What the question is about, in English, for people reading a failure. */
  subject: string;
  categoryIds: readonly number[];
  topic: Topic;
  message: string;
}): unknown {
  const ruleId = expectedRule(input.store, input.categoryIds, input.channel);
  const values = ruleValues(input.store, ruleId);
  return {
    id: input.id,
    kind: 'policy',
    store: input.store.store_code,
    channel: input.channel,
    subject: `${input.subject} (${input.topic}, ${input.store.store_code}, ${input.channel})`,
    categoryIds: input.categoryIds,
    facts: { policies: [{ ruleId, values, appliesTo: input.subject }] },
    turns: [
      {
        message: input.message,
        expect: {
          intent: 'policy_question',
          values: expectedKeys(input.topic, values),
          ruleId,
          escalation: false,
        },
      },
    ],
  };
}
