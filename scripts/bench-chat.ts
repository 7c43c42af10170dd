/**
 * `npm run bench:chat`: what a chat turn costs the sidecar, with Magento's stand-in and the databases
 * outside it, at 1, 8, 64 and 256 concurrent sessions.
 *
 * Processes: the sandbox store (Magento's stand-in) runs in a process of its own, each sidecar in a
 * process of its own (`verity serve`, as production runs it), and this process is the client. CPU time
 * is read from /proc for each process (and each thread of the sidecar: its main thread, the record
 * store's thread, the rest), so the sidecar's share of a turn is reported apart from the store's and the
 * databases'. On a shared machine CPU per turn is the stable figure; latencies are given with the load
 * average they ran under.
 *
 * Each session is a three-turn scripted conversation over `POST /api/chat/message` (a search, a
 * follow-up about the products shown, a policy question). The floor is Magento's own round trip: a
 * bare GraphQL `products(filter:{sku:{eq}})` POST to the sandbox at the same concurrency, run in the same
 * level just before the turns; the ratio is turn p95 ÷ floor p95.
 *
 * Options:
 *   --levels 1,8,64,256       concurrent sessions per level
 *   --seconds 20              how long the turns of one level run (the floor runs at most as long)
 *   --warmup 60               seconds of unmeasured turns (8 sessions per process) before the first level
 *   --backend embedded        `embedded` (PGlite in DATA_DIR, in-memory sessions) or `postgres`
 *                             (PostgreSQL + Redis on this machine: DATABASE_URL / REDIS_URL below)
 *   --processes 1             sidecar processes (postgres only); each turn of a session goes to the next
 *                             process, so every conversation continues across processes
 *   --products 1200           demo catalog size
 *   --root <dir>              the tree whose `bin/verity.ts serve` is measured (a checkout of an older
 *                             commit, to measure "before"); default this one
 *   --compare <dir>           A/B in one run: a second sidecar from this tree beside --root's, and each
 *                             level alternates 5 s blocks of turns between the two (A B B A …), so a
 *                             change of load on a shared machine falls on both alike; CPU per turn is
 *                             reported per tree (one process each)
 *   --label <text>            a name for the run in the report
 *   --out <file>              append the report (markdown) to this file; default: print only
 *   --env KEY=VALUE           extra environment for the sidecars (repeatable)
 *   --profile                 CPU profiles of the sidecar's threads (\`--cpu-prof\`, start-up included: run
 *                             one level for long enough), summarised in the report
 * Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/verity_bench, dropped and
 * created per run), BENCH_REDIS_URL (default redis://127.0.0.1:6379), BENCH_PORT (default 3931: the
 * sandbox; sidecars on the following ports), DATA_DIR (default /tmp/verity-perf).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, appendFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { z } from 'zod';
import { copyGloveCache } from '../bin/start-throwaway-embedded.js';
import { percentile } from './percentile.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const thisRoot = path.resolve(here, '..');

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}
function options(name: string): string[] {
  return process.argv.flatMap((arg, i) => (arg === `--${name}` ? [process.argv[i + 1] ?? ''] : []));
}

// ---------------------------------------------------------------------------------------------------
// Role: the sandbox store in its own process (spawned by the benchmark itself).
if (option('role', '') === 'sandbox') {
  const { startSandbox } = await import('../sandbox/index.js');
  const sandbox = await startSandbox({
    port: Number(option('port', '3931')),
    productCount: Number(option('products', '1200')),
  });
  process.stdout.write(`${JSON.stringify({ url: sandbox.url, token: sandbox.adminToken })}\n`);
  process.once('SIGTERM', () => void sandbox.close().then(() => process.exit(0)));
  await new Promise(() => undefined);
}

const LEVELS = option('levels', '1,8,64,256')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const SECONDS = Number(option('seconds', '20'));
const WARMUP_SECONDS = Number(option('warmup', '60'));
/** Concurrent sessions of the warm-up, per sidecar process. */
const WARMUP_SESSIONS = 8;
const BACKEND = option('backend', 'embedded') as 'embedded' | 'postgres';
const PROCESSES = Number(option('processes', '1'));
const PRODUCTS = Number(option('products', '1200'));
const ROOT = path.resolve(option('root', thisRoot));
const COMPARE = option('compare', '') === '' ? undefined : path.resolve(option('compare', ''));
/** Length of one block of a --compare level; the blocks alternate A B B A. */
const COMPARE_BLOCK_SECONDS = 5;
const LABEL = option('label', '');
const OUT = option('out', '');
const PROFILE = process.argv.includes('--profile');
const EXTRA_ENV = Object.fromEntries(
  options('env').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
const BASE_PORT = Number(process.env.BENCH_PORT ?? 3931);
const DATA_ROOT = process.env.DATA_DIR ?? '/tmp/verity-perf';
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/verity_bench';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const FLOOR_MAX_REQUESTS = 2000;
const TICK_MS = 1000 / 100; // USER_HZ: /proc reports CPU time in 1/100 s on Linux

if (!['embedded', 'postgres'].includes(BACKEND)) throw new Error('--backend is embedded or postgres');
if (COMPARE && PROCESSES !== 1) throw new Error('--compare runs one sidecar of each tree (no --processes).');
if (BACKEND === 'embedded' && PROCESSES !== 1)
  throw new Error('Several sidecar processes need --backend postgres (PGlite is one process).');

/** Conversations of the demo store: a search, a follow-up about the products shown, a policy question. */
const CONVERSATIONS: readonly (readonly [string, string, string])[] = [
  ["I'm looking for a gaming laptop under $1500", "how's the battery life?", 'what about warranty?'],
  ['wireless headphones under $150', 'does the first one have good reviews?', 'what is your return policy?'],
  ['a gift for a teenager under $50', 'is the second one in stock?', 'how long does shipping take?'],
  ['waterproof rain jacket', 'what sizes does it come in?', 'can I return it if it does not fit?'],
];
const TURN_KINDS = ['search', 'follow-up', 'policy'] as const;

const replySchema = z.object({
  sessionId: z.string(),
  reply: z.string().min(1),
  escalation: z.object({ ticketId: z.string() }).nullable(),
});

// ---------------------------------------------------------------------------------------------------
// /proc readings

/** utime + stime of a process or one of its threads, in milliseconds; 0 when it is gone. */
function cpuMs(statPath: string): number {
  try {
    const stat = readFileSync(statPath, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}
const processCpu = (pid: number) => cpuMs(`/proc/${pid}/stat`);
const threadCpu = (pid: number, tid: number) => cpuMs(`/proc/${pid}/task/${tid}/stat`);

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Processes whose command name is `name` (redis-server). */
function pidsNamed(name: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
      } catch {
        return false;
      }
    })
    .map(Number);
}

