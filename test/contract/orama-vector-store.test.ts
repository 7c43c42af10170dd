import { mkdtemp, readdir, rm } from 'node:fs/promises';
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
