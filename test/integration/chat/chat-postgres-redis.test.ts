import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgSchema, type PgSchema } from '../../../common/testing/pg-schema.js';
import { deleteRedisKeys } from '../../../common/testing/redis-prefix.js';
import { serviceAvailable, testDatabaseUrl, testRedisUrl } from '../../../common/testing/services.js';
import { describeConversationEngine } from './chat-scenarios.js';

/**
 * The sidecar's Redis key namespaces are fixed (`verity:chat`, `verity:ratelimit`, the BullMQ queue
 * under `verity`), so this file uses a Redis database of its own and deletes those keys in it before
 * and after: a run never sees another's sessions or rate-limit counters.
 */
const REDIS_DB = 13;
const REDIS_NAMESPACE = 'verity';

function redisUrlWithDb(): string {
  const url = new URL(testRedisUrl());
  url.pathname = `/${REDIS_DB}`;
  return url.toString();
}

/** The record store in a fresh schema: `openRecordStore` reads only DATABASE_URL, so the schema rides in it. */
function databaseUrlIn(schema: PgSchema): string {
  const url = new URL(testDatabaseUrl());
  url.searchParams.set('options', `-c search_path=${schema.name}`);
  return url.toString();
}

const available =
  (await serviceAvailable('PostgreSQL', testDatabaseUrl())) &&
  (await serviceAvailable('Redis', testRedisUrl()));

let schema: PgSchema | undefined;

describe.runIf(available)("the machine's PostgreSQL and Redis", () => {
  describeConversationEngine('PostgreSQL record store, Redis sessions and BullMQ jobs', {
    settings: async () => {
      await deleteRedisKeys(REDIS_NAMESPACE, redisUrlWithDb());
      schema = await createPgSchema('chat_engine');
      return { DATABASE_URL: databaseUrlIn(schema), REDIS_URL: redisUrlWithDb() };
    },
    cleanup: async () => undefined,
    kinds: { records: 'postgres', sessions: 'redis' },
  });

  afterAll(async () => {
    await schema?.drop();
    await deleteRedisKeys(REDIS_NAMESPACE, redisUrlWithDb());
  });

  it('kept the conversations in its own schema and the sessions in its own Redis database', async () => {
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query<{ conversations: string; messages: string; tickets: string }>(
        `SELECT (SELECT count(*) FROM ${schema!.name}.conversations) AS conversations,
                (SELECT count(*) FROM ${schema!.name}.messages) AS messages,
                (SELECT count(*) FROM ${schema!.name}.handoff_tickets) AS tickets`,
      );
      expect(Number(rows[0]!.conversations)).toBeGreaterThan(0);
      expect(Number(rows[0]!.messages)).toBeGreaterThan(0);
      expect(Number(rows[0]!.tickets)).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
    const redis = new Redis(redisUrlWithDb(), { maxRetriesPerRequest: 1 });
    try {
      const sessions = await redis.keys(`${REDIS_NAMESPACE}:chat:*`);
      expect(sessions.length).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });
});
