import { catalogCollectionSpec } from '../../common/catalog/catalog-collection.js';
import type { CatalogDocument } from '../../common/catalog/catalog-document.js';
import { openCatalogSearch, SPELLING_LANGUAGE } from '../../common/catalog/open-catalog-search.js';
import type { SearchHit, SearchService } from '../../common/catalog/search-service.js';
import { AppError } from '../../common/errors.js';
import type { Embedder } from '../../common/embedding/embedder.js';
import type { VectorCollection, VectorStore } from '../../common/vector-store/vector-store.js';
import type { CatalogSearch, ProductFilters } from '../flows/flow-deps.js';
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
    /** Where the spelling dictionary (GloVe vocabulary) lives. */
    private readonly dataDir: string,
  ) {}

  /** For `/readyz`: resolves when the collection exists and matches the embedder. */
  async check(): Promise<void> {
    await this.open();
  }

  async searchProducts(
    query: string,
    options: { store: string; language: Locale; filters: ProductFilters; limit: number },
  ): Promise<CatalogHit[]> {
    const { service } = await this.open();
    const hits = await service.search(query, {
      store: options.store,
      filters: options.filters,
      limit: options.limit,
      spelling: options.language === SPELLING_LANGUAGE,
    });
    return this.withDocuments(options.store, hits);
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
      spelling: options.language === SPELLING_LANGUAGE,
      docTypes: ['cms_paragraph'],
    });
    return this.withDocuments(store, hits);
  }

  private async withDocuments(store: string, hits: readonly SearchHit[]): Promise<CatalogHit[]> {
    const { collection } = await this.open();
    const documents = await collection.documents(hits.map((h) => ({ store, type: h.type, id: h.id })));
    const byKey = new Map(documents.map((d) => [`${d.type}:${d.id}`, d]));
    return hits.flatMap((hit) => {
      const document = byKey.get(`${hit.type}:${hit.id}`);
      return document ? [{ ...document, score: hit.score }] : [];
    });
  }

  private async open(): Promise<{ service: SearchService; collection: VectorCollection }> {
    if (this.opened) return this.opened;
    const result = await this.vectorStore.openCollection(catalogCollectionSpec(this.embedder), {
      createIfMissing: false,
    });
    if (!result.ok) throw new SearchIndexUnavailableError(result.violations.map((v) => v.message).join('; '));
    const search = await openCatalogSearch(this.vectorStore, this.embedder, this.dataDir);
    if (!search.ok) throw new SearchIndexUnavailableError(search.violations.map((v) => v.message).join('; '));
    this.opened = { service: search.service, collection: result.collection };
    return this.opened;
  }
}
