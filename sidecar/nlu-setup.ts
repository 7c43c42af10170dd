import type { Embedder } from '../common/embedding/embedder.js';
import type { Logger } from '../common/logger.js';
import { ADMIN_STORE_CODE, type MagentoClient } from '../common/magento/magento-client.js';
import {
  createNlu,
  loadLabeledUtterances,
  TRAINING_SET,
  type AttributeVocabulary,
  type CatalogEntry,
  type Nlu,
} from './nlu/index.js';

/** Attributes customers name in searches ("in red", "size M"); their labels come from the store. */
const VOCABULARY_ATTRIBUTES = ['color', 'size', 'material'];

/**
 * Builds the NLU for a store view: the classifier from the training set, the catalog matcher from the
 * store's product names and SKUs, the attribute matcher from its option labels.
 */
export async function buildStoreNlu(input: {
  magento: MagentoClient;
  store: string;
  embedder?: Embedder;
  logger: Logger;
}): Promise<Nlu> {
  const examples = loadLabeledUtterances(TRAINING_SET)
    .filter((u) => u.split === 'train')
    .map((u) => ({ text: u.text, intent: u.intent }));
  const names = await productNames(input.magento, input.store);
  // A store view that translates names also answers to the admin (default-scope) names.
  const adminNames =
    input.store === ADMIN_STORE_CODE ? names : await productNames(input.magento, ADMIN_STORE_CODE);
  const lexicon: CatalogEntry[] = [...names].map(([sku, name]) => {
    const adminName = adminNames.get(sku);
    return adminName && adminName !== name ? { sku, name, otherNames: [adminName] } : { sku, name };
  });
  const attributes: Record<string, { value: string; label: string }[]> = {};
  for (const code of VOCABULARY_ATTRIBUTES) {
    try {
      attributes[code] = (await input.magento.getAttributeOptions(input.store, code)).flatMap((o) =>
        o.label && o.value ? [{ value: o.value, label: o.label }] : [],
      );
    } catch (error) {
      // A store without this attribute simply has no such words to match.
      input.logger.warn({ err: error, attribute: code }, 'attribute options unavailable');
    }
  }
  input.logger.info({ store: input.store, products: lexicon.length, examples: examples.length }, 'NLU ready');
  return createNlu({
    examples,
    lexicon,
    attributes: attributes as AttributeVocabulary,
    ...(input.embedder ? { embedder: input.embedder } : {}),
  });
}

/** SKU → name of the products a store view shows (enabled, visible in catalog or search). */
async function productNames(magento: MagentoClient, store: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for await (const page of magento.iterateProducts(store, {
    filterGroups: [
      [{ field: 'status', value: '1' }],
      [{ field: 'visibility', value: '2,4', conditionType: 'in' }],
    ],
  })) {
    for (const product of page.items) if (product.name) names.set(product.sku, product.name);
  }
  return names;
}
