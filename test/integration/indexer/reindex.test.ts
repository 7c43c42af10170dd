import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogCollectionSpec } from '../../../common/catalog/catalog-collection.js';
import { pointId } from '../../../common/catalog/catalog-document.js';
import { SearchService } from '../../../common/catalog/search-service.js';
import {
  INDEX_QUEUE_NAME,
  type IndexJob,
  type IndexJobResult,
  indexJobId,
} from '../../../common/catalog/index-jobs.js';
import { HashingEmbedder } from '../../../common/embedding/hashing-embedder.js';
import { BullmqJobQueue } from '../../../common/jobs/bullmq-job-queue.js';
import { InProcessJobQueue } from '../../../common/jobs/in-process-job-queue.js';
import type { JobQueue } from '../../../common/jobs/job-queue.js';
import { silentLogger } from '../../../common/logger.js';
import { createMagentoClient } from '../../../common/magento/create-magento-client.js';
import { openRecordStore } from '../../../common/record-store/open-record-store.js';
import type { RecordStore } from '../../../common/record-store/record-store.js';
import { type PgSchema, createPgSchema } from '../../../common/testing/pg-schema.js';
import { deleteRedisKeys, redisPrefix } from '../../../common/testing/redis-prefix.js';
import { serviceAvailable, testDatabaseUrl, testRedisUrl } from '../../../common/testing/services.js';
import { EmbeddedVectorStore } from '../../../common/vector-store/embedded-vector-store.js';
import type { VectorCollection } from '../../../common/vector-store/vector-store.js';
import type { QualityReport } from '../../../indexer/normalize/quality-report.js';
import { IndexRunRepository } from '../../../indexer/runs/index-run-repository.js';
import { type RunningIndexer, runIndexerWorker } from '../../../indexer/worker.js';
import { FR_STORE_ID } from '../../../sandbox/data/generate-stores.js';
import { type RunningSandbox, startSandbox } from '../../../sandbox/index.js';

const hasPg = await serviceAvailable('PostgreSQL', testDatabaseUrl());
const hasRedis = await serviceAvailable('Redis', testRedisUrl());
const embedder = new HashingEmbedder(64);

interface Harness {
  sandbox: RunningSandbox;
  records: RecordStore;
  schema: PgSchema;
  dir: string;
  vectorStore: EmbeddedVectorStore;
  indexer: RunningIndexer;
  collection: VectorCollection;
  run(job: IndexJob): Promise<IndexJobResult>;
  close(): Promise<void>;
}

