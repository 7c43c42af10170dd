import { z } from 'zod';
import { MagentoResponseError } from '../errors.js';
import type { MagentoCatalogReader, MagentoPage, SearchCriteria } from './magento-client.js';
import { keyField, parseEntity, parseItems } from './parse-response.js';
import type { MagentoRestTransport } from './rest-transport.js';
import {
  attributeOptionSchema,
  categoryTreeSchema,
  productAttributeSchema,
  stockItemSchema,
} from './shapes/catalog.js';
import { type MagentoProduct, productSchema } from './shapes/product.js';
import { iteratePages, readSearchResults } from './read-search-results.js';

const sku = (value: string) => `/${encodeURIComponent(value)}`;

/** Catalog reads over REST (ACL `Magento_Catalog::products`, `::categories`, `::attributes_attributes`). */
export function createRestCatalogReader(rest: MagentoRestTransport): MagentoCatalogReader {
  const searchProducts = (store: string, criteria: SearchCriteria): Promise<MagentoPage<MagentoProduct>> =>
    readSearchResults(rest, store, '/products', criteria, productSchema, 'product', keyField('sku'));

  return {
    searchProducts,

    iterateProducts(store, criteria = {}) {
      return iteratePages((currentPage) =>
        searchProducts(store, {
          ...criteria,
          sortOrders: criteria.sortOrders ?? [{ field: 'entity_id', direction: 'ASC' }],
          currentPage,
        }),
      );
    },

    async getProduct(store, value) {
      const raw = await rest.get(store, `/products${sku(value)}`);
      return parseEntity(productSchema, raw, 'product', value);
    },

    async getConfigurableChildren(store, value) {
      const raw = await rest.get(store, `/configurable-products${sku(value)}/children`);
      const list = parseEntity(z.array(z.unknown()), raw, 'configurable children of', value);
      const { items, problems } = parseItems(productSchema, list, 'product', keyField('sku'));
      return { items, problems, totalCount: list.length, currentPage: 1, pageSize: list.length };
    },

    searchProductAttributes(store, criteria) {
      return readSearchResults(
        rest,
        store,
        '/products/attributes',
        criteria,
        productAttributeSchema,
        'attribute',
        keyField('attribute_code'),
      );
    },

    async getAttributeOptions(store, attributeCode) {
      const raw = await rest.get(store, `/products/attributes/${encodeURIComponent(attributeCode)}/options`);
      const options = parseEntity(z.array(attributeOptionSchema), raw, 'attribute', attributeCode);
      return options.filter((option) => option.value !== null && option.value !== '');
    },

    async getCategoryTree(store) {
      const raw = await rest.get(store, '/categories');
      return parseEntity(categoryTreeSchema, raw, 'category tree of store', store);
    },

    async getStockItem(store, value) {
      const raw = await rest.get(store, `/stockItems${sku(value)}`);
      return parseEntity(stockItemSchema, raw, 'stock item', value);
    },

    async getSalableQty(store, value, stockId = 1) {
      const raw = await rest.get(store, `/inventory/get-product-salable-quantity${sku(value)}/${stockId}`);
      if (typeof raw !== 'number')
        throw new MagentoResponseError(`salable quantity ${value}: (root): expected number`, { sku: value });
      return raw;
    },
  };
}
