import { pathToFileURL } from 'node:url';
import { catalogCollectionSpec } from '../common/catalog/catalog-collection.js';
import { INDEX_QUEUE_NAME, type IndexJob, type IndexJobResult } from '../common/catalog/index-jobs.js';
import { type Config, loadConfig } from '../common/config/config.js';
import { createEmbedder } from '../common/embedding/create-embedder.js';
import type { Embedder } from '../common/embedding/embedder.js';
import { CachingEmbedder, MemoryEmbeddingCache } from '../common/embedding/embedding-cache.js';
import { AppError, ConfigError } from '../common/errors.js';
import type { JobQueue } from '../common/jobs/job-queue.js';
import { openJobQueue } from '../common/jobs/open-job-queue.js';
import { type Logger, createLogger } from '../common/logger.js';
import {
  createMagentoClient,
  magentoClientOptionsFromConfig,
} from '../common/magento/create-magento-client.js';
import type { MagentoClient } from '../common/magento/magento-client.js';
import { openRecordStore } from '../common/record-store/open-record-store.js';
import type { RecordStore } from '../common/record-store/record-store.js';
import { createVectorStore } from '../common/vector-store/create-vector-store.js';
import type { VectorStore } from '../common/vector-store/vector-store.js';
import { createIndexJobHandler } from './process-job.js';
import { IndexRunRepository } from './runs/index-run-repository.js';
import { DocumentWriter } from './sync/document-writer.js';

/** The adapters the indexer works with; built by {@link startIndexerWorker} or passed in by the all-in-one process. */
export interface IndexerAdapters {
  magento: MagentoClient;
  records: RecordStore;
  vectorStore: VectorStore;
  embedder: Embedder;
  queue: JobQueue<IndexJob, IndexJobResult>;
  logger: Logger;
}

export interface IndexerWorkerOptions {
  /** Jobs worked in parallel. @default 2 (INDEX_CONCURRENCY) */
  concurrency?: number;
  /** Products per normalize/embed/upsert batch. @default 100 */
  batchSize?: number;
  clock?: () => Date;
}

export interface RunningIndexer {
  queue: JobQueue<IndexJob, IndexJobResult>;
  runs: IndexRunRepository;
}

/**
 * Starts consuming the index queue with the given adapters (the all-in-one process shares its record
 * store, vector store and embedder with the sidecar). Opens — and creates when missing — the catalog
 * collection for the embedder; a collection built by another embedder stops start-up: it needs a new
 * collection version or a dropped index, never silent mixing of vectors.
 */
export async function runIndexerWorker(
  adapters: IndexerAdapters,
  options: IndexerWorkerOptions = {},
): Promise<RunningIndexer> {
  const opened = await adapters.vectorStore.openCollection(catalogCollectionSpec(adapters.embedder));
  if (!opened.ok) {
    throw new AppError('index_collection_mismatch', opened.violations.map((v) => v.message).join('; '), {
      operational: true,
      details: { violations: opened.violations },
    });
  }
  const embedder = new CachingEmbedder(adapters.embedder, new MemoryEmbeddingCache());
  const runs = new IndexRunRepository(adapters.records);
  const handler = createIndexJobHandler({
    magento: adapters.magento,
    writer: new DocumentWriter(opened.collection, embedder, adapters.records),
    runs,
    logger: adapters.logger.child({ component: 'indexer' }),
    clock: options.clock,
    batchSize: options.batchSize,
  });
  adapters.queue.process(handler, { concurrency: options.concurrency ?? 2 });
  return { queue: adapters.queue, runs };
}

export interface StartIndexerOptions extends IndexerWorkerOptions {
  logger?: Logger;
  /** Magento base URL when `MAGENTO_URL` is unset (the all-in-one process passes its sandbox's URL). */
  magentoUrl?: string;
  /** Bearer token for `magentoUrl` (the sandbox's admin token). */
  magentoToken?: string;
}

/**
 * The indexer's composition root: builds every adapter from the configuration — BullMQ when REDIS_URL
 * is set (else in-process), Qdrant when QDRANT_URL is set (else the embedded index), PostgreSQL
 * or PGlite for run records, the configured embedder — and starts the worker. `close()` stops consuming
 * and releases everything it opened.
 */
export async function startIndexerWorker(
  config: Config,
  options: StartIndexerOptions = {},
): Promise<RunningIndexer & { close(): Promise<void> }> {
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL, name: 'verity-indexer' });
  const baseUrl = config.MAGENTO_URL ?? options.magentoUrl;
  if (!baseUrl)
    throw new ConfigError('The indexer needs MAGENTO_URL (or a sandbox URL from the all-in-one process).');
  const magento = createMagentoClient({
    ...magentoClientOptionsFromConfig(config, baseUrl),
    ...(options.magentoToken ? { token: options.magentoToken } : {}),
    logger,
  });
  const records = await openRecordStore(config, { logger });
  const vectorStore = createVectorStore(config);
  try {
    const embedder = await createEmbedder(config);
    const queue = await openJobQueue<IndexJob, IndexJobResult>(INDEX_QUEUE_NAME, config, { logger });
    const running = await runIndexerWorker(
      { magento, records, vectorStore, embedder, queue, logger },
      { ...options, concurrency: options.concurrency ?? config.INDEX_CONCURRENCY },
    );
    return {
      ...running,
      close: async () => {
        await queue.close();
        await vectorStore.close();
        await records.close();
      },
    };
  } catch (error) {
    await vectorStore.close();
    await records.close();
    throw error;
  }
}

/** `tsx indexer/worker.ts`: a stand-alone worker process (BullMQ deployments with REDIS_URL). */
async function main(): Promise<void> {
  const config = loadConfig();
  const worker = await startIndexerWorker(config);
  const stop = () => {
    void worker.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
