import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendUnavailableError } from '../../../common/errors.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { openRecordStore } from '../../../common/record-store/open-record-store.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import { PgliteThreadRecordStore } from '../../../common/record-store/pglite-thread-record-store.js';
import { describeRecordStoreContract } from './record-store-contract.js';

describeRecordStoreContract('PGlite in memory', async () => {
  const store = await PgliteRecordStore.open();
  await migrate(store, await loadMigrations());
  return { store, cleanup: () => store.close() };
});

/** A store in a fresh directory, migrated; cleanup closes it and removes the directory. */
function onDisk(
  open: (options: { dataDir: string }) => Promise<PgliteRecordStore | PgliteThreadRecordStore>,
) {
  return async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verity-pglite-'));
    const store = await open({ dataDir: dir });
    await migrate(store, await loadMigrations());
    return {
      store,
      cleanup: async () => {
        await store.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  };
}

describeRecordStoreContract(
  'PGlite on disk',
  onDisk((options) => PgliteRecordStore.open(options)),
);
describeRecordStoreContract(
  'PGlite on disk, in a worker thread',
  onDisk((options) => PgliteThreadRecordStore.open(options)),
);

// Each test starts PGlite (compiling its WebAssembly): seconds, more on a busy machine.
describe('PGlite record store on disk', { timeout: 120_000 }, () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('keeps its data across a reopen without re-applying migrations', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'verity-pglite-'));
    dirs.push(dataDir);
    const first = await openRecordStore({ DATABASE_URL: undefined, dataDir });
    expect(first.kind).toBe('pglite');
    // The embedded default runs the database on a thread of its own, off the event loop.
    expect(first).toBeInstanceOf(PgliteThreadRecordStore);
    await first.query(`INSERT INTO conversations (session_id, store_code) VALUES ('persisted', 'default')`);
    await first.close();

    const second = await PgliteRecordStore.open({ dataDir: path.join(dataDir, 'records') });
    try {
      const report = await migrate(second, await loadMigrations());
      expect(report.applied).toEqual([]);
      const { rows } = await second.query<{ store_code: string }>(
        `SELECT store_code FROM conversations WHERE session_id = 'persisted'`,
      );
      expect(rows).toEqual([{ store_code: 'default' }]);
      const applied = await second.query<{ n: number }>('SELECT count(*) AS n FROM schema_migrations');
      expect(applied.rows[0]!.n).toBe((await loadMigrations()).length);
    } finally {
      await second.close();
    }
  });

  it('refuses a second store on a directory that is in use', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'verity-pglite-'));
    dirs.push(dataDir);
    const first = await PgliteRecordStore.open({ dataDir });
    try {
      await expect(PgliteRecordStore.open({ dataDir })).rejects.toBeInstanceOf(BackendUnavailableError);
    } finally {
      await first.close();
    }
  });

  it('runs the database off the event loop: a statement in flight leaves the loop free', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'verity-pglite-'));
    dirs.push(dataDir);
    const store = await PgliteThreadRecordStore.open({ dataDir });
    try {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 1);
      // generate_series keeps PostgreSQL busy for a while; the interval keeps firing meanwhile.
      await store.query('SELECT count(*) FROM generate_series(1, 3000000)');
      clearInterval(timer);
      expect(ticks).toBeGreaterThan(0);
      expect(store.thread).toBeGreaterThanOrEqual(0);
      // Buffers sized for one process's records, not a server's (RSS).
      await expect(store.query(`SELECT current_setting('shared_buffers') AS v`)).resolves.toMatchObject({
        rows: [{ v: '16MB' }],
      });
    } finally {
      await store.close();
    }
  });

  it('refuses a second thread store on a directory that is in use, and works after a reopen', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'verity-pglite-'));
    dirs.push(dataDir);
    const first = await PgliteThreadRecordStore.open({ dataDir });
    await first.query('CREATE TABLE kept (n int)');
    await first.query('INSERT INTO kept VALUES (1), (2)');
    await expect(PgliteThreadRecordStore.open({ dataDir })).rejects.toBeInstanceOf(BackendUnavailableError);
    await first.close();
    await expect(first.query('SELECT 1')).rejects.toBeInstanceOf(BackendUnavailableError);
    const second = await PgliteThreadRecordStore.open({ dataDir });
    try {
      await expect(second.query('SELECT sum(n) AS n FROM kept')).resolves.toMatchObject({ rows: [{ n: 3 }] });
    } finally {
      await second.close();
    }
  });

  it('gives every in-memory store its own database', async () => {
    const a = await PgliteRecordStore.open();
    const b = await PgliteRecordStore.open();
    try {
      await a.query('CREATE TABLE only_in_a (id int)');
      await expect(b.query('SELECT * FROM only_in_a')).rejects.toMatchObject({ code: '42P01' });
      await expect(a.query('SELECT * FROM only_in_a')).resolves.toMatchObject({ rows: [] });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('reports a closed store as unavailable', async () => {
    const store = await PgliteRecordStore.open();
    await store.close();
    await expect(store.ping()).rejects.toBeInstanceOf(BackendUnavailableError);
    await expect(store.query('SELECT 1')).rejects.toBeInstanceOf(BackendUnavailableError);
  });
});
