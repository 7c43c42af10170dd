import { QdrantClient, type Schemas } from '@qdrant/js-client-rest';
import { z } from 'zod';
import {
  type CatalogDocument,
  type DocType,
  type DocumentKey,
  pointId,
  catalogDocumentSchema,
} from '../catalog/catalog-document.js';
import { AppError, BackendUnavailableError } from '../errors.js';
import { assertQueryInputs, collectionMismatches, missingCollection } from './collection-guard.js';
import { attributeTerms, flagTerms } from './attribute-terms.js';
import { type StoreVocabulary, documentVocabulary } from '../catalog/store-vocabulary.js';
import { documentSparseVector, querySparseVector } from './sparse-vector.js';
import type {
  CollectionInfo,
  CollectionSpec,
  OpenCollectionResult,
  SearchFilter,
  VectorCollection,
  VectorHit,
  VectorPoint,
  VectorQuery,
  VectorStore,
} from './vector-store.js';

export interface QdrantVectorStoreOptions {
  url: string;
  apiKey?: string;
  /** Points per upsert request. @default 256 */
  batchSize?: number;
  /** Candidates each side contributes to hybrid fusion, as a multiple of the limit. @default 4 */
  prefetchFactor?: number;
  /** Replaces the client (tests). */
  client?: QdrantClient;
}

const DENSE = 'dense';
const LEXICAL = 'lexical';

const metadataSchema = z.object({
  verity_collection: z.object({
    name: z.string(),
    contractVersion: z.number().int(),
    embedderId: z.string(),
    dimensions: z.number().int().positive(),
    createdAt: z.string(),
  }),
});

/** What a Qdrant point's payload holds: the document plus flat fields for filters and payload indexes. */
const payloadSchema = z.object({ document: catalogDocumentSchema, checksum: z.string() });

/** Payload indexes: every filter field, with the store view as the tenant key (store-view partitioning). */
const PAYLOAD_INDEXES: { field: string; schema: Schemas['PayloadFieldSchema'] }[] = [
  { field: 'store', schema: { type: 'keyword', is_tenant: true } },
  { field: 'doc_type', schema: 'keyword' },
  { field: 'price', schema: 'float' },
  { field: 'category_ids', schema: 'integer' },
  { field: 'attr_terms', schema: 'keyword' },
  { field: 'in_stock', schema: 'bool' },
];

/**
 * The search index on Qdrant: a named dense vector (cosine) and a sparse lexical vector with the IDF
 * modifier per point; hybrid queries prefetch both and fuse them with weighted reciprocal-rank
 * fusion on the server. The collection's metadata records which embedder built it.
 */
export class QdrantVectorStore implements VectorStore {
  readonly kind = 'qdrant';
  private readonly client: QdrantClient;

  constructor(private readonly options: QdrantVectorStoreOptions) {
    this.client =
      options.client ??
      new QdrantClient({ url: options.url, apiKey: options.apiKey, checkCompatibility: false });
  }

  async openCollection(
    spec: CollectionSpec,
    options: { createIfMissing?: boolean } = {},
  ): Promise<OpenCollectionResult> {
    const existing = await this.readInfo(spec.name);
    if (existing === 'foreign') {
      return {
        ok: false,
        violations: [
          {
            code: 'contract_mismatch',
            message: `Collection ${spec.name} exists but was not created by Verity (no collection metadata).`,
          },
        ],
      };
    }
    if (existing) {
      const violations = collectionMismatches(existing, spec);
      if (violations.length > 0) return { ok: false, violations, existing };
      return { ok: true, created: false, collection: this.collection(existing) };
    }
    if (options.createIfMissing === false) return missingCollection(spec.name);
    const info: CollectionInfo = { ...spec, createdAt: new Date().toISOString() };
    await this.call('create collection', () =>
      this.client.api().createCollection({
        collection_name: spec.name,
        vectors: { [DENSE]: { size: spec.dimensions, distance: 'Cosine' } },
        sparse_vectors: { [LEXICAL]: { modifier: 'idf' } },
        metadata: { verity_collection: info },
      }),
    );
    for (const index of PAYLOAD_INDEXES) {
      await this.call('create payload index', () =>
        this.client.createPayloadIndex(spec.name, {
          field_name: index.field,
          field_schema: index.schema,
          wait: true,
        }),
      );
    }
    return { ok: true, created: true, collection: this.collection(info) };
  }

  async describeCollection(name: string): Promise<CollectionInfo | null> {
    const info = await this.readInfo(name);
    if (info === 'foreign')
      throw new AppError('search_index_foreign', `Collection ${name} was not created by Verity.`);
    return info;
  }

