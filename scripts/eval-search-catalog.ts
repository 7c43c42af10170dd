/**
 * The demo catalog's product documents for `eval:search`, produced the way the indexer produces them:
 * the sandbox store (seeded generator, fixed clock) served over HTTP, read with the Magento client
 * and normalised by the indexer's normalizer. Reviews are left out (they do not change product text).
 */
import { parseCatalogDocument, type CatalogDocument } from '../common/catalog/catalog-document.js';
import { createMagentoClient } from '../common/magento/create-magento-client.js';
import type { MagentoProduct } from '../common/magento/shapes/product.js';
import { normalizeProduct, productParagraphs } from '../indexer/normalize/normalize-product.js';
import { findSharedPassages } from '../indexer/normalize/shared-passages.js';
import { loadStoreContext } from '../indexer/sync/load-store-context.js';
import { startSandbox } from '../sandbox/index.js';

/** The generator's clock for the eval: fixed so prices (special-price windows) do not move by day. */
export const EVAL_NOW = new Date('2026-11-01T00:00:00Z');

export async function loadDemoCatalog(store = 'default'): Promise<CatalogDocument[]> {
  const sandbox = await startSandbox({ now: EVAL_NOW });
  try {
    const magento = createMagentoClient({ baseUrl: sandbox.url, token: sandbox.adminToken });
    const context = await loadStoreContext(magento, store, EVAL_NOW);
    const products: MagentoProduct[] = [];
    for await (const page of magento.iterateProducts(store)) products.push(...page.items);
    const shared = findSharedPassages(
      products.map((p) => ({ key: p.sku, paragraphs: productParagraphs(p) })),
    );
    const normalize = { ...context, sharedPassages: new Set(shared.keys()) };
    const documents: CatalogDocument[] = [];
    for (const product of products) {
      const children =
        product.type_id === 'configurable'
          ? (await magento.getConfigurableChildren(store, product.sku)).items
          : [];
      const outcome = normalizeProduct(product, children, normalize);
      if (outcome.ok) documents.push(parseCatalogDocument(outcome.document));
    }
    return documents;
  } finally {
    await sandbox.close();
  }
}
