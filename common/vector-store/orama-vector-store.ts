import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  count,
  create,
  insertMultiple,
  load,
  remove,
  save,
  search,
  type Orama,
  type RawData,
  type Results,
} from '@orama/orama';
import { z } from 'zod';
import {
  type CatalogDocument,
  type DocType,
  type DocumentKey,
  type SearchField,
  documentFields,
  pointId,
} from '../catalog/catalog-document.js';
import { type StoreVocabulary, documentVocabulary } from '../catalog/store-vocabulary.js';
import { AppError } from '../errors.js';
import { lexicalTerms } from '../language/analyzer.js';
import type { Language } from '../language/language.js';
import { attributeTerms, flagTerms } from './attribute-terms.js';
import { assertQueryInputs, collectionMismatches, missingCollection } from './collection-guard.js';
import {
  FIELD_WEIGHTS,
  type CollectionInfo,
  type CollectionSpec,
  type OpenCollectionResult,
  type SearchFilter,
  type VectorCollection,
  type VectorHit,
  type VectorPoint,
  type VectorQuery,
  type VectorStore,
} from './vector-store.js';

export interface OramaVectorStoreOptions {
  /** Directory of the snapshots, one `<collection>.json` each (e.g. `<DATA_DIR>/search-index`). */
  directory: string;
  /**
   * Levenshtein distance Orama tolerates per query term on the lexical side. Measured worse than
   * query-side spelling suggestions on the labeled set (docs/search.md), hence off by default.
   * @default 0
   */
  typoTolerance?: number;
}

function schemaFor(dimensions: number) {
  return {
    title: 'string',
    categories: 'string',
    attributes: 'string',
    body: 'string',
    store: 'enum',
    doc_type: 'enum',
    price: 'number',
    category_ids: 'enum[]',
    attr_terms: 'enum[]',
    in_stock: 'boolean',
    embedding: `vector[${dimensions}]`,
  } as const;
}
type OramaDb = Orama<ReturnType<typeof schemaFor>>;

/** The stored Orama document: indexed fields plus the payload returned to callers. */
interface StoredDoc extends Record<SearchField, string> {
  id: string;
  store: string;
  doc_type: DocType;
  price?: number;
  category_ids: number[];
  attr_terms: string[];
  in_stock: boolean;
  embedding: number[];
  document: CatalogDocument;
  checksum: string;
}

const collectionInfoSchema = z.object({
  name: z.string(),
  contractVersion: z.number().int(),
  embedderId: z.string(),
  dimensions: z.number().int().positive(),
  createdAt: z.string(),
});
/**
 * Version of the snapshot's internal layout (tokenization, schema). A snapshot of another format is
 * treated as missing: the indexer rebuilds it, the sidecar waits for that instead of reading terms
 * it can no longer match. 2: terms carry an end mark. 3: fields analysed in the document's language
 * (stemmer, stop words) and weighed apart (title, categories, attributes, body).
 */
const SNAPSHOT_FORMAT = 3;
const snapshotSchema = z.object({
  format: z.number().int().optional(),
  info: collectionInfoSchema,
  raw: z.unknown(),
});

/** Appended to every indexed and queried term; cannot occur inside a term (the tokenizer splits on it). */
const TERM_END = '$';

const SEARCH_FIELDS = Object.keys(FIELD_WEIGHTS) as SearchField[];

/**
 * Text analysed in its language (stop words out, stemmed), each term with its end mark, joined by
 * spaces: what the index stores and the query is matched as. Orama's own tokenizer then only splits
 * on spaces, so the language can differ by document (store view).
 */
function analysed(text: string, language: Language | undefined): string {
  return lexicalTerms(text, language)
    .map((term) => `${term}${TERM_END}`)
    .join(' ');
}

/**
 * The embedded search index: Orama in process (BM25 + brute-force cosine + its hybrid fusion),
 * persisted per collection as one JSON snapshot written atomically. Single-process: share one
 * instance between the indexer and the sidecar in the embedded runtime.
 */
export class OramaVectorStore implements VectorStore {
  readonly kind = 'orama';
  private readonly open = new Map<string, OramaCollection>();

  constructor(private readonly options: OramaVectorStoreOptions) {}

