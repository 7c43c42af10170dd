import type { Embedder } from '../embedding/embedder.js';
import type {
  CollectionViolationCode,
  SearchMode,
  VectorCollection,
  VectorStore,
} from '../vector-store/vector-store.js';
import { catalogCollectionSpec } from './catalog-collection.js';
import type { CatalogDocument, DocType } from './catalog-document.js';
import { type FusionWeights, fuseRankings } from './rank-fusion.js';
import type { SpellingSuggester } from './spelling-suggester.js';

/** Constraints the caller parsed from the customer's words (a budget, "in red"): applied as filters, never as hints. */
export interface SearchFilters {
  /** Inclusive, in the store view's currency. */
  minPrice?: number;
  /** Inclusive, in the store view's currency. */
  maxPrice?: number;
  /** Any of these categories. */
  categoryIds?: number[];
  /** Attribute code → accepted option labels (any of, case-insensitive); every listed attribute must match. */
  attributes?: Record<string, string[]>;
  /** Only salable products. Stock is still read live from Magento before it is stated. */
  inStock?: boolean;
}

export interface SearchOptions {
  /** Store view code. */
  store: string;
  filters?: SearchFilters;
  /** @default 10 */
  limit?: number;
  /** @default ['product'] */
  docTypes?: DocType[];
  /**
   * Append the speller's suggestions to the query. Its word list is English: off for a store view in
   * another language, where "casque" (headphones) would gain "case". @default true
   */
  spelling?: boolean;
}

/**
 * `ranked` (the default): lexical-first fusion by {@link fuseRankings}; `lexical`, `semantic` and
 * `hybrid` (the backend's own fusion) are exposed for evaluation.
 */
export type SearchStrategy = 'ranked' | SearchMode;

/** One result with the fields a reply needs; price and stock here are index-time values, to be confirmed live. */
export interface SearchHit {
  type: DocType;
  /** Document id: the SKU for products. */
  id: string;
  score: number;
  matchedBy: 'both' | 'lexical' | 'semantic';
  name: string;
  sku?: string;
  url_key?: string;
  price?: number;
  currency?: string;
  categories: string[];
  attributes: Record<string, string[]>;
  /** The beginning of the document text, cut at a word boundary. */
  snippet: string;
  in_stock: boolean;
  rating?: number;
  review_count?: number;
}

export interface SearchServiceOptions {
  /** @default {@link DEFAULT_FUSION} */
  fusion?: FusionWeights;
  /** Candidates fetched per side, as a multiple of the limit. @default 5 */
  candidateFactor?: number;
  /** Snippet length in characters. @default 240 */
  snippetChars?: number;
  /** Adds spelling corrections to the query (e.g. a {@link SpellingSuggester} over the GloVe vocabulary). */
  speller?: Pick<SpellingSuggester, 'expandQuery'>;
}

/**
 * Fusion weights chosen on the labeled set (`npm run eval:search`, docs/search.md): the best
 * nDCG@10 among settings that do not lose to lexical-only.
 */
export const DEFAULT_FUSION: FusionWeights = { semanticRerank: 1, backfillMinSimilarity: 0.3 };

export type OpenSearchResult =
  | { ok: true; service: SearchService }
  | { ok: false; violations: { code: CollectionViolationCode; message: string }[] };

/**
 * Catalog search for the sidecar: hard filters, lexical-first ranking with a semantic rerank and
 * backfill. Opens the collection read-only and refuses one built by another embedder.
 */
export class SearchService {
  private readonly fusion: FusionWeights;
  private readonly candidateFactor: number;
  private readonly snippetChars: number;
  private readonly speller: SearchServiceOptions['speller'];

  constructor(
    private readonly collection: VectorCollection,
    private readonly embedder: Embedder,
    options: SearchServiceOptions = {},
  ) {
    this.fusion = options.fusion ?? DEFAULT_FUSION;
    this.candidateFactor = options.candidateFactor ?? 5;
    this.snippetChars = options.snippetChars ?? 240;
    this.speller = options.speller;
  }

  /** Opens the catalog collection the indexer built; a missing collection or another embedder's is a refusal. */
  static async open(
    vectorStore: VectorStore,
    embedder: Embedder,
    options: SearchServiceOptions = {},
  ): Promise<OpenSearchResult> {
    const opened = await vectorStore.openCollection(catalogCollectionSpec(embedder), {
      createIfMissing: false,
    });
    if (!opened.ok) return { ok: false, violations: opened.violations };
    return { ok: true, service: new SearchService(opened.collection, embedder, options) };
  }

  async search(
    text: string,
    options: SearchOptions,
    strategy: SearchStrategy = 'ranked',
  ): Promise<SearchHit[]> {
    const query = this.speller && options.spelling !== false ? this.speller.expandQuery(text) : text;
    const limit = options.limit ?? 10;
    const filters = options.filters ?? {};
    const filter = { store: options.store, docTypes: options.docTypes ?? ['product'], ...filters };
    const vector = strategy === 'lexical' ? undefined : (await this.embedder.embed([query]))[0];
    if (strategy !== 'ranked') {
      const hits = await this.collection.search({ mode: strategy, text: query, vector, filter, limit });
      return hits.map((hit) => this.toSearchHit(hit, hit.score, strategy === 'hybrid' ? 'both' : strategy));
    }
    const candidates = limit * this.candidateFactor;
    const [lexical, semantic] = await Promise.all([
      this.collection.search({ mode: 'lexical', text: query, filter, limit: candidates }),
      this.collection.search({ mode: 'semantic', vector, filter, limit: candidates }),
    ]);
    return fuseRankings(lexical, semantic, this.fusion, limit).map((f) =>
      this.toSearchHit(f.hit, f.score, f.matchedBy),
    );
  }

  private toSearchHit(
    hit: { document: CatalogDocument },
    score: number,
    matchedBy: SearchHit['matchedBy'],
  ): SearchHit {
    const d = hit.document;
    return {
      type: d.type,
      id: d.id,
      score,
      matchedBy,
      name: d.title,
      ...(d.sku === undefined ? {} : { sku: d.sku }),
      ...(d.url_key === undefined ? {} : { url_key: d.url_key }),
      ...(d.price === undefined ? {} : { price: d.price }),
      ...(d.currency === undefined ? {} : { currency: d.currency }),
      categories: d.categories,
      attributes: d.attributes,
      snippet: snippet(d.text, this.snippetChars),
      in_stock: d.in_stock,
      ...(d.rating === undefined ? {} : { rating: d.rating }),
      ...(d.review_count === undefined ? {} : { review_count: d.review_count }),
    };
  }
}

function snippet(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