  async dropCollection(name: string): Promise<void> {
    const { exists } = await this.call('check collection', () => this.client.collectionExists(name));
    if (exists) await this.call('delete collection', () => this.client.deleteCollection(name));
  }

  async ping(): Promise<void> {
    await this.call('ping', () => this.client.versionInfo());
  }

  async close(): Promise<void> {
    // The REST client holds no connection state to release.
  }

  private async readInfo(name: string): Promise<CollectionInfo | 'foreign' | null> {
    const { exists } = await this.call('check collection', () => this.client.collectionExists(name));
    if (!exists) return null;
    const collection = await this.call('read collection', () => this.client.getCollection(name));
    const parsed = metadataSchema.safeParse(collection.config.metadata);
    return parsed.success ? parsed.data.verity_collection : 'foreign';
  }

  private collection(info: CollectionInfo): QdrantCollection {
    return new QdrantCollection(
      info,
      this.client,
      this.options.batchSize ?? 256,
      this.options.prefetchFactor ?? 4,
      this.call.bind(this),
    );
  }

  /** Runs one Qdrant call; a failure to reach Qdrant becomes a retryable BackendUnavailableError. */
  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status !== undefined && status < 500) {
        throw new AppError(
          'search_index_rejected',
          `Qdrant refused to ${what} (${status}): ${(error as Error).message}`,
          { cause: error },
        );
      }
      throw new BackendUnavailableError(
        'qdrant',
        `Qdrant unavailable (${what}): ${(error as Error).message}`,
        error,
      );
    }
  }
}

type Call = <T>(what: string, fn: () => Promise<T>) => Promise<T>;

class QdrantCollection implements VectorCollection {
  constructor(
    readonly info: CollectionInfo,
    private readonly client: QdrantClient,
    private readonly batchSize: number,
    private readonly prefetchFactor: number,
    private readonly call: Call,
  ) {}

  private get name(): string {
    return this.info.name;
  }

  async upsert(points: readonly VectorPoint[]): Promise<void> {
    for (let start = 0; start < points.length; start += this.batchSize) {
      const batch = points.slice(start, start + this.batchSize).map((point) => this.toQdrantPoint(point));
      await this.call('upsert', () => this.client.upsert(this.name, { wait: true, points: batch }));
    }
  }

  async delete(keys: readonly DocumentKey[]): Promise<number> {
    const existing = await this.checksums(keys);
    if (existing.size === 0) return 0;
    await this.call('delete', () =>
      this.client.delete(this.name, { wait: true, points: [...existing.keys()] }),
    );
    return existing.size;
  }

  async documents(keys: readonly DocumentKey[]): Promise<CatalogDocument[]> {
    const byId = new Map<string, CatalogDocument>();
    for (let start = 0; start < keys.length; start += this.batchSize) {
      const ids = keys.slice(start, start + this.batchSize).map(pointId);
      const records = await this.call('retrieve', () =>
        this.client.retrieve(this.name, { ids, with_payload: true, with_vector: false }),
      );
      for (const record of records) byId.set(String(record.id), payloadSchema.parse(record.payload).document);
    }
    return keys.flatMap((key) => {
      const doc = byId.get(pointId(key));
      return doc ? [doc] : [];
    });
  }

  async checksums(keys: readonly DocumentKey[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let start = 0; start < keys.length; start += this.batchSize) {
      const ids = keys.slice(start, start + this.batchSize).map(pointId);
      const records = await this.call('retrieve', () =>
        this.client.retrieve(this.name, { ids, with_payload: ['checksum'], with_vector: false }),
      );
      for (const record of records) {
        const checksum = record.payload?.checksum;
        if (typeof checksum === 'string') out.set(String(record.id), checksum);
      }
    }
    return out;
  }

  async count(filter: { store?: string; docTypes?: DocType[] } = {}): Promise<number> {
    const conditions: Schemas['Condition'][] = [];
    if (filter.store !== undefined) conditions.push({ key: 'store', match: { value: filter.store } });
    if (filter.docTypes) conditions.push({ key: 'doc_type', match: { any: filter.docTypes } });
    const result = await this.call('count', () =>
      this.client.count(this.name, {
        exact: true,
        ...(conditions.length > 0 ? { filter: { must: conditions } } : {}),
      }),
    );
    return result.count;
  }

