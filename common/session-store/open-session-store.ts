import type { Config } from '../config/config.js';
import { MemorySessionStore } from './memory-session-store.js';
import type { SessionStore, SessionStoreOptions } from './session-store.js';

export interface OpenSessionStoreOptions<T> extends Omit<SessionStoreOptions<T>, 'defaultTtlSeconds'> {
  /** What these sessions are, as the part of their Redis keys after REDIS_KEY_PREFIX (`chat`). */
  namespace: string;
}

/**
 * The session store the configuration asks for: Redis when REDIS_URL is set, else process memory;
 * sessions live SESSION_TTL_SECONDS after their last write.
 */
export async function openSessionStore<T>(
  config: Pick<Config, 'REDIS_URL' | 'REDIS_KEY_PREFIX' | 'SESSION_TTL_SECONDS'>,
  options: OpenSessionStoreOptions<T>,
): Promise<SessionStore<T>> {
  const { namespace, ...rest } = options;
  const common = { ...rest, defaultTtlSeconds: config.SESSION_TTL_SECONDS };
  if (config.REDIS_URL) {
    // Loaded only when configured (ioredis).
    const { RedisSessionStore } = await import('./redis-session-store.js');
    return RedisSessionStore.open({
      ...common,
      url: config.REDIS_URL,
      prefix: `${config.REDIS_KEY_PREFIX}:${namespace}`,
    });
  }
  return new MemorySessionStore(common);
}
