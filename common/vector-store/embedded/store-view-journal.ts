import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { z } from 'zod';
import { catalogDocumentSchema, type CatalogDocument } from '../../catalog/catalog-document.js';
import { AppError } from '../../errors.js';

/** One document as the journal keeps it. */
export interface JournalDocument {
  pointId: string;
  document: CatalogDocument;
  checksum: string;
  vector: Float32Array;
}

const lineSchema = z.union([
  z.object({
    put: z.object({
      id: z.string(),
      document: catalogDocumentSchema,
      checksum: z.string(),
      vector: z.string(),
    }),
  }),
  z.object({ delete: z.string() }),
]);

/** When a journal is rewritten from memory. */
export interface CompactionPolicy {
  /** Once the file holds more than this many times the bytes its live documents need. @default 2 */
  ratio: number;
  /** …and only from this size on: a small journal is cheap to replay whatever it holds. @default 1 MiB */
  minBytes: number;
}

export const DEFAULT_COMPACTION: CompactionPolicy = { ratio: 2, minBytes: 1 << 20 };
/** Documents serialised per write while compacting, so the event loop serves other work in between. */
const COMPACT_CHUNK = 500;

const encodeVector = (v: Float32Array) =>
  Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');

function decodeVector(text: string): Float32Array {
  const bytes = Buffer.from(text, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/**
 * The durable copy of one store view's index: an append-only file of JSON lines, one per put or
 * delete. A write costs what changed (the lines are appended on `flush`), never the whole index; the
 * file is rewritten from memory — a chunk at a time, to a temporary file renamed over it — only when
 * it has grown to more than twice what its live documents need. Reading replays the lines; a last
 * line cut short by a crash is ignored.
 */
export class StoreViewJournal {
  private pending: string[] = [];
  /** Bytes of each live document's put line. */
  private readonly liveBytes = new Map<string, number>();
  private liveTotal = 0;
  private fileBytes = 0;
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly file: string,
    private readonly compaction: CompactionPolicy,
  ) {}

  /** An empty journal (its file is created by the first flush). */
  static create(file: string, compaction = DEFAULT_COMPACTION): StoreViewJournal {
    return new StoreViewJournal(file, compaction);
  }

  /** Replays the file: the live documents, in the order they were last written. */
  static async read(
    file: string,
    compaction = DEFAULT_COMPACTION,
  ): Promise<{ journal: StoreViewJournal; documents: JournalDocument[] }> {
    const journal = new StoreViewJournal(file, compaction);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { journal, documents: [] };
      throw error;
    }
    const live = new Map<string, JournalDocument>();
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (line === '') continue;
      const parsed = parseLine(line);
      if (!parsed) {
        if (i === lines.length - 1) break;
        throw new AppError(
          'search_index_corrupt',
          `${file}:${i + 1} is not a journal line; delete it and reindex.`,
        );
      }
      if ('delete' in parsed) {
        live.delete(parsed.delete);
        journal.forget(parsed.delete);
      } else {
        const { id, document, checksum, vector } = parsed.put;
        live.delete(id);
        live.set(id, { pointId: id, document, checksum, vector: decodeVector(vector) });
        journal.remember(id, Buffer.byteLength(line) + 1);
      }
    }
    journal.fileBytes = Buffer.byteLength(text);
    return { journal, documents: [...live.values()] };
  }

  put(doc: JournalDocument): void {
    const line = `${JSON.stringify({
      put: {
        id: doc.pointId,
        document: doc.document,
        checksum: doc.checksum,
        vector: encodeVector(doc.vector),
      },
    })}\n`;
    this.pending.push(line);
    this.remember(doc.pointId, Buffer.byteLength(line));
  }

  delete(pointId: string): void {
    this.pending.push(`${JSON.stringify({ delete: pointId })}\n`);
    this.forget(pointId);
  }

  /**
   * Appends what was written since the last flush; compacts when the file has grown too large.
   * `live` lists the documents as they are in memory now (what a compacted file holds). Flushes run
   * one after another.
   */
  flush(live: () => Iterable<JournalDocument>): Promise<void> {
    const next = this.writing.then(async () => {
      const { minBytes, ratio } = this.compaction;
      if (this.fileBytes > minBytes && this.fileBytes > ratio * this.liveTotal) await this.compact(live);
      await this.append();
    });
    // A failed write is reported to its caller; the next flush tries again with what is still pending.
    this.writing = next.catch(() => undefined);
    return next;
  }

  /** Removes the file (the collection is dropped). */
  async remove(): Promise<void> {
    await this.writing;
    this.pending = [];
    await rm(this.file, { force: true });
  }

  private async append(): Promise<void> {
    if (this.pending.length === 0) return;
    const lines = this.pending;
    this.pending = [];
    const text = lines.join('');
    try {
      const handle = await open(this.file, 'a');
      try {
        await handle.write(text);
      } finally {
        await handle.close();
      }
    } catch (error) {
      this.pending = [...lines, ...this.pending];
      throw error;
    }
    this.fileBytes += Buffer.byteLength(text);
  }

  /**
   * Rewrites the file with one line per live document. Everything pending is already in memory, so
   * in the new file; lines written while it is being built stay pending and are appended after it.
   */
  private async compact(live: () => Iterable<JournalDocument>): Promise<void> {
    const dropped = this.pending;
    this.pending = [];
    this.liveBytes.clear();
    this.liveTotal = 0;
    const temp = `${this.file}.${process.pid}.compact`;
    try {
      const handle = await open(temp, 'w');
      try {
        let chunk: string[] = [];
        for (const doc of live()) {
          const line = `${JSON.stringify({
            put: {
              id: doc.pointId,
              document: doc.document,
              checksum: doc.checksum,
              vector: encodeVector(doc.vector),
            },
          })}\n`;
          // A document written again while compacting has its newer line pending: count that one.
          if (!this.liveBytes.has(doc.pointId)) this.remember(doc.pointId, Buffer.byteLength(line));
          chunk.push(line);
          if (chunk.length === COMPACT_CHUNK) {
            await handle.write(chunk.join(''));
            chunk = [];
          }
        }
        await handle.write(chunk.join(''));
      } finally {
        await handle.close();
      }
      await rename(temp, this.file);
      this.fileBytes = (await stat(this.file)).size;
    } catch (error) {
      await rm(temp, { force: true });
      this.pending = [...dropped, ...this.pending];
      throw error;
    }
  }

  private remember(pointId: string, bytes: number): void {
    this.forget(pointId);
    this.liveBytes.set(pointId, bytes);
    this.liveTotal += bytes;
  }

  private forget(pointId: string): void {
    const bytes = this.liveBytes.get(pointId);
    if (bytes === undefined) return;
    this.liveBytes.delete(pointId);
    this.liveTotal -= bytes;
  }
}

function parseLine(line: string): z.infer<typeof lineSchema> | undefined {
  try {
    const parsed = lineSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
