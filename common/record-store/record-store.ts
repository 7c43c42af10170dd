/**
 * The record store: conversations, messages, feedback, handoff tickets, actions (outbox), the audit log,
 * index runs. One PostgreSQL dialect for both adapters — `pg` against a server (DATABASE_URL) and PGlite
 * embedded in the data directory — so the schema, migrations and repository SQL are written once.
 */
export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

export interface SqlExecutor {
  /**
   * Runs one parameterised statement (`$1`, `$2`, …). Pass jsonb values as `JSON.stringify(value)`
   * (pg sends a JS array as a PostgreSQL array, not JSON). int8 comes back as a number on both adapters.
   * A failing statement rejects with the database's error (SQLSTATE in `code`); an outage with
   * BackendUnavailableError.
   */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
}

/**
 * A transaction that can also run a multi-statement SQL script (no parameters). Both adapters hand
 * one to `transaction` callbacks; the migrator relies on it.
 */
export interface ScriptExecutor extends SqlExecutor {
  execScript(sql: string): Promise<void>;
}

export interface RecordStore extends SqlExecutor {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Throws BackendUnavailableError when the store cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** `postgres` or `pglite`, for health output. */
  readonly kind: 'postgres' | 'pglite';
}
