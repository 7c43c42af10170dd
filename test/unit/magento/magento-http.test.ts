import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { magentoRequest } from '../../../common/magento/magento-http.js';

/** Requests the server saw: method, path, body and the client's port (a new port is a new connection). */
const seen: { method: string; path: string; body: string; port: number }[] = [];
let server: http.Server;
/** Connections the server accepted. */
let connections = 0;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', path: req.url ?? '', body, port: req.socket.remotePort ?? 0 });
      if (req.url === '/gzip') {
        res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' });
        res.end(gzipSync(JSON.stringify({ zipped: 'yes' })));
      } else if (req.url === '/moved') {
        res.writeHead(301, { location: '/echo' });
        res.end();
      } else if (req.url === '/kept') {
        res.writeHead(307, { location: '/echo' });
        res.end();
      } else if (req.url === '/never') {
        // Holds the answer back until the client gives up.
      } else {
        res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ method: req.method, body }));
      }
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const timeout = () => AbortSignal.timeout(10_000);

describe('magentoRequest', () => {
  it('sends the method, headers and body, and reads the status and text', async () => {
    const response = await magentoRequest(`${base}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
      signal: timeout(),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(await response.text())).toEqual({ method: 'POST', body: '{"a":1}' });
  });

  it('reads an error status as a status, not a failure', async () => {
    const response = await magentoRequest(`${base}/missing`, {
      method: 'GET',
      headers: {},
      signal: timeout(),
    });
    expect(response.status).toBe(404);
  });

  it('decodes a compressed answer', async () => {
    const response = await magentoRequest(`${base}/gzip`, {
      method: 'GET',
      headers: {},
      signal: timeout(),
    });
    expect(JSON.parse(await response.text())).toEqual({ zipped: 'yes' });
  });

  it('follows a read’s redirect, and a write’s only when it keeps the method (307/308)', async () => {
    const read = await magentoRequest(`${base}/moved`, { method: 'GET', headers: {}, signal: timeout() });
    expect(JSON.parse(await read.text())).toEqual({ method: 'GET', body: '' });
    const write = await magentoRequest(`${base}/moved`, {
      method: 'POST',
      headers: {},
      body: 'x',
      signal: timeout(),
    });
    expect(write.status).toBe(301);
    const kept = await magentoRequest(`${base}/kept`, {
      method: 'POST',
      headers: {},
      body: 'x',
      signal: timeout(),
    });
    expect(JSON.parse(await kept.text())).toEqual({ method: 'POST', body: 'x' });
  });

  it('keeps connections for reads and opens one of its own for a write', async () => {
    const read = async () =>
      (await magentoRequest(`${base}/echo`, { method: 'GET', headers: {}, signal: timeout() })).text();
    await read();
    const opened = connections;
    seen.length = 0;
    for (let i = 0; i < 3; i++) await read();
    // The reads went over connections opened before them (the pool may hold more than one).
    expect(connections).toBe(opened);
    const readPorts = new Set(seen.map((s) => s.port));
    await magentoRequest(`${base}/echo`, {
      method: 'POST',
      headers: {},
      body: 'refund',
      signal: timeout(),
      fresh: true,
    });
    expect(connections).toBe(opened + 1);
    expect(readPorts.has(seen.at(-1)!.port)).toBe(false);
  });

  it('rejects with the signal’s reason when it is aborted, as fetch does', async () => {
    const controller = new AbortController();
    const pending = magentoRequest(`${base}/never`, {
      method: 'GET',
      headers: {},
      signal: controller.signal,
    });
    controller.abort(new DOMException('gave up', 'TimeoutError'));
    await expect(pending).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});
