import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors.js';
import type { ScriptExecutor } from './record-store.js';

/** One numbered SQL file from the migrations directory. */
export interface Migration {
  /** The file's number: `007-…sql` → 7. */
  version: number;
  /** The file name, e.g. `001-conversations.sql`. */
  name: string;
  sql: string;
  /** sha256 (hex) of the SQL with line endings normalised, so a checkout with CRLF is not a change. */
  checksum: string;
}

/** What the migrator needs from a store: a transaction that can run scripts. Both adapters fit. */
export interface MigrationTarget {
  transaction<T>(fn: (tx: ScriptExecutor) => Promise<T>): Promise<T>;
}

export interface MigrationReport {
  /** Migrations this run applied, in order. */
  applied: Array<Pick<Migration, 'version' | 'name'>>;
  /** Migrations that were already recorded (checksums verified). */
  alreadyApplied: number;
}

/** The migration set cannot be applied as is: a bad file name, a changed or unknown applied migration. */
export class MigrationError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('migration_failed', message, { status: 500, operational: false, details });
  }
}

/** The project's migrations, next to this module. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

const FILE_NAME = /^(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.sql$/;

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

/** Reads `NNN-name.sql` files in version order; any other `.sql` name or a reused number is an error. */
export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const name of files) {
    const match = FILE_NAME.exec(name);
    if (!match)
      throw new MigrationError(`Migration file name must look like 001-short-name.sql: ${name}`, { dir });
    const version = Number(match[1]);
    const previous = migrations.at(-1);
    if (previous?.version === version) {
      throw new MigrationError(`Two migrations share number ${match[1]}: ${previous.name} and ${name}`, {
        dir,
      });
    }
    const sql = await readFile(path.join(dir, name), 'utf8');
    migrations.push({ version, name, sql, checksum: checksumOf(sql) });
  }
  return migrations;
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

/**
 * Applies the pending migrations in version order, in one transaction: all of them or none. An
 * advisory lock (per schema) makes concurrent runners on PostgreSQL wait for each other, so each
 * migration is applied exactly once; on PGlite transactions are serial anyway. A migration whose
 * number is lower than an applied one is still applied (teams own separate number ranges).
 */
export async function migrate(
  store: MigrationTarget,
  migrations: readonly Migration[],
): Promise<MigrationReport> {
  return store.transaction(async (tx) => {
    await tx.query(
      `SELECT pg_advisory_xact_lock(hashtext('verity.schema_migrations'), hashtext(coalesce(current_schema(), '')))`,
    );
    await tx.execScript(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<AppliedRow>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    const known = new Map(migrations.map((migration) => [migration.version, migration]));
    for (const row of rows) {
      const migration = known.get(row.version);
      if (!migration) {
        throw new MigrationError(
          `The database has migration ${row.name} applied, which this build does not have. Deploy the newer build or restore the file.`,
          { version: row.version },
        );
      }
      if (migration.checksum !== row.checksum) {
        throw new MigrationError(
          `Migration ${migration.name} was changed after it was applied. Add a new migration instead of editing an applied one.`,
          { version: row.version, applied: row.checksum, current: migration.checksum },
        );
      }
    }
    const done = new Set(rows.map((row) => row.version));
    const applied: MigrationReport['applied'] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.execScript(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      applied.push({ version: migration.version, name: migration.name });
    }
    return { applied, alreadyApplied: rows.length };
  });
}
