/**
 * The embedded record store's thread: PGlite runs here, so the database's work (parsing, planning,
 * executing, writing its files) never runs on the event loop that serves chat turns. Spoken to by
 * PgliteThreadRecordStore through messages: see `WorkerRequest` and `WorkerResponse`.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Results, type Transaction } from '@electric-sql/pglite';

export type WorkerRequest =
  | { id: number; op: 'query'; sql: string; params?: unknown[]; tx?: number }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin' }
  | { id: number; op: 'commit' | 'rollback'; tx: number }
  | { id: number; op: 'close' };

/** A database error's fields, carried across the thread boundary (SQLSTATE in `code`). */
export interface WorkerError {
  name: string;
  message: string;
  [field: string]: string | undefined;
}

export type WorkerResponse =
  | { id: number; ok: true; value?: unknown }
  | { id: number; ok: false; error: WorkerError }
  | { ready: true; thread: number }
  | { ready: false; error: WorkerError };

export interface WorkerOptions {
  dataDir: string;
  /** Create the cluster when missing, report ready and stop: the thread is then ended. */
  createOnly?: boolean;
}

const ERROR_FIELDS = [
  'code',
  'detail',
  'hint',
  'position',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'severity',
  'where',
  'routine',
] as const;

function toWorkerError(error: unknown): WorkerError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const fields: WorkerError = { name: error.name, message: error.message };
  for (const field of ERROR_FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string') fields[field] = value;
  }
  return fields;
}

/** pg counts the rows a SELECT returned; PGlite reports 0 affected rows for it. */
function toResult(results: Results): { rows: unknown[]; rowCount: number } {
  const affected = results.affectedRows ?? 0;
  return { rows: results.rows, rowCount: affected > 0 ? affected : results.rows.length };
}

/** This thread's Linux id, so a benchmark can read its CPU time in /proc; 0 elsewhere. */
function threadId(): number {
  try {
    return Number(readFileSync('/proc/thread-self/stat', 'utf8').split(' ', 1)[0]);
  } catch {
    return 0;
  }
}

/**
 * PostgreSQL's defaults size its buffers for a server (128 MB of shared buffers, all of it WebAssembly
 * memory here). The record store of one process reads and writes a few rows per turn: 16 MB of buffers
 * keep its working set (the OS caches the files besides) and take ~130 MB less RSS.
 */
const MEMORY_SETTINGS = [
  'shared_buffers=16MB',
  'work_mem=2MB',
  'maintenance_work_mem=16MB',
  'temp_buffers=2MB',
  'wal_buffers=1MB',
];

/**
 * V8 optimises PostgreSQL's hot WebAssembly functions on up to one background thread per core, and
 * each thread's allocator keeps the memory its compilations used (~50 MB of RSS here, ~80 MB when a
 * cluster is created). One thread is enough for the few functions a record store's statements run.
 * The flag is the process's: this module is what compiles WebAssembly in it.
 */
setFlagsFromString('--wasm-num-compilation-tasks=1');

const ROLLBACK = Symbol('rollback');

interface OpenTransaction {
  tx: Transaction;
  end(commit: boolean): void;
  /** Settles once PGlite has committed or rolled back. */
  ended: Promise<void>;
}

async function serve(options: WorkerOptions): Promise<void> {
  const port = parentPort!;
  let db: PGlite;
  try {
    db = await PGlite.create(options.dataDir, { postgresqlconf: MEMORY_SETTINGS });
    if (options.createOnly) await db.close();
  } catch (error) {
    port.postMessage({ ready: false, error: toWorkerError(error) } satisfies WorkerResponse);
    return;
  }
  if (options.createOnly) {
    port.postMessage({ ready: true, thread: threadId() } satisfies WorkerResponse);
    return;
  }
  const transactions = new Map<number, OpenTransaction>();
  let nextTransaction = 1;

  const begin = (): Promise<number> =>
    new Promise((resolve, reject) => {
      const id = nextTransaction++;
      let end!: (commit: boolean) => void;
      const ended = db
        .transaction(
          (tx) =>
            new Promise<void>((commit, rollback) => {
              end = (ok) => (ok ? commit() : rollback(ROLLBACK));
              transactions.set(id, { tx, end, ended });
              resolve(id);
            }),
        )
        .catch((error: unknown) => {
          if (error !== ROLLBACK) throw error;
        })
        .finally(() => transactions.delete(id));
      // BEGIN itself failed: the callback never ran.
      ended.catch(reject);
    });

  const executor = (tx: number | undefined): Pick<Transaction, 'query' | 'exec'> => {
    if (tx === undefined) return db;
    const open = transactions.get(tx);
    if (!open) throw new Error(`Transaction ${tx} is not open.`);
    return open.tx;
  };

  const handle = async (request: WorkerRequest): Promise<unknown> => {
    switch (request.op) {
      case 'query':
        return toResult(await executor(request.tx).query(request.sql, request.params));
      case 'exec':
        await executor(request.tx).exec(request.sql);
        return undefined;
      case 'begin':
        return begin();
      case 'commit':
      case 'rollback': {
        const open = transactions.get(request.tx);
        if (!open) throw new Error(`Transaction ${request.tx} is not open.`);
        open.end(request.op === 'commit');
        await open.ended;
        return undefined;
      }
      case 'close':
        if (!db.closed) await db.close();
        return undefined;
    }
  };

  port.on('message', (request: WorkerRequest) => {
    handle(request).then(
      (value) => port.postMessage({ id: request.id, ok: true, value } satisfies WorkerResponse),
      (error: unknown) =>
        port.postMessage({ id: request.id, ok: false, error: toWorkerError(error) } satisfies WorkerResponse),
    );
  });
  port.postMessage({ ready: true, thread: threadId() } satisfies WorkerResponse);
}

if (parentPort) await serve(workerData as WorkerOptions);
