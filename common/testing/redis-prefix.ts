import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { testRedisUrl } from './services.js';

/**
 * A key prefix no other test run uses, e.g. `verity-test:jobs:1a2b3c4d`. Adapters put `:` after it
 * (as BullMQ does with its prefix).
 */
export function redisPrefix(label: string): string {
  return `verity-test:${label}:${randomBytes(4).toString('hex')}`;
}

/** Deletes every key under `prefix` (`<prefix>:…`), as cleanup after a test. Returns how many were deleted. */
export async function deleteRedisKeys(prefix: string, url: string = testRedisUrl()): Promise<number> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}
