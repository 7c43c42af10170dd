import type { CatalogDocument, DocType, DocumentKey, SearchField } from '../catalog/catalog-document.js';
import type { StoreVocabulary } from '../catalog/store-vocabulary.js';
import type { Language } from '../language/language.js';

/**
 * The search index port. Adapters: Qdrant (QDRANT_URL) and an embedded index persisted in the
 * data directory. Both hold the catalog collection defined in `common/catalog/`, with the same
 * semantics, checked by one shared contract test suite (`test/contract/vector-store.contract.ts`).
 */
export interface VectorStore {
  readonly kind: 'embedded' | 'qdrant';
  /**
   * Opens a collection, creating it when missing (unless `createIfMissing: false`). An existing
   * collection built by another embedder, another dimension or another contract version is a "no"
   * returned as a value: the caller must not write into it nor query it with the wrong vectors.
   */
  openCollection(
    spec: CollectionSpec,
    options?: { createIfMissing?: boolean },
  ): Promise<OpenCollectionResult>;
  /** The recorded metadata of a collection, or null when it does not exist. */
  describeCollection(name: string): Promise<CollectionInfo | null>;
  /** Deletes a collection and everything in it; no-op when missing. */
  dropCollection(name: string): Promise<void>;
  /** Throws BackendUnavailableError when the backend cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** What a collection is built with, recorded in its metadata at creation. */
export interface CollectionSpec {
  /** Physical collection name, e.g. `verity_catalog_v1`. */
  name: string;
  /** Version of the document contract (`CATALOG_COLLECTION.version`). */
  contractVersion: number;
  /** `Embedder.id` of the embedder that produces the dense vectors. */
  embedderId: string;
  /** Length of every dense vector. */
  dimensions: number;
}

export interface CollectionInfo extends CollectionSpec {
  /** ISO timestamp of creation. */
  createdAt: string;
}

export type CollectionViolationCode =
  'collection_missing' | 'embedder_mismatch' | 'dimensions_mismatch' | 'contract_mismatch';

export type OpenCollectionResult =
  | { ok: true; created: boolean; collection: VectorCollection }
  | {
      ok: false;
      violations: { code: CollectionViolationCode; message: string }[];
      /** What the existing collection was built with (absent when it is missing). */
      existing?: CollectionInfo;
    };

/** One document as stored: the document (payload), its content checksum and its dense vector. */
export interface VectorPoint {
  document: CatalogDocument;
  /** `documentChecksum(document)`; compared before embedding so unchanged documents are skipped. */
  checksum: string;
  /** L2-normalised, `dimensions` long. */
  vector: Float32Array;
}

/**
 * Filters are hard constraints applied by the index, never ranking hints.
 * Attribute and category matching: any of the given values within one attribute (or the category
 * list); all given attributes must match. Attribute values compare case-insensitively.
 */
export interface SearchFilter {
  /** Store view code: every search is partitioned by store view. */
  store: string;
  docTypes?: DocType[];
  /** Inclusive bound on `price`, in the store view's currency. Documents without a price never match a price bound. */
  minPrice?: number;
  /** Inclusive. */
  maxPrice?: number;
  /** Matches documents in any of these categories. */
  categoryIds?: number[];
  /** Attribute code → accepted labels. */
  attributes?: Record<string, string[]>;
  /** Yes/no attribute codes that must all hold (`['sale', 'eco_collection']`). */
  flags?: string[];
  /** true: only salable; false: only not salable; absent: both. */
  inStock?: boolean;
}

/** `lexical`: BM25 over the document text; `semantic`: dense vector similarity; `hybrid`: both, fused by the backend. */
export type SearchMode = 'hybrid' | 'lexical' | 'semantic';

export interface VectorQuery {
  mode: SearchMode;
  /** The query text, for the lexical side. Required for `lexical` and `hybrid`. */
  text?: string;
  /** The query's dense vector (same embedder as the collection). Required for `semantic` and `hybrid`. */
  vector?: Float32Array;
  filter: SearchFilter;
  /** Maximum number of hits. */
  limit: number;
  /** Language the query text is analysed in (the store view's); absent: no stemming, no stop words. */
  language?: Language;
  /** Return each hit's dense vector (`VectorHit.vector`), so a caller can score lexical hits by meaning too. */
  withVectors?: boolean;
  /**
   * Relative influence of each side in `hybrid` mode. The embedded index weighs max-normalised scores;
   * Qdrant weighs reciprocal-rank fusion. @default { lexical: 0.5, semantic: 0.5 }
   */
  weights?: { lexical: number; semantic: number };
}

export interface VectorHit {
  pointId: string;
  /** Higher is better. Scale depends on the mode and backend: compare scores within one result list only. */
  score: number;
  document: CatalogDocument;
  checksum: string;
  /** The stored dense vector, when the query asked `withVectors`. */
  vector?: Float32Array;
}

/**
 * Lexical weight of each document field: a word in the name says more than the same word in the
 * description. Both adapters weigh fields by these (chosen on the labeled sets, docs/search.md).
 */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  title: 3,
  categories: 2,
  attributes: 1.5,
  body: 1,
};

/** A handle on one opened collection whose metadata matched the caller's spec. */
export interface VectorCollection {
  readonly info: CollectionInfo;
  /** Inserts or replaces points by their deterministic id (`pointId`). */
  upsert(points: readonly VectorPoint[]): Promise<void>;
  /** Deletes these documents; returns how many existed. */
  delete(keys: readonly DocumentKey[]): Promise<number>;
  /** The stored documents for these keys, in the order asked; keys with no document are skipped. */
  documents(keys: readonly DocumentKey[]): Promise<CatalogDocument[]>;
  /** Stored checksum per point id, for the given documents that exist. */
  checksums(keys: readonly DocumentKey[]): Promise<Map<string, string>>;
  /** Number of documents, optionally within one store view and document types. */
  count(filter?: { store?: string; docTypes?: DocType[] }): Promise<number>;
  /**
   * The store view's own words (`words()` of every indexed field, folded, not stemmed) with the
   * number of documents each occurs in (the dictionary of spelling corrections), and the language its
   * documents are analysed in.
   */
  vocabulary(store: string): Promise<StoreVocabulary>;
  search(query: VectorQuery): Promise<VectorHit[]>;
  /** Makes every write so far durable (the embedded adapter appends them to its journals; Qdrant writes are durable on return). */
  flush(): Promise<void>;
}
