import {
  type CatalogDocument,
  type CatalogDocumentInput,
  type DocType,
  type DocumentKey,
  documentChecksum,
  documentSearchText,
  parseCatalogDocument,
  pointId,
} from '../../common/catalog/catalog-document.js';
import type { Embedder } from '../../common/embedding/embedder.js';
import type { SqlExecutor } from '../../common/record-store/record-store.js';
import type { VectorCollection } from '../../common/vector-store/vector-store.js';

export interface WriteCounts {
  written: number;
  unchanged: number;
}

/**
 * Checksum-gated writes into the catalog collection: a document whose checksum the index already holds
 * is neither embedded nor upserted, so a second run over unchanged data changes nothing. Keeps the
 * `index_documents` manifest in step so a full run can remove what Magento no longer has.
 */
export class DocumentWriter {
  constructor(
    private readonly collection: VectorCollection,
    private readonly embedder: Embedder,
    private readonly db: SqlExecutor,
  ) {}

  async write(inputs: readonly CatalogDocumentInput[]): Promise<WriteCounts> {
    if (inputs.length === 0) return { written: 0, unchanged: 0 };
    const documents = inputs.map(parseCatalogDocument);
    const stored = await this.collection.checksums(documents.map(keyOf));
    const changed: { document: CatalogDocument; checksum: string }[] = [];
    for (const document of documents) {
      const checksum = documentChecksum(document);
      if (stored.get(pointId(keyOf(document))) !== checksum) changed.push({ document, checksum });
    }
    if (changed.length > 0) {
      const vectors = await this.embedder.embed(changed.map(({ document }) => documentSearchText(document)));
      await this.collection.upsert(changed.map((entry, i) => ({ ...entry, vector: vectors[i]! })));
      await this.recordManifest(changed);
      // The batch's journal lines go to disk now, not at the end of the job: a full run of 20,000
      // products held a store view's whole journal (~26 MB of lines) on the heap until its end.
      await this.collection.flush();
    }
    return { written: changed.length, unchanged: documents.length - changed.length };
  }

  /** Removes documents from the index and the manifest; returns how many the index held. */
  async delete(keys: readonly DocumentKey[]): Promise<number> {
    if (keys.length === 0) return 0;
    const deleted = await this.collection.delete(keys);
    await this.db.query(
      `DELETE FROM index_documents d USING unnest($1::text[], $2::text[], $3::text[]) AS k(store, doc_type, doc_id)
        WHERE d.store = k.store AND d.doc_type = k.doc_type AND d.doc_id = k.doc_id`,
      [keys.map((k) => k.store), keys.map((k) => k.type), keys.map((k) => k.id)],
    );
    return deleted;
  }

  /** Keys the manifest holds for a store view and document types that are not in `seen`. */
  async unseen(store: string, types: readonly DocType[], seen: ReadonlySet<string>): Promise<DocumentKey[]> {
    const result = await this.db.query<{ doc_type: DocType; doc_id: string }>(
      `SELECT doc_type, doc_id FROM index_documents WHERE store = $1 AND doc_type = ANY($2::text[])`,
      [store, [...types]],
    );
    return result.rows
      .map((row) => ({ store, type: row.doc_type, id: row.doc_id }))
      .filter((key) => !seen.has(seenKey(key)));
  }

  async flush(): Promise<void> {
    await this.collection.flush();
  }

  private async recordManifest(
    entries: readonly { document: CatalogDocument; checksum: string }[],
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO index_documents (store, doc_type, doc_id, checksum)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (store, doc_type, doc_id) DO UPDATE SET checksum = EXCLUDED.checksum, indexed_at = now()`,
      [
        entries.map((e) => e.document.store),
        entries.map((e) => e.document.type),
        entries.map((e) => e.document.id),
        entries.map((e) => e.checksum),
      ],
    );
  }
}

export function keyOf(document: Pick<CatalogDocument, 'store' | 'type' | 'id'>): DocumentKey {
  return { store: document.store, type: document.type, id: document.id };
}

/** A string key of a document for "seen in this run" sets. */
export function seenKey(key: DocumentKey): string {
  return `${key.type}\u0000${key.id}`;
}
