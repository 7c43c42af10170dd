import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testDatabaseUrl } from './services.js';

export interface PgSchema {
  /** Unique schema name, e.g. `t_record_store_1a2b3c4d`. */
  name: string;
  url: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates a fresh schema on the test PostgreSQL so a test owns its tables; `drop()` it afterwards. */
export async function createPgSchema(label: string, url: string = testDatabaseUrl()): Promise<PgSchema> {
  const name = `t_${label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 40)}_${randomBytes(4).toString('hex')}`;
  await withClient(url, (client) => client.query(`CREATE SCHEMA ${name}`));
  return {
    name,
    url,
    drop: () =>
      withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)).then(
        () => undefined,
      ),
  };
}

/** Runs `fn` with a fresh schema and drops it afterwards, whatever `fn` did. */
export async function withPgSchema<T>(label: string, fn: (schema: PgSchema) => Promise<T>): Promise<T> {
  const schema = await createPgSchema(label);
  try {
    return await fn(schema);
  } finally {
    await schema.drop();
  }
}