// ---------------------------------------------------------------------------------------------------
// Child processes

interface Child {
  process: ChildProcess;
  pid: number;
  /** JSON log lines (pino) the child printed before it was ready. */
  lines: unknown[];
}

const children: ChildProcess[] = [];
function stopChildren(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
process.once('exit', stopChildren);
process.once('SIGINT', () => {
  stopChildren();
  process.exit(130);
});

/** Starts a process and resolves with the first stdout line `ready` accepts (child output is drained). */
function startChild(
  args: string[],
  env: Record<string, string>,
  ready: (line: string) => boolean,
  cwd: string,
  nodeArgs: string[] = [],
  timeoutMs = 20 * 60_000,
): Promise<Child & { readyLine: string }> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: unknown[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    let done = false;
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')}: not ready in time`)), timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (done) return;
      buffered += chunk.toString();
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        try {
          lines.push(JSON.parse(line));
        } catch {
          // not JSON
        }
        if (!done && ready(line)) {
          done = true;
          clearTimeout(timer);
          resolve({ process: child, pid: child.pid!, lines, readyLine: line });
        }
      }
    });
    child.once('exit', (code) => {
      if (!done) {
        clearTimeout(timer);
        reject(new Error(`${args.join(' ')} exited with ${code}: ${stderr}`));
      }
    });
  });
}

function runToEnd(args: string[], env: Record<string, string>, cwd: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// Load

interface Measured {
  latencies: number[];
  failed: number;
  /** 503 answers (admission control): counted apart from failures; the session then waits Retry-After. */
  refused: number;
  elapsedMs: number;
}

/** Runs `work` from `concurrency` workers until `total` runs are started or the deadline passes. */
async function runConcurrently(
  concurrency: number,
  total: number,
  deadlineMs: number,
  work: (index: number, into: Measured) => Promise<void>,
): Promise<Measured> {
  const measured: Measured = { latencies: [], failed: 0, refused: 0, elapsedMs: 0 };
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < total && performance.now() - start < deadlineMs) await work(next++, measured);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  measured.elapsedMs = performance.now() - start;
  measured.latencies.sort((a, b) => a - b);
  return measured;
}

