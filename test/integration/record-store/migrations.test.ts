import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate, MigrationError } from '../../../common/record-store/migrations.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';

describe('migrate (on PGlite)', () => {
  let dir: string;
  let store: PgliteRecordStore;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'verity-migrations-'));
    store = await PgliteRecordStore.open();
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('applies pending files in version order, lower numbers from another range included', async () => {
    await writeFile(path.join(dir, '001-a.sql'), 'CREATE TABLE a (id int);');
    await writeFile(path.join(dir, '020-c.sql'), 'CREATE TABLE c (a_id int);\nINSERT INTO c VALUES (1);');
    expect((await migrate(store, await loadMigrations(dir))).applied.map((m) => m.name)).toEqual([
      '001-a.sql',
      '020-c.sql',
    ]);

    await writeFile(path.join(dir, '002-b.sql'), 'CREATE TABLE b (id int);');
    const report = await migrate(store, await loadMigrations(dir));
    expect(report).toEqual({ applied: [{ version: 2, name: '002-b.sql' }], alreadyApplied: 2 });
  });

  it('refuses a migration changed after it was applied', async () => {
    await writeFile(path.join(dir, '001-a.sql'), 'CREATE TABLE a (id bigint);');
    const failure = migrate(store, await loadMigrations(dir));
    await expect(failure).rejects.toBeInstanceOf(MigrationError);
    await expect(failure).rejects.toThrow(/001-a\.sql was changed after it was applied/);
    await writeFile(path.join(dir, '001-a.sql'), 'CREATE TABLE a (id int);');
  });

  it('ignores a change of line endings only', async () => {
    await writeFile(path.join(dir, '020-c.sql'), 'CREATE TABLE c (a_id int);\r\nINSERT INTO c VALUES (1);');
    await expect(migrate(store, await loadMigrations(dir))).resolves.toMatchObject({ applied: [] });
  });

  it('refuses a database that has a migration this build does not know', async () => {
    const older = (await loadMigrations(dir)).filter((m) => m.version !== 2);
    await expect(migrate(store, older)).rejects.toThrow(/002-b\.sql applied, which this build does not have/);
  });

  it('applies nothing of a run when one migration fails', async () => {
    await writeFile(path.join(dir, '003-d.sql'), 'CREATE TABLE d (id int);');
    await writeFile(path.join(dir, '004-broken.sql'), 'CREATE TABLE e (id nonsense_type);');
    await expect(migrate(store, await loadMigrations(dir))).rejects.toMatchObject({ code: '42704' });
    const { rows } = await store.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'd'`);
    expect(rows).toEqual([]);
    const versions = await store.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(versions.rows.map((r) => r.version)).toEqual([1, 2, 20]);
  });
});
