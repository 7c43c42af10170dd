import { catalogCollectionSpec } from '../../common/catalog/catalog-collection.js';
import type { CatalogDocument } from '../../common/catalog/catalog-document.js';
import { productSearchOptions } from '../../common/catalog/product-search.js';
import { type SearchHit, SearchService } from '../../common/catalog/search-service.js';
import { AppError } from '../../common/errors.js';
import type { Embedder } from '../../common/embedding/embedder.js';
import type { VectorCollection, VectorStore } from '../../common/vector-store/vector-store.js';
import type { CatalogSearch, ProductFilters, ProductHit } from '../flows/flow-deps.js';
import type { CatalogHit } from '../flows/turn.js';
import type { Locale } from '../replies/templates.js';

/** The index is not there yet (first start, reindex running) or was built by another embedder. */
export class SearchIndexUnavailableError extends AppError {
  constructor(message: string) {
    super('search_index_unavailable', message, { status: 503, retryable: true });
  }
}

/**
 * The search index as the conversation engine uses it. Opens the catalog collection read-only on first
 * use and refuses one built by another embedder; until the indexer has created it, searches fail with
 * a retryable 503 instead of pretending the catalog is empty.
 */
export class IndexedCatalog implements CatalogSearch {
  private opened: { service: SearchService; collection: VectorCollection } | undefined;

  constructor(
    private readonly vectorStore: VectorStore,
    private readonly embedder: Embedder,
  ) {}

  /**
   * For `/readyz`: resolves when the collection exists, matches the embedder and holds products for
   * every store view served; otherwise rejects naming what is missing (an index still being built
   * answers every search with nothing, which is not ready).
   */
  async check(storeCodes: readonly string[]): Promise<void> {
    const { collection } = await this.open();
    const counts = await Promise.all(storeCodes.map((store) => collection.count({ store })));
    const missing = storeCodes.filter((_, i) => counts[i] === 0);
    if (missing.length > 0)
      throw new SearchIndexUnavailableError(
        `no products indexed yet for store view(s): ${missing.join(', ')}`,
      );
  }

  async searchProducts(
    query: string,
    options: {
      store: string;
      language: Locale;
      filters: ProductFilters;
      limit: number;
      offset?: number;
      wanted?: string[];
    },
  ): Promise<ProductHit[]> {
    const { service } = await this.open();
    // The query is analysed in the language of the store view's indexed documents. Without stated
    // properties, each hit reports which of the query's own words it is described by, so a reply can
    // say which one none of the results meets ("none of these is described as waterproof").
    const hits = await service.search(
      query,
      productSearchOptions({ ...options, wanted: options.wanted ?? 'query' }),
    );
    return this.withDocuments(options.store, hits, (hit) => ({
      matched: hit.matched,
      unmatched: hit.unmatched,
      ...(hit.kind ? { kind: hit.kind } : {}),
    }));
  }

  async getProducts(store: string, skus: readonly string[]): Promise<CatalogDocument[]> {
    const { collection } = await this.open();
    return collection.documents(skus.map((id) => ({ store, type: 'product' as const, id })));
  }

  async searchPolicyText(
    store: string,
    query: string,
    options: { limit: number; language: Locale },
  ): Promise<CatalogHit[]> {
    const { service } = await this.open();
    const hits = await service.search(query, {
      store,
      limit: options.limit,
      docTypes: ['cms_paragraph'],
    });
    return this.withDocuments(store, hits);
  }

  /** The stored documents of the hits, in rank order, with the hit's score and `extra(hit)`. */
  private async withDocuments<T extends object = object>(
    store: string,
    hits: readonly SearchHit[],
    extra: (hit: SearchHit) => T = () => ({}) as T,
  ): Promise<(CatalogHit & T)[]> {
    const { collection } = await this.open();
    const documents = await collection.documents(hits.map((h) => ({ store, type: h.type, id: h.id })));
    const byKey = new Map(documents.map((d) => [`${d.type}:${d.id}`, d]));
    return hits.flatMap((hit) => {
      const document = byKey.get(`${hit.type}:${hit.id}`);
      return document ? [{ ...document, score: hit.score, ...extra(hit) }] : [];
    });
  }

  private async open(): Promise<{ service: SearchService; collection: VectorCollection }> {
    if (this.opened) return this.opened;
    const result = await this.vectorStore.openCollection(catalogCollectionSpec(this.embedder), {
      createIfMissing: false,
    });
    if (!result.ok) throw new SearchIndexUnavailableError(result.violations.map((v) => v.message).join('; '));
    const search = await SearchService.open(this.vectorStore, this.embedder);
    if (!search.ok) throw new SearchIndexUnavailableError(search.violations.map((v) => v.message).join('; '));
    this.opened = { service: search.service, collection: result.collection };
    return this.opened;
  }
}