let byKind: number[][] = TURN_KINDS.map(() => []);
let handoffs = 0;

async function chatSession(sidecars: string[], index: number, into: Measured): Promise<void> {
  let sessionId: string | undefined;
  for (const [turn, message] of CONVERSATIONS[index % CONVERSATIONS.length]!.entries()) {
    const url = sidecars[(index + turn) % sidecars.length]!;
    const t = performance.now();
    let response: Response;
    let body: unknown;
    try {
      response = await fetch(`${url}/api/chat/message`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message, store: 'default', ...(sessionId ? { sessionId } : {}) }),
      });
      body = await response.json();
    } catch {
      into.failed++;
      return;
    }
    const elapsed = performance.now() - t;
    if (response.status === 503) {
      // Admission control: the process is at capacity. A client waits as long as it is told to.
      into.refused++;
      const seconds = Number(response.headers.get('retry-after') ?? 1);
      await new Promise((resolve) => setTimeout(resolve, Math.min(seconds, 5) * 1000));
      return;
    }
    const parsed = replySchema.safeParse(body);
    if (!response.ok || !parsed.success) {
      into.failed++;
      return;
    }
    into.latencies.push(elapsed);
    byKind[turn]!.push(elapsed);
    sessionId = parsed.data.sessionId;
    if (parsed.data.escalation) handoffs++;
  }
}

