/**
 * `npm run bench:index`: the embedded default (`npm start`'s all-in-one process: sandbox store, sidecar,
 * in-process indexer, PGlite, Orama, GloVe) at several catalog sizes.
 *
 * Per size, in a fresh child process each (so memory is not inherited from the previous size):
 * 1. first start — a new data directory, every store view indexed through the real job handler over
 *    HTTP against the sandbox (time to `indexed`, CPU time, each full job's duration, memory);
 * 2. search — catalog searches through the sidecar's `IndexedCatalog` (what the chat calls), one at a
 *    time, every other one with a price filter: p50/p95/max;
 * 3. with `--freshness` — chat sessions over HTTP for `--seconds`, then the same chat load while
 *    products are saved through the sandbox's REST API (`PUT /rest/all/V1/products/:sku`, a new word in
 *    the name): the sandbox's signed change notification → the sidecar's webhook → one upsert job per
 *    store view → the index. Save → searchable is the time from the PUT until a lexical search for the
 *    new word finds the product in the `default` store view; turns/s is reported for both phases;
 * 4. restart — a second process over the same data directory: time until the first search answers,
 *    memory with the index loaded, the same searches again.
 *
 * Options: `--sizes 1200,5000,20000`, `--freshness`, `--seconds 60` (per freshness phase),
 * `--saves-per-second 0.5`, `--sessions 4` (concurrent chat sessions), `--profile <phase>` (first-start,
 * search, freshness or restart: writes `bench-index-<size>-<phase>.cpuprofile` and prints where the
 * time went). `--npm-start` instead measures the memory of `npm start` itself on the demo catalog
 * (`--port 3400`: the sidecar's port, the sandbox's is the next one); `--memory` where the memory of a
 * restart goes, part by part, at each of `--sizes` (scripts/measure-memory.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { z } from 'zod';
import { startEmbedded, type RunningEmbedded } from '../bin/start-embedded.js';
import { copyGloveCache } from '../bin/start-throwaway-embedded.js';
import { catalogCollectionSpec } from '../common/catalog/catalog-collection.js';
import { loadConfig, type Config } from '../common/config/config.js';
import { silentLogger } from '../common/logger.js';
import { IndexedCatalog } from '../sidecar/tools/catalog-search.js';
import { formatProfile, startCpuProfile } from './cpu-profile.js';
import { percentile } from './percentile.js';
import { npmStartAllocator } from './npm-start-allocator.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const SIZES = option('sizes', '1200,5000,20000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const FRESHNESS = flag('freshness');
const SECONDS = Number(option('seconds', '60'));
const SAVES_PER_SECOND = Number(option('saves-per-second', '0.5'));
const SESSIONS = Number(option('sessions', '4'));
const PROFILE = option('profile', '');
/** Saves still not searchable this long after the last save are reported as missed. */
const SETTLE_MS = 120_000;

const QUERIES = [
  'something to attach to a bike rack for camping',
  'gift for a tech-savvy teenager under 50',
  'waterproof rain jacket',
  'gaming laptop with long battery life',
  'wireless headphones',
  'running shoes size 10',
  'merino wool tee',
  'smart home hub zigbee',
  'kids toy for 6 year old',
  'stainless steel water bottle',
];
const SEARCH_ROUNDS = 20;

/** Chat sessions of the freshness phases: a search, a follow-up on what was shown, a policy question. */
const CONVERSATIONS: readonly (readonly string[])[] = [
  ['show me a tent for two people', 'is the first one waterproof?', 'what is the return window?'],
  ['bluetooth speaker under $100', 'how about the second one?', 'do you ship to Canada?'],
  ['a warm jacket for winter hiking', 'what colors does it come in?', 'can I exchange it?'],
];

const mb = (bytes: number) => Math.round(bytes / 1e6);

/** `global.gc` without starting node with `--expose-gc`. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function memory() {
  collectGarbage();
  const usage = process.memoryUsage();
  return {
    rssMb: mb(usage.rss),
    heapMb: mb(usage.heapUsed),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

async function maybeProfile<T>(phase: string, size: number, work: () => Promise<T>): Promise<T> {
  if (PROFILE !== phase) return work();
  const profiler = await startCpuProfile();
  try {
    return await work();
  } finally {
    const file = path.join(ROOT, `bench-index-${size}-${phase}.cpuprofile`);
    const summary = await profiler.stop(file);
    console.error(
      [`\n${phase} at ${size} products (${path.relative(ROOT, file)}):`, ...formatProfile(summary)].join(
        '\n',
      ),
    );
  }
}

function benchConfig(dataDir: string, size: number): Config {
  return loadConfig({
    PORT: '0',
    SANDBOX_PORT: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    SANDBOX_PRODUCTS: String(size),
    // Every bench session comes from 127.0.0.1: the per-address budget would refuse most turns (429).
    RATE_LIMIT_PER_ADDRESS: '100000000',
    RATE_LIMIT_PER_SESSION: '100000000',
  });
}

/** Searches one at a time: wall latency and the process CPU each took (what one idle core would need). */
async function searchLatencies(running: RunningEmbedded) {
  const catalog = new IndexedCatalog(running.adapters.vectorStore, running.adapters.embedder);
  const latencies: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const query of QUERIES) {
      const c = process.cpuUsage();
      const t = performance.now();
      await catalog.searchProducts(query, {
        store: 'default',
        language: 'en',
        limit: 12,
        filters: round % 2 ? { maxPrice: 100 } : {},
      });
      latencies.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  latencies.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies.at(-1)!,
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
  };
}

