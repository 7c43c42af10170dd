import type { QdrantClient } from '@qdrant/js-client-rest';
import { describe, expect, it } from 'vitest';
import { QdrantVectorStore, filterConditions } from '../../../common/vector-store/qdrant-vector-store.js';

/** Records the calls the adapter makes; answers like Qdrant 1.16+ would. */
function fakeClient(existingMetadata?: Record<string, unknown> | null) {
  const calls: { method: string; args: unknown[] }[] = [];
  const record =
    (method: string, result: unknown) =>
    async (...args: unknown[]) => {
      calls.push({ method, args });
      return result;
    };
  const client = {
    collectionExists: record('collectionExists', { exists: existingMetadata !== undefined }),
    getCollection: record('getCollection', { config: { metadata: existingMetadata } }),
    api: () => ({ createCollection: record('createCollection', { data: { result: true } }) }),
    createPayloadIndex: record('createPayloadIndex', { status: 'completed' }),
  };
  return { calls, client: client as unknown as QdrantClient };
}

const spec = {
  name: 'verity_catalog_v1',
  contractVersion: 1,
  embedderId: 'glove-sif-100d@abc',
  dimensions: 100,
};

describe('QdrantVectorStore (request shapes; the contract suite runs with QDRANT_URL)', () => {
  it('creates dense + IDF sparse vectors, records the embedder in metadata and indexes every filter field', async () => {
    const { calls, client } = fakeClient();
    const opened = await new QdrantVectorStore({ url: 'http://qdrant:6333', client }).openCollection(spec);
    expect(opened).toMatchObject({ ok: true, created: true });
    const create = calls.find((c) => c.method === 'createCollection')!.args[0];
    expect(create).toMatchObject({
      collection_name: 'verity_catalog_v1',
      vectors: { dense: { size: 100, distance: 'Cosine' } },
      sparse_vectors: { lexical: { modifier: 'idf' } },
      metadata: { verity_collection: spec },
    });
    const indexed = calls.filter((c) => c.method === 'createPayloadIndex').map((c) => c.args[1]);
    expect(indexed).toEqual([
      { field_name: 'store', field_schema: { type: 'keyword', is_tenant: true }, wait: true },
      { field_name: 'doc_type', field_schema: 'keyword', wait: true },
      { field_name: 'price', field_schema: 'float', wait: true },
      { field_name: 'category_ids', field_schema: 'integer', wait: true },
      { field_name: 'attr_terms', field_schema: 'keyword', wait: true },
      { field_name: 'in_stock', field_schema: 'bool', wait: true },
    ]);
  });

  it('refuses a collection built by another embedder, and one Verity did not create', async () => {
    const other = fakeClient({
      verity_collection: {
        ...spec,
        embedderId: 'openai:text-embedding-3-small:1536',
        dimensions: 1536,
        createdAt: 'x',
      },
    });
    const refused = await new QdrantVectorStore({ url: 'http://q', client: other.client }).openCollection(
      spec,
      { createIfMissing: false },
    );
    expect(!refused.ok && refused.violations.map((v) => v.code)).toEqual([
      'embedder_mismatch',
      'dimensions_mismatch',
    ]);
    expect(other.calls.some((c) => c.method === 'createCollection')).toBe(false);

    const foreign = await new QdrantVectorStore({
      url: 'http://q',
      client: fakeClient(null).client,
    }).openCollection(spec);
    expect(!foreign.ok && foreign.violations.map((v) => v.code)).toEqual(['contract_mismatch']);
  });

  it('turns search filters into payload conditions', () => {
    expect(
      filterConditions({
        store: 'fr',
        docTypes: ['product'],
        maxPrice: 50,
        categoryIds: [3],
        attributes: { color: ['Red', 'Blue'], size: ['M'] },
        inStock: true,
      }),
    ).toEqual([
      { key: 'store', match: { value: 'fr' } },
      { key: 'doc_type', match: { any: ['product'] } },
      { key: 'price', range: { gte: null, lte: 50 } },
      { key: 'category_ids', match: { any: [3] } },
      { key: 'attr_terms', match: { any: ['color=red', 'color=blue'] } },
      { key: 'attr_terms', match: { any: ['size=m'] } },
      { key: 'in_stock', match: { value: true } },
    ]);
  });
});