  async openCollection(
    spec: CollectionSpec,
    options: { createIfMissing?: boolean } = {},
  ): Promise<OpenCollectionResult> {
    const loaded = this.open.get(spec.name) ?? (await this.load(spec.name));
    if (loaded) {
      const violations = collectionMismatches(loaded.info, spec);
      if (violations.length > 0) return { ok: false, violations, existing: loaded.info };
      this.open.set(spec.name, loaded);
      return { ok: true, created: false, collection: loaded };
    }
    if (options.createIfMissing === false) return missingCollection(spec.name);
    const info: CollectionInfo = { ...spec, createdAt: new Date().toISOString() };
    const collection = new OramaCollection(
      info,
      createDb(spec.dimensions),
      this.snapshotPath(spec.name),
      this.options.typoTolerance ?? 0,
    );
    await collection.flush(true);
    this.open.set(spec.name, collection);
    return { ok: true, created: true, collection };
  }

  async describeCollection(name: string): Promise<CollectionInfo | null> {
    const collection = this.open.get(name) ?? (await this.load(name));
    return collection?.info ?? null;
  }

  async dropCollection(name: string): Promise<void> {
    this.open.delete(name);
    await rm(this.snapshotPath(name), { force: true });
  }

  async ping(): Promise<void> {
    await mkdir(this.options.directory, { recursive: true });
    await readdir(this.options.directory);
  }

  async close(): Promise<void> {
    for (const collection of this.open.values()) await collection.flush();
    this.open.clear();
  }

  private snapshotPath(name: string): string {
    if (!/^[A-Za-z0-9_-]+$/.test(name))
      throw new TypeError(`Invalid collection name ${JSON.stringify(name)}.`);
    return path.join(this.options.directory, `${name}.json`);
  }

  private async load(name: string): Promise<OramaCollection | null> {
    const file = this.snapshotPath(name);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const parsed = snapshotSchema.safeParse(JSON.parse(text));
    if (!parsed.success)
      throw new AppError(
        'search_index_corrupt',
        `${file} is not a search index snapshot; delete it and reindex.`,
      );
    const { format, info, raw } = parsed.data;
    if (format !== SNAPSHOT_FORMAT) return null;
    const db = createDb(info.dimensions);
    load(db, raw as RawData);
    return new OramaCollection(info, db, file, this.options.typoTolerance ?? 0);
  }
}

function createDb(dimensions: number): OramaDb {
  return create({
    schema: schemaFor(dimensions),
    sort: { enabled: false },
    components: {
      // Text arrives analysed (`analysed`): BM25 here sees the same terms as Qdrant's sparse vectors.
      // The end mark turns Orama's prefix matching into whole-term matching (`bag` must not find `bagel`).
      tokenizer: {
        language: 'english',
        normalizationCache: new Map(),
        tokenize: (raw: string) => raw.split(' ').filter((term) => term !== ''),
      },
    },
  });
}

class OramaCollection implements VectorCollection {
  private dirty = false;

  constructor(
    readonly info: CollectionInfo,
    private readonly db: OramaDb,
    private readonly file: string,
    private readonly typoTolerance: number,
  ) {}

  async upsert(points: readonly VectorPoint[]): Promise<void> {
    if (points.length === 0) return;
    for (const point of points) {
      if (point.vector.length !== this.info.dimensions) {
        throw new TypeError(
          `Vector of ${point.document.id} has ${point.vector.length} dimensions, the collection ${this.info.dimensions}.`,
        );
      }
    }
    const docs = points.map(toStoredDoc);
    for (const doc of docs) await remove(this.db, doc.id);
    await insertMultiple(this.db, docs as never[]);
    this.dirty = true;
  }

  async delete(keys: readonly DocumentKey[]): Promise<number> {
    let removed = 0;
    for (const key of keys) if (await remove(this.db, pointId(key))) removed++;
    if (removed > 0) this.dirty = true;
    return removed;
  }

  async documents(keys: readonly DocumentKey[]): Promise<CatalogDocument[]> {
    return keys.flatMap((key) => {
      const doc = this.db.documentsStore.get(this.db.data.docs, pointId(key)) as StoredDoc | undefined;
      return doc ? [doc.document] : [];
    });
  }

  async checksums(keys: readonly DocumentKey[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const key of keys) {
      const id = pointId(key);
      const doc = this.db.documentsStore.get(this.db.data.docs, id) as StoredDoc | undefined;
      if (doc) out.set(id, doc.checksum);
    }
    return out;
  }

  async count(filter: { store?: string; docTypes?: DocType[] } = {}): Promise<number> {
    if (filter.store === undefined && filter.docTypes === undefined) return count(this.db);
    const where = whereClause(
      { store: filter.store ?? '', docTypes: filter.docTypes },
      filter.store === undefined,
    );
    const result = await search(this.db, { term: '', where, limit: 0 });
    return result.count;
  }

