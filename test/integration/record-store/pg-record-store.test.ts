import { describe, expect, it } from 'vitest';
import { BackendUnavailableError, ConfigError } from '../../../common/errors.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { openRecordStore } from '../../../common/record-store/open-record-store.js';
import { PgRecordStore } from '../../../common/record-store/pg-record-store.js';
import { createPgSchema, withPgSchema } from '../../../common/testing/pg-schema.js';
import { serviceAvailable, testDatabaseUrl } from '../../../common/testing/services.js';
import { describeRecordStoreContract } from './record-store-contract.js';

const hasPostgres = await serviceAvailable('PostgreSQL', testDatabaseUrl());

describe.runIf(hasPostgres)('PostgreSQL record store', () => {
  describeRecordStoreContract('PostgreSQL (schema per test)', async () => {
    const schema = await createPgSchema('record_store_contract');
    const store = new PgRecordStore({ url: schema.url, schema: schema.name });
    await migrate(store, await loadMigrations());
    return {
      store,
      cleanup: async () => {
        await store.close();
        await schema.drop();
      },
    };
  });

  it('opens through openRecordStore when DATABASE_URL is set, inside the given schema', async () => {
    await withPgSchema('open_record_store', async (schema) => {
      const store = await openRecordStore(
        { DATABASE_URL: schema.url, dataDir: '/nonexistent' },
        { schema: schema.name },
      );
      try {
        expect(store.kind).toBe('postgres');
        await store.ping();
        const { rows } = await store.query<{ table_schema: string }>(
          `SELECT table_schema FROM information_schema.tables WHERE table_name = 'conversations' AND table_schema = $1`,
          [schema.name],
        );
        expect(rows).toEqual([{ table_schema: schema.name }]);
      } finally {
        await store.close();
      }
    });
  });

  it('lets concurrent migrators apply each migration exactly once', async () => {
    await withPgSchema('concurrent_migrators', async (schema) => {
      const stores = Array.from(
        { length: 4 },
        () => new PgRecordStore({ url: schema.url, schema: schema.name }),
      );
      try {
        const migrations = await loadMigrations();
        const reports = await Promise.all(stores.map((store) => migrate(store, migrations)));
        const appliedCounts = reports.map((report) => report.applied.length).sort();
        expect(appliedCounts).toEqual([0, 0, 0, migrations.length]);
        const { rows } = await stores[0]!.query<{ n: number }>('SELECT count(*) AS n FROM schema_migrations');
        expect(rows[0]!.n).toBe(migrations.length);
      } finally {
        await Promise.all(stores.map((store) => store.close()));
      }
    });
  });

  it('keeps schemas apart', async () => {
    await withPgSchema('isolation_a', async (a) => {
      await withPgSchema('isolation_b', async (b) => {
        const storeA = new PgRecordStore({ url: a.url, schema: a.name });
        const storeB = new PgRecordStore({ url: b.url, schema: b.name });
        try {
          await migrate(storeA, await loadMigrations());
          await storeA.query(
            `INSERT INTO conversations (session_id, store_code) VALUES ('only-in-a', 'default')`,
          );
          await expect(storeB.query('SELECT 1 FROM conversations')).rejects.toMatchObject({ code: '42P01' });
        } finally {
          await Promise.all([storeA.close(), storeB.close()]);
        }
      });
    });
  });
});

describe('PostgreSQL record store without a server', () => {
  const unreachable = 'postgres://postgres@127.0.0.1:1/test';

  it('reports an unreachable server as BackendUnavailableError on ping and on queries', async () => {
    const store = new PgRecordStore({ url: unreachable, connectTimeoutMs: 1000 });
    try {
      await expect(store.ping()).rejects.toBeInstanceOf(BackendUnavailableError);
      await expect(store.query('SELECT 1')).rejects.toBeInstanceOf(BackendUnavailableError);
      await expect(store.transaction(async () => 1)).rejects.toBeInstanceOf(BackendUnavailableError);
    } finally {
      await store.close();
    }
  });

  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => new PgRecordStore({ url: unreachable, schema: 'x; DROP TABLE y' })).toThrow(ConfigError);
  });
});
