import type { Embedder } from '../common/embedding/embedder.js';
import type { Logger } from '../common/logger.js';
import type { MagentoClient } from '../common/magento/magento-client.js';
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
  const lexicon: CatalogEntry[] = [];
  for await (const page of input.magento.iterateProducts(input.store, {
    filterGroups: [
      [{ field: 'status', value: '1' }],
      [{ field: 'visibility', value: '2,4', conditionType: 'in' }],
    ],
  })) {
    for (const product of page.items)
      if (product.name) lexicon.push({ sku: product.sku, name: product.name });
  }
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
