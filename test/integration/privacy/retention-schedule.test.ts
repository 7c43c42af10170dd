import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../common/logger.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgRecordStore } from '../../../common/record-store/pg-record-store.js';
import { createPgSchema, type PgSchema } from '../../../common/testing/pg-schema.js';
import { serviceAvailable, testDatabaseUrl, testRedisUrl } from '../../../common/testing/services.js';
import { AuditLog } from '../../../sidecar/audit/audit-log.js';
import {
  MAINTENANCE_QUEUE,
  startTaskSchedule,
  type TaskSchedule,
} from '../../../sidecar/inbox/scheduled-tasks.js';
import { RetentionJob, type PurgeReport } from '../../../sidecar/privacy/retention.js';

const hasRedis = await serviceAvailable('Redis', testRedisUrl());
const hasPostgres = await serviceAvailable('PostgreSQL', testDatabaseUrl());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Removes a test's schedulers and jobs from Redis. */
async function obliterate(prefix: string): Promise<void> {
  const queue = new Queue(MAINTENANCE_QUEUE, { connection: { url: testRedisUrl() }, prefix });
  await queue.obliterate({ force: true });
  await queue.close();
}

/**
 * The scheduled tasks (retention purge, after-hours notices) as a BullMQ job scheduler: every sidecar
 * process registers the same schedule and works the queue, and each round runs in one of them.
 */
describe.runIf(hasRedis)('scheduled tasks on BullMQ', { timeout: 60_000 }, () => {
  const open: TaskSchedule[] = [];
  afterAll(async () => {
    await Promise.all(open.map((s) => s.close()));
  });

  it('runs a task once per interval across three processes', async () => {
    const prefix = `verity-test-${randomUUID().slice(0, 8)}`;
    const runs: { process: number; at: number }[] = [];
    const every = 500;
    const started = Date.now();
    for (const process of [1, 2, 3]) {
      const schedule = await startTaskSchedule(
        [
          {
            name: 'count',
            everyMs: every,
            run: async () => {
              runs.push({ process, at: Date.now() });
              await sleep(50);
            },
          },
        ],
        { logger: silentLogger(), redisUrl: testRedisUrl(), prefix },
      );
      expect(schedule.kind).toBe('bullmq');
      open.push(schedule);
    }
    await sleep(3_200);
    const elapsed = Date.now() - started;
    await Promise.all(open.splice(0).map((s) => s.close()));
    await obliterate(prefix);
    // Three timers would run it three times a round; the scheduler runs it once a round.
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.length).toBeLessThanOrEqual(Math.ceil(elapsed / every) + 1);
    const gaps = runs.slice(1).map((r, i) => r.at - runs[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThan(every / 2);
  });

  it('stops scheduling a task the next build no longer has', async () => {
    const prefix = `verity-test-${randomUUID().slice(0, 8)}`;
    const task = (name: string) => ({ name, everyMs: 60_000, run: async () => null });
    const options = { logger: silentLogger(), redisUrl: testRedisUrl(), prefix };
    await (await startTaskSchedule([task('old-name'), task('kept')], options)).close();
    const next = await startTaskSchedule([task('kept'), task('new-name')], options);
    await next.close();
    const queue = new Queue(MAINTENANCE_QUEUE, { connection: { url: testRedisUrl() }, prefix });
    const keys = (await queue.getJobSchedulers(0, -1)).map((s) => s.key).sort();
    await queue.close();
    await obliterate(prefix);
    expect(keys).toEqual(['kept', 'new-name']);
  });

  it('falls back to timers in this process when Redis cannot be reached', async () => {
    const schedule = await startTaskSchedule([{ name: 'count', everyMs: 60_000, run: async () => null }], {
      logger: silentLogger(),
      redisUrl: 'redis://127.0.0.1:1',
    });
    open.push(schedule);
    expect(schedule.kind).toBe('in-process');
  });
});

describe.runIf(hasRedis && hasPostgres)(
  'the retention purge across processes (PostgreSQL, BullMQ)',
  { timeout: 60_000 },
  () => {
    let schema: PgSchema;
    const stores: PgRecordStore[] = [];
    afterAll(async () => {
      await Promise.all(stores.map((s) => s.close()));
      await schema?.drop();
    });

    it('purges an expired transcript once, from one of the processes', async () => {
      schema = await createPgSchema('retention');
      const connect = () => {
        const store = new PgRecordStore({ url: schema.url, schema: schema.name });
        stores.push(store);
        return store;
      };
      const first = connect();
      await migrate(first, await loadMigrations());
      const { rows } = await first.query<{ id: string }>(
        `INSERT INTO conversations (session_id, store_code, last_message_at)
         VALUES ('expired', 'default', now() - interval '40 days') RETURNING id`,
      );
      const prefix = `verity-test-${randomUUID().slice(0, 8)}`;
      const reports: PurgeReport[][] = [];
      const schedules = await Promise.all(
        [first, connect()].map((db) => {
          const job = new RetentionJob({
            deps: { db, auditLog: new AuditLog(db) },
            storeCodes: async () => ['default'],
            retentionDays: async () => 30,
            logger: silentLogger(),
          });
          return startTaskSchedule(
            [{ ...job.task(400), run: async () => reports.push(await job.runOnce()) }],
            { logger: silentLogger(), redisUrl: testRedisUrl(), prefix },
          );
        }),
      );
      await sleep(2_000);
      await Promise.all(schedules.map((s) => s.close()));
      await obliterate(prefix);
      expect(reports.length).toBeGreaterThanOrEqual(2);
      const purged = reports.flat().filter((r) => r.conversations > 0);
      expect(purged).toEqual([
        { storeCode: 'default', retentionDays: 30, conversations: 1, auditEntriesErased: 0 },
      ]);
      const left = await first.query(`SELECT 1 FROM conversations WHERE id = $1`, [rows[0]!.id]);
      expect(left.rows).toEqual([]);
    });
  },
);