  async vocabulary(store: string): Promise<StoreVocabulary> {
    const docs = Object.values(this.db.data.docs.docs) as (StoredDoc | undefined)[];
    return documentVocabulary(docs.flatMap((doc) => (doc && doc.store === store ? [doc.document] : [])));
  }

  async search(query: VectorQuery): Promise<VectorHit[]> {
    assertQueryInputs(query, this.info.dimensions);
    const where = whereClause(query.filter, false);
    const text = analysed(query.text ?? '', query.language);
    // No lexical terms (only stopwords or symbols) means no lexical evidence, not "match everything".
    const lexicalEmpty = text === '';
    const common = {
      where,
      limit: query.limit,
      // Orama nulls the vector of returned stored documents unless it is asked to include it.
      includeVectors: true,
      boost: FIELD_WEIGHTS,
      tolerance: this.typoTolerance,
      properties: SEARCH_FIELDS,
      threshold: 1,
    };
    let result: Results<StoredDoc>;
    const vector = query.vector ? { value: query.vector, property: 'embedding' } : undefined;
    if (query.mode === 'lexical') {
      if (lexicalEmpty) return [];
      result = (await search(this.db, {
        ...common,
        term: text,
        mode: 'fulltext',
      })) as unknown as Results<StoredDoc>;
    } else if (query.mode === 'semantic' || lexicalEmpty) {
      result = (await search(this.db, {
        where,
        limit: query.limit,
        includeVectors: true,
        mode: 'vector',
        vector: vector!,
        similarity: -1,
      })) as unknown as Results<StoredDoc>;
    } else {
      const weights = query.weights ?? { lexical: 0.5, semantic: 0.5 };
      result = (await search(this.db, {
        ...common,
        term: text,
        mode: 'hybrid',
        vector: vector!,
        similarity: -1,
        hybridWeights: { text: weights.lexical, vector: weights.semantic },
      })) as unknown as Results<StoredDoc>;
    }
    return result.hits.map((hit) => ({
      pointId: hit.id,
      score: hit.score,
      document: hit.document.document,
      checksum: hit.document.checksum,
      ...(query.withVectors ? { vector: Float32Array.from(hit.document.embedding) } : {}),
    }));
  }

  /** Writes the snapshot when anything changed since the last one (`force`: always). */
  async flush(force = false): Promise<void> {
    if (!this.dirty && !force) return;
    this.dirty = false;
    const snapshot = JSON.stringify({ format: SNAPSHOT_FORMAT, info: this.info, raw: save(this.db) });
    await mkdir(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      await writeFile(temp, snapshot);
      await rename(temp, this.file);
    } catch (error) {
      this.dirty = true;
      throw error;
    } finally {
      await rm(temp, { force: true });
    }
  }
}

function toStoredDoc(point: VectorPoint): StoredDoc {
  const doc = point.document;
  const fields = documentFields(doc);
  return {
    id: pointId(doc),
    title: analysed(fields.title, doc.language),
    categories: analysed(fields.categories, doc.language),
    attributes: analysed(fields.attributes, doc.language),
    body: analysed(fields.body, doc.language),
    store: doc.store,
    doc_type: doc.type,
    ...(doc.price === undefined ? {} : { price: doc.price }),
    category_ids: doc.category_ids,
    attr_terms: [...attributeTerms(doc.attributes), ...flagTerms(Object.keys(doc.flags))],
    in_stock: doc.in_stock,
    embedding: Array.from(point.vector),
    document: doc,
    checksum: point.checksum,
  };
}

type Where = Record<string, unknown>;

function whereClause(filter: SearchFilter, allStores: boolean): Where {
  const and: Where[] = [];
  if (!allStores) and.push({ store: { eq: filter.store } });
  if (filter.docTypes) and.push({ doc_type: { in: filter.docTypes } });
  if (filter.minPrice !== undefined) and.push({ price: { gte: filter.minPrice } });
  if (filter.maxPrice !== undefined) and.push({ price: { lte: filter.maxPrice } });
  if (filter.categoryIds) and.push({ category_ids: { containsAny: filter.categoryIds } });
  for (const [code, values] of Object.entries(filter.attributes ?? {})) {
    and.push({ attr_terms: { containsAny: attributeTerms({ [code]: values }) } });
  }
  for (const flag of flagTerms(filter.flags ?? [])) and.push({ attr_terms: { containsAny: [flag] } });
  if (filter.inStock !== undefined) and.push({ in_stock: filter.inStock });
  return and.length === 0 ? {} : { and };
}
