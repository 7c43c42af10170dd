import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMagentoClient } from '../../../common/magento/create-magento-client.js';
import type { MagentoClient } from '../../../common/magento/magento-client.js';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index.js';
import { authorizationFactsSchema } from '../../../sidecar/actions/authorization/authorization-facts.js';
import { createAuthorizer } from '../../../sidecar/actions/authorization/authorize.js';
import { loadActionFacts } from '../../../sidecar/actions/load-action-facts.js';
import { PolicySource } from '../../../sidecar/policy/policy-source.js';
import { StorePolicies } from '../../../sidecar/tools/store-policies.js';

describe('action facts read live from the sandbox store', () => {
  let sandbox: RunningSandbox;
  let magento: MagentoClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, productCount: 80 });
    magento = createMagentoClient({ baseUrl: sandbox.url, token: sandbox.adminToken, retry: { retries: 0 } });
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it('assembles valid facts with each line’s policy rule, the store time zone, bounds and order count', async () => {
    const target = sandbox.data.fixture.orders.find(
      (o) =>
        o.store_id === 1 &&
        o.customer_id === 1 &&
        o.items.some((i) => i.qty_shipped > 0 && i.parent_item_id === undefined),
    )!;
    const policies = new StorePolicies(
      magento,
      new PolicySource({ fetchConfig: (store) => magento.getVerityConfig(store) }),
    );
    const line = target.items.find((i) => i.parent_item_id === undefined)!;
    const request = await loadActionFacts(
      { magento, policies, clock: () => new Date(sandbox.data.timestamp().replace(' ', 'T') + 'Z') },
      {
        storeCode: 'default',
        channel: 'web',
        orderNumber: target.increment_id,
        action: 'return',
        items: [{ item_id: line.item_id!, qty: 1 }],
        reason: 'wrong_size',
        evidence: [],
        customer: { id: 1, email: target.customer_email },
        message: 'It is too small.',
        conversationId: 'conv-facts',
      },
    );
    const facts = authorizationFactsSchema.parse({
      ...request.facts,
      history: {
        auto_actions_in_period: 0,
        auto_amount_in_period: 0,
        claims_in_period: [],
        coupons_in_period: 0,
        orders_in_period: request.ordersInPeriod,
      },
      now: new Date().toISOString(),
    });
    const config = await magento.getVerityConfig('default');
    expect(facts.store).toEqual({
      code: 'default',
      time_zone: 'America/Chicago',
      base_currency_code: config.base_currency_code,
    });
    expect(facts.bounds).toEqual(config.refund_bounds);
    expect(request.ordersInPeriod).toBeGreaterThanOrEqual(0);
    const ruleIds = new Set(config.policy_rules.map((r) => r.rule_id));
    for (const policy of Object.values(facts.policies)) {
      expect(policy.ok).toBe(true);
      if (policy.ok) expect(ruleIds.has(policy.ruleId)).toBe(true);
    }
    const decision = createAuthorizer()(facts);
    expect(decision.items[0]?.policy?.ruleId).toBeDefined();
    expect(decision.items[0]?.window?.basis).toBeDefined();
  });
});
