import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CatalogDocument,
  type CatalogDocumentInput,
  documentChecksum,
  documentSearchText,
  parseCatalogDocument,
  pointId,
} from '../../common/catalog/catalog-document.js';
import { HashingEmbedder } from '../../common/embedding/hashing-embedder.js';
import type {
  CollectionSpec,
  VectorCollection,
  VectorPoint,
  VectorStore,
} from '../../common/vector-store/vector-store.js';

/**
 * The one contract every VectorStore adapter must satisfy. Each adapter's test file calls
 * {@link runVectorStoreContract} with a factory; `reopen` builds a fresh instance over the same
 * backend (persistence across process restarts).
 */
export interface ContractHarness {
  create(): Promise<VectorStore>;
}

const embedder = new HashingEmbedder(64);

function product(input: Partial<CatalogDocumentInput> & { id: string; title: string }): CatalogDocument {
  return parseCatalogDocument({
    type: 'product',
    store: 'default',
    text: '',
    sku: input.id,
    currency: 'USD',
    ...input,
  });
}

/** Eight products over two store views and one CMS paragraph: enough to tell every filter apart. */
export const CONTRACT_DOCUMENTS: CatalogDocument[] = [
  product({
    id: 'NET-1',
    title: 'Bungee cargo net',
    text: 'Holds gear on a bike rack.',
    price: 24,
    category_ids: [10, 11],
    attributes: { color: ['Black'], material: ['Rubber'] },
  }),
  product({
    id: 'BAG-1',
    title: 'Waterproof pannier bag',
    text: 'Clips to a bike rack, keeps clothes dry.',
    price: 59.5,
    category_ids: [10, 12],
    attributes: { color: ['Red'], material: ['Nylon'] },
  }),
  product({
    id: 'BAG-2',
    title: 'Leather messenger bag',
    text: 'Laptop sleeve, brass buckles.',
    price: 149,
    category_ids: [20],
    attributes: { color: ['Brown'], material: ['Leather'] },
  }),
  product({
    id: 'MUG-1',
    title: 'Ceramic coffee mug',
    text: 'Dishwasher safe.',
    price: 12,
    category_ids: [30],
    attributes: { color: ['Red'], material: ['Ceramic'] },
    in_stock: false,
  }),
  product({
    id: 'HP-1',
    title: 'Wireless headphones',
    text: 'Noise cancelling, 30 hour battery.',
    price: 50,
    category_ids: [40],
    attributes: { color: ['Black', 'White'] },
  }),
  product({
    id: 'HP-2',
    title: 'Kids headphones',
    text: 'Volume limited, foldable.',
    price: 49.99,
    category_ids: [40, 41],
    attributes: { color: ['Blue'] },
  }),
  product({
    id: 'NET-1',
    store: 'fr',
    currency: 'EUR',
    title: 'Filet de bagage élastique',
    text: 'Pour porte-bagages de vélo.',
    price: 22,
    category_ids: [10, 11],
    attributes: { color: ['Noir'] },
  }),
  product({
    id: 'BAG-1',
    store: 'fr',
    currency: 'EUR',
    title: 'Sacoche étanche',
    text: 'Se fixe au porte-bagages.',
    price: 55,
    category_ids: [10, 12],
    attributes: { color: ['Rouge'] },
  }),
  parseCatalogDocument({
    id: 'returns#1',
    type: 'cms_paragraph',
    store: 'default',
    title: 'Returns',
    text: 'Bags and headphones can be returned within 30 days.',
    url_key: 'returns',
  }),
];

export async function toPoints(documents: readonly CatalogDocument[]): Promise<VectorPoint[]> {
  const vectors = await embedder.embed(documents.map((d) => documentSearchText(d)));
  return documents.map((document, i) => ({
    document,
    checksum: documentChecksum(document),
    vector: vectors[i]!,
  }));
}

async function queryVector(text: string): Promise<Float32Array> {
  return (await embedder.embed([text]))[0]!;
}

const ids = (hits: { document: CatalogDocument }[]) =>
  hits.map((h) => `${h.document.store}:${h.document.id}`).sort();