async function documentCounts(running: RunningEmbedded): Promise<Record<string, number>> {
  const opened = await running.adapters.vectorStore.openCollection(
    catalogCollectionSpec(running.adapters.embedder),
    { createIfMissing: false },
  );
  if (!opened.ok) throw new Error(opened.violations.map((v) => v.message).join('; '));
  const counts: Record<string, number> = {};
  for (const view of running.sandbox.data.fixture.store_views.filter((s) => s.id !== 0))
    counts[view.code] = await opened.collection.count({ store: view.code });
  return counts;
}

const replySchema = z.object({ sessionId: z.string(), reply: z.string().min(1) });

/** One scripted conversation over HTTP; returns the turns answered, or -1 when one failed. */
async function converse(sidecarUrl: string, messages: readonly string[], go: () => boolean): Promise<number> {
  let sessionId: string | undefined;
  let turns = 0;
  for (const message of messages) {
    if (!go()) break;
    // A refused or dropped connection is a failed turn, counted like an error answer.
    const answer = await fetch(`${sidecarUrl}/api/chat/message`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message, store: 'default', ...(sessionId ? { sessionId } : {}) }),
    }).then(
      async (response) => ({ ok: response.ok, body: (await response.json()) as unknown }),
      () => ({ ok: false, body: undefined }),
    );
    const parsed = replySchema.safeParse(answer.body);
    if (!answer.ok || !parsed.success) return -1;
    turns++;
    sessionId = parsed.data.sessionId;
  }
  return turns;
}

