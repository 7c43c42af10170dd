import type { CatalogDocument } from '../../common/catalog/catalog-document.js';
import type { MagentoClient } from '../../common/magento/magento-client.js';
import type { RateLimiter } from '../../common/rate-limit/rate-limiter.js';
import type { NluContext, Understanding } from '../nlu/types.js';
import type { AttributeLabels } from '../tools/attribute-labels.js';
import type { Locale } from '../replies/templates.js';
import type { OrderAccess } from '../tools/order-access.js';
import type { StorePolicies } from '../tools/store-policies.js';
import type { CatalogHit } from './turn.js';
import type { ActionDesk } from './action-desk.js';

/** Hard constraints of a product search, applied by the index (never hoped for). */
export interface ProductFilters {
  minPrice?: number;
  maxPrice?: number;
  categoryIds?: number[];
  attributes?: Record<string, string[]>;
  inStock?: boolean;
}

/** The search index as the conversation engine uses it: finding things, never volatile facts. */
export interface CatalogSearch {
  searchProducts(
    query: string,
    /** `language`: the store view's; spelling suggestions only apply in the word list's language. */
    options: { store: string; language: Locale; filters: ProductFilters; limit: number },
  ): Promise<CatalogHit[]>;
  /** Indexed product documents (attributes, description, categories) by SKU; unknown SKUs are absent. */
  getProducts(store: string, skus: readonly string[]): Promise<CatalogDocument[]>;
  /** Policy and FAQ paragraphs from CMS pages, best first. */
  searchPolicyText(
    store: string,
    query: string,
    options: { limit: number; language: Locale },
  ): Promise<CatalogHit[]>;
}

/** What the skills need, built once by the composition root. */
export interface ChatDeps {
  magento: MagentoClient;
  catalog: CatalogSearch;
  orders: OrderAccess;
  policies: StorePolicies;
  actions: ActionDesk;
  limiter: RateLimiter;
  /** The store view's attribute labels ("Brand", "Marque"), for tables and facts. */
  attributeLabels(store: string): Promise<AttributeLabels>;
  understand(store: string, text: string, context: NluContext): Promise<Understanding>;
}
