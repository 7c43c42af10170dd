import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../common/config/config.js';
import { runReindex } from '../../../indexer/cli/reindex-command.js';
import { runSearch } from '../../../indexer/cli/search-command.js';
import { createEmbedder } from '../../../common/embedding/create-embedder.js';
import { createVectorStore } from '../../../common/vector-store/create-vector-store.js';
import { IndexedCatalog } from '../../../sidecar/tools/catalog-search.js';
import { type RunningSandbox, startSandbox } from '../../../sandbox/index.js';

function capture(): { stream: Writable; text(): string } {
  let text = '';
  return {
    stream: new Writable({
      write(chunk, _encoding, callback) {
        text += String(chunk);
        callback();
      },
    }),
    text: () => text,
  };
}

describe('verity reindex / verity search (embedded runtime: in-process queue, PGlite, Orama)', () => {
  let sandbox: RunningSandbox;
  let dataDir: string;
  const config = () =>
    loadConfig({
      DATA_DIR: dataDir,
      EMBEDDER: 'hashing',
      MAGENTO_URL: sandbox.url,
      MAGENTO_TOKEN: sandbox.adminToken,
      LOG_LEVEL: 'silent',
    });

  beforeAll(async () => {
    sandbox = await startSandbox({ productCount: 200, seed: 3 });
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'verity-cli-'));
  });
  afterAll(async () => {
    await sandbox.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reindexes with a progress bar and prints the result and the data-quality summary', async () => {
    const out = capture();
    const err = capture();
    const code = await runReindex({}, { loadConfig: config, out: out.stream, err: err.stream });
    expect(code).toBe(0);
    expect(out.text()).toMatch(/Reindex \(full, store default\) done in .* s: \d+ written/);
    expect(out.text()).toMatch(/Data quality\nproducts: \d+ seen, \d+ indexed, \d+ skipped/);
    expect(err.text()).toMatch(/100% \| \d+\/\d+ products/);
    // The first open of a fresh PGlite data directory runs initdb (tens of seconds on two busy cores).
  }, 180_000);

  it('answers --json and exits non-zero on failure', async () => {
    const out = capture();
    expect(
      await runReindex({ sku: ['NO-SUCH-SKU'], json: true }, { loadConfig: config, out: out.stream }),
    ).toBe(1);
    const parsed = JSON.parse(out.text()) as { ok: boolean; error: string };
    expect(parsed.ok).toBe(false);
    expect(parsed.error).toMatch(/NO-SUCH-SKU/);
  });

  it('searches the index it built, with a budget filter', async () => {
    const product = sandbox.data.fixture.products.find(
      (p) => p.status === 1 && p.visibility === 4 && p.type_id === 'simple',
    )!;
    const out = capture();
    const code = await runSearch(
      product.name,
      { json: true, maxPrice: String(product.price + 1000) },
      { loadConfig: config, out: out.stream },
    );
    expect(code).toBe(0);
    const { hits } = JSON.parse(out.text()) as { hits: { sku?: string; price?: number }[] };
    expect(hits.map((h) => h.sku)).toContain(product.sku);
    const cheap = capture();
    await runSearch(product.name, { json: true, maxPrice: '0' }, { loadConfig: config, out: cheap.stream });
    const filtered = JSON.parse(cheap.text()) as { hits: { price?: number }[] };
    expect(filtered.hits.every((h) => (h.price ?? 0) <= 0)).toBe(true);
  });

  it("ranks a query under filters exactly as the chat's catalog search does", async () => {
    const product = sandbox.data.fixture.products.find(
      (p) => p.status === 1 && p.visibility === 4 && p.type_id === 'simple',
    )!;
    const query = product.name.split(' ').slice(0, 2).join(' ');
    const filters = { minPrice: 1, maxPrice: product.price + 200 };
    const out = capture();
    await runSearch(
      query,
      {
        json: true,
        minPrice: '1',
        maxPrice: String(filters.maxPrice),
        limit: '8',
        offset: '1',
        want: ['gift'],
      },
      { loadConfig: config, out: out.stream },
    );
    const cli = JSON.parse(out.text()) as { hits: { id: string; in_stock: boolean; unmatched: string[] }[] };
    expect(cli.hits.length).toBeGreaterThan(0);
    expect(cli.hits.every((h) => h.in_stock)).toBe(true);

    const vectorStore = createVectorStore(config());
    try {
      const chat = await new IndexedCatalog(vectorStore, await createEmbedder(config())).searchProducts(
        query,
        {
          store: 'default',
          language: 'en',
          filters,
          limit: 8,
          offset: 1,
          wanted: ['gift'],
        },
      );
      expect(chat.map((h) => h.id)).toEqual(cli.hits.map((h) => h.id));
      expect(chat.map((h) => h.unmatched)).toEqual(cli.hits.map((h) => h.unmatched));
    } finally {
      await vectorStore.close();
    }
  });
});
