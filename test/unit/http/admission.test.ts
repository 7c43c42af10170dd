import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { TurnAdmission } from '../../../sidecar/http/admission.js';

/** Closers of the apps a test started. */
const closing: Array<() => Promise<void>> = [];

/** An app whose chat turns end only when the test says so; closed after the test. */
async function slowApp(admission: TurnAdmission) {
  const waiting: Array<() => void> = [];
  const app = express();
  app.post('/api/chat/message', admission.handler());
  app.post('/api/chat/message', (_req, res) => {
    waiting.push(() => res.json({ ok: true }));
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/chat/message`;
  closing.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return {
    send: () => fetch(url, { method: 'POST' }),
    started: () => waiting.length,
    finishOne: () => waiting.shift()?.(),
    server,
  };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('TurnAdmission', () => {
  afterEach(async () => {
    await Promise.all(closing.splice(0).map((close) => close()));
  });

  it('runs at most maxConcurrent turns, queues maxQueued, refuses the next at once with 503 and Retry-After', async () => {
    const admission = new TurnAdmission({ maxConcurrent: 1, maxQueued: 1, maxWaitMs: 10_000 });
    const app = await slowApp(admission);
    const first = app.send();
    await until(() => app.started() === 1);
    const second = app.send();
    await until(() => admission.stats().waiting === 1);

    const third = await app.send();
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('10');
    expect(await third.json()).toMatchObject({ error: { code: 'overloaded' } });
    expect(admission.stats()).toEqual({ running: 1, waiting: 1, refused: 1 });

    app.finishOne();
    expect((await first).status).toBe(200);
    // The place the first turn held goes to the one that waited.
    await until(() => app.started() === 1);
    app.finishOne();
    expect((await second).status).toBe(200);
    await until(() => admission.stats().running === 0);
    expect(admission.stats()).toEqual({ running: 0, waiting: 0, refused: 1 });
  });

  it('refuses a turn that waited longer than maxWaitMs', async () => {
    const admission = new TurnAdmission({ maxConcurrent: 1, maxQueued: 10, maxWaitMs: 100 });
    const app = await slowApp(admission);
    const first = app.send();
    await until(() => app.started() === 1);
    const waited = await app.send();
    expect(waited.status).toBe(503);
    expect(waited.headers.get('retry-after')).toBe('1');
    app.finishOne();
    expect((await first).status).toBe(200);
    expect(admission.stats()).toMatchObject({ waiting: 0, refused: 1 });
  });

  it('frees the place of a client that left while its turn was running', async () => {
    const admission = new TurnAdmission({ maxConcurrent: 1, maxQueued: 1, maxWaitMs: 10_000 });
    const app = await slowApp(admission);
    const controller = new AbortController();
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/chat/message`;
    const left = fetch(url, { method: 'POST', signal: controller.signal }).catch(() => 'aborted');
    await until(() => app.started() === 1);
    controller.abort();
    expect(await left).toBe('aborted');
    await until(() => admission.stats().running === 0);
    expect(admission.stats().running).toBe(0);
    const next = app.send();
    await until(() => app.started() === 2);
    app.finishOne();
    app.finishOne();
    expect((await next).status).toBe(200);
  });
});
