import type { Audience } from '../language/audience.js';
import type { SearchOptions } from './search-service.js';

/**
 * What a shopper's product search may be constrained by, the same for the chat and `verity search`:
 * hard filters applied by the index, never ranking hints.
 */
export interface ProductFilters {
  /** Inclusive, in the store view's currency. */
  minPrice?: number;
  maxPrice?: number;
  /** Any of these categories (Magento ids). */
  categoryIds?: number[];
  /** Attribute code → accepted option labels in the store view's language; every listed attribute must match. */
  attributes?: Record<string, string[]>;
  /** Yes/no attribute codes that must all hold (`sale`, `new`, `eco_collection`): the store's own attributes. */
  flags?: string[];
  /** Only products for these audiences, for everyone, or not saying (`['women']`). */
  audience?: Audience[];
  /** Out-of-stock products are left out unless this is true ("show me the sold-out ones too"). */
  includeOutOfStock?: boolean;
}

export interface ProductSearchRequest {
  store: string;
  filters: ProductFilters;
  limit: number;
  offset?: number;
  /** Properties to report per hit (`matched` / `unmatched`); `'query'`: the query's own words the store uses. */
  wanted?: string[] | 'query';
}

/**
 * The one mapping from a product search request to the search service's options, shared by the chat's
 * catalog adapter and the CLI so both rank the same query under the same filters the same way. Stock
 * is a filter by default: a shopper asking for products wants ones they can buy.
 */
export function productSearchOptions(request: ProductSearchRequest): SearchOptions {
  const { includeOutOfStock, ...filters } = request.filters;
  return {
    store: request.store,
    filters: { ...filters, ...(includeOutOfStock ? {} : { inStock: true }) },
    limit: request.limit,
    ...(request.offset ? { offset: request.offset } : {}),
    ...(request.wanted ? { wanted: request.wanted } : {}),
    docTypes: ['product'],
  };
}
