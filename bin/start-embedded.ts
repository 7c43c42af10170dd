import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CATALOG_COLLECTION, catalogCollectionSpec } from '../common/catalog/catalog-collection.js';
import type { Config } from '../common/config/config.js';
import { gloveCachePath } from '../common/embedding/glove-sif-embedder.js';
import type { Logger } from '../common/logger.js';
import { runIndexerWorker } from '../indexer/worker.js';
import { parseFaultsEnv } from '../sandbox/faults.js';
import { startSandbox, type RunningSandbox } from '../sandbox/index.js';
import {
  openSharedAdapters,
  startSidecar,
  type RunningSidecar,
  type SharedAdapters,
} from '../sidecar/main.js';
import type { DemoCustomer } from '../sidecar/http/routes/demo-router.js';

export interface RunningEmbedded {
  sandbox: RunningSandbox;
  sidecar: RunningSidecar;
  adapters: SharedAdapters;
  /** Resolves when the start-up index jobs are done (immediately when none were needed). */
  indexed: Promise<void>;
  close(): Promise<void>;
}

/** Start-up progress for a person watching the terminal (`npm start`); none by default. */
export interface StartProgress {
  (line: string): void;
}

/**
 * The embedded default in one process: the sandbox store, the sidecar and an in-process indexer that
 * share one record store, one search index and one job queue. The sandbox announces product saves to
 * the sidecar's signed webhook, exactly as the Magento module does. The demo storefront is the store's
 * storefront: product links in replies open its pages.
 */
export async function startEmbedded(
  baseConfig: Config,
  logger: Logger,
  progress: StartProgress = () => undefined,
): Promise<RunningEmbedded> {
  const config: Config = {
    ...baseConfig,
    VERITY_SHARED_SECRET: baseConfig.VERITY_SHARED_SECRET ?? randomBytes(32).toString('hex'),
  };
  // The sidecar's address is known only once it listens; the notifier reads the target on every send.
  const notify = { url: 'http://127.0.0.1:9/unset', secret: config.VERITY_SHARED_SECRET! };
  const sandbox = await startSandbox({
    port: config.SANDBOX_PORT,
    ...(config.SANDBOX_FIXTURE ? { fixturePath: config.SANDBOX_FIXTURE } : {}),
    seed: config.SANDBOX_SEED,
    productCount: config.SANDBOX_PRODUCTS,
    faults: parseFaultsEnv(config.SANDBOX_FAULTS),
    statePath: sandboxStatePath(config),
    notify,
    logger: logger.child({ component: 'sandbox' }),
  });
  const firstVectors = config.EMBEDDER === 'glove' && !existsSync(gloveCachePath(config.dataDir));
  const started = Date.now();
  if (firstVectors) progress('  Preparing word vectors for search (first start only, about 10–20 s)…');
  const adapters = await openSharedAdapters(config, logger, sandbox.url, sandbox.adminToken);
  if (firstVectors) progress(`  Word vectors ready (${Math.round((Date.now() - started) / 1000)} s).`);
  await runIndexerWorker({ ...adapters, logger }, { concurrency: config.INDEX_CONCURRENCY });
  const sidecar = await startSidecar({
    config,
    logger,
    adapters,
    demo: { customers: demoCustomers(sandbox) },
    magentoBaseUrl: sandbox.url,
  });
  notify.url = `${sidecar.url}/api/webhooks/catalog`;
  sandbox.useStorefront(sidecar.url);
  const indexed = config.INDEX_ON_START
    ? indexEmptyStores(adapters, sandbox, logger, progress)
    : Promise.resolve();
  indexed.catch((error: unknown) => logger.error({ err: error }, 'start-up indexing failed'));
  return {
    sandbox,
    sidecar,
    adapters,
    indexed,
    close: async () => {
      await sidecar.close();
      await adapters.queue.close();
      await sandbox.close();
      await adapters.vectorStore.close();
      await adapters.records.close();
    },
  };
}

/** A fresh data directory has no index: build it for every store view, in the background. */
async function indexEmptyStores(
  adapters: SharedAdapters,
  sandbox: RunningSandbox,
  logger: Logger,
  progress: StartProgress,
): Promise<void> {
  const opened = await adapters.vectorStore.openCollection(catalogCollectionSpec(adapters.embedder));
  if (!opened.ok) throw new Error(opened.violations.map((v) => v.message).join('; '));
  const stores = sandbox.data.fixture.store_views.filter((s) => s.id !== 0).map((s) => s.code);
  const jobs: string[] = [];
  for (const store of stores) {
    if ((await opened.collection.count({ store })) > 0) continue;
    logger.info({ store, collection: CATALOG_COLLECTION.name }, 'indexing the catalog (first start)');
    jobs.push(await adapters.queue.enqueue({ type: 'full', store }, { jobId: `startup-full-${store}` }));
  }
  if (jobs.length === 0) return;
  const reporter = new IndexProgress(jobs, progress);
  const stop = adapters.queue.onProgress((p) => reporter.update(p.jobId, p.percent));
  reporter.print();
  try {
    await Promise.all(
      jobs.map((id) => adapters.queue.waitFor(id, 30 * 60_000).then(() => reporter.update(id, 100))),
    );
  } finally {
    stop();
  }
  logger.info({ stores }, 'catalog indexed');
}

/**
 * A line each time the first index build passes another fifth of the work, every store view on it:
 * "Indexing the catalog (first start): default 40 % · eu_en 20 % · fr 0 %".
 */
class IndexProgress {
  private readonly percent = new Map<string, number>();
  private printedStep = -1;

  constructor(
    jobs: readonly string[],
    private readonly progress: StartProgress,
  ) {
    for (const id of jobs) this.percent.set(id, 0);
  }

  update(jobId: string, percent: number): void {
    if (!this.percent.has(jobId)) return;
    this.percent.set(jobId, Math.max(this.percent.get(jobId) ?? 0, percent));
    this.print();
  }

  print(): void {
    const values = [...this.percent.values()];
    const step = Math.floor(values.reduce((a, b) => a + b, 0) / values.length / 20);
    if (step <= this.printedStep) return;
    this.printedStep = step;
    const parts = [...this.percent].map(
      ([id, p]) => `${id.replace(/^startup-full-/, '')} ${Math.round(p)} %`,
    );
    this.progress(
      `  Indexing the catalog (first start; search finds nothing until done): ${parts.join(' · ')}`,
    );
  }
}

function demoCustomers(sandbox: RunningSandbox): DemoCustomer[] {
  const { fixture } = sandbox.data;
  return fixture.customers.flatMap((customer) => {
    const view = fixture.store_views.find((s) => s.id === customer.store_id);
    const website = fixture.websites.find((w) => w.id === customer.website_id);
    if (!view || !website) return [];
    return [
      {
        id: customer.id,
        email: customer.email,
        name: `${customer.firstname} ${customer.lastname}`,
        storeCode: view.code,
        websiteCode: website.code,
      },
    ];
  });
}

/**
 * Where the demo store keeps its state in DATA_DIR, named after what it was made from: a restart with
 * the same settings continues the same store (the refunds and cancellations on record are in it), and
 * different settings start a different one.
 */
function sandboxStatePath(config: Config): string {
  const source = config.SANDBOX_FIXTURE
    ? `fixture-${createHash('sha256').update(path.resolve(config.SANDBOX_FIXTURE)).digest('hex').slice(0, 12)}`
    : `seed-${config.SANDBOX_SEED}-products-${config.SANDBOX_PRODUCTS}`;
  return path.join(config.dataDir, 'sandbox', `${source}.json`);
}
