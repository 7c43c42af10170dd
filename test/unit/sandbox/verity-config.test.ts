import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verityStoreConfigSchema } from '../../../common/magento/verity-config.js';
import { buildVerityConfig } from '../../../sandbox/build-verity-config.js';
import { configRowSchema } from '../../../sandbox/data/fixture-schema.js';
import { generateConfigRows } from '../../../sandbox/data/generate-config.js';

describe('verity config from core_config_data rows', () => {
  const rows = generateConfigRows();

  it('resolves store → website → default and lists rules of every applying scope in order', () => {
    const fr = buildVerityConfig(rows, { store_code: 'fr', website_code: 'eu', base_currency_code: 'EUR' });
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
    const us = buildVerityConfig(rows, {
      store_code: 'default',
      website_code: 'base',
      base_currency_code: 'USD',
    });
    expect(us.refund_bounds.auto_approve_max_amount).toBe(100);
    expect(us.policy_rules.every((r) => r.scope === 'default')).toBe(true);
    expect(us.widget.greeting).toMatch(/^Hi!/);
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
        const actual = buildVerityConfig(sharedConfig, {
          store_code: expected.store_code,
          website_code: expected.website_code,
          base_currency_code: expected.base_currency_code,
        });
        expect(actual, file).toEqual(expected);
      }
    },
  );
});
