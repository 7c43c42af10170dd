import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger, type Logger } from '../../../common/logger.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import { DurableSessionStore } from '../../../common/session-store/durable-session-store.js';
import { MemorySessionStore } from '../../../common/session-store/memory-session-store.js';
import { openSessionStore } from '../../../common/session-store/open-session-store.js';
import { SessionCodec } from '../../../common/session-store/session-codec.js';
import { describeSessionStoreContract, testSessionSchema } from './session-store-contract.js';

let clock = 0;

describeSessionStoreContract('in memory', () => ({
  async open(options) {
    return new MemorySessionStore({ ...options, now: () => clock });
  },
  async advance(seconds) {
    clock += seconds * 1000;
  },
}));

// The durable store (record store first, then the fast store) over memory, as the embedded default runs it.
let records: Promise<PgliteRecordStore> | undefined;
const recordStore = () =>
  (records ??= PgliteRecordStore.open().then(async (store) => {
    await migrate(store, await loadMigrations());
    return store;
  }));
// Opening PGlite and migrating it takes seconds (more on a loaded machine): not inside a test's time.
beforeAll(async () => {
  await recordStore();
}, 120_000);
afterAll(async () => {
  await (await records)?.close();
});

describeSessionStoreContract('durable, over memory', () => ({
  async open(options) {
    const fast = new MemorySessionStore({ ...options, now: () => clock });
    return new DurableSessionStore(fast, await recordStore(), {
      ...options,
      logger: silentLogger(),
      now: () => clock,
    });
  },
  async advance(seconds) {
    clock += seconds * 1000;
  },
}));

describe('durable session store', () => {
  it('hands the fast store the JSON it wrote to the record store, and the record store answers when the fast one forgot', async () => {
    const fast = new MemorySessionStore({ schema: testSessionSchema, now: () => clock });
    const written: string[] = [];
    const setEncoded = fast.setEncoded.bind(fast);
    fast.setEncoded = (id, json, ttl) => {
      written.push(json);
      return setEncoded(id, json, ttl);
    };
    const db = await recordStore();
    const store = new DurableSessionStore(fast, db, {
      schema: testSessionSchema,
      logger: silentLogger(),
      now: () => clock,
    });
    await store.set('durable', { turn: 2, shownSkus: ['A'] });
    expect(written).toEqual([JSON.stringify({ turn: 2, shownSkus: ['A'] })]);
    await fast.delete('durable');
    await expect(store.get('durable')).resolves.toEqual({ turn: 2, shownSkus: ['A'] });
  });
});

describe('in-memory session store', () => {
  it('is what openSessionStore gives without REDIS_URL', async () => {
    const store = await openSessionStore(
      { REDIS_URL: undefined, REDIS_KEY_PREFIX: 'verity', SESSION_TTL_SECONDS: 5 },
      { schema: testSessionSchema, namespace: 'chat' },
    );
    expect(store.kind).toBe('memory');
    await store.close();
  });

  it('keeps a session exactly its default time to live', async () => {
    let now = 0;
    const store = new MemorySessionStore({ schema: testSessionSchema, defaultTtlSeconds: 5, now: () => now });
    await store.set('s', { turn: 1, shownSkus: [] });
    now = 4_999;
    await expect(store.get('s')).resolves.toEqual({ turn: 1, shownSkus: [] });
    now = 5_000;
    await expect(store.get('s')).resolves.toBeUndefined();
  });
});

describe('SessionCodec', () => {
  it('drops stored JSON that no longer fits the schema or is not JSON, and says so in the log', () => {
    const warnings: unknown[] = [];
    const logger = { warn: (...args: unknown[]) => warnings.push(args) } as unknown as Logger;
    const codec = new SessionCodec(testSessionSchema, 60, logger);
    expect(codec.decode('old', JSON.stringify({ turn: 'three' }))).toBeUndefined();
    expect(codec.decode('garbled', '{not json')).toBeUndefined();
    expect(warnings).toHaveLength(2);
    expect(codec.decode('ok', codec.encode({ turn: 3, shownSkus: ['A'] }))).toEqual({
      turn: 3,
      shownSkus: ['A'],
    });
  });

  it('names the field that does not fit when encoding', () => {
    const codec = new SessionCodec(testSessionSchema);
    expect(() => codec.encode({ turn: 1, shownSkus: [7] } as never)).toThrow(/shownSkus\[0\]/);
  });
});
