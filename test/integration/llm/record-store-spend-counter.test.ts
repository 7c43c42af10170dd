import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import { RecordStoreSpendCounter } from '../../../sidecar/llm/record-store-spend-counter.js';

describe('RecordStoreSpendCounter (PGlite)', { timeout: 120_000 }, () => {
  let store: PgliteRecordStore;
  beforeAll(async () => {
    store = await PgliteRecordStore.open();
    await migrate(store, await loadMigrations());
  });
  afterAll(async () => {
    await store.close();
  });

  it('adds per customer and day, atomically under concurrency', async () => {
    const counter = new RecordStoreSpendCounter(store);
    expect(await counter.spent('c1', '2026-03-05')).toBe(0);
    await Promise.all(Array.from({ length: 10 }, () => counter.add('c1', '2026-03-05', 0.0015)));
    expect(await counter.spent('c1', '2026-03-05')).toBeCloseTo(0.015, 6);
    expect(await counter.add('c1', '2026-03-06', 0.002)).toBeCloseTo(0.002, 6);
    expect(await counter.spent('c2', '2026-03-05')).toBe(0);
  });
});
