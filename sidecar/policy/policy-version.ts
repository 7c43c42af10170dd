import { createHash } from 'node:crypto';
import type { VerityStoreConfig } from '../../common/magento/verity-config.js';
import type { PolicyVersion } from './policy-types.js';

/** JSON with object keys sorted at every depth, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** Version of a fetched config: `sha256:` + 16 hex chars of the canonical JSON, and the fetch time. */
export function policyVersion(config: VerityStoreConfig, fetchedAt: Date): PolicyVersion {
  const hex = createHash('sha256').update(canonicalJson(config)).digest('hex');
  return { hash: `sha256:${hex.slice(0, 16)}`, fetchedAt: fetchedAt.toISOString() };
}
