import { SessionCodec } from './session-codec.js';
import type { EncodedSessionStore, SessionStoreOptions } from './session-store.js';

export interface MemorySessionStoreOptions<T> extends SessionStoreOptions<T> {
  /** Clock in milliseconds, replaceable in tests. @default Date.now */
  now?: () => number;
}

interface Entry {
  json: string;
  expiresAt: number;
}

const SWEEP_EVERY_SETS = 256;

/** Sessions in this process's memory (no REDIS_URL): lost on restart, not shared between processes. */
export class MemorySessionStore<T> implements EncodedSessionStore<T> {
  readonly kind = 'memory' as const;
  readonly #codec: SessionCodec<T>;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();
  #setsSinceSweep = 0;

  constructor(options: MemorySessionStoreOptions<T>) {
    this.#codec = new SessionCodec(options.schema, options.defaultTtlSeconds, options.logger);
    this.#now = options.now ?? Date.now;
  }

  async get(id: string): Promise<T | undefined> {
    const entry = this.#entries.get(SessionCodec.checkId(id));
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(id);
      return undefined;
    }
    const value = this.#codec.decode(id, entry.json);
    if (value === undefined) this.#entries.delete(id);
    return value;
  }

  async set(id: string, value: T, ttlSeconds = this.#codec.defaultTtlSeconds): Promise<void> {
    SessionCodec.checkTtl(ttlSeconds);
    SessionCodec.checkId(id);
    await this.setEncoded(id, this.#codec.encode(value), ttlSeconds);
  }

  async setEncoded(id: string, json: string, ttlSeconds: number): Promise<void> {
    const ttl = SessionCodec.checkTtl(ttlSeconds);
    this.#entries.set(SessionCodec.checkId(id), { json, expiresAt: this.#now() + ttl * 1000 });
    // Expired sessions nobody reads again would otherwise stay forever.
    this.#setsSinceSweep += 1;
    if (this.#setsSinceSweep >= SWEEP_EVERY_SETS) this.#sweep();
  }

  async delete(id: string): Promise<void> {
    this.#entries.delete(SessionCodec.checkId(id));
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.#entries.clear();
  }

  #sweep(): void {
    this.#setsSinceSweep = 0;
    const now = this.#now();
    for (const [id, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(id);
  }
}
