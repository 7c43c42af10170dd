/**
 * `npm run bench:index`: indexing throughput and query latency on the demo catalog and a generated
 * 20k-product catalog, with the local GloVe embedder and the embedded Orama index.
 *
 * Phases are timed separately over the same pipeline pieces the indexer uses: normalize (pure, after
 * the products were read), embed (`documentSearchText` → GloVe SIF), upsert (Orama, then a flush to
 * disk), then catalog queries through the SearchService (p50/p95). Reading from the sandbox over HTTP
 * is reported too but depends on the sandbox, not on Verity. Options: `--sizes 1200,20000`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { catalogCollectionSpec } from '../common/catalog/catalog-collection.js';
import {
  type CatalogDocument,
  documentChecksum,
  documentSearchText,
  parseCatalogDocument,
} from '../common/catalog/catalog-document.js';
import { SearchService } from '../common/catalog/search-service.js';
import { loadConfig } from '../common/config/config.js';
import { GloveSifEmbedder } from '../common/embedding/glove-sif-embedder.js';
import { createMagentoClient } from '../common/magento/create-magento-client.js';
import type { MagentoProduct } from '../common/magento/shapes/product.js';
import { OramaVectorStore } from '../common/vector-store/orama-vector-store.js';
import { normalizeProduct, productParagraphs } from '../indexer/normalize/normalize-product.js';
import { findSharedPassages } from '../indexer/normalize/shared-passages.js';
import { loadStoreContext } from '../indexer/sync/load-store-context.js';
import { readLinkedProducts } from '../indexer/sync/read-linked-products.js';
import { startSandbox } from '../sandbox/index.js';
import { percentile } from './percentile.js';

const sizesArg = process.argv.indexOf('--sizes');
const sizes = (sizesArg > 0 ? (process.argv[sizesArg + 1] ?? '') : '1200,20000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);

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

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const rate = (count: number, ms: number) => `${((count / ms) * 1000).toFixed(0)}/s`;

async function bench(productCount: number, embedder: GloveSifEmbedder): Promise<string[]> {
  const sandbox = await startSandbox({ productCount, seed: 42 });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'verity-bench-'));
  try {
    const magento = createMagentoClient({
      baseUrl: sandbox.url,
      token: sandbox.adminToken,
      timeoutMs: 60_000,
    });
    const store = 'default';

    let t = performance.now();
    const products: MagentoProduct[] = [];
    for await (const page of magento.iterateProducts(store, { pageSize: 500 })) products.push(...page.items);
    const { linked } = await readLinkedProducts(
      magento,
      store,
      products.filter((p) => p.status !== 2 && p.visibility !== 1),
    );
    const readMs = performance.now() - t;

    t = performance.now();
    const base = await loadStoreContext(magento, store, new Date());
    const contextMs = performance.now() - t;
    t = performance.now();
    const shared = findSharedPassages(
      products.map((p) => ({ key: p.sku, paragraphs: productParagraphs(p) })),
    );
    const context = { ...base, sharedPassages: new Set(shared.keys()) };
    const documents: CatalogDocument[] = [];
    for (const product of products) {
      const outcome = normalizeProduct(product, linked.get(product.sku) ?? [], context);
      if (outcome.ok) documents.push(parseCatalogDocument(outcome.document));
    }
    const normalizeMs = performance.now() - t;

    t = performance.now();
    const vectors: Float32Array[] = [];
    for (let i = 0; i < documents.length; i += 256) {
      vectors.push(...(await embedder.embed(documents.slice(i, i + 256).map((d) => documentSearchText(d)))));
    }
    const embedMs = performance.now() - t;

    const vectorStore = new OramaVectorStore({ directory: dir, typoTolerance: 1 });
    const opened = await vectorStore.openCollection(catalogCollectionSpec(embedder));
    if (!opened.ok) throw new Error(opened.violations.map((v) => v.message).join('; '));
    t = performance.now();
    for (let i = 0; i < documents.length; i += 100) {
      await opened.collection.upsert(
        documents.slice(i, i + 100).map((document, j) => ({
          document,
          checksum: documentChecksum(document),
          vector: vectors[i + j]!,
        })),
      );
    }
    const upsertMs = performance.now() - t;
    t = performance.now();
    await opened.collection.flush();
    const flushMs = performance.now() - t;
    const afterIndex = process.memoryUsage();

    const search = new SearchService(opened.collection, embedder);
    const latencies: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const query of QUERIES) {
        const q = performance.now();
        await search.search(query, {
          store,
          limit: 10,
          ...(round % 2 ? { filters: { maxPrice: 100 } } : {}),
        });
        latencies.push(performance.now() - q);
      }
    }
    latencies.sort((a, b) => a - b);
    await vectorStore.close();

    return [
      `| ${productCount} products (${documents.length} indexed) | read ${(readMs / 1000).toFixed(1)} s (HTTP, ${rate(products.length, readMs)}) | ` +
        `context ${contextMs.toFixed(0)} ms | normalize ${rate(products.length, normalizeMs)} | embed ${rate(documents.length, embedMs)} | ` +
        `upsert ${rate(documents.length, upsertMs)} (+ flush ${(flushMs / 1000).toFixed(1)} s) | ` +
        `query p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms (${latencies.length} queries) | ` +
        `heap ${mb(afterIndex.heapUsed)}, RSS ${mb(afterIndex.rss)} |`,
    ];
  } finally {
    await sandbox.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const config = loadConfig();
const embedder = await GloveSifEmbedder.open(config.dataDir);
console.log(
  `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${mb(os.totalmem())} RAM, node ${process.version}`,
);
console.log(`Date: ${new Date().toISOString()}; embedder ${embedder.id}; embedded Orama index\n`);
console.log(
  '| catalog | read | store context | normalize | embed (GloVe) | upsert (Orama) | search | memory after indexing |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const size of sizes) for (const line of await bench(size, embedder)) console.log(line);
console.log(`\nPeak RSS of the whole run: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
