import path from 'node:path';
import type { Config } from '../config/config.js';
import type { Logger } from '../logger.js';
import { loadMigrations, migrate, MIGRATIONS_DIR } from './migrations.js';
import { PgliteThreadRecordStore } from './pglite-thread-record-store.js';
import type { RecordStore } from './record-store.js';

export interface OpenRecordStoreOptions {
  logger?: Logger;
  /** @default the project's `common/record-store/migrations` */
  migrationsDir?: string;
  /** PostgreSQL only: schema to work in (must exist). @default the server's search_path */
  schema?: string;
}

/**
 * Opens the record store the configuration asks for — PostgreSQL when DATABASE_URL is set (a pool of
 * DATABASE_POOL_MAX connections), else PGlite in `<DATA_DIR>/records` on a thread of its own — and
 * brings its schema up to date before handing it out.
 */
export async function openRecordStore(
  config: Pick<Config, 'DATABASE_URL' | 'dataDir'> &
    Partial<Pick<Config, 'DATABASE_POOL_MAX' | 'DATABASE_CONNECT_TIMEOUT_MS'>>,
  options: OpenRecordStoreOptions = {},
): Promise<RecordStore> {
  const migrations = await loadMigrations(options.migrationsDir ?? MIGRATIONS_DIR);
  const store = config.DATABASE_URL
    ? // Loaded only when configured: the embedded default does not need `pg` (~12 MB).
      new (await import('./pg-record-store.js')).PgRecordStore({
        url: config.DATABASE_URL,
        schema: options.schema,
        logger: options.logger,
        ...(config.DATABASE_POOL_MAX ? { maxConnections: config.DATABASE_POOL_MAX } : {}),
        ...(config.DATABASE_CONNECT_TIMEOUT_MS
          ? { connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS }
          : {}),
      })
    : await PgliteThreadRecordStore.open({ dataDir: path.join(config.dataDir, 'records') });
  try {
    const report = await migrate(store, migrations);
    options.logger?.info(
      {
        kind: store.kind,
        applied: report.applied.map((m) => m.name),
        alreadyApplied: report.alreadyApplied,
        ...(store instanceof PgliteThreadRecordStore ? { thread: store.thread } : {}),
      },
      'record store ready',
    );
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}
