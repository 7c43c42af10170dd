import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
import { assertQueryInputs, collectionMismatches, missingCollection } from './collection-guard.js';
import { StoreViewIndex } from './embedded/store-view-index.js';
import {
  type CompactionPolicy,
  DEFAULT_COMPACTION,
  type JournalDocument,
  StoreViewJournal,
} from './embedded/store-view-journal.js';
import {
  FIELD_WEIGHTS,
  type CollectionInfo,
  type CollectionSpec,
  type OpenCollectionResult,
  type VectorCollection,
  type VectorHit,
  type VectorPoint,
  type VectorQuery,
  type VectorStore,
} from './vector-store.js';

export interface EmbeddedVectorStoreOptions {
  /** Directory of the collections, one folder each (e.g. `<DATA_DIR>/search-index`). */
  directory: string;
  /** When a store view's journal is rewritten. @default {@link DEFAULT_COMPACTION} */
  compaction?: CompactionPolicy;
}

const FIELDS = Object.keys(FIELD_WEIGHTS) as SearchField[];

const collectionInfoSchema = z.object({
  name: z.string(),
  contractVersion: z.number().int(),
  embedderId: z.string(),
  dimensions: z.number().int().positive(),
  createdAt: z.string(),
});
/**
 * Version of the on-disk layout (how documents become terms, how files are laid out). A collection
 * of another format reads as missing: the indexer rebuilds it, the sidecar waits for that instead of
 * reading what it can no longer match. 4: a folder per collection, a journal per store view, fields
 * analysed in the document's language (formats 1 to 3 were one Orama JSON snapshot, `<collection>.json`).
 */
const FORMAT = 4;
const metaSchema = z.object({ format: z.number().int(), info: collectionInfoSchema });

/**
 * The embedded search index, in process: one index per store view (BM25 postings, unit vectors in a
 * Float32 matrix, filter values — `embedded/store-view-index.ts`), each persisted as an append-only
 * journal (`embedded/store-view-journal.ts`), so a write costs what changed. Single-process: the
 * embedded runtime shares one instance between the indexer and the sidecar.
 */
export class EmbeddedVectorStore implements VectorStore {
  readonly kind = 'embedded';
  private readonly open = new Map<string, EmbeddedCollection>();

  constructor(private readonly options: EmbeddedVectorStoreOptions) {}

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
    const folder = this.folder(spec.name);
    await rm(folder, { recursive: true, force: true });
    // A snapshot of the earlier one-file layout is dead weight once the collection is rebuilt.
    await rm(`${folder}.json`, { force: true });
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'collection.json'), JSON.stringify({ format: FORMAT, info }));
    const collection = new EmbeddedCollection(info, folder, new Map(), this.compaction);
    this.open.set(spec.name, collection);
    return { ok: true, created: true, collection };
  }

  async describeCollection(name: string): Promise<CollectionInfo | null> {
    const collection = this.open.get(name);
    if (collection) return collection.info;
    return (await this.readMeta(name))?.info ?? null;
  }

  async dropCollection(name: string): Promise<void> {
    await this.open.get(name)?.drop();
    this.open.delete(name);
    await rm(this.folder(name), { recursive: true, force: true });
    await rm(`${this.folder(name)}.json`, { force: true });
  }

  async ping(): Promise<void> {
    await mkdir(this.options.directory, { recursive: true });
    await readdir(this.options.directory);
  }

  async close(): Promise<void> {
    for (const collection of this.open.values()) await collection.flush();
    this.open.clear();
  }

  private folder(name: string): string {
    if (!/^[A-Za-z0-9_-]+$/.test(name))
      throw new TypeError(`Invalid collection name ${JSON.stringify(name)}.`);
    return path.join(this.options.directory, name);
  }

  private async readMeta(name: string): Promise<z.infer<typeof metaSchema> | null> {
    const file = path.join(this.folder(name), 'collection.json');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const parsed = metaSchema.safeParse(JSON.parse(text));
    if (!parsed.success)
      throw new AppError(
        'search_index_corrupt',
        `${file} is not a search index; delete its folder and reindex.`,
      );
    return parsed.data.format === FORMAT ? parsed.data : null;
  }

  private async load(name: string): Promise<EmbeddedCollection | null> {
    const meta = await this.readMeta(name);
    if (!meta) return null;
    const folder = this.folder(name);
    const views = new Map<string, StoreView>();
    for (const file of await readdir(folder)) {
      const store = /^store-([a-z0-9_]+)\.jsonl$/.exec(file)?.[1];
      if (!store) continue;
      const { journal, documents } = await StoreViewJournal.read(path.join(folder, file), this.compaction);
      const index = newIndex(meta.info.dimensions, documents.length);
      for (const doc of documents) index.put(entryOf(doc), doc.vector);
      views.set(store, { index, journal });
    }
    return new EmbeddedCollection(meta.info, folder, views, this.compaction);
  }

  private get compaction(): CompactionPolicy {
    return this.options.compaction ?? DEFAULT_COMPACTION;
  }
}

