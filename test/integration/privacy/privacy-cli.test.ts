import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { silentLogger } from '../../../common/logger.js';
import { openRecordStore } from '../../../common/record-store/open-record-store.js';
import type { RecordStore } from '../../../common/record-store/record-store.js';
import { RedisSessionStore } from '../../../common/session-store/redis-session-store.js';
import { serviceAvailable, testDatabaseUrl, testRedisUrl } from '../../../common/testing/services.js';
import { HandoffDesk } from '../../../sidecar/escalation/handoff-tickets.js';
import { WebhookOutbox } from '../../../sidecar/escalation/webhook-outbox.js';
import { ConversationRecords } from '../../../sidecar/records/conversation-records.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const hasPostgres = await serviceAvailable('PostgreSQL', testDatabaseUrl());
const hasRedis = await serviceAvailable('Redis', testRedisUrl());

/** Runs `verity …` as an operator would, with only the settings given (never the shell's). */
function verity(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'bin/verity.ts'), ...args],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env },
        timeout: 240_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Jane (customer 7) with a signed-in and a guest conversation, and Sam (customer 8). */
async function seed(db: RecordStore): Promise<void> {
  const records = new ConversationRecords(db, silentLogger());
  const desk = new HandoffDesk(db, silentLogger(), new WebhookOutbox(db, silentLogger()));
  for (const [customerId, sessionId, text] of [
    ['7', 'sess-jane', 'Where is my order 000000012?'],
    [null, 'sess-guest', 'I am jane@example.com, my parcel is late'],
    ['8', 'sess-sam', 'Do you ship to Canada?'],
  ] as const) {
    const conversationId = await records.startConversation({
      sessionId,
      storeCode: 'default',
      customerId,
      channel: 'web',
    });
    await records.appendMessage({ conversationId, role: 'customer', text });
    await desk.open({
      conversationId,
      storeCode: 'default',
      reason: 'customer_asked',
      customer: { id: customerId, email: customerId ? null : 'jane@example.com', verifiedOrders: [] },
      orders: [],
      transcript: [],
      suggestedReply: '',
    });
    await db.query(
      `INSERT INTO chat_sessions (session_id, state, expires_at) VALUES ($1, '{}', now() + interval '1 hour')`,
      [sessionId],
    );
  }
}

async function sessionsLeft(db: RecordStore): Promise<string[]> {
  const { rows } = await db.query<{ session_id: string }>(
    `SELECT session_id FROM conversations ORDER BY session_id`,
  );
  return rows.map((r) => r.session_id);
}

/**
 * `verity privacy export|erase` end to end: the real CLI in its own process against the configured
 * record store, on PGlite (DATA_DIR) and on PostgreSQL (DATABASE_URL, sessions in Redis).
 */
describe('verity privacy (CLI)', { timeout: 600_000 }, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('exports a customer to a private file and erases them on PGlite, leaving others', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'verity-privacy-cli-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = { DATA_DIR: dataDir };
    const db = await openRecordStore({ DATABASE_URL: undefined, dataDir });
    await seed(db);
    // PGlite has one writer: the embedded process is stopped while an operator runs the CLI.
    await db.close();

    const out = path.join(dataDir, 'jane.json');
    const exported = await verity(
      ['privacy', 'export', '--customer', '7', '--email', 'Jane@Example.com', '--out', out],
      env,
    );
    expect(exported).toMatchObject({ code: 0, stdout: '' });
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    const data = JSON.parse(await readFile(out, 'utf8')) as {
      customer: unknown;
      conversations: { sessionId: string; messages: { text: string }[] }[];
      sessions: { sessionId: string }[];
    };
    expect(data.customer).toEqual({ customerId: '7', email: 'jane@example.com' });
    expect(data.conversations.map((c) => c.sessionId).sort()).toEqual(['sess-guest', 'sess-jane']);
    expect(data.conversations.flatMap((c) => c.messages.map((m) => m.text))).toContain(
      'Where is my order 000000012?',
    );
    expect(data.sessions.map((s) => s.sessionId)).toEqual(['sess-guest', 'sess-jane']);
    expect(JSON.stringify(data)).not.toContain('Canada');

    const refused = await verity(['privacy', 'erase', '--customer', 'jane'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--customer takes a Magento customer id or an e-mail address');

    const erased = await verity(['privacy', 'erase', '--customer', '7', '--email', 'jane@example.com'], env);
    expect(erased.code).toBe(0);
    // The signed-in conversation and the guest one (its ticket names the e-mail), with their sessions.
    expect(JSON.parse(erased.stdout)).toMatchObject({
      conversations: 2,
      messages: 2,
      tickets: 2,
      sessions: 2,
    });

    const after = await openRecordStore({ DATABASE_URL: undefined, dataDir });
    try {
      expect(await sessionsLeft(after)).toEqual(['sess-sam']);
    } finally {
      await after.close();
    }
  });

  it.runIf(hasPostgres && hasRedis)(
    'erases on PostgreSQL and deletes the live sessions in Redis too',
    async () => {
      const database = `verity_cli_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: testDatabaseUrl() });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      cleanups.push(async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await admin.end();
      });
      const url = new URL(testDatabaseUrl());
      url.pathname = `/${database}`;
      const prefix = `verity-cli-${randomBytes(4).toString('hex')}`;
      const env = {
        DATABASE_URL: url.toString(),
        REDIS_URL: testRedisUrl(),
        REDIS_KEY_PREFIX: prefix,
        DATA_DIR: tmpdir(),
      };
      const db = await openRecordStore({ DATABASE_URL: env.DATABASE_URL, dataDir: tmpdir() });
      cleanups.push(() => db.close());
      await seed(db);
      const redis = await RedisSessionStore.open({
        schema: z.record(z.string(), z.unknown()),
        url: testRedisUrl(),
        prefix: `${prefix}:chat`,
        defaultTtlSeconds: 3600,
      });
      cleanups.push(() => redis.close());
      for (const id of ['sess-jane', 'sess-guest', 'sess-sam'])
        await redis.set(id, { lastOrderNumber: null });

      const erased = await verity(
        ['privacy', 'erase', '--customer', '7', '--email', 'jane@example.com'],
        env,
      );
      expect(erased.stderr).toBe('');
      expect(JSON.parse(erased.stdout)).toMatchObject({ conversations: 2, tickets: 2, sessions: 2 });
      expect(await sessionsLeft(db)).toEqual(['sess-sam']);
      expect(await redis.get('sess-jane')).toBeUndefined();
      expect(await redis.get('sess-guest')).toBeUndefined();
      expect(await redis.get('sess-sam')).toEqual({ lastOrderNumber: null });
    },
  );
});
