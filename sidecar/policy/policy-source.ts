import type { VerityStoreConfig } from '../../common/magento/verity-config.js';
import { verityStoreConfigSchema } from '../../common/magento/verity-config.js';
import { MagentoResponseError, formatIssuePath } from '../../common/errors.js';
import type { PolicySnapshot } from './lookup-policy.js';
import { policyVersion } from './policy-version.js';

export interface PolicySourceOptions {
  /** Reads one store view's config from the module endpoint (or the sandbox). */
  fetchConfig: (storeCode: string) => Promise<VerityStoreConfig>;
  /** How long a fetched config is served before it is read again, in milliseconds. @default 300000 */
  ttlMs?: number;
  /** Injected clock for tests. @default Date.now */
  now?: () => number;
}

interface Entry {
  snapshot: PolicySnapshot;
  expiresAt: number;
}

/**
 * The only I/O of the policy engine: fetches a store view's config, validates it, versions it and caches
 * it for `ttlMs`. Concurrent callers share one fetch. When a refresh fails, the error propagates —
 * a stale policy is never served silently past its TTL.
 */
export class PolicySource {
  private readonly cache = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<PolicySnapshot>>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(private readonly options: PolicySourceOptions) {
    this.ttlMs = options.ttlMs ?? 300_000;
    this.now = options.now ?? Date.now;
  }

  async get(storeCode: string): Promise<PolicySnapshot> {
    const cached = this.cache.get(storeCode);
    if (cached !== undefined && cached.expiresAt > this.now()) return cached.snapshot;
    return this.refresh(storeCode);
  }

  /** Fetches now, ignoring the cache (e.g. on a config-changed webhook). */
  refresh(storeCode: string): Promise<PolicySnapshot> {
    const running = this.inflight.get(storeCode);
    if (running !== undefined) return running;
    const promise = this.load(storeCode).finally(() => this.inflight.delete(storeCode));
    this.inflight.set(storeCode, promise);
    return promise;
  }

  private async load(storeCode: string): Promise<PolicySnapshot> {
    const raw = await this.options.fetchConfig(storeCode);
    const parsed = verityStoreConfigSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new MagentoResponseError(
        `Verity config for store ${storeCode} is malformed at ${formatIssuePath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}`,
        { entity: 'verity_config', storeCode },
      );
    }
    if (parsed.data.store_code !== storeCode) {
      throw new MagentoResponseError(
        `Asked for store ${storeCode}'s config, got store ${parsed.data.store_code}'s.`,
        {
          entity: 'verity_config',
          storeCode,
        },
      );
    }
    const fetchedAt = this.now();
    const snapshot = { config: parsed.data, version: policyVersion(parsed.data, new Date(fetchedAt)) };
    this.cache.set(storeCode, { snapshot, expiresAt: fetchedAt + this.ttlMs });
    return snapshot;
  }
}