export function runVectorStoreContract(adapter: string, harness: ContractHarness): void {
  describe(`VectorStore contract: ${adapter}`, () => {
    let store: VectorStore;
    let spec: CollectionSpec;
    let collection: VectorCollection;

    beforeEach(async () => {
      store = await harness.create();
      spec = {
        name: `contract_${randomUUID().slice(0, 8)}`,
        contractVersion: 1,
        embedderId: embedder.id,
        dimensions: embedder.dimensions,
      };
      const opened = await store.openCollection(spec);
      if (!opened.ok) throw new Error(JSON.stringify(opened.violations));
      expect(opened.created).toBe(true);
      collection = opened.collection;
      await collection.upsert(await toPoints(CONTRACT_DOCUMENTS));
      await collection.flush();
    });

    afterEach(async () => {
      await store.dropCollection(spec.name);
      await store.close();
    });

    it('records the embedder and refuses a collection built by another one', async () => {
      expect(await store.describeCollection(spec.name)).toMatchObject(spec);
      const again = await store.openCollection(spec);
      expect(again).toMatchObject({ ok: true, created: false });

      const other = await store.openCollection({
        ...spec,
        embedderId: 'glove-sif-100d@abc',
        dimensions: 100,
      });
      expect(other.ok).toBe(false);
      if (other.ok) return;
      expect(other.violations.map((v) => v.code).sort()).toEqual([
        'dimensions_mismatch',
        'embedder_mismatch',
      ]);
      expect(other.existing).toMatchObject({ embedderId: embedder.id, dimensions: 64 });

      const newer = await store.openCollection({ ...spec, contractVersion: 2 });
      expect(!newer.ok && newer.violations.map((v) => v.code)).toEqual(['contract_mismatch']);
    });

    it('does not create a collection for a reader that asks it not to', async () => {
      const name = `contract_${randomUUID().slice(0, 8)}`;
      const missing = await store.openCollection({ ...spec, name }, { createIfMissing: false });
      expect(!missing.ok && missing.violations.map((v) => v.code)).toEqual(['collection_missing']);
      expect(await store.describeCollection(name)).toBeNull();
    });

    it('counts, upserts by deterministic id and reports checksums', async () => {
      expect(await collection.count()).toBe(9);
      expect(await collection.count({ store: 'default' })).toBe(7);
      expect(await collection.count({ store: 'default', docTypes: ['cms_paragraph'] })).toBe(1);

      const key = { store: 'default', type: 'product' as const, id: 'MUG-1' };
      const before = await collection.checksums([key, { ...key, id: 'NOPE' }]);
      expect([...before.keys()]).toEqual([pointId(key)]);

      const changed = { ...CONTRACT_DOCUMENTS[3]!, price: 9 };
      await collection.upsert(await toPoints([changed]));
      expect(await collection.count()).toBe(9);
      const after = await collection.checksums([key]);
      expect(after.get(pointId(key))).toBe(documentChecksum(changed));
      expect(after.get(pointId(key))).not.toBe(before.get(pointId(key)));
    });

    it('returns stored documents by key, in the order asked, skipping unknown keys and other stores', async () => {
      const mug = { store: 'default', type: 'product' as const, id: 'MUG-1' };
      const docs = await collection.documents([
        { ...mug, id: 'NOPE' },
        { store: 'fr', type: 'product', id: 'NET-1' },
        mug,
        { ...mug, store: 'nowhere' },
      ]);
      expect(docs.map((d) => `${d.store}:${d.id}`)).toEqual(['fr:NET-1', 'default:MUG-1']);
      expect(docs[1]).toEqual(CONTRACT_DOCUMENTS.find((d) => d.id === 'MUG-1' && d.store === 'default'));
    });

    it('deletes by key and returns how many existed', async () => {
      const removed = await collection.delete([
        { store: 'fr', type: 'product', id: 'NET-1' },
        { store: 'fr', type: 'product', id: 'GONE' },
      ]);
      expect(removed).toBe(1);
      expect(await collection.count({ store: 'fr' })).toBe(1);
      expect(await collection.count({ store: 'default' })).toBe(7);
    });

    it('finds by words, partitioned by store view, with the whole payload', async () => {
      const hits = await collection.search({
        mode: 'lexical',
        text: 'cargo net',
        filter: { store: 'default' },
        limit: 5,
      });
      expect(hits[0]?.document).toEqual(CONTRACT_DOCUMENTS[0]);
      expect(hits[0]?.checksum).toBe(documentChecksum(CONTRACT_DOCUMENTS[0]!));
      expect(hits[0]?.pointId).toBe(pointId(CONTRACT_DOCUMENTS[0]!));
      expect(hits.every((h) => h.document.store === 'default')).toBe(true);
      const fr = await collection.search({
        mode: 'lexical',
        text: 'porte bagages',
        filter: { store: 'fr' },
        limit: 5,
      });
      expect(ids(fr)).toEqual(['fr:BAG-1', 'fr:NET-1']);
    });

    it('returns nothing lexical for a query of only stopwords', async () => {
      expect(
        await collection.search({ mode: 'lexical', text: 'for the', filter: { store: 'default' }, limit: 5 }),
      ).toEqual([]);
    });

    it('applies price bounds inclusively and never matches documents without a price', async () => {
      const vector = await queryVector('bag headphones');
      const hits = await collection.search({
        mode: 'semantic',
        vector,
        filter: { store: 'default', minPrice: 24, maxPrice: 50 },
        limit: 20,
      });
      expect(ids(hits)).toEqual(['default:HP-1', 'default:HP-2', 'default:NET-1']);
      const lexical = await collection.search({
        mode: 'lexical',
        text: 'bags headphones returned',
        filter: { store: 'default', maxPrice: 1000 },
        limit: 20,
      });
      expect(lexical.every((h) => h.document.type === 'product')).toBe(true);
    });

    it('filters by category (any of), attributes (any value, all attributes, any case) and stock', async () => {
      const vector = await queryVector('something');
      const search = (filter: object) =>
        collection.search({ mode: 'semantic', vector, filter: { store: 'default', ...filter }, limit: 20 });
      expect(ids(await search({ categoryIds: [12, 30] }))).toEqual(['default:BAG-1', 'default:MUG-1']);
      expect(ids(await search({ attributes: { color: ['red', 'BLUE'] } }))).toEqual([
        'default:BAG-1',
        'default:HP-2',
        'default:MUG-1',
      ]);
      expect(ids(await search({ attributes: { color: ['Red'], material: ['Ceramic'] } }))).toEqual([
        'default:MUG-1',
      ]);
      expect(ids(await search({ attributes: { color: ['White'] } }))).toEqual(['default:HP-1']);
      expect(ids(await search({ attributes: { color: ['Red'] }, inStock: true }))).toEqual(['default:BAG-1']);
      expect(ids(await search({ inStock: false }))).toEqual(['default:MUG-1']);
      expect(ids(await search({ docTypes: ['cms_paragraph'] }))).toEqual(['default:returns#1']);
    });

    it('ranks the nearest vector first in semantic mode', async () => {
      const [target] = await toPoints([CONTRACT_DOCUMENTS[4]!]);
      const hits = await collection.search({
        mode: 'semantic',
        vector: target!.vector,
        filter: { store: 'default' },
        limit: 3,
      });
      expect(hits[0]?.document.id).toBe('HP-1');
      expect(hits).toHaveLength(3);
      expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
    });

    it('fuses both sides in hybrid mode within the filters', async () => {
      const text = 'waterproof bag for a bike rack';
      const hits = await collection.search({
        mode: 'hybrid',
        text,
        vector: await queryVector(text),
        filter: { store: 'default', docTypes: ['product'] },
        limit: 3,
      });
      expect(hits[0]?.document.id).toBe('BAG-1');
      expect(hits.length).toBeLessThanOrEqual(3);
      expect(hits.every((h) => h.document.type === 'product' && h.document.store === 'default')).toBe(true);
      const cheap = await collection.search({
        mode: 'hybrid',
        text,
        vector: await queryVector(text),
        filter: { store: 'default', maxPrice: 30 },
        limit: 3,
      });
      expect(ids(cheap).every((id) => ['default:NET-1', 'default:MUG-1'].includes(id))).toBe(true);
    });

    it('analyses text in the document language, filters yes/no attributes, returns vectors and the vocabulary', async () => {
      const jogging = product({
        id: 'JOG-1',
        title: 'Jogging pants',
        text: 'Reflective stripes for visibility at night.',
        price: 35,
        flags: { sale: 'Sale' },
        language: 'en',
      });
      await collection.upsert(await toPoints([jogging]));
      const stemmed = await collection.search({
        mode: 'lexical',
        text: 'jog visible',
        language: 'en',
        filter: { store: 'default' },
        limit: 3,
        withVectors: true,
      });
      expect(ids(stemmed)).toEqual(['default:JOG-1']);
      expect(stemmed[0]!.vector).toHaveLength(embedder.dimensions);
      const onSale = await collection.search({
        mode: 'lexical',
        text: 'pants bag',
        language: 'en',
        filter: { store: 'default', flags: ['sale'] },
        limit: 5,
      });
      expect(ids(onSale)).toEqual(['default:JOG-1']);
      const vocabulary = await collection.vocabulary('default');
      expect(vocabulary.words.get('jogging')).toBe(1);
      expect(vocabulary.words.get('bag')).toBe(2);
      expect((await collection.vocabulary('fr')).words.has('sacoche')).toBe(true);
    });

    it('keeps everything across a reopen by a new instance', async () => {
      await collection.flush();
      await store.close();
      store = await harness.create();
      const reopened = await store.openCollection(spec, { createIfMissing: false });
      if (!reopened.ok) throw new Error(JSON.stringify(reopened.violations));
      expect(reopened.created).toBe(false);
      expect(await reopened.collection.count()).toBe(9);
      const hits = await reopened.collection.search({
        mode: 'lexical',
        text: 'messenger',
        filter: { store: 'default' },
        limit: 1,
      });
      expect(hits[0]?.document).toEqual(CONTRACT_DOCUMENTS[2]);
      const semantic = await reopened.collection.search({
        mode: 'semantic',
        vector: (await toPoints([CONTRACT_DOCUMENTS[2]!]))[0]!.vector,
        filter: { store: 'default' },
        limit: 1,
      });
      expect(semantic[0]?.document.id).toBe('BAG-2');
    });
  });
}
