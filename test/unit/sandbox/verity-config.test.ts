import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verityStoreConfigSchema } from '../../../common/magento/verity-config.js';
import { buildVerityConfig } from '../../../sandbox/verity-config/build-verity-config.js';
import { configRowSchema, type ConfigRow } from '../../../sandbox/data/fixture-schema.js';
import { generateConfigRows } from '../../../sandbox/data/generate-config.js';

function configOf(rows: readonly ConfigRow[], target: Parameters<typeof buildVerityConfig>[1]) {
  const result = buildVerityConfig(rows, target);
  if (!result.ok)
    throw new Error(`unexpected problem: ${result.problem.message} ${result.problem.parameters.join(' | ')}`);
  return result.config;
}

const US = { store_code: 'default', website_code: 'base', base_currency_code: 'USD' };

describe('verity config from core_config_data rows', () => {
  const rows = generateConfigRows();

  it('resolves store → website → default and lists rules of every applying scope in order', () => {
    const fr = configOf(rows, { store_code: 'fr', website_code: 'eu', base_currency_code: 'EUR' });
    expect(verityStoreConfigSchema.parse(fr)).toEqual(fr);
    expect(fr.widget.greeting).toMatch(/^Bonjour/);
    expect(fr.escalation_contact).toBe('support-eu@shop.example.com');
    expect(fr.refund_bounds.auto_approve_max_amount).toBe(90);
    expect(fr.refund_bounds.excluded_category_ids).toEqual([20]);
    expect(fr.policy_rules.map((r) => r.rule_id)).toEqual([
      'default:default:_1700000000000_100',
      'default:default:_1700000000000_200',
      'default:default:_1700000000000_300',
      'default:default:_1700000000000_400',
      'websites:eu:_1700000000001_100',
      'websites:eu:_1700000000001_200',
    ]);
    const base = fr.policy_rules[0];
    expect(base).toMatchObject({
      category_id: null,
      channel: null,
      return_window_days: 30,
      price_match_exclusions: ['clearance', 'marketplace sellers'],
      free_shipping_threshold: 50,
      delivery_ranges: [
        { method: 'flatrate', min_days: 3, max_days: 5 },
        { method: 'express', min_days: 1, max_days: 2 },
      ],
    });
  });

  it('ignores rows of other websites and store views', () => {
    const us = configOf(rows, US);
    expect(us.refund_bounds.auto_approve_max_amount).toBe(100);
    expect(us.policy_rules.every((r) => r.scope === 'default')).toBe(true);
    expect(us.widget.greeting).toMatch(/^Hi!/);
  });

  it('falls back to the module defaults and drops the __empty marker of dynamic rows', () => {
    const config = configOf(
      [{ path: 'verity/policy/rules', scope: 'default', scope_code: 'default', value: '{"__empty":""}' }],
      US,
    );
    expect(config).toMatchObject({ enabled: false, rollout_percentage: 100, policy_rules: [] });
    expect(config.widget).toEqual({
      position: 'right',
      primary_color: '#1f6feb',
      greeting: 'Hi! Ask me about products, orders or returns.',
    });
  });

  it('answers the module’s error for stored values that do not parse, never a guessed policy', () => {
    const badAmount = buildVerityConfig(
      [
        {
          path: 'verity/refund_bounds/auto_approve_max_amount',
          scope: 'websites',
          scope_code: 'base',
          value: '-5',
        },
      ],
      US,
    );
    expect(badAmount).toEqual({
      ok: false,
      problem: {
        message: 'Verity configuration %1 is invalid: expected %2.',
        parameters: ['verity/refund_bounds/auto_approve_max_amount', 'an amount ≥ 0'],
      },
    });
    const badRule = buildVerityConfig(
      [
        {
          path: 'verity/policy/rules',
          scope: 'default',
          scope_code: 'default',
          value: JSON.stringify({ r1: { return_window_days: 'soon', channel: 'fax' } }),
        },
      ],
      US,
    );
    expect(badRule.ok).toBe(false);
    if (!badRule.ok) {
      expect(badRule.problem.parameters[0]).toBe('default:default:r1');
      expect(badRule.problem.parameters[1]).toMatch(/^Channel must be one of web, marketplace, retail/);
    }
  });

  // The Magento module's serializer is tested against the same files (test/fixtures/verity-config/).
  const shared = new URL('../../fixtures/verity-config/', import.meta.url);
  const sharedRows = new URL('core-config-rows.json', shared);
  const expectedFiles = existsSync(shared)
    ? readdirSync(shared).filter((f) => /^expected-.+\.json$/.test(f))
    : [];
  it.skipIf(!existsSync(sharedRows) || expectedFiles.length === 0)(
    'matches the shared module fixture exactly',
    () => {
      const raw = JSON.parse(readFileSync(sharedRows, 'utf8')) as unknown[];
      const sharedConfig = raw.map((r) => configRowSchema.parse(r));
      for (const file of expectedFiles) {
        const expected = verityStoreConfigSchema.parse(
          JSON.parse(readFileSync(new URL(file, shared), 'utf8')),
        );
        const actual = configOf(sharedConfig, {
          store_code: expected.store_code,
          website_code: expected.website_code,
          base_currency_code: expected.base_currency_code,
        });
        expect(actual, file).toEqual(expected);
      }
    },
  );
});
