import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '../../../common/errors.js';
import type { SessionStore, SessionStoreOptions } from '../../../common/session-store/session-store.js';

export const testSessionSchema = z.object({
  turn: z.number().int().nonnegative(),
  shownSkus: z.array(z.string()),
  verifiedOrder: z.string().optional(),
});
export type TestSession = z.infer<typeof testSessionSchema>;

export interface SessionStoreHarness {
  open<T>(options: SessionStoreOptions<T>): Promise<SessionStore<T>>;
  /** Lets `seconds` pass for the store (a fake clock in memory, real time on Redis). */
  advance(seconds: number): Promise<void>;
}

/** Behaviour both adapters share. */
export function describeSessionStoreContract(label: string, harness: () => SessionStoreHarness): void {
  describe(`SessionStore contract: ${label}`, () => {
    const stores: Array<SessionStore<unknown>> = [];
    async function open(defaultTtlSeconds = 60): Promise<SessionStore<TestSession>> {
      const store = await harness().open({ schema: testSessionSchema, defaultTtlSeconds });
      stores.push(store as SessionStore<unknown>);
      return store;
    }
    afterEach(async () => {
      await Promise.all(stores.splice(0).map((store) => store.close()));
    });

    it('stores, replaces and deletes a session', async () => {
      const store = await open();
      await expect(store.get('s1')).resolves.toBeUndefined();
      await store.set('s1', { turn: 1, shownSkus: ['MB01'] });
      await expect(store.get('s1')).resolves.toEqual({ turn: 1, shownSkus: ['MB01'] });
      await store.set('s1', { turn: 2, shownSkus: [], verifiedOrder: '000000042' });
      await expect(store.get('s1')).resolves.toEqual({ turn: 2, shownSkus: [], verifiedOrder: '000000042' });
      await store.delete('s1');
      await expect(store.get('s1')).resolves.toBeUndefined();
      await expect(store.delete('s1')).resolves.toBeUndefined();
    });

    it('hands back a copy, not the object that was stored', async () => {
      const store = await open();
      const session = { turn: 1, shownSkus: ['A'] };
      await store.set('copy', session);
      session.shownSkus.push('B');
      await expect(store.get('copy')).resolves.toEqual({ turn: 1, shownSkus: ['A'] });
    });

    it('refuses to store a value that does not fit the schema', async () => {
      const store = await open();
      await expect(store.set('bad', { turn: -1, shownSkus: [] })).rejects.toBeInstanceOf(ValidationError);
      await expect(store.set('bad', { turn: 1, shownSkus: [] }, 0)).rejects.toBeInstanceOf(ValidationError);
      await expect(store.get('bad')).resolves.toBeUndefined();
    });

    it('expires a session after its time to live, and set restarts the clock', async () => {
      const store = await open();
      await store.set('short', { turn: 1, shownSkus: [] }, 1);
      await store.set('renewed', { turn: 1, shownSkus: [] }, 3);
      // 4 s after the first write: past the first TTL, within the second (1 s to spare on a slow machine).
      await harness().advance(2);
      await store.set('renewed', { turn: 2, shownSkus: [] }, 3);
      await harness().advance(2);
      await expect(store.get('short')).resolves.toBeUndefined();
      await expect(store.get('renewed')).resolves.toEqual({ turn: 2, shownSkus: [] });
    });

    it('answers ping while open', async () => {
      const store = await open();
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
