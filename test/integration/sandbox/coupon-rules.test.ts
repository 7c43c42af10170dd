import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verityStoreConfigSchema } from '../../../common/magento/verity-config.js';
import type { ConfigRow } from '../../../sandbox/data/fixture-schema.js';
import type { RunningSandbox } from '../../../sandbox/index.js';
import { buildVerityConfig } from '../../../sandbox/verity-config/build-verity-config.js';
import { getJson, startTestSandbox } from './sandbox-server.js';

/**
 * Courtesy coupons in the config contract (#13): `verity/coupons/rules` rows → `coupon_rules` of
 * `GET /V1/verity/config`, as the module's StoreConfigBuilder builds them (the shared fixture in
 * test/fixtures/verity-config holds both implementations to the same JSON).
 */
const US = { store_code: 'default', website_code: 'base', base_currency_code: 'USD' };
const row = (value: string, scope: ConfigRow['scope'] = 'default', scope_code = 'default'): ConfigRow => ({
  path: 'verity/coupons/rules',
  scope,
  scope_code,
  value,
});

describe('coupon rules in the sandbox store’s verity/config', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
  });
  afterAll(() => sandbox.close());

  it('serves the demo store’s coupons per website: SORRY10 in the US, DESOLE10 in Europe', async () => {
    const us = verityStoreConfigSchema.parse(
      (await getJson(`${sandbox.url}/rest/default/V1/verity/config`)).body,
    );
    expect(us.coupon_rules).toEqual([
      {
        rule_id: 'default:default:_1700000000000_500',
        coupon_code: 'SORRY10',
        reasons: ['late', 'not_received'],
        max_per_customer: 1,
      },
    ]);
    const fr = verityStoreConfigSchema.parse((await getJson(`${sandbox.url}/rest/fr/V1/verity/config`)).body);
    expect(fr.coupon_rules.map((r) => [r.coupon_code, r.reasons])).toEqual([['DESOLE10', ['late']]]);
  });

  it('takes the most specific scope’s rows whole; an emptied grid turns coupons off there', () => {
    const rows = [
      row('{"a":{"coupon_code":"SORRY10","reasons":"late","max_per_customer":""}}'),
      row('{"__empty":""}', 'stores', 'default'),
    ];
    const built = buildVerityConfig(rows, US);
    expect(built.ok && built.config.coupon_rules).toEqual([]);
    const inherited = buildVerityConfig(rows.slice(0, 1), US);
    expect(inherited.ok && inherited.config.coupon_rules).toEqual([
      { rule_id: 'default:default:a', coupon_code: 'SORRY10', reasons: ['late'], max_per_customer: 1 },
    ]);
    expect(buildVerityConfig([], US)).toMatchObject({ ok: true, config: { coupon_rules: [] } });
  });

  it('refuses rows it cannot read with the module’s error, naming the rule', () => {
    const built = buildVerityConfig(
      [row('{"r1":{"coupon_code":"SORRY 10","reasons":"late, because","max_per_customer":"-1"}}')],
      US,
    );
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(built.problem.message).toBe('Verity coupon rule %1 is invalid: %2');
      expect(built.problem.parameters[0]).toBe('default:default:r1');
      expect(built.problem.parameters[1]).toMatch(/Coupon code .* Reasons must be .* Max per customer/);
    }
    expect(buildVerityConfig([row('not json')], US)).toMatchObject({ ok: false });
  });
});
