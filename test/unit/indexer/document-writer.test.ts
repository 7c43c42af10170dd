import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogCollectionSpec } from '../../../common/catalog/catalog-collection.js';
import type { CatalogDocumentInput } from '../../../common/catalog/catalog-document.js';
import { HashingEmbedder } from '../../../common/embedding/hashing-embedder.js';
import type { SqlExecutor } from '../../../common/record-store/record-store.js';
import { EmbeddedVectorStore } from '../../../common/vector-store/embedded-vector-store.js';
import { DocumentWriter } from '../../../indexer/sync/document-writer.js';

const embedder = new HashingEmbedder(64);
const spec = catalogCollectionSpec(embedder);
/** The manifest's statements are not what this file tests. */
const db: SqlExecutor = { query: async () => ({ rows: [], rowCount: 0 }) } as unknown as SqlExecutor;

const product = (id: string, title: string): CatalogDocumentInput => ({
  id,
  type: 'product',
  store: 'default',
  title,
  text: `${title}, for the trail.`,
  sku: id,
  price: 20,
  currency: 'USD',
  language: 'en',
});

async function collectionIn(directory: string) {
  const opened = await new EmbeddedVectorStore({ directory }).openCollection(spec);
  if (!opened.ok) throw new Error(JSON.stringify(opened.violations));
  return opened.collection;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verity-writer-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('DocumentWriter', () => {
  it('has each written batch on disk when write returns, before the job flushes', async () => {
    const writer = new DocumentWriter(await collectionIn(dir), embedder, db);
    expect(
      await writer.write([product('TENT-2', 'Two-person tent'), product('LAMP-1', 'Camp lamp')]),
    ).toEqual({
      written: 2,
      unchanged: 0,
    });
    expect(await writer.write([product('TENT-2', 'Two-person tent')])).toEqual({ written: 0, unchanged: 1 });
    await writer.write([product('LAMP-1', 'Camp lantern')]);

    // A second process reading the directory sees every batch, the last version of each document.
    const reopened = await collectionIn(dir);
    expect(await reopened.count({ store: 'default' })).toBe(2);
    const [lamp] = await reopened.documents([{ store: 'default', type: 'product', id: 'LAMP-1' }]);
    expect(lamp?.title).toBe('Camp lantern');
  });
});
