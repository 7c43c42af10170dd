import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../common/logger.js';
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
