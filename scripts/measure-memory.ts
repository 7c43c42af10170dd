/**
 * `npm run bench:index -- --memory [--sizes 1200,20000]`: where the embedded default's memory goes. Per
 * size, a first start indexes a new data directory (and is closed); then a fresh process opens the parts
 * of `npm start` one by one over that directory — sandbox store, record store (PGlite on its thread),
 * GloVe and the job queue, the search index, the sidecar, three chat turns — and prints after each the
 * process's RSS, the main thread's V8 heap (used / reserved) and external memory, after a full GC.
 * The record store's thread has a heap of its own: it shows in RSS only.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startEmbedded } from '../bin/start-embedded.js';
import { copyGloveCache } from '../bin/start-throwaway-embedded.js';
import { catalogCollectionSpec } from '../common/catalog/catalog-collection.js';
import { INDEX_QUEUE_NAME, type IndexJob, type IndexJobResult } from '../common/catalog/index-jobs.js';
import { createEmbedder } from '../common/embedding/create-embedder.js';
import { openJobQueue } from '../common/jobs/open-job-queue.js';
import {
  createMagentoClient,
  magentoClientOptionsFromConfig,
} from '../common/magento/create-magento-client.js';
import { createVectorStore } from '../common/vector-store/create-vector-store.js';
import { loadConfig } from '../common/config/config.js';
import { silentLogger } from '../common/logger.js';
import { loadLexicon } from '../common/language/lexicon.js';
import { openRecordStore } from '../common/record-store/open-record-store.js';
import { runIndexerWorker } from '../indexer/worker.js';
import { startSandbox } from '../sandbox/index.js';
import { startSidecar, type SharedAdapters } from '../sidecar/main.js';
import { npmStartAllocator } from './npm-start-allocator.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);

const config = (dataDir: string, size: number) =>
  loadConfig({
    PORT: '0',
    SANDBOX_PORT: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    SANDBOX_PRODUCTS: String(size),
  });

interface Stage {
  stage: string;
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  /** Of RSS: anonymous memory (heaps, allocations) and file-backed pages (the node binary, its ICU data). */
  anonMb: number;
  fileMb: number;
}

const mb = (bytes: number) => Math.round(bytes / 1e6);

function reading(stage: string): Stage {
  // `global.gc` without starting node with `--expose-gc`: what is read is what stays, not garbage.
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  const usage = process.memoryUsage();
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
  return {
    anonMb: mb(kb('RssAnon')),
    fileMb: mb(kb('RssFile') + kb('RssShmem')),
    stage,
    rssMb: mb(usage.rss),
    heapUsedMb: mb(usage.heapUsed),
    heapTotalMb: mb(usage.heapTotal),
    externalMb: mb(usage.external),
  };
}

/** Child "first": indexes the data directory as a first start does, then closes. */
async function firstStart(size: number, dataDir: string): Promise<void> {
  const running = await startEmbedded(config(dataDir, size), silentLogger());
  await running.indexed;
  await running.close();
}

/** Child "parts": the restart, one part at a time. */
async function parts(size: number, dataDir: string): Promise<Stage[]> {
  const cfg = config(dataDir, size);
  const logger = silentLogger();
  const stages = [reading('modules loaded')];
  const sandbox = await startSandbox({ port: 0, seed: cfg.SANDBOX_SEED, productCount: size, logger });
  stages.push(reading('sandbox store (generated catalog)'));
  const records = await openRecordStore(cfg, { logger });
  stages.push(reading('record store (PGlite thread)'));
  // What openSharedAdapters builds, with the record store measured on its own above.
  const adapters: SharedAdapters = {
    magento: createMagentoClient({
      ...magentoClientOptionsFromConfig(cfg, sandbox.url),
      token: sandbox.adminToken,
      logger,
    }),
    records,
    vectorStore: createVectorStore(cfg),
    embedder: await createEmbedder(cfg),
    queue: await openJobQueue<IndexJob, IndexJobResult>(INDEX_QUEUE_NAME, cfg, { logger }),
  };
  stages.push(reading('GloVe vectors and job queue'));
  await adapters.vectorStore.openCollection(catalogCollectionSpec(adapters.embedder));
  stages.push(reading('search index loaded'));
  await runIndexerWorker({ ...adapters, logger }, { concurrency: cfg.INDEX_CONCURRENCY });
  const sidecar = await startSidecar({ config: cfg, logger, adapters, magentoBaseUrl: sandbox.url });
  stages.push(reading('sidecar started'));
  // What the first turn loads for any store view, apart: the speller's English and French lexicons.
  await Promise.all([loadLexicon('en'), loadLexicon('fr')]);
  stages.push(reading('lexicons (English, French)'));
  let sessionId: string | undefined;
  for (const message of [
    'wireless headphones under $150',
    'is the first one in stock?',
    'what is your return policy?',
  ]) {
    const response = await fetch(`${sidecar.url}/api/chat/message`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message, store: 'default', ...(sessionId ? { sessionId } : {}) }),
    });
    if (!response.ok) throw new Error(`chat answered ${response.status}`);
    sessionId = ((await response.json()) as { sessionId: string }).sessionId;
  }
  stages.push(reading('three chat turns (the store view’s language models, search profile)'));
  await sidecar.close();
  await adapters.queue.close();
  await sandbox.close();
  await adapters.vectorStore.close();
  await records.close();
  return stages;
}

function child(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', SELF, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      // As `npm start` runs (package.json).
      env: npmStartAllocator(process.env),
    });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args[0]} exited ${code}`))));
  });
}

export async function measureMemory(sizes: readonly number[]): Promise<void> {
  console.log(
    `Machine: ${os.cpus().length} cores, node ${process.version}; ${new Date().toISOString()}; load ${os.loadavg()[0]!.toFixed(1)}`,
  );
  for (const size of sizes) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'verity-memory-'));
    try {
      await copyGloveCache(path.join(ROOT, 'data'), dataDir);
      await child(['first', String(size), dataDir]);
      const out = await child(['parts', String(size), dataDir]);
      const stages = JSON.parse(
        out
          .split('\n')
          .find((l) => l.startsWith('RESULT '))!
          .slice(7),
      ) as Stage[];
      console.log(
        [
          '',
          `${size} products, restart over an indexed data directory:`,
          '| part opened | RSS | Δ RSS | anonymous / file-backed | heap used / reserved | external |',
          '| --- | --- | --- | --- | --- | --- |',
          ...stages.map(
            (s, i) =>
              `| ${s.stage} | ${s.rssMb} MB | ${i === 0 ? '' : `${s.rssMb - stages[i - 1]!.rssMb >= 0 ? '+' : ''}${s.rssMb - stages[i - 1]!.rssMb}`} | ${s.anonMb} / ${s.fileMb} MB | ${s.heapUsedMb} / ${s.heapTotalMb} MB | ${s.externalMb} MB |`,
          ),
        ].join('\n'),
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

const [phase, size, dataDir] = process.argv.slice(2);
if (phase === 'first') {
  await firstStart(Number(size), dataDir!);
  process.exit(0);
} else if (phase === 'parts') {
  console.log(`RESULT ${JSON.stringify(await parts(Number(size), dataDir!))}`);
  process.exit(0);
}