const SKUS = ['RAPTOR-X15', 'NOVA-G16', 'VORTEX-14', 'GIFT-EARBUDS'];
async function graphqlRoundTrip(sandboxUrl: string, index: number, into: Measured): Promise<void> {
  const t = performance.now();
  try {
    const response = await fetch(`${sandboxUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', store: 'default' },
      body: JSON.stringify({
        query:
          'query($sku:String){products(filter:{sku:{eq:$sku}}){items{sku name stock_status price_range{minimum_price{final_price{value currency}}}}}}',
        variables: { sku: SKUS[index % SKUS.length] },
      }),
    });
    const body = (await response.json()) as { errors?: unknown; data?: { products?: { items?: unknown[] } } };
    if (response.ok && !body.errors && (body.data?.products?.items?.length ?? 0) === 1)
      into.latencies.push(performance.now() - t);
    else into.failed++;
  } catch {
    into.failed++;
  }
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(value < 10 ? 1 : 0));

// ---------------------------------------------------------------------------------------------------
// Set-up

const runDir = path.join(DATA_ROOT, `bench-chat-${BACKEND}-${PRODUCTS}`);
mkdirSync(runDir, { recursive: true });
const loadAtStart = os.loadavg();
console.log(
  `bench:chat ${BACKEND}, ${PROCESSES} process(es), ${PRODUCTS} products, tree ${ROOT}; load ${loadAtStart.map((l) => l.toFixed(1)).join(' ')}`,
);

const sandbox = await startChild(
  [
    path.join(here, 'bench-chat.ts'),
    '--role',
    'sandbox',
    '--port',
    String(BASE_PORT),
    '--products',
    String(PRODUCTS),
  ],
  { NODE_ENV: 'production' },
  (line) => line.startsWith('{"url"'),
  thisRoot,
);
const { url: sandboxUrl, token: sandboxToken } = JSON.parse(sandbox.readyLine) as {
  url: string;
  token: string;
};

const sharedSecret = 'b'.repeat(64);
const redisPrefix = `verity-bench-${process.pid}`;
const baseEnv: Record<string, string> = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'info',
  HOST: '127.0.0.1',
  MAGENTO_URL: sandboxUrl,
  MAGENTO_TOKEN: sandboxToken,
  MAGENTO_STORE_CODES: 'default',
  VERITY_SHARED_SECRET: sharedSecret,
  OPERATOR_API_KEY: 'o'.repeat(32),
  // Every bench session comes from 127.0.0.1: the per-address budget would refuse them all.
  RATE_LIMIT_PER_ADDRESS: '100000000',
  RATE_LIMIT_PER_SESSION: '100000000',
  INDEX_ON_START: 'false',
  ...(BACKEND === 'postgres' ? { DATABASE_URL, REDIS_URL, REDIS_KEY_PREFIX: redisPrefix } : {}),
  ...EXTRA_ENV,
};

if (BACKEND === 'postgres') {
  const admin = new pg.Client({ connectionString: DATABASE_URL.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  const name = new URL(DATABASE_URL).pathname.slice(1);
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}

/** Each process gets its own data directory (search index, word vectors); the index is built once. */
const indexDir = path.join(runDir, 'index');
const indexStamp = path.join(indexDir, 'search-index');
if (!existsSync(indexStamp)) {
  // Built once per backend and catalog size (index runs are only read by /readyz, which is not measured).
  rmSync(indexDir, { recursive: true, force: true });
  await copyGloveCache(path.join(thisRoot, 'data'), indexDir);
  const t = performance.now();
  await runToEnd(
    [path.join(ROOT, 'bin', 'verity.ts'), 'reindex', '--full', '--store', 'default'],
    {
      ...baseEnv,
      LOG_LEVEL: 'warn',
      DATA_DIR: indexDir,
    },
    ROOT,
  );
  console.log(`index built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

const profileDir = path.join(runDir, 'profile');
rmSync(profileDir, { recursive: true, force: true });
const sidecars: Array<Child & { url: string; recordThread: number | undefined; root: string }> = [];
/** The tree of each sidecar process: --root's, and with --compare the other tree's beside it. */
const trees = COMPARE ? [ROOT, COMPARE] : Array.from({ length: PROCESSES }, () => ROOT);
for (const [i, root] of trees.entries()) {
  const dataDir = path.join(runDir, `sidecar-${i}`);
  rmSync(dataDir, { recursive: true, force: true });
  cpSync(indexDir, dataDir, { recursive: true });
  const child = await startChild(
    [path.join(root, 'bin', 'verity.ts'), 'serve'],
    { ...baseEnv, PORT: String(BASE_PORT + 1 + i), DATA_DIR: dataDir },
    (line) => line.includes('"sidecar listening"'),
    root,
    PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
  // The record store's thread, when it has one (the embedded default runs PGlite in a worker thread).
  const ready = child.lines.find(
    (l): l is { thread: number } =>
      typeof l === 'object' && l !== null && (l as { msg?: string }).msg === 'record store ready',
  );
  sidecars.push({
    ...child,
    url: `http://127.0.0.1:${BASE_PORT + 1 + i}`,
    recordThread: typeof ready?.thread === 'number' ? ready.thread : undefined,
    root,
  });
  child.process.stdout!.resume();
}
const sidecarUrls = sidecars.map((s) => s.url);

async function postgresBackends(): Promise<number[]> {
  if (BACKEND !== 'postgres') return [];
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

interface CpuReading {
  sidecar: number;
  main: number;
  records: number;
  sandbox: number;
  postgres: number;
  redis: number;
}
async function readCpu(): Promise<CpuReading> {
  const backends = await postgresBackends();
  return {
    sidecar: sidecars.reduce((sum, s) => sum + processCpu(s.pid), 0),
    main: sidecars.reduce((sum, s) => sum + threadCpu(s.pid, s.pid), 0),
    records: sidecars.reduce((sum, s) => sum + (s.recordThread ? threadCpu(s.pid, s.recordThread) : 0), 0),
    sandbox: processCpu(sandbox.pid),
    postgres: backends.reduce((sum, pid) => sum + processCpu(pid), 0),
    redis:
      BACKEND === 'postgres' ? pidsNamed('redis-server').reduce((sum, pid) => sum + processCpu(pid), 0) : 0,
  };
}
const minus = (a: CpuReading, b: CpuReading): CpuReading => ({
  sidecar: a.sidecar - b.sidecar,
  main: a.main - b.main,
  records: a.records - b.records,
  sandbox: a.sandbox - b.sandbox,
  postgres: a.postgres - b.postgres,
  redis: a.redis - b.redis,
});

/** One sidecar's CPU: the process, its main thread, its record store's thread. */
function sidecarCpu(s: (typeof sidecars)[number]): { process: number; main: number; records: number } {
  return {
    process: processCpu(s.pid),
    main: threadCpu(s.pid, s.pid),
    records: s.recordThread ? threadCpu(s.pid, s.recordThread) : 0,
  };
}

const compareRows: string[] = [];

/**
 * A --compare level: alternating blocks of turns for each tree at `level` sessions, each tree's own
 * latencies and CPU summed over its blocks. The floor runs first, as in a plain level.
 */
async function compareLevel(level: number): Promise<void> {
  const load = os.loadavg()[0]!;
  const floor = await runConcurrently(level, FLOOR_MAX_REQUESTS, SECONDS * 1000, (i, into) =>
    graphqlRoundTrip(sandboxUrl, i, into),
  );
  const sides = sidecars.map(() => ({
    measured: { latencies: [] as number[], failed: 0, refused: 0, elapsedMs: 0 },
    cpu: { process: 0, main: 0, records: 0 },
  }));
  const blocks = 2 * Math.max(1, Math.round(SECONDS / COMPARE_BLOCK_SECONDS));
  for (let block = 0; block < blocks; block++) {
    const side = [0, 1, 1, 0][block % 4]!;
    const sidecar = sidecars[side]!;
    const before = sidecarCpu(sidecar);
    const run = await runConcurrently(
      level,
      Number.MAX_SAFE_INTEGER,
      COMPARE_BLOCK_SECONDS * 1000,
      (i, into) => chatSession([sidecar.url], i, into),
    );
    const after = sidecarCpu(sidecar);
    const total = sides[side]!;
    total.measured.latencies.push(...run.latencies);
    total.measured.failed += run.failed;
    total.measured.refused += run.refused;
    total.measured.elapsedMs += run.elapsedMs;
    total.cpu.process += after.process - before.process;
    total.cpu.main += after.main - before.main;
    total.cpu.records += after.records - before.records;
  }
  const floorP95 = percentile(floor.latencies, 95);
  for (const [i, { measured, cpu }] of sides.entries()) {
    measured.latencies.sort((a, b) => a - b);
    const turns = measured.latencies.length;
    const perTurn = (value: number) => (turns > 0 ? (value / turns).toFixed(1) : '–');
    const p95 = percentile(measured.latencies, 95);
    const row =
      `| ${level} | ${i === 0 ? 'A (--root)' : 'B (--compare)'} | ${turns} (${measured.failed} failed, ${measured.refused} refused) | ${(turns / (measured.elapsedMs / 1000)).toFixed(1)} | ` +
      `${ms(percentile(measured.latencies, 50))} / ${ms(p95)} | ${ms(floorP95)} | ${(p95 / floorP95).toFixed(1)}× | ` +
      `**${perTurn(cpu.process - cpu.records)}** | ${perTurn(cpu.main)} | ${perTurn(cpu.process - cpu.main - cpu.records)} | ${BACKEND === 'embedded' ? perTurn(cpu.records) : '–'} | ${load.toFixed(1)} |`;
    compareRows.push(row);
    console.log(row);
  }
}

// ---------------------------------------------------------------------------------------------------
// Levels

const IDLE_SECONDS = 10;
let idleLine: string | undefined;
let warmupLine: string | undefined;
const rows: string[] = [];
const cpuRows: string[] = [];
const kindRows: string[] = [];
/** The last level's turns and when it ran (performance.now()), for the profiles' measured window. */
let lastLevel = { turns: 0, startedAt: 0, endedAt: 0 };
/** When each sidecar process (by pid) was seen to exit: its profile ends then. */
const exitedAt = new Map<number, number>();
for (const s of sidecars) s.process.once('exit', () => exitedAt.set(s.pid, performance.now()));
try {
  // Unmeasured conversations, so start-up work is not in the numbers: the first turns build each store's
  // NLU and read its policy config; then V8 keeps compiling the hot code with TurboFan on its background
  // threads for the first thousands of turns (`--levels 8,8,8,8,8 --warmup 0`, 2026-12-07, load 13-15:
  // 13.4 → 8.3 → 8.4 → 7.5 → 6.3 ms of sidecar CPU per turn, its other threads 4.7 → 0.9 ms).
  // With --compare every session stays with one tree (each has its own record store and sessions).
  const warmSession = (i: number, into: Measured) =>
    chatSession(COMPARE ? [sidecarUrls[i % 2]!] : sidecarUrls, i, into);
  await runConcurrently(sidecars.length, 4 * sidecars.length, 120_000, warmSession);
  const warm = await runConcurrently(
    WARMUP_SESSIONS * sidecars.length,
    Number.MAX_SAFE_INTEGER,
    WARMUP_SECONDS * 1000,
    warmSession,
  );
  warmupLine = `Warm-up: ${warm.latencies.length} turns in ${WARMUP_SECONDS} s at ${WARMUP_SESSIONS * sidecars.length} sessions, not measured.`;
  console.log(warmupLine);
  // What the sidecars spend with no turn at all (timers, background jobs, GC): a fixed cost per second
  // that a level with fewer turns per second spreads over fewer turns.
  const idleBefore = await readCpu();
  await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
  const idle = minus(await readCpu(), idleBefore);
  idleLine = `Idle sidecar CPU (no turns, ${IDLE_SECONDS} s): ${(idle.sidecar / IDLE_SECONDS).toFixed(0)} ms/s for the process${sidecars.length > 1 ? 'es' : ''} (main thread ${(idle.main / IDLE_SECONDS).toFixed(0)}, record-store thread ${(idle.records / IDLE_SECONDS).toFixed(0)}).`;
  console.log(idleLine);
  for (const level of COMPARE ? [] : LEVELS) {
    const load = os.loadavg()[0]!;
    const floor = await runConcurrently(level, FLOOR_MAX_REQUESTS, SECONDS * 1000, (i, into) =>
      graphqlRoundTrip(sandboxUrl, i, into),
    );
    byKind = TURN_KINDS.map(() => []);
    handoffs = 0;
    const before = await readCpu();
    const startedAt = performance.now();
    const chat = await runConcurrently(level, Number.MAX_SAFE_INTEGER, SECONDS * 1000, (i, into) =>
      chatSession(sidecarUrls, i, into),
    );
    const cpu = minus(await readCpu(), before);
    const turns = chat.latencies.length;
    lastLevel = { turns, startedAt, endedAt: performance.now() };
    const perTurn = (value: number) => (turns > 0 ? (value / turns).toFixed(1) : '–');
    const turnP95 = percentile(chat.latencies, 95);
    const floorP95 = percentile(floor.latencies, 95);
    const rss = sidecars.map((s) => rssMb(s.pid).toFixed(0)).join(' + ');
    const row =
      `| ${level} | ${turns} (${chat.failed} failed, ${chat.refused} refused, ${handoffs} handoffs) | ${(turns / (chat.elapsedMs / 1000)).toFixed(1)} | ` +
      `${ms(percentile(chat.latencies, 50))} / ${ms(turnP95)} / ${ms(percentile(chat.latencies, 99))} | ` +
      `${ms(percentile(floor.latencies, 50))} / ${ms(floorP95)} (${floor.latencies.length}) | ${(turnP95 / floorP95).toFixed(1)}× | ${load.toFixed(1)} |`;
    const cpuRow =
      `| ${level} | **${perTurn(cpu.sidecar - cpu.records)}** | ${perTurn(cpu.sidecar)} | ${perTurn(cpu.main)} | ${BACKEND === 'embedded' ? perTurn(cpu.records) : '–'} | ${perTurn(cpu.sidecar - cpu.main - cpu.records)} | ` +
      `${perTurn(cpu.sandbox)} | ${BACKEND === 'postgres' ? `${perTurn(cpu.postgres)} / ${perTurn(cpu.redis)}` : '–'} | ${rss} |`;
    kindRows.push(
      `| ${level} | ${byKind
        .map((l) => l.sort((a, b) => a - b))
        .map((l) => `${ms(percentile(l, 50))} / ${ms(percentile(l, 95))}`)
        .join(' | ')} |`,
    );
    rows.push(row);
    cpuRows.push(cpuRow);
    console.log(row);
    console.log(cpuRow);
  }
  for (const level of COMPARE ? LEVELS : []) await compareLevel(level);
} finally {
  const exited = children.map(
    (child) => new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(0))),
  );
  stopChildren();
  await Promise.race([Promise.all(exited), new Promise((resolve) => setTimeout(resolve, 60_000))]);
  if (BACKEND === 'postgres') {
    // The run's sessions, rate-limit counters and queues; its database is dropped by the next run.
    const { deleteRedisKeys } = await import('../common/testing/redis-prefix.js');
    await deleteRedisKeys(redisPrefix, REDIS_URL);
  }
}

/**
 * Each sidecar thread's profile (main thread first: the largest), with this tree's paths for grouping,
 * over the last level only: a profile ends when its process exits, so the level's window is known as
 * seconds before that end. Sampled milliseconds run above /proc's CPU time on a loaded machine (a
 * thread waiting for a core is sampled where it waits), so read the shares.
 */
const profiles: string[] = [];
if (PROFILE && existsSync(profileDir)) {
  const { summarizeProfile, formatProfile } = await import('./cpu-profile.js');
  const files = readdirSync(profileDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(profileDir, f))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }))
    .sort((a, b) => b.text.length - a.text.length);
  for (const { file, text } of files) {
    // CPU.<date>.<time>.<pid>.<thread>.<sequence>.cpuprofile
    const pid = Number(path.basename(file).split('.')[3]);
    const end = exitedAt.get(pid);
    const window =
      end === undefined
        ? undefined
        : {
            fromEndSeconds: (end - lastLevel.startedAt) / 1000,
            toEndSeconds: (end - lastLevel.endedAt) / 1000,
          };
    const summary = summarizeProfile(
      JSON.parse(text.split(ROOT).join(thisRoot)) as Parameters<typeof summarizeProfile>[0],
      window,
    );
    if (summary.totalMs < 1000) continue;
    const turns = Math.round(lastLevel.turns / PROCESSES);
    profiles.push(
      `Profile \`${path.basename(file)}\` (${window ? `the ${LEVELS.at(-1)}-session level only, ≈ ${turns} turns` : 'start-up included'}):`,
      '',
      ...formatProfile(summary, 15, window ? { totals: 40, turns, areas: true } : { areas: true }),
      '',
    );
  }
}

