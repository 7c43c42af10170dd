import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

export interface RateLimitHit {
  /** False once the key has used up `limit` attempts in the window. */
  allowed: boolean;
  /** Attempts in the current window, this one included. */
  count: number;
  /** Seconds until the window frees an attempt (for `Retry-After`). */
  retryAfterSeconds: number;
}

/** Counts attempts per key in a fixed window; shared across sidecar instances when backed by Redis. */
export interface RateLimiter {
  /** Records one attempt against `key`, allowing `limit` per `windowSeconds`. */
  hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitHit>;
}

/**
 * The counting is rate-limiter-flexible's: one limiter per (limit, window), each key a fixed window.
 * A refusal is a value (`allowed: false`), never an exception.
 */
abstract class FlexibleRateLimiter implements RateLimiter {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  protected abstract create(points: number, duration: number): RateLimiterAbstract;

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitHit> {
    const id = `${limit}/${windowSeconds}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = this.create(limit, windowSeconds);
      this.limiters.set(id, limiter);
    }
    try {
      const res = await limiter.consume(key);
      return { allowed: true, count: res.consumedPoints, retryAfterSeconds: 0 };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return {
        allowed: false,
        count: rejection.consumedPoints,
        retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
      };
    }
  }
}

/** Counters in this process (the embedded default, tests). */
export class MemoryRateLimiter extends FlexibleRateLimiter {
  protected create(points: number, duration: number): RateLimiterAbstract {
    return new RateLimiterMemory({ points, duration });
  }
}

/**
 * Counters in Redis under `<prefix>:ratelimit:<key>`, shared by every sidecar process. While Redis is
 * away, each process counts in its own memory instead (rate-limiter-flexible's insurance limiter): the
 * limits keep holding per process and the chat keeps answering, rather than refusing every message.
 */
export class RedisRateLimiter extends FlexibleRateLimiter {
  constructor(
    private readonly redis: Redis,
    /** REDIS_KEY_PREFIX. */
    private readonly prefix: string,
  ) {
    super();
  }

  protected create(points: number, duration: number): RateLimiterAbstract {
    return new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${this.prefix}:ratelimit:${points}-${duration}`,
      points,
      duration,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ points, duration }),
    });
  }
}
