import { Redis } from 'ioredis';
import { BackendUnavailableError } from '../errors.js';
import { SessionCodec } from './session-codec.js';
import type { EncodedSessionStore, SessionStoreOptions } from './session-store.js';

export interface RedisSessionStoreOptions<T> extends SessionStoreOptions<T> {
  /** `redis://…` */
  url: string;
  /** Namespace of every key (`<prefix>:session:<id>`); tests use one each. @default 'verity' */
  prefix?: string;
  /** Time allowed to connect, in milliseconds. @default 5000 */
  connectTimeoutMs?: number;
}

/** Redis answered with an error about the command itself, not about being unreachable. */
function isReplyError(error: unknown): boolean {
  return error instanceof Error && error.name === 'ReplyError';
}

/** Sessions in Redis (REDIS_URL): shared by every sidecar process, expired by Redis itself. */
export class RedisSessionStore<T> implements EncodedSessionStore<T> {
  readonly kind = 'redis' as const;
  readonly #codec: SessionCodec<T>;
  readonly #redis: Redis;
  readonly #prefix: string;

  private constructor(options: RedisSessionStoreOptions<T>) {
    this.#codec = new SessionCodec(options.schema, options.defaultTtlSeconds, options.logger);
    this.#prefix = options.prefix ?? 'verity';
    this.#redis = new Redis(options.url, {
      lazyConnect: true,
      connectTimeout: options.connectTimeoutMs ?? 5000,
      // A chat turn should fail fast with a clear error rather than hang while Redis is away.
      maxRetriesPerRequest: 1,
    });
    this.#redis.on('error', (error: Error) =>
      options.logger?.warn({ err: error }, 'Redis session store connection error'),
    );
  }

  /** Connects; rejects with BackendUnavailableError when Redis cannot be reached. */
  static async open<T>(options: RedisSessionStoreOptions<T>): Promise<RedisSessionStore<T>> {
    const store = new RedisSessionStore(options);
    try {
      await store.#redis.connect();
      await store.#redis.ping();
    } catch (error) {
      store.#redis.disconnect();
      throw new BackendUnavailableError(
        'redis',
        `Redis is unreachable for sessions: ${(error as Error).message}`,
        error,
      );
    }
    return store;
  }

  async get(id: string): Promise<T | undefined> {
    const key = this.#key(id);
    const json = await this.#run(() => this.#redis.get(key));
    if (json === null) return undefined;
    const value = this.#codec.decode(id, json);
    if (value === undefined) await this.#run(() => this.#redis.del(key));
    return value;
  }

  async set(id: string, value: T, ttlSeconds = this.#codec.defaultTtlSeconds): Promise<void> {
    SessionCodec.checkTtl(ttlSeconds);
    SessionCodec.checkId(id);
    await this.setEncoded(id, this.#codec.encode(value), ttlSeconds);
  }

  async setEncoded(id: string, json: string, ttlSeconds: number): Promise<void> {
    const ttl = SessionCodec.checkTtl(ttlSeconds);
    const key = this.#key(id);
    await this.#run(() => this.#redis.set(key, json, 'EX', ttl));
  }

  async delete(id: string): Promise<void> {
    const key = this.#key(id);
    await this.#run(() => this.#redis.del(key));
  }

  async ping(): Promise<void> {
    try {
      await this.#redis.ping();
    } catch (error) {
      throw new BackendUnavailableError(
        'redis',
        `Redis is unreachable for sessions: ${(error as Error).message}`,
        error,
      );
    }
  }

  async close(): Promise<void> {
    if (this.#redis.status === 'end') return;
    await this.#redis.quit().catch(() => this.#redis.disconnect());
  }

  #key(id: string): string {
    return `${this.#prefix}:session:${SessionCodec.checkId(id)}`;
  }

  async #run<R>(command: () => Promise<R>): Promise<R> {
    try {
      return await command();
    } catch (error) {
      if (isReplyError(error)) throw error;
      throw new BackendUnavailableError(
        'redis',
        `Redis session command failed: ${(error as Error).message}`,
        error,
      );
    }
  }
}