let commit = 'unknown';
try {
  const head = readFileSync(path.join(ROOT, '.git', 'HEAD'), 'utf8').trim();
  commit = head.startsWith('ref:')
    ? readFileSync(path.join(ROOT, '.git', head.slice(5)), 'utf8').trim()
    : head;
} catch {
  commit = existsSync(path.join(ROOT, 'COMMIT'))
    ? readFileSync(path.join(ROOT, 'COMMIT'), 'utf8').trim()
    : commit;
}

const compareReport = `
A (\`--root\`) = \`${ROOT}\`, B (\`--compare\`) = \`${COMPARE ?? ''}\`: one sidecar process each, blocks of ${COMPARE_BLOCK_SECONDS} s alternating A B B A, ${SECONDS} s per tree and level. CPU per turn in ms (/proc).

| sessions | tree | turns | turns/s | turn p50 / p95 ms | floor p95 ms | p95 ÷ floor | **sidecar alone** | main thread | other threads | record-store thread | load (1 min) |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${compareRows.join('\n')}
`;

const plainReport = `| sessions | turns | turns/s | turn p50 / p95 / p99 ms | floor p50 / p95 ms (requests) | turn p95 ÷ floor p95 | load (1 min) |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

CPU per turn (ms; /proc, ${TICK_MS} ms ticks). ${warmupLine ?? ''} ${idleLine ?? ''}

| sessions | sidecar alone (process less the record store's thread) | sidecar process | main thread | record-store thread (PGlite) | other threads (GC, libuv) | sandbox store | PostgreSQL / Redis | sidecar RSS MB |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${cpuRows.join('\n')}

By turn (p50 / p95 ms):

| sessions | ${TURN_KINDS.join(' | ')} |
| --- | --- | --- | --- |
${kindRows.join('\n')}
`;

const report = `
### bench:chat ${LABEL ? `— ${LABEL} ` : ''}(${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)

\`npm run bench:chat -- --backend ${BACKEND} --processes ${PROCESSES} --levels ${LEVELS.join(',')} --seconds ${SECONDS} --warmup ${WARMUP_SECONDS}${COMPARE ? ' --compare <tree>' : ''}\`${
  Object.keys(EXTRA_ENV).length
    ? ` with ${Object.entries(EXTRA_ENV)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`
    : ''
}; tree at \`${commit.slice(0, 7)}\`;
${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), node ${process.version}, ${PRODUCTS} products; load average at start ${loadAtStart[0]!.toFixed(1)}, at the end ${os.loadavg()[0]!.toFixed(1)}.

${COMPARE ? `${compareReport}\n${warmupLine ?? ''} ${idleLine ?? ''}\n` : plainReport}${profiles.length ? `\n${profiles.join('\n')}` : ''}`;
console.log(report);
if (OUT) appendFileSync(path.resolve(OUT), report);
process.exit(0);