/** Chat sessions from `concurrency` clients until `stop()`: turns/s and the process's CPU share. */
function chatLoad(sidecarUrl: string, concurrency: number) {
  let turns = 0;
  let failures = 0;
  let running = true;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const client = async (offset: number) => {
    for (let n = offset; running; n += concurrency) {
      const answered = await converse(sidecarUrl, CONVERSATIONS[n % CONVERSATIONS.length]!, () => running);
      if (answered < 0) failures++;
      else turns += answered;
    }
  };
  const clients = Array.from({ length: concurrency }, (_, i) => client(i));
  return {
    async stop() {
      running = false;
      await Promise.all(clients);
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      return {
        turns,
        failures,
        seconds,
        turnsPerSecond: turns / seconds,
        cpuShare: (used.user + used.system) / 1e6 / seconds,
      };
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A word no catalog text contains: letters around digits, so no stemmer or stopword list touches it. */
const freshWord = (n: number) => `zq${n}x`;

async function freshness(running: RunningEmbedded) {
  const { sandbox, sidecar, adapters } = running;
  const opened = await adapters.vectorStore.openCollection(catalogCollectionSpec(adapters.embedder), {
    createIfMissing: false,
  });
  if (!opened.ok) throw new Error('no collection');
  const collection = opened.collection;
  const indexed = await adapters.records.query<{ doc_id: string }>(
    `SELECT doc_id FROM index_documents WHERE store = 'default' AND doc_type = 'product' ORDER BY doc_id`,
  );
  const skus = indexed.rows.map((r) => r.doc_id);

  // Lazy per-store-view set-up (NLU, policies) happens on the first turns: not part of the numbers.
  for (const conversation of CONVERSATIONS) await converse(sidecar.url, conversation, () => true);
  const alone = chatLoad(sidecar.url, SESSIONS);
  await sleep(SECONDS * 1000);
  const chatAlone = await alone.stop();

  const latencies: number[] = [];
  let missed = 0;
  const pending: Promise<void>[] = [];
  const save = async (n: number) => {
    const sku = skus[(n * 7919) % skus.length]!;
    const word = freshWord(n);
    const t = performance.now();
    const product = sandbox.data.productBySku(sku)!;
    const put = () =>
      fetch(`${sandbox.url}/rest/all/V1/products/${encodeURIComponent(sku)}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.adminToken}` },
        body: JSON.stringify({ product: { name: `${product.name.replace(/ zq\d+x$/, '')} ${word}` } }),
      });
    // A kept-alive connection the server closed as the request went out: the PUT is idempotent, send it again.
    const response = await put().catch(put);
    if (!response.ok) throw new Error(`PUT ${sku}: ${response.status}`);
    while (performance.now() - t < SETTLE_MS + SECONDS * 1000) {
      const hits = await collection.search({
        mode: 'lexical',
        text: word,
        filter: { store: 'default' },
        limit: 3,
      });
      if (hits.some((h) => h.document.id === sku)) {
        latencies.push(performance.now() - t);
        return;
      }
      await sleep(20);
    }
    missed++;
  };
  const loaded = chatLoad(sidecar.url, SESSIONS);
  const saves = Math.round(SECONDS * SAVES_PER_SECOND);
  const started = performance.now();
  for (let n = 0; n < saves; n++) {
    pending.push(save(n));
    await sleep(Math.max(0, started + ((n + 1) * 1000) / SAVES_PER_SECOND - performance.now()));
  }
  const chatWithSaves = await loaded.stop();
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  return {
    chatAlone,
    chatWithSaves,
    saves,
    missed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies.at(-1) ?? Number.NaN,
  };
}

/** Child process, phase "first": a new data directory indexed from scratch, searched, optionally saved to. */
async function firstStart(size: number, dataDir: string) {
  const config = benchConfig(dataDir, size);
  const cpu = process.cpuUsage();
  const t = performance.now();
  const running = await maybeProfile('first-start', size, async () => {
    const started = await startEmbedded(config, silentLogger());
    await started.indexed;
    return started;
  });
  const firstStartMs = performance.now() - t;
  const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;
  const runs = await running.adapters.records.query<{ store: string; seconds: number }>(
    `SELECT store, extract(epoch FROM finished_at - started_at)::float8 AS seconds
       FROM index_runs WHERE job_type = 'full' AND status = 'succeeded' ORDER BY store`,
  );
  const counts = await documentCounts(running);
  const afterIndex = memory();
  const search = await maybeProfile('search', size, () => searchLatencies(running));
  const fresh = FRESHNESS ? await maybeProfile('freshness', size, () => freshness(running)) : undefined;
  const afterLoad = memory();
  await running.close();
  return {
    firstStartMs,
    cpuMs,
    fullJobs: Object.fromEntries(runs.rows.map((r) => [r.store, r.seconds])),
    counts,
    afterIndex,
    search,
    freshness: fresh,
    afterLoad,
  };
}

/** Child process, phase "restart": the same data directory opened again. */
async function restart(size: number, dataDir: string) {
  const config = benchConfig(dataDir, size);
  const cpu = process.cpuUsage();
  const t = performance.now();
  const running = await maybeProfile('restart', size, async () => {
    const started = await startEmbedded(config, silentLogger());
    await started.indexed;
    const catalog = new IndexedCatalog(started.adapters.vectorStore, started.adapters.embedder);
    await catalog.searchProducts('wireless headphones', {
      store: 'default',
      language: 'en',
      limit: 12,
      filters: {},
    });
    return started;
  });
  const firstAnswerMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const firstAnswerCpuMs = (used.user + used.system) / 1000;
  const afterOpen = memory();
  const search = await searchLatencies(running);
  const afterSearch = memory();
  await running.close();
  return { firstAnswerMs, firstAnswerCpuMs, afterOpen, search, afterSearch };
}

function runChild(args: string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      // As `npm start` runs (package.json).
      env: npmStartAllocator(process.env),
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`child ${args.join(' ')} exited ${code}: ${out}`));
      else resolve(JSON.parse(line.slice('RESULT '.length)));
    });
  });
}

/**
 * The process CPU a save adds (notification, webhook, one job per store view): CPU while saving, less
 * what the turns answered meanwhile cost at the chat-only rate. Wall-clock latencies on a shared machine
 * depend on how much CPU the process gets; this does not.
 */
function cpuPerSave(f: NonNullable<Awaited<ReturnType<typeof firstStart>>['freshness']>): number {
  const perTurn = (f.chatAlone.cpuShare * f.chatAlone.seconds) / Math.max(1, f.chatAlone.turns);
  const total = f.chatWithSaves.cpuShare * f.chatWithSaves.seconds;
  return ((total - perTurn * f.chatWithSaves.turns) / f.saves) * 1000;
}

const fmt = (ms: number) => (Number.isNaN(ms) ? '–' : ms < 10 ? ms.toFixed(1) : ms.toFixed(0));