interface StoreView {
  index: StoreViewIndex;
  journal: StoreViewJournal;
}

class EmbeddedCollection implements VectorCollection {
  constructor(
    readonly info: CollectionInfo,
    private readonly folder: string,
    private readonly views: Map<string, StoreView>,
    private readonly compaction: CompactionPolicy,
  ) {}

  async upsert(points: readonly VectorPoint[]): Promise<void> {
    for (const point of points) {
      if (point.vector.length !== this.info.dimensions) {
        throw new TypeError(
          `Vector of ${point.document.id} has ${point.vector.length} dimensions, the collection ${this.info.dimensions}.`,
        );
      }
    }
    for (const point of points) {
      const doc: JournalDocument = {
        pointId: pointId(point.document),
        document: point.document,
        checksum: point.checksum,
        vector: point.vector,
      };
      const view = this.view(point.document.store);
      view.index.put(entryOf(doc), doc.vector);
      view.journal.put(doc);
    }
  }

  async delete(keys: readonly DocumentKey[]): Promise<number> {
    let removed = 0;
    for (const key of keys) {
      const view = this.views.get(key.store);
      const id = pointId(key);
      if (!view?.index.remove(id)) continue;
      view.journal.delete(id);
      removed++;
    }
    return removed;
  }

  async documents(keys: readonly DocumentKey[]): Promise<CatalogDocument[]> {
    return keys.flatMap((key) => {
      const entry = this.views.get(key.store)?.index.get(pointId(key));
      return entry ? [entry.document] : [];
    });
  }

  async checksums(keys: readonly DocumentKey[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const key of keys) {
      const id = pointId(key);
      const entry = this.views.get(key.store)?.index.get(id);
      if (entry) out.set(id, entry.checksum);
    }
    return out;
  }

  async count(filter: { store?: string; docTypes?: DocType[] } = {}): Promise<number> {
    let total = 0;
    for (const [store, view] of this.views)
      if (filter.store === undefined || filter.store === store) total += view.index.count(filter.docTypes);
    return total;
  }

  async search(query: VectorQuery): Promise<VectorHit[]> {
    assertQueryInputs(query, this.info.dimensions);
    const view = this.views.get(query.filter.store);
    if (!view) return [];
    const { store: _store, ...filter } = query.filter;
    const hits = view.index.search({
      mode: query.mode,
      terms: lexicalTerms(query.text ?? '', query.language),
      fieldWeights: FIELD_WEIGHTS,
      ...(query.vector ? { vector: query.vector } : {}),
      filter,
      limit: query.limit,
      ...(query.weights ? { weights: query.weights } : {}),
    });
    return hits.map(({ entry, score }) => ({
      pointId: entry.pointId,
      score,
      document: entry.document,
      checksum: entry.checksum,
      ...(query.withVectors ? { vector: view.index.vectorOf(entry.pointId)! } : {}),
    }));
  }

  async vocabulary(store: string): Promise<StoreVocabulary> {
    const index = this.views.get(store)?.index;
    return documentVocabulary(index ? [...index.all()].map((entry) => entry.document) : []);
  }

  /**
   * Appends every store view's changes to its journal. Each journal writes one flush at a time, and
   * this waits for all of them: a write another job's flush already took is durable when this returns.
   */
  async flush(): Promise<void> {
    await Promise.all(
      [...this.views.values()].map(({ index, journal }) => journal.flush(() => journalDocuments(index))),
    );
  }

  async drop(): Promise<void> {
    for (const view of this.views.values()) await view.journal.remove();
    this.views.clear();
  }

  private view(store: string): StoreView {
    let view = this.views.get(store);
    if (!view) {
      view = {
        index: newIndex(this.info.dimensions),
        journal: StoreViewJournal.create(path.join(this.folder, `store-${store}.jsonl`), this.compaction),
      };
      this.views.set(store, view);
    }
    return view;
  }
}

function* journalDocuments(index: StoreViewIndex): IterableIterator<JournalDocument> {
  for (const entry of index.all())
    yield {
      pointId: entry.pointId,
      document: entry.document,
      checksum: entry.checksum,
      vector: index.vectorOf(entry.pointId)!,
    };
}

function entryOf(doc: JournalDocument) {
  return { pointId: doc.pointId, document: doc.document, checksum: doc.checksum };
}

/** A store view's index: each searched field analysed in the document's language (stemmer, stop words). */
function newIndex(dimensions: number, capacity?: number): StoreViewIndex {
  return new StoreViewIndex(
    FIELDS,
    dimensions,
    (document) => {
      const fields = documentFields(document);
      return Object.fromEntries(
        FIELDS.map((field) => [field, lexicalTerms(fields[field], document.language)]),
      );
    },
    capacity,
  );
}
