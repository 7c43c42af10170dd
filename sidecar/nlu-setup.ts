import type { Embedder } from '../common/embedding/embedder.js';
import type { Logger } from '../common/logger.js';
import { ADMIN_STORE_CODE, type MagentoClient } from '../common/magento/magento-client.js';
import type { MagentoCategoryTree } from '../common/magento/shapes/catalog.js';
import {
  createNlu,
  loadTrainingSet,
  type AttributeVocabulary,
  type CatalogEntry,
  type Nlu,
} from './nlu/index.js';

/** Attributes customers name in searches ("in red", "size M"); their labels come from the store. */
const VOCABULARY_ATTRIBUTES = ['color', 'size', 'material'];
/** Magento's standard brand attribute: its words identify a product line in any language. */
const BRAND_ATTRIBUTE = 'manufacturer';

/**
 * Builds the NLU for a store view: the classifier from the training set, the catalog matcher from the
 * store's product names and SKUs, the attribute matcher from its option labels.
 */
export async function buildStoreNlu(input: {
  magento: MagentoClient;
  store: string;
  embedder?: Embedder;
  logger: Logger;
  /** The admin-scope names ({@link adminProductNames}), shared by the store views built together. */
  adminNames?: Promise<ReadonlyMap<string, string>>;
}): Promise<Nlu> {
  // Every labeled utterance trains: the held-out set the NLU is measured on is a separate file.
  const examples = loadTrainingSet().map((u) => ({ text: u.text, intent: u.intent }));
  // A store view that translates names also answers to the admin (default-scope) names.
  const [products, brands, adminNames, categories] = await Promise.all([
    storeProducts(input.magento, input.store),
    optionLabels(input.magento, input.store, BRAND_ATTRIBUTE, input.logger),
    input.store === ADMIN_STORE_CODE ? undefined : (input.adminNames ?? adminProductNames(input.magento)),
    categoryNames(input.magento, input.store, input.logger),
  ]);
  const lexicon: CatalogEntry[] = [...products].map(([sku, { name, brandId }]) => {
    const adminName = adminNames?.get(sku);
    const brand = brandId === undefined ? undefined : brands.get(brandId);
    return {
      sku,
      name,
      ...(adminName && adminName !== name ? { otherNames: [adminName] } : {}),
      ...(brand ? { brand } : {}),
    };
  });
  const attributes: Record<string, { value: string; label: string }[]> = {};
  for (const code of VOCABULARY_ATTRIBUTES) {
    const labels = await optionLabels(input.magento, input.store, code, input.logger);
    attributes[code] = [...labels].map(([value, label]) => ({ value, label }));
  }
  input.logger.info({ store: input.store, products: lexicon.length, examples: examples.length }, 'NLU ready');
  return createNlu({
    examples,
    lexicon,
    attributes: attributes as AttributeVocabulary,
    categories,
    ...(input.embedder ? { embedder: input.embedder } : {}),
  });
}

/** The store view's category names: words of its catalog ("Rain Jackets"), for the catalog-search signal. */
async function categoryNames(magento: MagentoClient, store: string, logger: Logger): Promise<string[]> {
  try {
    const names: string[] = [];
    const visit = (node: MagentoCategoryTree): void => {
      if (node.name) names.push(node.name);
      for (const child of node.children_data ?? []) visit(child);
    };
    visit(await magento.getCategoryTree(store));
    return names;
  } catch (error) {
    // Without categories the vocabulary still has the product names and attribute labels.
    logger.warn({ err: error, store }, 'category names unavailable');
    return [];
  }
}

/** SKU → admin-scope (untranslated) name of every enabled, visible product. */
export async function adminProductNames(magento: MagentoClient): Promise<ReadonlyMap<string, string>> {
  const products = await storeProducts(magento, ADMIN_STORE_CODE);
  return new Map([...products].map(([sku, { name }]) => [sku, name]));
}

/** The products a store view shows (enabled, visible in catalog or search): SKU → name and brand option. */
async function storeProducts(
  magento: MagentoClient,
  store: string,
): Promise<Map<string, { name: string; brandId?: string }>> {
  const products = new Map<string, { name: string; brandId?: string }>();
  for await (const page of magento.iterateProducts(store, {
    filterGroups: [
      [{ field: 'status', value: '1' }],
      [{ field: 'visibility', value: '2,4', conditionType: 'in' }],
    ],
  })) {
    for (const product of page.items) {
      if (!product.name) continue;
      const brandId = product.custom_attributes?.find((a) => a.attribute_code === BRAND_ATTRIBUTE)?.value;
      products.set(product.sku, {
        name: product.name,
        ...(typeof brandId === 'string' && brandId !== '' ? { brandId } : {}),
      });
    }
  }
  return products;
}

/** Option id → store-view label of a select attribute; empty when the store lacks the attribute. */
async function optionLabels(
  magento: MagentoClient,
  store: string,
  attributeCode: string,
  logger: Logger,
): Promise<Map<string, string>> {
  try {
    const options = await magento.getAttributeOptions(store, attributeCode);
    return new Map(options.flatMap((o) => (o.label && o.value ? [[o.value, o.label] as const] : [])));
  } catch (error) {
    // A store without this attribute simply has no such words to match.
    logger.warn({ err: error, attribute: attributeCode }, 'attribute options unavailable');
    return new Map();
  }
}
