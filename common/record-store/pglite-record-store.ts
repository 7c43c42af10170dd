import { mkdir } from 'node:fs/promises';
import { PGlite, type Results, type Transaction } from '@electric-sql/pglite';
import { BackendUnavailableError } from '../errors.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import type { QueryResult, RecordStore, ScriptExecutor } from './record-store.js';

export interface PgliteRecordStoreOptions {
  /** Directory the database lives in (created when missing). Omitted: in memory, gone on close. */
  dataDir?: string;
}

/**
 * A freshly initialised cluster, dumped once per process. initdb is most of PGlite's start-up
 * (seconds); later in-memory stores load this copy instead (tests open many). Undefined when the
 * dump failed: those stores then run initdb themselves.
 */
let freshCluster: Promise<File | Blob | undefined> | undefined;

async function createInMemory(): Promise<PGlite> {
  const template = await freshCluster;
  if (template) return PGlite.create({ loadDataDir: template });
  const db = await PGlite.create();
  if (freshCluster === undefined) {
    freshCluster = db.dumpDataDir('none').catch(() => undefined);
    await freshCluster;
  }
  return db;
}

async function createOrFail(create: () => Promise<PGlite>): Promise<PGlite> {
  try {
    return await create();
  } catch (error) {
    throw new BackendUnavailableError(
      'pglite',
      `Cannot open the embedded record store: ${(error as Error).message}`,
      error,
    );
  }
}

// pg counts the rows a SELECT returned; PGlite reports 0 affected rows for it.
function toResult<R>(results: Results<R>): QueryResult<R> {
  const affected = results.affectedRows ?? 0;
  return { rows: results.rows, rowCount: affected > 0 ? affected : results.rows.length };
}

function transactionExecutor(tx: Transaction): ScriptExecutor {
  return {
    async query<R>(sql: string, params?: readonly unknown[]) {
      return toResult(await tx.query<R>(sql, params as unknown[] | undefined));
    },
    async execScript(sql: string) {
      await tx.exec(sql);
    },
  };
}

/**
 * The record store embedded in the process: PGlite (PostgreSQL compiled to WebAssembly), one
 * connection, so transactions run one at a time. Inside `transaction`, use the `tx` handed in: a
 * query on the store itself would wait for the transaction to end.
 */
export class PgliteRecordStore implements RecordStore {
  readonly kind = 'pglite' as const;
  readonly #db: PGlite;
  readonly #lock: DataDirLock | undefined;

  private constructor(db: PGlite, lock: DataDirLock | undefined) {
    this.#db = db;
    this.#lock = lock;
  }

  static async open(options: PgliteRecordStoreOptions = {}): Promise<PgliteRecordStore> {
    const { dataDir } = options;
    if (dataDir === undefined) return new PgliteRecordStore(await createOrFail(createInMemory), undefined);
    await mkdir(dataDir, { recursive: true });
    const lock = await lockDataDir(dataDir);
    try {
      return new PgliteRecordStore(await createOrFail(() => PGlite.create(dataDir)), lock);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  async query<R = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<R>> {
    this.#assertOpen();
    return toResult(await this.#db.query<R>(sql, params as unknown[] | undefined));
  }

  async transaction<T>(fn: (tx: ScriptExecutor) => Promise<T>): Promise<T> {
    this.#assertOpen();
    return this.#db.transaction((tx) => fn(transactionExecutor(tx)));
  }

  async ping(): Promise<void> {
    this.#assertOpen();
    try {
      await this.#db.query('SELECT 1');
    } catch (error) {
      throw new BackendUnavailableError(
        'pglite',
        `The embedded record store does not answer: ${(error as Error).message}`,
        error,
      );
    }
  }

  async close(): Promise<void> {
    if (this.#db.closed) return;
    await this.#db.close();
    await this.#lock?.release();
  }

  #assertOpen(): void {
    if (this.#db.closed) throw new BackendUnavailableError('pglite', 'The embedded record store is closed.');
  }
}