  async search(query: VectorQuery): Promise<VectorHit[]> {
    assertQueryInputs(query, this.info.dimensions);
    const filter: Schemas['Filter'] = { must: filterConditions(query.filter) };
    const sparse = query.text === undefined ? undefined : querySparseVector(query.text, query.language);
    const lexicalEmpty = sparse === undefined || sparse.indices.length === 0;
    const dense = query.vector ? Array.from(query.vector) : undefined;
    const common = {
      filter,
      limit: query.limit,
      with_payload: true,
      with_vector: query.withVectors ? [DENSE] : false,
    } as const;
    let response: Schemas['QueryResponse'];
    if (query.mode === 'lexical') {
      if (lexicalEmpty) return [];
      response = await this.call('query', () =>
        this.client.query(this.name, { ...common, query: sparse, using: LEXICAL }),
      );
    } else if (query.mode === 'semantic' || lexicalEmpty) {
      response = await this.call('query', () =>
        this.client.query(this.name, { ...common, query: dense!, using: DENSE }),
      );
    } else {
      const weights = query.weights ?? { lexical: 0.5, semantic: 0.5 };
      const prefetchLimit = query.limit * this.prefetchFactor;
      response = await this.call('query', () =>
        this.client.query(this.name, {
          ...common,
          prefetch: [
            { query: sparse, using: LEXICAL, filter, limit: prefetchLimit },
            { query: dense!, using: DENSE, filter, limit: prefetchLimit },
          ],
          query: { rrf: { weights: [weights.lexical, weights.semantic] } },
        }),
      );
    }
    return response.points.map((point) => {
      const payload = payloadSchema.parse(point.payload);
      const dense = denseVector(point.vector);
      return {
        pointId: String(point.id),
        score: point.score,
        document: payload.document,
        checksum: payload.checksum,
        ...(query.withVectors && dense ? { vector: Float32Array.from(dense) } : {}),
      };
    });
  }

  async vocabulary(store: string): Promise<StoreVocabulary> {
    const documents: CatalogDocument[] = [];
    let offset: Schemas['ExtendedPointId'] | undefined;
    do {
      const page = await this.call('scroll', () =>
        this.client.scroll(this.name, {
          filter: { must: [{ key: 'store', match: { value: store } }] },
          with_payload: ['document'],
          with_vector: false,
          limit: this.batchSize,
          ...(offset === undefined ? {} : { offset }),
        }),
      );
      for (const point of page.points)
        documents.push(payloadSchema.parse({ ...point.payload, checksum: '' }).document);
      const next = page.next_page_offset;
      offset = typeof next === 'string' || typeof next === 'number' ? next : undefined;
    } while (offset !== undefined);
    return documentVocabulary(documents);
  }

  async flush(): Promise<void> {
    // Every write above waits for Qdrant to apply it (`wait: true`).
  }

  private toQdrantPoint(point: VectorPoint): Schemas['PointStruct'] {
    const doc = point.document;
    if (point.vector.length !== this.info.dimensions) {
      throw new TypeError(
        `Vector of ${doc.id} has ${point.vector.length} dimensions, the collection ${this.info.dimensions}.`,
      );
    }
    return {
      id: pointId(doc),
      vector: {
        [DENSE]: Array.from(point.vector),
        [LEXICAL]: documentSparseVector(doc),
      },
      payload: {
        document: doc,
        checksum: point.checksum,
        store: doc.store,
        doc_type: doc.type,
        ...(doc.price === undefined ? {} : { price: doc.price }),
        category_ids: doc.category_ids,
        attr_terms: [...attributeTerms(doc.attributes), ...flagTerms(Object.keys(doc.flags))],
        in_stock: doc.in_stock,
      },
    };
  }
}

/** The search filter as Qdrant `must` conditions (exported for tests: Qdrant cannot run in CI). */
export function filterConditions(filter: SearchFilter): Schemas['Condition'][] {
  const must: Schemas['Condition'][] = [{ key: 'store', match: { value: filter.store } }];
  if (filter.docTypes) must.push({ key: 'doc_type', match: { any: filter.docTypes } });
  if (filter.minPrice !== undefined || filter.maxPrice !== undefined) {
    must.push({ key: 'price', range: { gte: filter.minPrice ?? null, lte: filter.maxPrice ?? null } });
  }
  if (filter.categoryIds) must.push({ key: 'category_ids', match: { any: filter.categoryIds } });
  for (const [code, values] of Object.entries(filter.attributes ?? {})) {
    must.push({ key: 'attr_terms', match: { any: attributeTerms({ [code]: values }) } });
  }
  for (const flag of flagTerms(filter.flags ?? [])) must.push({ key: 'attr_terms', match: { value: flag } });
  if (filter.inStock !== undefined) must.push({ key: 'in_stock', match: { value: filter.inStock } });
  return must;
}

/** The `dense` vector of a returned point (named vectors come back as an object by name). */
function denseVector(vector: unknown): number[] | undefined {
  if (vector === null || typeof vector !== 'object' || Array.isArray(vector)) return undefined;
  const dense = (vector as Record<string, unknown>)[DENSE];
  return Array.isArray(dense) && dense.every((v) => typeof v === 'number') ? dense : undefined;
}
