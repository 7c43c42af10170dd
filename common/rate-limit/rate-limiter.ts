import type { Redis } from 'ioredis';

/** Counts attempts per key in a fixed window; shared across sidecar instances when backed by Redis. */
export interface RateLimiter {
  /** Records one attempt; `allowed` is false once the key has used up `limit` attempts in the window. */
  hit(key: string, limit: number, windowSeconds: number): Promise<{ allowed: boolean; count: number }>;
}

export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<{ allowed: boolean; count: number }> {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (this.windows.size > 10_000) this.evictExpired(now);
    return { allowed: window.count <= limit, count: window.count };
  }

  private evictExpired(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

/** Counters in Redis under `<prefix>:ratelimit:<key>`, shared by every sidecar process on that prefix. */
export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    /** REDIS_KEY_PREFIX. */
    private readonly prefix: string,
  ) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<{ allowed: boolean; count: number }> {
    const redisKey = `${this.prefix}:ratelimit:${key}`;
    const results = await this.redis.multi().incr(redisKey).expire(redisKey, windowSeconds, 'NX').exec();
    const [incrError, count] = results?.[0] ?? [new Error('no reply from Redis'), 0];
    if (incrError) throw incrError;
    return { allowed: Number(count) <= limit, count: Number(count) };
  }
}
