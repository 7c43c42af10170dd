import path from 'node:path';
import { createMagentoClient } from '../../common/magento/create-magento-client.js';
import type { MagentoProduct } from '../../common/magento/shapes/product.js';
import { loadStoreContext } from '../../indexer/sync/load-store-context.js';
import { readLinkedProducts } from '../../indexer/sync/read-linked-products.js';
import { startSandbox } from '../../sandbox/index.js';
import { hasLumaSampleData, loadLumaCatalog } from './luma-sample-catalog.js';
import { type EvalCatalog, normalizeCatalog } from './search-eval.js';

/** The generator's clock for the eval: fixed so prices (special-price windows) do not move by day. */
export const EVAL_NOW = new Date('2026-11-01T00:00:00Z');

export const DEMO_QUERIES = path.resolve('test/fixtures/search-eval/queries.jsonl');
export const LUMA_QUERIES = path.resolve('test/fixtures/search-eval/luma/queries.jsonl');
/** Labelled with the others, kept apart: looked at once, as a final check of what the dev set tuned. */
export const LUMA_HOLDOUT = path.resolve('test/fixtures/search-eval/luma/holdout.jsonl');

/**
 * The demo catalog's product documents, produced the way the indexer produces them: the sandbox store
 * (seeded generator, fixed clock) served over HTTP, read with the Magento client and normalised by the
 * indexer's normalizer.
 */
export async function loadDemoCatalog(store = 'default', productCount?: number): Promise<EvalCatalog> {
  const sandbox = await startSandbox({ now: EVAL_NOW, ...(productCount ? { productCount } : {}) });
  try {
    const magento = createMagentoClient({ baseUrl: sandbox.url, token: sandbox.adminToken });
    const context = await loadStoreContext(magento, store, EVAL_NOW);
    const products: MagentoProduct[] = [];
    for await (const page of magento.iterateProducts(store)) products.push(...page.items);
    const { linked } = await readLinkedProducts(magento, store, products);
    return {
      name: 'demo',
      store,
      language: context.language ?? 'en',
      documents: normalizeCatalog(products, linked, context),
      categoryIds: new Map(),
    };
  } finally {
    await sandbox.close();
  }
}

/** Magento's Luma sample catalog from `dir` (a magento2-sample-data checkout), or undefined when absent. */
export async function loadLuma(dir: string): Promise<EvalCatalog | undefined> {
  if (!(await hasLumaSampleData(dir))) return undefined;
  const luma = await loadLumaCatalog(dir);
  return {
    name: 'luma',
    store: luma.context.store,
    language: 'en',
    documents: normalizeCatalog(luma.products, luma.linked, { ...luma.context, now: EVAL_NOW }),
    categoryIds: luma.categoryIds,
  };
}
