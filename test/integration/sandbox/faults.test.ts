import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseFaultsEnv } from '../../../sandbox/faults.js';
import type { RunningSandbox } from '../../../sandbox/index.js';
import { ADMIN, getJson, startTestSandbox } from './sandbox-server.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({
    faults: [{ route: '/rest/*/V1/store/websites', kind: 'error', status: 502, count: 1 }],
  });
});
afterAll(() => sandbox.close());
afterEach(() => sandbox.knobs.remove());

const product = () => `${sandbox.url}/rest/V1/products/NOVA-G16`;

describe('fault knobs', () => {
  it('applies faults given at start, for the next N requests only', async () => {
    expect((await getJson(`${sandbox.url}/rest/default/V1/store/websites`)).status).toBe(502);
    expect((await getJson(`${sandbox.url}/rest/default/V1/store/websites`)).status).toBe(200);
  });

  it('injects 5xx set at run time over HTTP, and removes them', async () => {
    const res = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ route: '/rest/V1/products/*', kind: 'error', status: 503 }),
    });
    expect(res.status).toBe(201);
    expect((await getJson(product())).status).toBe(503);
    expect((await getJson(`${sandbox.url}/rest/V1/orders/1`)).status).toBe(200);
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
    expect((await getJson(product())).status).toBe(200);
  });

  it('rejects a bad rule', async () => {
    const res = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ route: '/x', kind: 'explode' }),
    });
    expect(res.status).toBe(400);
  });

  it('never answers a request hit by a timeout fault', async () => {
    sandbox.knobs.add({ route: '/rest/V1/products/*', kind: 'timeout', count: 1 });
    await expect(fetch(product(), { headers: ADMIN, signal: AbortSignal.timeout(300) })).rejects.toThrow(
      /abort|timeout/i,
    );
    expect((await getJson(product())).status).toBe(200);
  });

  it('sends malformed JSON', async () => {
    sandbox.knobs.add({ route: '/rest/V1/products/*', kind: 'malformed', count: 1 });
    const res = await fetch(product(), { headers: ADMIN });
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });

  it('adds latency and then answers normally', async () => {
    const rule = sandbox.knobs.add({
      route: '/rest/V1/products/*',
      method: 'GET',
      kind: 'latency',
      latency_ms: 50,
      count: 1,
    });
    expect(rule.latency_ms).toBe(50);
    expect(await getJson(product())).toMatchObject({ status: 200, body: { sku: 'NOVA-G16' } });
    expect(sandbox.knobs.list()).toHaveLength(0);
  });

  it('reads SANDBOX_FAULTS and names the variable when it is wrong', () => {
    expect(parseFaultsEnv('[{"route":"/graphql","kind":"error","probability":0.5}]')[0]).toMatchObject({
      route: '/graphql',
      probability: 0.5,
    });
    expect(parseFaultsEnv(undefined)).toEqual([]);
    expect(() => parseFaultsEnv('{oops')).toThrow(/SANDBOX_FAULTS/);
    expect(() => parseFaultsEnv('[{"route":"/x","kind":"error","status":200}]')).toThrow(
      /SANDBOX_FAULTS: \[0\]\.status/,
    );
  });

  it('reports health', async () => {
    const res = await fetch(`${sandbox.url}/__sandbox/health`);
    expect(await res.json()).toMatchObject({ status: 'ok', products: 300 });
  });
});
