import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  VERITY_CONFIG_PATHS,
  configScopeSchema,
  verityStoreConfigSchema,
} from '../../../common/magento/verity-config.js';

/**
 * The shared fixture the module's PHPUnit test and the sandbox store are both held to: the rows are
 * well-formed, the expected endpoint JSON fits the contract exactly (no extra or reordered keys), and
 * every store it covers is described.
 */
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/verity-config');
const read = (name: string): unknown => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));

const rowSchema = z.object({
  path: z.string().min(1),
  scope: configScopeSchema,
  scope_code: z.string().min(1),
  value: z.string().nullable(),
});
const storeSchema = z.object({
  store_code: z.string().min(1),
  website_code: z.string().min(1),
  base_currency_code: z.string().length(3),
});

describe('test/fixtures/verity-config', () => {
  const rows = z.array(rowSchema).parse(read('core-config-rows.json'));
  const stores = z.array(storeSchema).parse(read('stores.json'));

  it('has a default-scope row for every path the endpoint reads', () => {
    const defaults = new Set(rows.filter((r) => r.scope === 'default').map((r) => r.path));
    const endpointPaths = Object.values(VERITY_CONFIG_PATHS).filter(
      (p) => p !== VERITY_CONFIG_PATHS.sidecarUrl && p !== VERITY_CONFIG_PATHS.sharedSecret,
    );
    expect(endpointPaths.filter((p) => !defaults.has(p))).toEqual([]);
  });

  it.each(['default', 'eu_en'])('expected-%s.json is exactly a VerityStoreConfig for that store', (code) => {
    const expected = read(`expected-${code}.json`);
    const parsed = verityStoreConfigSchema.parse(expected);
    // Same keys in the same order as the contract: what both implementations must emit.
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(expected));
    const store = stores.find((s) => s.store_code === code);
    expect(store).toBeDefined();
    expect([parsed.store_code, parsed.website_code, parsed.base_currency_code]).toEqual([
      store?.store_code,
      store?.website_code,
      store?.base_currency_code,
    ]);
    expect(new Set(parsed.policy_rules.map((r) => r.rule_id)).size).toBe(parsed.policy_rules.length);
  });
});
