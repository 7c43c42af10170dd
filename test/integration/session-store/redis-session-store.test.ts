import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BackendUnavailableError } from '../../../common/errors.js';
import { openSessionStore } from '../../../common/session-store/open-session-store.js';
import { RedisSessionStore } from '../../../common/session-store/redis-session-store.js';
import { deleteRedisKeys, redisPrefix } from '../../../common/testing/redis-prefix.js';
import { serviceAvailable, testRedisUrl } from '../../../common/testing/services.js';
import { describeSessionStoreContract, testSessionSchema } from './session-store-contract.js';

const hasRedis = await serviceAvailable('Redis', testRedisUrl());

describe.runIf(hasRedis)('Redis session store', () => {
  const prefix = redisPrefix('sessions');
  afterAll(async () => {
    await deleteRedisKeys(prefix);
  });

  describeSessionStoreContract('Redis', () => ({
    open: (options) => RedisSessionStore.open({ ...options, url: testRedisUrl(), prefix }),
    advance: (seconds) => sleep(seconds * 1000),
  }));

  it('is what openSessionStore gives with REDIS_URL, and sets the TTL on the key', async () => {
    const store = await openSessionStore(
      { REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: prefix, SESSION_TTL_SECONDS: 1800 },
      { schema: testSessionSchema, namespace: 'chat' },
    );
    const redis = new Redis(testRedisUrl());
    try {
      expect(store.kind).toBe('redis');
      await store.set('ttl-check', { turn: 0, shownSkus: [] });
      const ttl = await redis.ttl(`${prefix}:chat:session:ttl-check`);
      expect(ttl).toBeGreaterThan(1790);
      expect(ttl).toBeLessThanOrEqual(1800);
    } finally {
      redis.disconnect();
      await store.close();
    }
  });

  it('drops a stored session that no longer fits the schema, or is not JSON', async () => {
    const writer = await RedisSessionStore.open({ schema: z.unknown(), url: testRedisUrl(), prefix });
    const reader = await RedisSessionStore.open({ schema: testSessionSchema, url: testRedisUrl(), prefix });
    const redis = new Redis(testRedisUrl());
    try {
      await writer.set('old-shape', { turn: 'three' });
      await expect(reader.get('old-shape')).resolves.toBeUndefined();
      expect(await redis.exists(`${prefix}:session:old-shape`)).toBe(0);
      await redis.set(`${prefix}:session:garbled`, '{not json', 'EX', 60);
      await expect(reader.get('garbled')).resolves.toBeUndefined();
    } finally {
      redis.disconnect();
      await Promise.all([writer.close(), reader.close()]);
    }
  });

  it('reports Redis going away as BackendUnavailableError', async () => {
    const store = await RedisSessionStore.open({ schema: testSessionSchema, url: testRedisUrl(), prefix });
    await store.close();
    await expect(store.ping()).rejects.toBeInstanceOf(BackendUnavailableError);
    await expect(store.get('any')).rejects.toBeInstanceOf(BackendUnavailableError);
  });
});

describe('Redis session store without Redis', () => {
  it('fails to open with BackendUnavailableError', async () => {
    await expect(
      RedisSessionStore.open({
        schema: testSessionSchema,
        url: 'redis://127.0.0.1:1',
        connectTimeoutMs: 1000,
      }),
    ).rejects.toBeInstanceOf(BackendUnavailableError);
  });
});
