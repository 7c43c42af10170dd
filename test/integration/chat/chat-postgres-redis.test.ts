import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgSchema, type PgSchema } from '../../../common/testing/pg-schema.js';
import { deleteRedisKeys, redisPrefix } from '../../../common/testing/redis-prefix.js';
import { serviceAvailable, testDatabaseUrl, testRedisUrl } from '../../../common/testing/services.js';
import { describeConversationEngine } from './chat-scenarios.js';

/**
 * Every Redis key of the sidecar (sessions, rate limits, BullMQ index jobs) lives under
 * REDIS_KEY_PREFIX: this run gets a prefix of its own and deletes it afterwards, so simultaneous runs
 * never see each other's sessions, rate-limit counters or jobs.
 */
const REDIS_KEY_PREFIX = redisPrefix('chat-engine');

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
      schema = await createPgSchema('chat_engine');
      return { DATABASE_URL: databaseUrlIn(schema), REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX };
    },
    cleanup: async () => undefined,
    kinds: { records: 'postgres', sessions: 'redis' },
  });

  afterAll(async () => {
    await schema?.drop();
    await deleteRedisKeys(REDIS_KEY_PREFIX);
  });

  it('kept the conversations in its own schema and the sessions and jobs under its own Redis prefix', async () => {
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
    const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
    try {
      const sessions = await redis.keys(`${REDIS_KEY_PREFIX}:chat:session:*`);
      expect(sessions.length).toBeGreaterThan(0);
      const jobs = await redis.keys(`${REDIS_KEY_PREFIX}:catalog-index:*`);
      expect(jobs.length).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });
});