async function harness(label: string, queue: JobQueue<IndexJob, IndexJobResult>): Promise<Harness> {
  const sandbox = await startSandbox({ seed: 42 });
  const schema = await createPgSchema(label);
  const records = await openRecordStore(
    { DATABASE_URL: testDatabaseUrl(), dataDir: '' },
    { schema: schema.name },
  );
  const dir = await mkdtemp(path.join(os.tmpdir(), 'verity-index-'));
  const vectorStore = new EmbeddedVectorStore({ directory: dir });
  const magento = createMagentoClient({
    baseUrl: sandbox.url,
    token: sandbox.adminToken,
    retry: { baseDelayMs: 1 },
  });
  const indexer = await runIndexerWorker(
    { magento, records, vectorStore, embedder, queue, logger: silentLogger() },
    { concurrency: 1 },
  );
  const opened = await vectorStore.openCollection(catalogCollectionSpec(embedder));
  if (!opened.ok) throw new Error('collection');
  return {
    sandbox,
    records,
    schema,
    dir,
    vectorStore,
    indexer,
    collection: opened.collection,
    async run(job) {
      const id = await queue.enqueue(job, { jobId: indexJobId(job), attempts: 2, backoffMs: 10 });
      return queue.waitFor(id, 120_000);
    },
    async close() {
      await queue.close();
      await vectorStore.close();
      await records.close();
      await schema.drop();
      await sandbox.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describe.runIf(hasPg)('reindex of the demo store on the in-process runner', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness('index_inproc', new InProcessJobQueue(INDEX_QUEUE_NAME));
  });
  afterAll(() => h.close());

  it('indexes products, CMS paragraphs and review summaries, with a stored quality report', async () => {
    const result = await h.run({ type: 'full', store: 'default' });
    expect(result.status).toBe('succeeded');
    expect(result.written).toBeGreaterThan(500);
    expect(result.skipped).toBeGreaterThan(0);
    expect(result.invalid).toBe(0);
    expect(await h.collection.count({ store: 'default', docTypes: ['product'] })).toBeGreaterThan(500);
    expect(await h.collection.count({ store: 'default', docTypes: ['cms_paragraph'] })).toBeGreaterThan(0);
    expect(await h.collection.count({ store: 'default', docTypes: ['review_summary'] })).toBeGreaterThan(0);

    const run = await h.indexer.runs.get(result.runId);
    expect(run).toMatchObject({ status: 'succeeded', written: result.written });
    expect(run?.processed).toBe(run?.total);
    const report = run?.report as QualityReport;
    expect(report.duplicates.count).toBeGreaterThan(0);
    expect(report.missingDescription.count).toBeGreaterThan(0);
    expect(report.skipped.byReason.not_visible).toBeGreaterThan(0);
    expect(report.skipped.byReason.disabled).toBeGreaterThan(0);
  });

  it('changes nothing on a second run', async () => {
    const again = await h.run({ type: 'full', store: 'default' });
    expect(again).toMatchObject({ status: 'succeeded', written: 0, deleted: 0 });
    expect(again.unchanged).toBeGreaterThan(500);
  });

  it('indexes bundles at the "from" price the store serves live, so a budget they exceed leaves them out', async () => {
    const magento = createMagentoClient({ baseUrl: h.sandbox.url, token: h.sandbox.adminToken });
    const search = new SearchService(h.collection, embedder);
    const bundles = h.sandbox.data.fixture.products.filter((p) => p.type_id === 'bundle' && p.status === 1);
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    await h.run({ type: 'upsert-skus', store: 'fr', skus: bundles.map((b) => b.sku) });
    for (const store of ['default', 'fr']) {
      const live = await magento.getLiveProducts(
        store,
        bundles.map((b) => b.sku),
      );
      for (const bundle of bundles) {
        const [stored] = await h.collection.documents([{ store, type: 'product', id: bundle.sku }]);
        const minimum = live.items.find((i) => i.sku === bundle.sku)?.price_range.minimum_price.final_price;
        expect(minimum?.value).toBeGreaterThan(0);
        expect(stored).toMatchObject({ price: minimum?.value, currency: minimum?.currency });
      }
      const [first] = bundles;
      const price = (await h.collection.documents([{ store, type: 'product', id: first!.sku }]))[0]!.price!;
      const within = await search.search(first!.name, { store, filters: { maxPrice: price } });
      const under = await search.search(first!.name, { store, filters: { maxPrice: Math.floor(price) - 1 } });
      expect(within.map((hit) => hit.id)).toContain(first!.sku);
      expect(under.map((hit) => hit.id)).not.toContain(first!.sku);
      expect(under.every((hit) => (hit.price ?? 0) <= Math.floor(price) - 1)).toBe(true);
    }
  });

  it('indexes option labels as each store view shows them ("Noir" in fr, "Black" in default)', async () => {
    const { fixture } = h.sandbox.data;
    const color = fixture.attributes.find((a) => a.attribute_code === 'color')!;
    const shown = (p: (typeof fixture.products)[number]) =>
      p.type_id === 'simple' &&
      p.status === 1 &&
      p.visibility === 4 &&
      [1, 2].every((website) => p.extension_attributes.website_ids.includes(website));
    const colored = fixture.products
      .filter((p) => shown(p) && p.custom_attributes.some((a) => a.attribute_code === 'color'))
      .slice(0, 5);
    expect(colored.length).toBeGreaterThan(0);
    const skus = colored.map((p) => p.sku);
    await h.run({ type: 'upsert-skus', store: 'fr', skus });
    await h.run({ type: 'upsert-skus', store: 'default', skus });
    const frenchColors: string[] = [];
    for (const product of colored) {
      const id = product.custom_attributes.find((a) => a.attribute_code === 'color')?.value;
      const option = color.options.find((o) => o.value === id)!;
      const french = option.store_labels?.find((l) => l.store_id === FR_STORE_ID)?.label ?? option.label;
      const [fr] = await h.collection.documents([{ store: 'fr', type: 'product', id: product.sku }]);
      const [en] = await h.collection.documents([{ store: 'default', type: 'product', id: product.sku }]);
      expect(fr?.attributes.color).toEqual([french]);
      expect(en?.attributes.color).toEqual([option.label]);
      frenchColors.push(french);
    }
    // The check proves a translation only if some colour reads differently in French.
    expect(frenchColors.some((c) => !color.options.some((o) => o.label === c))).toBe(true);
  });

  it('reports and skips a malformed product without stopping the run or dropping its document', async () => {
    const selections = new Set(
      h.sandbox.data.fixture.products.flatMap((p) =>
        (p.extension_attributes.bundle_product_options ?? []).flatMap((o) =>
          o.product_links.map((l) => l.sku),
        ),
      ),
    );
    const bad = h.sandbox.data.fixture.products.find(
      (p) => p.status === 1 && p.visibility === 4 && !selections.has(p.sku),
    )!;
    const attributes = bad.custom_attributes as { attribute_code: string; value: unknown }[];
    const urlKey = attributes.find((a) => a.attribute_code === 'url_key')!;
    const original = urlKey.value;
    urlKey.value = 42;
    try {
      const result = await h.run({ type: 'full', store: 'default' });
      expect(result).toMatchObject({ status: 'succeeded', invalid: 1, deleted: 0, written: 0 });
      const run = await h.indexer.runs.get(result.runId);
      expect((run?.report as QualityReport).invalid.samples[0]?.message).toMatch(
        new RegExp(`^product ${bad.sku}: custom_attributes\\[\\d+\\]\\.value: expected string`),
      );
      const stored = await h.collection.checksums([{ store: 'default', type: 'product', id: bad.sku }]);
      expect(stored.size).toBe(1);
    } finally {
      urlKey.value = original;
    }
  });

  it('keeps a bundle as it was when one of its selections is malformed, and reports both once', async () => {
    const bundle = h.sandbox.data.fixture.products.find((p) => p.type_id === 'bundle' && p.status === 1)!;
    const selectionSku = bundle.extension_attributes.bundle_product_options![0]!.product_links[0]!.sku;
    const selection = h.sandbox.data.productBySku(selectionSku)!;
    const before = await h.collection.documents([{ store: 'default', type: 'product', id: bundle.sku }]);
    expect(before).toHaveLength(1);
    const original = selection.name;
    (selection as { name: unknown }).name = 42;
    try {
      const result = await h.run({ type: 'full', store: 'default' });
      expect(result).toMatchObject({ status: 'succeeded', invalid: 2, deleted: 0 });
      const run = await h.indexer.runs.get(result.runId);
      expect((run?.report as QualityReport).invalid.samples.map((p) => p.key).sort()).toEqual(
        [bundle.sku, selectionSku].sort(),
      );
      expect(await h.collection.documents([{ store: 'default', type: 'product', id: bundle.sku }])).toEqual(
        before,
      );
    } finally {
      selection.name = original;
    }
  });

  it('finds the new price after a per-SKU upsert of a product changed in Magento', async () => {
    const product = h.sandbox.data.fixture.products.find(
      (p) => p.type_id === 'simple' && p.status === 1 && p.visibility === 4,
    )!;
    const response = await fetch(`${h.sandbox.url}/rest/all/V1/products/${encodeURIComponent(product.sku)}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${h.sandbox.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ product: { price: 1.23 } }),
    });
    expect(response.status).toBe(200);
    const result = await h.run({ type: 'upsert-skus', store: 'default', skus: [product.sku] });
    expect(result.written).toBeGreaterThanOrEqual(1);
    const key = { store: 'default', type: 'product' as const, id: product.sku };
    const hits = await h.collection.search({
      mode: 'lexical',
      text: product.name,
      filter: { store: 'default', maxPrice: 1.23 },
      limit: 5,
    });
    expect(hits.map((hit) => hit.pointId)).toContain(pointId(key));
    expect(hits.find((hit) => hit.pointId === pointId(key))?.document.price).toBe(1.23);
  });

  it('removes deleted SKUs and fails permanently on an unknown SKU or a bad payload', async () => {
    const sku = h.sandbox.data.fixture.products.find((p) => p.status === 1 && p.visibility === 4)!.sku;
    const deleted = await h.run({ type: 'delete-skus', store: 'default', skus: [sku] });
    expect(deleted.deleted).toBeGreaterThanOrEqual(1);
    await expect(h.run({ type: 'upsert-skus', store: 'default', skus: ['NO-SUCH-SKU'] })).rejects.toThrow(
      /no product with SKU NO-SUCH-SKU/,
    );
    await expect(h.run({ type: 'upsert-skus', store: 'default', skus: [] } as IndexJob)).rejects.toThrow(
      /Bad index job payload/,
    );
    const runs = await new IndexRunRepository(h.records).latest('default', 2);
    expect(runs[0]?.status).toBe('failed');
  });
});

describe.runIf(hasPg && hasRedis)('reindex of the demo store on BullMQ (Redis)', () => {
  const prefix = redisPrefix('index');
  let h: Harness;
  beforeAll(async () => {
    h = await harness(
      'index_bullmq',
      await BullmqJobQueue.open(INDEX_QUEUE_NAME, { url: testRedisUrl(), prefix }),
    );
  });
  afterAll(async () => {
    await h.close();
    await deleteRedisKeys(prefix);
  });

  it('indexes the store, then an incremental run over every product changes nothing', async () => {
    const full = await h.run({ type: 'full', store: 'default' });
    expect(full.status).toBe('succeeded');
    expect(full.written).toBeGreaterThan(500);
    const incremental = await h.run({ type: 'incremental', store: 'default', since: '2000-01-01T00:00:00Z' });
    expect(incremental).toMatchObject({ written: 0, deleted: 0 });
    expect(incremental.unchanged).toBeGreaterThan(500);
  });
});
