import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OramaVectorStore } from '../../common/vector-store/orama-vector-store.js';
import { CONTRACT_DOCUMENTS, runVectorStoreContract, toPoints } from './vector-store.contract.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verity-orama-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

runVectorStoreContract('orama (embedded)', { create: async () => new OramaVectorStore({ directory: dir }) });

describe('OramaVectorStore specifics', () => {
  it('treats a snapshot of an older layout as missing, so the indexer rebuilds it', async () => {
    const directory = path.join(dir, 'old-format');
    const spec = { name: 'old', contractVersion: 1, embedderId: 'hashing-64', dimensions: 64 };
    await mkdir(directory, { recursive: true });
    await writeFile(
      path.join(directory, 'old.json'),
      JSON.stringify({ info: { ...spec, createdAt: 'x' }, raw: {} }),
    );
    const store = new OramaVectorStore({ directory });
    expect(await store.describeCollection('old')).toBeNull();
    const reader = await store.openCollection(spec, { createIfMissing: false });
    expect(!reader.ok && reader.violations.map((v) => v.code)).toEqual(['collection_missing']);
    const writer = await store.openCollection(spec);
    expect(writer).toMatchObject({ ok: true, created: true });
    await store.close();
    expect(await new OramaVectorStore({ directory }).describeCollection('old')).toMatchObject(spec);
  });

  it('matches whole terms, not prefixes', async () => {
    const store = new OramaVectorStore({ directory: path.join(dir, 'whole-terms') });
    const opened = await store.openCollection({
      name: 'terms',
      contractVersion: 1,
      embedderId: 'hashing-64',
      dimensions: 64,
    });
    if (!opened.ok) throw new Error('not opened');
    await opened.collection.upsert(await toPoints(CONTRACT_DOCUMENTS));
    const hits = await opened.collection.search({
      mode: 'lexical',
      text: 'mes',
      filter: { store: 'default' },
      limit: 5,
    });
    expect(hits).toEqual([]);
    await store.close();
  });

  it('writes its snapshot atomically, leaving no temp files, and tolerates typos when asked', async () => {
    const store = new OramaVectorStore({ directory: path.join(dir, 'typos'), typoTolerance: 1 });
    const opened = await store.openCollection({
      name: 'typos',
      contractVersion: 1,
      embedderId: 'hashing-64',
      dimensions: 64,
    });
    if (!opened.ok) throw new Error('not opened');
    await opened.collection.upsert(await toPoints(CONTRACT_DOCUMENTS));
    await store.close();
    expect(await readdir(path.join(dir, 'typos'))).toEqual(['typos.json']);
    const reopened = await new OramaVectorStore({
      directory: path.join(dir, 'typos'),
      typoTolerance: 1,
    }).openCollection({
      name: 'typos',
      contractVersion: 1,
      embedderId: 'hashing-64',
      dimensions: 64,
    });
    if (!reopened.ok) throw new Error('not reopened');
    const hits = await reopened.collection.search({
      mode: 'lexical',
      text: 'hedphones',
      filter: { store: 'default' },
      limit: 5,
    });
    expect(hits.map((h) => h.document.id)).toContain('HP-1');
  });
});
