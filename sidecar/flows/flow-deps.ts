import type { CatalogDocument } from '../../common/catalog/catalog-document.js';
import type { ProductFilters } from '../../common/catalog/product-search.js';
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
export type { ProductFilters };

/** A product hit, with which of the shopper's wanted properties its indexed text states and which it does not. */
export type ProductHit = CatalogHit & {
  /** Of `wanted`, what the product is described as (every word of it). */
  matched: string[];
  /** Of `wanted`, what it is not described as: "none of these is described as waterproof". */
  unmatched: string[];
  /**
   * The kind of product the query asks for (stemmed head word) and whether this product names it;
   * `missing`: the shopper's word when no product has it (then `named`: whether the product means it).
   */
  kind?: { term: string; named: boolean; missing?: string };
};

/** The search index as the conversation engine uses it: finding things, never volatile facts. */
export interface CatalogSearch {
  /**
   * One ranking for the chat and `verity search`. `offset` pages through it ("show more": the same
   * query and filters with `offset` = hits already shown). `wanted`: properties the shopper asked for
   * that are not filters ("waterproof"), reported per hit in `matched` / `unmatched`.
   */
  searchProducts(
    query: string,
    options: {
      store: string;
      /** The store view's language. The query is analysed in the language of its indexed documents, corrected from its own words. */
      language: Locale;
      filters: ProductFilters;
      limit: number;
      offset?: number;
      wanted?: string[];
    },
  ): Promise<ProductHit[]>;
  /** Indexed product documents (attributes, description, categories) by SKU; unknown SKUs are absent. */
  getProducts(store: string, skus: readonly string[]): Promise<CatalogDocument[]>;
  /** Policy and FAQ paragraphs from CMS pages, best first. */
  searchPolicyText(
    store: string,
    query: string,
    options: { limit: number; language: Locale },
  ): Promise<CatalogHit[]>;
}

/** How many consequential requests and guest verifications a requester may make (config, merged once). */
export interface FlowLimits {
  /** Action requests per customer (or guest session), and per client address, per hour. */
  actionsPerCustomer: number;
  actionsPerAddress: number;
  /** Guest order verifications per session, and per client address, per 15 minutes. */
  verificationsPerSession: number;
  verificationsPerAddress: number;
}

/** What the skills need, built once by the composition root. */
export interface ChatDeps {
  limits: FlowLimits;
  magento: MagentoClient;
  catalog: CatalogSearch;
  orders: OrderAccess;
  policies: StorePolicies;
  actions: ActionDesk;
  limiter: RateLimiter;
  /** Ids of the files the customer has sent in a conversation: the evidence a claim rests on. */
  evidence(conversationId: string): Promise<string[]>;
  /** The store view's attribute labels ("Brand", "Marque"), for tables and facts. */
  attributeLabels(store: string): Promise<AttributeLabels>;
  understand(store: string, text: string, context: NluContext): Promise<Understanding>;
}
