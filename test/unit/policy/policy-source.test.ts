import { describe, expect, it } from 'vitest';
import type { VerityStoreConfig } from '../../../common/magento/verity-config.js';
import { MagentoResponseError } from '../../../common/errors.js';
import { PolicySource } from '../../../sidecar/policy/policy-source.js';
import { canonicalJson } from '../../../sidecar/policy/policy-version.js';
import { config, rule } from './policy-fixture.js';

function counting(configs: Record<string, VerityStoreConfig>) {
  const calls: string[] = [];
  return {
    calls,
    fetchConfig: async (store: string) => {
      calls.push(store);
      const c = configs[store];
      if (c === undefined) throw new Error(`no store ${store}`);
      return structuredClone(c);
    },
  };
}

describe('PolicySource', () => {
  it('caches within the TTL and refetches after it', async () => {
    let now = 1_000;
    const fake = counting({ default: config([rule({ rule_id: 'default:default:all' })]) });
    const source = new PolicySource({ fetchConfig: fake.fetchConfig, ttlMs: 100, now: () => now });
    const first = await source.get('default');
    now += 99;
    expect(await source.get('default')).toBe(first);
    now += 1;
    const second = await source.get('default');
    expect(fake.calls).toEqual(['default', 'default']);
    expect(second.version.hash).toBe(first.version.hash);
    expect(second.version.fetchedAt).not.toBe(first.version.fetchedAt);
  });

  it('shares one fetch between concurrent callers', async () => {
    const fake = counting({ default: config([]) });
    const source = new PolicySource({ fetchConfig: fake.fetchConfig });
    const [a, b] = await Promise.all([source.get('default'), source.get('default')]);
    expect(a).toBe(b);
    expect(fake.calls).toHaveLength(1);
  });

  it('changes the version when the content changes', async () => {
    const configs = { default: config([rule({ rule_id: 'default:default:all' })]) };
    const fake = counting(configs);
    const source = new PolicySource({ fetchConfig: fake.fetchConfig });
    const before = await source.get('default');
    configs.default = config([rule({ rule_id: 'default:default:all', return_window_days: 31 })]);
    const after = await source.refresh('default');
    expect(after.version.hash).not.toBe(before.version.hash);
    expect(after.version.hash).toMatch(/^sha256:[0-9a-f]{16}$/);
  });

  it('rejects a malformed config with the field path', async () => {
    const bad = { ...config([]), base_currency_code: 'DOLLARS' };
    const source = new PolicySource({ fetchConfig: async () => bad });
    await expect(source.get('default')).rejects.toThrow(/base_currency_code/);
    await expect(source.get('default')).rejects.toBeInstanceOf(MagentoResponseError);
  });

  it("rejects another store's config", async () => {
    const source = new PolicySource({ fetchConfig: async () => config([], 'fr') });
    await expect(source.get('default')).rejects.toThrow(/got store fr/);
  });

  it('propagates a failed refresh instead of serving a stale policy', async () => {
    let now = 0;
    let fail = false;
    const source = new PolicySource({
      fetchConfig: async () => {
        if (fail) throw new Error('down');
        return config([]);
      },
      ttlMs: 10,
      now: () => now,
    });
    await source.get('default');
    fail = true;
    now = 11;
    await expect(source.get('default')).rejects.toThrow('down');
  });
});

describe('canonicalJson', () => {
  it('ignores key order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ y: 1, x: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [{ x: 2, y: 1 }] }, b: 1 }),
    );
  });
});
