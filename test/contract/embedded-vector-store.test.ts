import { appendFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentChecksum } from '../../common/catalog/catalog-document.js';
import { EmbeddedVectorStore } from '../../common/vector-store/embedded-vector-store.js';
import type { CollectionSpec, VectorCollection } from '../../common/vector-store/vector-store.js';
import { CONTRACT_DOCUMENTS, runVectorStoreContract, toPoints } from './vector-store.contract.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verity-embedded-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

runVectorStoreContract('embedded', { create: async () => new EmbeddedVectorStore({ directory: dir }) });

const spec: CollectionSpec = {
  name: 'catalog',
  contractVersion: 1,
  embedderId: 'hashing-64',
  dimensions: 64,
};

async function opened(store: EmbeddedVectorStore): Promise<VectorCollection> {
  const result = await store.openCollection(spec);
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.collection;
}

const journal = (directory: string, store: string) => path.join(directory, 'catalog', `store-${store}.jsonl`);

describe('EmbeddedVectorStore specifics', () => {
  it('treats a snapshot of the older one-file layout as missing, and removes it when rebuilding', async () => {
    const directory = path.join(dir, 'old-format');
    await mkdir(directory, { recursive: true });
    await writeFile(
      path.join(directory, 'catalog.json'),
      JSON.stringify({ format: 2, info: { ...spec, createdAt: 'x' }, raw: {} }),
    );
    const store = new EmbeddedVectorStore({ directory });
    expect(await store.describeCollection('catalog')).toBeNull();
    const reader = await store.openCollection(spec, { createIfMissing: false });
    expect(!reader.ok && reader.violations.map((v) => v.code)).toEqual(['collection_missing']);
    expect(await store.openCollection(spec)).toMatchObject({ ok: true, created: true });
    await store.close();
    expect(await readdir(directory)).toEqual(['catalog']);
    expect(await new EmbeddedVectorStore({ directory }).describeCollection('catalog')).toMatchObject(spec);
  });

  it('matches whole terms, not prefixes', async () => {
    const store = new EmbeddedVectorStore({ directory: path.join(dir, 'whole-terms') });
    const collection = await opened(store);
    await collection.upsert(await toPoints(CONTRACT_DOCUMENTS));
    const search = (text: string) =>
      collection.search({ mode: 'lexical', text, filter: { store: 'default' }, limit: 5 });
    expect(await search('mes')).toEqual([]);
    expect((await search('messenger')).map((h) => h.document.id)).toEqual(['BAG-2']);
    await store.close();
  });

  it('persists a write by appending it to its store view’s journal, not by rewriting the index', async () => {
    const directory = path.join(dir, 'journal');
    const store = new EmbeddedVectorStore({ directory });
    const collection = await opened(store);
    await collection.upsert(await toPoints(CONTRACT_DOCUMENTS));
    await collection.flush();
    const before = {
      default: await readFile(journal(directory, 'default'), 'utf8'),
      fr: (await stat(journal(directory, 'fr'))).mtimeMs,
    };

    const mug = { ...CONTRACT_DOCUMENTS[3]!, title: 'Ceramic espresso mug', price: 9 };
    await collection.upsert(await toPoints([mug]));
    await collection.delete([{ store: 'default', type: 'product', id: 'NET-1' }]);
    await collection.flush();
    const after = await readFile(journal(directory, 'default'), 'utf8');
    expect(after.startsWith(before.default)).toBe(true);
    expect(after.slice(before.default.length).trim().split('\n')).toHaveLength(2);
    expect((await stat(journal(directory, 'fr'))).mtimeMs).toBe(before.fr);
    await store.close();

    const reopened = await opened(new EmbeddedVectorStore({ directory }));
    expect(await reopened.count({ store: 'default' })).toBe(6);
    const hits = await reopened.search({
      mode: 'lexical',
      text: 'espresso',
      filter: { store: 'default' },
      limit: 3,
    });
    expect(hits.map((h) => [h.document.id, h.checksum])).toEqual([['MUG-1', documentChecksum(mug)]]);
    expect(
      await reopened.search({ mode: 'lexical', text: 'cargo', filter: { store: 'default' }, limit: 3 }),
    ).toEqual([]);
  });

  it('ignores a last line cut short by a crash, and refuses a journal damaged elsewhere', async () => {
    const directory = path.join(dir, 'crash');
    const store = new EmbeddedVectorStore({ directory });
    await (await opened(store)).upsert(await toPoints(CONTRACT_DOCUMENTS));
    await store.close();
    await appendFile(journal(directory, 'default'), '{"put":{"id":"x","docu');
    expect(await (await opened(new EmbeddedVectorStore({ directory }))).count()).toBe(9);

    await writeFile(
      journal(directory, 'fr'),
      `not json\n${await readFile(journal(directory, 'fr'), 'utf8')}`,
    );
    await expect(new EmbeddedVectorStore({ directory }).openCollection(spec)).rejects.toMatchObject({
      code: 'search_index_corrupt',
    });
  });

  it('rewrites a journal that has grown past twice its live documents, keeping every write', async () => {
    const directory = path.join(dir, 'compaction');
    const store = new EmbeddedVectorStore({ directory, compaction: { ratio: 2, minBytes: 0 } });
    const collection = await opened(store);
    const defaults = CONTRACT_DOCUMENTS.filter((d) => d.store === 'default');
    for (let round = 1; round <= 10; round++) {
      await collection.upsert(
        await toPoints(defaults.map((d) => (d.type === 'product' ? { ...d, price: round } : d))),
      );
      await collection.flush();
    }
    const lines = (await readFile(journal(directory, 'default'), 'utf8')).trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(2 * defaults.length);
    await store.close();
    const reopened = await opened(new EmbeddedVectorStore({ directory }));
    expect(await reopened.count({ store: 'default' })).toBe(defaults.length);
    const cheap = await reopened.search({
      mode: 'lexical',
      text: 'bag',
      filter: { store: 'default', maxPrice: 10 },
      limit: 5,
    });
    expect(cheap.map((h) => [h.document.id, h.document.price]).sort()).toEqual([
      ['BAG-1', 10],
      ['BAG-2', 10],
    ]);
  });
});
