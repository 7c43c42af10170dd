import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgSchema, type PgSchema } from '../../../common/testing/pg-schema.js';
import { deleteRedisKeys, redisPrefix } from '../../../common/testing/redis-prefix.js';
import { serviceAvailable, testDatabaseUrl, testRedisUrl } from '../../../common/testing/services.js';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index.js';

/**
 * Scale-out: two sidecar processes (`verity serve`, as production runs them) over one PostgreSQL and
 * one Redis. A conversation goes on whichever process a turn reaches: the dialogue state is in
 * Redis, the records in PostgreSQL, and a session's rate limit is counted once for both.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const REDIS_KEY_PREFIX = redisPrefix('cross-process');
const available =
  (await serviceAvailable('PostgreSQL', testDatabaseUrl())) &&
  (await serviceAvailable('Redis', testRedisUrl()));

interface Sidecar {
  url: string;
  child: ChildProcess;
  dataDir: string;
}

/** Starts `verity serve` and resolves with its URL once it listens. */
function serve(env: Record<string, string>): Promise<Sidecar> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'verity-cross-'));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bin', 'verity.ts'), 'serve'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)","msg":"sidecar listening"/.exec(buffered);
      if (match) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve({ url: match[1]!, child, dataDir });
      }
      buffered = buffered.slice(-4000);
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`verity serve exited with ${code}: ${stderr}`)));
  });
}

async function stop(sidecar: Sidecar | undefined): Promise<void> {
  if (!sidecar) return;
  if (sidecar.child.exitCode === null) {
    const exited = new Promise((resolve) => sidecar.child.once('exit', resolve));
    sidecar.child.kill('SIGTERM');
    await exited;
  }
  rmSync(sidecar.dataDir, { recursive: true, force: true });
}

describe.runIf(available)(
  'two sidecar processes over one PostgreSQL and one Redis',
  { timeout: 300_000 },
  () => {
    let sandbox: RunningSandbox;
    let schema: PgSchema;
    let a: Sidecar | undefined;
    let b: Sidecar | undefined;

    beforeAll(async () => {
      sandbox = await startSandbox({ port: 0 });
      schema = await createPgSchema('cross_process');
      const databaseUrl = new URL(testDatabaseUrl());
      databaseUrl.searchParams.set('options', `-c search_path=${schema.name}`);
      const env = {
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        PORT: '0',
        MAGENTO_URL: sandbox.url,
        MAGENTO_TOKEN: sandbox.adminToken,
        DATABASE_URL: databaseUrl.toString(),
        REDIS_URL: testRedisUrl(),
        REDIS_KEY_PREFIX,
        VERITY_SHARED_SECRET: 'c'.repeat(64),
        INDEX_ON_START: 'false',
        EMBEDDER: 'hashing',
        RATE_LIMIT_PER_SESSION: '3',
      };
      // One after the other: the first applies the migrations, the second finds them applied.
      a = await serve(env);
      b = await serve(env);
    }, 300_000);

    afterAll(async () => {
      await Promise.all([stop(a), stop(b)]);
      await sandbox?.close();
      await schema?.drop();
      await deleteRedisKeys(REDIS_KEY_PREFIX);
    });

    async function send(sidecar: Sidecar, message: string, sessionId?: string) {
      const response = await fetch(`${sidecar.url}/api/chat/message`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message, store: 'default', ...(sessionId ? { sessionId } : {}) }),
      });
      return {
        status: response.status,
        body: (await response.json()) as { sessionId: string; reply: string },
      };
    }

    async function recorded(sessionId: string) {
      const client = new pg.Client({ connectionString: testDatabaseUrl() });
      await client.connect();
      try {
        const messages = await client.query<{ conversation_id: string; role: string }>(
          `SELECT m.conversation_id, m.role FROM ${schema.name}.messages m
           JOIN ${schema.name}.conversations c ON c.id = m.conversation_id
          WHERE c.session_id = $1 ORDER BY m.seq`,
          [sessionId],
        );
        const state = await client.query<{ turns: number }>(
          `SELECT (state->>'turns')::int AS turns FROM ${schema.name}.chat_sessions WHERE session_id = $1`,
          [sessionId],
        );
        return { messages: messages.rows, turns: state.rows[0]?.turns };
      } finally {
        await client.end();
      }
    }

    it('continues one conversation across the processes, and counts its rate limit once for both', async () => {
      const first = await send(a!, 'what is your return policy?');
      expect(first.status).toBe(200);
      const { sessionId } = first.body;

      const second = await send(b!, 'how long does shipping take?', sessionId);
      expect(second.status).toBe(200);
      expect(second.body.sessionId).toBe(sessionId);

      const third = await send(a!, 'thanks!', sessionId);
      expect(third.status).toBe(200);
      expect(third.body.sessionId).toBe(sessionId);

      // One conversation, every message in order, the dialogue state counting all three turns: process B
      // found A's session in Redis rather than starting a conversation of its own, and A found B's turn.
      const { messages, turns } = await recorded(sessionId);
      expect(messages.map((m) => m.role)).toEqual([
        'customer',
        'assistant',
        'customer',
        'assistant',
        'customer',
        'assistant',
      ]);
      expect(new Set(messages.map((m) => m.conversation_id)).size).toBe(1);
      expect(turns).toBe(3);

      // RATE_LIMIT_PER_SESSION is 3 a minute, counted on the messages that carry the session's id (the
      // second on): two went to B and A, one more is allowed on B, and the next is refused on A.
      expect((await send(b!, 'is the raptor in stock?', sessionId)).status).toBe(200);
      expect((await send(a!, 'one more question', sessionId)).status).toBe(429);
    });
  },
);
