import pg from 'pg';
import { BackendUnavailableError, ConfigError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { QueryResult, RecordStore, ScriptExecutor } from './record-store.js';

export interface PgRecordStoreOptions {
  /** `postgres://user:pass@host:port/db` */
  url: string;
  /**
   * Schema put first on every connection's `search_path`; it must exist. Tests isolate in a schema each.
   * @default the server's search_path (usually `public`)
   */
  schema?: string;
  /** Connections in the pool. @default 10 */
  maxConnections?: number;
  /** Time allowed to open one connection, in milliseconds. @default 5000 */
  connectTimeoutMs?: number;
  logger?: Logger;
}

const INT8_OID = 20;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

// PGlite returns int8 (COUNT(*), SUM of ints) as a number; pg returns a string. Aligning pg on
// numbers keeps repository code identical on both adapters (ids are uuids, counts stay far below 2^53).
const getTypeParser = ((oid: number, format?: string) =>
  oid === INT8_OID && format !== 'binary'
    ? (value: string) => Number(value)
    : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser;

/** SQLSTATE class 08 (connection exception) and the server going away (57P01–57P03). */
const CONNECTION_SQLSTATE = /^(08|57P0[123])/;
const CONNECTION_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EPIPE',
]);

function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_ERRNO.has(code) || CONNECTION_SQLSTATE.test(code))) return true;
  if (error instanceof AggregateError) return error.errors.some(isConnectionFailure);
  return /Connection terminated|timeout expired|Client has encountered a connection error/i.test(
    error.message,
  );
}

/** Outages become BackendUnavailableError; every other failure (bad SQL, constraints) is rethrown as is. */
function mapError(error: unknown): unknown {
  if (error instanceof BackendUnavailableError || !isConnectionFailure(error)) return error;
  return new BackendUnavailableError(
    'postgres',
    `PostgreSQL is unreachable: ${(error as Error).message}`,
    error,
  );
}

function toResult<R>(result: pg.QueryResult): QueryResult<R> {
  return { rows: result.rows as R[], rowCount: result.rowCount ?? result.rows.length };
}

function clientExecutor(client: pg.PoolClient): ScriptExecutor {
  return {
    async query<R>(sql: string, params?: readonly unknown[]) {
      try {
        return toResult<R>(await client.query(sql, params as unknown[] | undefined));
      } catch (error) {
        throw mapError(error);
      }
    },
    async execScript(sql: string) {
      try {
        await client.query(sql);
      } catch (error) {
        throw mapError(error);
      }
    },
  };
}

/** The record store on a PostgreSQL server through a `pg` pool. */
export class PgRecordStore implements RecordStore {
  readonly kind = 'postgres' as const;
  readonly #pool: pg.Pool;

  constructor(options: PgRecordStoreOptions) {
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
      throw new ConfigError(
        `Record store schema must match ${SCHEMA_NAME.source} (got ${JSON.stringify(options.schema)})`,
      );
    }
    this.#pool = new pg.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      types: { getTypeParser },
      ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
    });
    // An idle client losing its connection emits here; unhandled, it would crash the process.
    this.#pool.on('error', (error) =>
      options.logger?.warn({ err: error }, 'idle PostgreSQL connection failed'),
    );
  }

  async query<R = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<R>> {
    try {
      return toResult<R>(await this.#pool.query(sql, params as unknown[] | undefined));
    } catch (error) {
      throw mapError(error);
    }
  }

  async transaction<T>(fn: (tx: ScriptExecutor) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (error) {
      throw mapError(error);
    }
    try {
      await client.query('BEGIN');
      const result = await fn(clientExecutor(client));
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
        client.release();
      } catch (rollbackError) {
        // A connection that cannot roll back is broken: destroy it instead of returning it to the pool.
        client.release(rollbackError as Error);
      }
      throw mapError(error);
    }
  }

  async ping(): Promise<void> {
    try {
      await this.#pool.query('SELECT 1');
    } catch (error) {
      throw new BackendUnavailableError(
        'postgres',
        `PostgreSQL is unreachable: ${(error as Error).message}`,
        error,
      );
    }
  }

  async close(): Promise<void> {
    if (!this.#pool.ended) await this.#pool.end();
  }
}
