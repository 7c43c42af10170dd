import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BackendUnavailableError } from '../errors.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import type { WorkerError, WorkerOptions, WorkerRequest, WorkerResponse } from './pglite-worker.js';
import type { QueryResult, RecordStore, ScriptExecutor } from './record-store.js';

/** Requests without their id (each union member on its own). */
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/**
 * The worker's module. Built (`dist/`) it is a `.js` file Node loads as it is. From source (tsx, vitest)
 * it is TypeScript, which a worker thread does not inherit a loader for: it is compiled here with
 * esbuild (a development dependency, present wherever the source runs) and started from a `data:` URL,
 * its one package import resolved to a file URL. Loading it through tsx's API instead gave the thread
 * a module loader of its own: ~50–60 MB more RSS for the life of the process (`npm start`).
 */
async function startWorker(options: WorkerOptions): Promise<Worker> {
  const source = new URL(
    `./pglite-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
    import.meta.url,
  );
  if (source.pathname.endsWith('.js')) return new Worker(source, { workerData: options });
  workerSource ??= compileWorker(source);
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(await workerSource)}`), {
    workerData: options,
  });
}

let workerSource: Promise<string> | undefined;

async function compileWorker(source: URL): Promise<string> {
  const esbuild = await import('esbuild');
  const { code } = await esbuild.transform(await readFile(source, 'utf8'), {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
  });
  // A data: module resolves only built-ins and absolute URLs.
  const pglite = '"@electric-sql/pglite"';
  if (!code.includes(pglite)) throw new Error(`${source.pathname} no longer imports ${pglite}`);
  return code.replaceAll(pglite, JSON.stringify(resolveFromHere('@electric-sql/pglite')));
}

function resolveFromHere(specifier: string): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve(specifier);
  return pathToFileURL(createRequire(import.meta.url).resolve(specifier)).href;
}

function fromWorkerError(error: WorkerError): Error {
  const { name, message, ...fields } = error;
  return Object.assign(new Error(message), { name }, fields);
}

/** Waits for the thread's database to open: its Linux thread id, or the reason it could not. */
async function ready(worker: Worker): Promise<number> {
  let listeners: { message(m: WorkerResponse): void; error(e: Error): void; exit(c: number): void };
  return new Promise<number>((resolve, reject) => {
    listeners = {
      message: (message) => {
        if (!('ready' in message)) return;
        if (message.ready) resolve(message.thread);
        else reject(fromWorkerError(message.error));
      },
      error: reject,
      exit: (code) => reject(new Error(`the record store's thread exited (${code})`)),
    };
    worker.on('message', listeners.message).on('error', listeners.error).on('exit', listeners.exit);
  })
    .catch(async (error: unknown) => {
      await worker.terminate();
      throw new BackendUnavailableError(
        'pglite',
        `Cannot open the embedded record store: ${(error as Error).message}`,
        error,
      );
    })
    .finally(() => {
      // Only our own: the Worker listens to itself to keep its port referenced.
      worker.off('message', listeners.message).off('error', listeners.error).off('exit', listeners.exit);
    });
}

/**
 * The embedded record store with PGlite in a worker thread of its own: the same database and files
 * as PgliteRecordStore, but its CPU time is spent beside the event loop instead of on it, so chat
 * turns are not held up while it parses, plans, executes and writes. Statements from outside a
 * transaction wait while one is open (PGlite has one connection), as in process.
 */
export class PgliteThreadRecordStore implements RecordStore {
  readonly kind = 'pglite' as const;
  readonly #worker: Worker;
  readonly #lock: DataDirLock;
  readonly #pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  #nextId = 1;
  #closed = false;
  /** Linux thread id of the database's thread (for benchmarks reading /proc); 0 when unknown. */
  readonly thread: number;

  private constructor(worker: Worker, lock: DataDirLock, thread: number) {
    this.#worker = worker;
    this.#lock = lock;
    this.thread = thread;
    worker.on('message', (message: WorkerResponse) => {
      if (!('id' in message)) return;
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#pending.delete(message.id);
      if (this.#pending.size === 0) worker.unref();
      if (message.ok) pending.resolve(message.value);
      else pending.reject(fromWorkerError(message.error));
    });
    const fail = (reason: string) => {
      this.#closed = true;
      const error = new BackendUnavailableError('pglite', `The embedded record store stopped: ${reason}`);
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`its thread exited (${code})`));
    // Idle, the thread does not keep the process alive; a request in flight does.
    worker.unref();
  }

  /** Opens (creating when missing) the database in `dataDir`, which this process then holds. */
  static async open(options: { dataDir: string }): Promise<PgliteThreadRecordStore> {
    await mkdir(options.dataDir, { recursive: true });
    const lock = await lockDataDir(options.dataDir);
    try {
      // Creating a cluster (initdb) leaves ~500 MB of WebAssembly memory behind in the thread that did
      // it (initdb's instance and a second PGlite, still referenced after they close): a new cluster is
      // made by a thread of its own, whose exit returns that memory, and opened by a fresh one.
      if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
        const creator = await startWorker({ dataDir: options.dataDir, createOnly: true });
        try {
          await ready(creator);
        } finally {
          await creator.terminate();
        }
      }
      const worker = await startWorker({ dataDir: options.dataDir });
      const thread = await ready(worker);
      return new PgliteThreadRecordStore(worker, lock, thread);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  #call(request: Request): Promise<unknown> {
    if (this.#closed)
      return Promise.reject(new BackendUnavailableError('pglite', 'The embedded record store is closed.'));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      if (this.#pending.size === 1) this.#worker.ref();
      this.#worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  async query<R = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<R>> {
    return (await this.#call({
      op: 'query',
      sql,
      ...(params ? { params: [...params] } : {}),
    })) as QueryResult<R>;
  }

  async transaction<T>(fn: (tx: ScriptExecutor) => Promise<T>): Promise<T> {
    const tx = (await this.#call({ op: 'begin' })) as number;
    const executor: ScriptExecutor = {
      query: async <R>(sql: string, params?: readonly unknown[]) =>
        (await this.#call({
          op: 'query',
          sql,
          tx,
          ...(params ? { params: [...params] } : {}),
        })) as QueryResult<R>,
      execScript: async (sql: string) => {
        await this.#call({ op: 'exec', sql, tx });
      },
    };
    let result: T;
    try {
      result = await fn(executor);
    } catch (error) {
      await this.#call({ op: 'rollback', tx }).catch(() => undefined);
      throw error;
    }
    await this.#call({ op: 'commit', tx });
    return result;
  }

  async ping(): Promise<void> {
    try {
      await this.query('SELECT 1');
    } catch (error) {
      if (error instanceof BackendUnavailableError) throw error;
      throw new BackendUnavailableError(
        'pglite',
        `The embedded record store does not answer: ${(error as Error).message}`,
        error,
      );
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    try {
      await this.#call({ op: 'close' });
    } finally {
      this.#closed = true;
      await this.#worker.terminate();
      await this.#lock.release();
    }
  }
}