async function parent(): Promise<void> {
  const forwarded = process.argv.slice(2);
  const header = [
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, node ${process.version}`,
    `Date: ${new Date().toISOString()}; load average before ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
  ];
  console.log(header.join('\n'));
  const rows: string[] = [];
  const freshRows: string[] = [];
  for (const size of SIZES) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'verity-bench-index-'));
    try {
      await copyGloveCache(path.join(ROOT, 'data'), dataDir);
      const first = (await runChild([...forwarded, '--child', 'first', String(size), dataDir])) as Awaited<
        ReturnType<typeof firstStart>
      >;
      const again = (await runChild([...forwarded, '--child', 'restart', String(size), dataDir])) as Awaited<
        ReturnType<typeof restart>
      >;
      const jobs = Object.entries(first.fullJobs)
        .map(([store, s]) => `${store} ${s.toFixed(1)}`)
        .join(', ');
      const docs = Object.entries(first.counts)
        .map(([store, n]) => `${store} ${n}`)
        .join(', ');
      rows.push(
        `| ${size} | ${docs} | ${(first.firstStartMs / 1000).toFixed(1)} s (CPU ${(first.cpuMs / 1000).toFixed(1)} s; full jobs ${jobs} s) | ` +
          `${fmt(first.search.p50)} / ${fmt(first.search.p95)} / ${fmt(first.search.max)} (CPU ${fmt(first.search.cpuP50)} / ${fmt(first.search.cpuP95)}) | ` +
          `${first.afterIndex.rssMb} MB (heap ${first.afterIndex.heapMb}, peak ${first.afterIndex.peakRssMb}) | ` +
          `${(again.firstAnswerMs / 1000).toFixed(1)} s (CPU ${(again.firstAnswerCpuMs / 1000).toFixed(1)} s) | ${again.afterOpen.rssMb} MB (heap ${again.afterOpen.heapMb}) | ` +
          `${fmt(again.search.p50)} / ${fmt(again.search.p95)} / ${fmt(again.search.max)} (CPU ${fmt(again.search.cpuP50)} / ${fmt(again.search.cpuP95)}) | ${again.afterSearch.rssMb} MB (peak ${again.afterSearch.peakRssMb}) |`,
      );
      console.log(rows.at(-1));
      if (first.freshness) {
        const f = first.freshness;
        freshRows.push(
          `| ${size} | ${f.saves} (${f.missed} not searchable after ${SETTLE_MS / 1000} s) | ${fmt(f.p50)} / ${fmt(f.p95)} / ${fmt(f.max)} | ` +
            `${f.chatAlone.turnsPerSecond.toFixed(1)} (CPU ${(f.chatAlone.cpuShare * 100).toFixed(0)} %, ${f.chatAlone.failures} failed) | ${f.chatWithSaves.turnsPerSecond.toFixed(1)} (CPU ${(f.chatWithSaves.cpuShare * 100).toFixed(0)} %, ${f.chatWithSaves.failures} failed) | ` +
            `${cpuPerSave(f).toFixed(0)} ms | ${first.afterLoad.rssMb} MB (peak ${first.afterLoad.peakRssMb}) |`,
        );
        console.log(freshRows.at(-1));
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  console.log(
    [
      '',
      ...header,
      '',
      '| products | documents per store view | first start (all store views indexed) | search p50 / p95 / max ms (CPU p50 / p95) | memory after indexing (RSS) | restart: first answer | restart: RSS with index loaded | restart: search p50 / p95 / max ms (CPU p50 / p95) | restart: RSS after searches |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n'),
  );
  if (freshRows.length > 0) {
    console.log(
      [
        '',
        `Freshness: ${SAVES_PER_SECOND} product saves/s for ${SECONDS} s through the change notification, ${SESSIONS} concurrent chat sessions; load average after ${os.loadavg()[0]!.toFixed(1)}`,
        '',
        '| products | saves | save → searchable p50 / p95 / max ms | chat turns/s alone | chat turns/s while saves are indexed | CPU per save | RSS after |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...freshRows,
      ].join('\n'),
    );
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt > 0) {
  const [phase, size, dataDir] = process.argv.slice(childAt + 1, childAt + 4);
  const result =
    phase === 'first' ? await firstStart(Number(size), dataDir!) : await restart(Number(size), dataDir!);
  console.log(`RESULT ${JSON.stringify(result)}`);
  process.exit(0);
} else if (flag('memory')) {
  const { measureMemory } = await import('./measure-memory.js');
  await measureMemory(SIZES);
} else if (flag('npm-start')) {
  const { measureNpmStart } = await import('./measure-npm-start.js');
  await measureNpmStart(Number(option('port', '3400')));
} else {
  await parent();
}
