import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { signPayload } from '../../common/http/sign-payload.js';

/** One raw HTTP request the fuzzer sends: any method, path, headers and body bytes. */
export interface FuzzRequest {
  /** What kind of malformation this is, for the report. */
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** A chat message the sidecar must record if it answers 200. */
  chat?: boolean;
}

export interface FuzzResponse {
  status: number;
  body: string;
  /** Sent a second time on a new connection: the first, kept alive, was closed as idle before it was read. */
  retried?: boolean;
}

/** Inputs that broke the boundary before (issue #18) or break text handling in general. */
const NASTY_TEXT = [
  'where is my order\u0000 000000003',
  '\u0000',
  'hello \uD800 world',
  '\uDC00\uDC00 lone lows',
  'ok \uD83D',
  '\u202Eevil\u202C reversed',
  'line\r\nbreak\rcarriage',
  '\u0007\u001B[31mred\u001B[0m',
  'é'.repeat(3000),
  'x'.repeat(4001),
  ' ',
  '\u200B\u200B\u200B',
  '<script>alert(1)</script>',
  "'; DROP TABLE messages; --",
  '{{7*7}} ${7*7} %s %n',
  'I want a refund for order 000000003, it arrived damaged',
  'I attached photos of the damage',
];

const fuzzText = fc.oneof(
  fc.constantFrom(...NASTY_TEXT),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 50 }),
);

const uuid = fc.uuid();
const maybeUuid = fc.oneof(
  uuid,
  fc.string({ maxLength: 40 }),
  fc.constant('00000000-0000-0000-0000-000000000000'),
);

const chatBody = fc.record(
  {
    message: fuzzText,
    sessionId: maybeUuid,
    store: fc.oneof(
      fc.constantFrom('default', 'fr', 'eu_en', 'nope', 'DEFAULT', ''),
      fc.string({ maxLength: 20 }),
    ),
    channel: fc.constantFrom('web', 'marketplace', 'retail', 'fax'),
    clientMessageId: maybeUuid,
    attachments: fc.array(maybeUuid, { maxLength: 7 }),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

/** A chat message body the sidecar should accept (a fresh session, text with control characters). */
const acceptedChatBody = fc.record({
  message: fc.constantFrom(...NASTY_TEXT.slice(0, 8), ...NASTY_TEXT.slice(12, 17), 'hi', 'return policy?'),
  clientMessageId: uuid,
});

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value) ?? 'null');
const JSON_TYPE = { 'content-type': 'application/json' };

const ROUTES_GET = [
  '/healthz',
  '/api/openapi.json',
  '/',
  '/?store=fr',
  '/?store=%ZZ',
  '/demo/api/customers',
  '/demo/api/catalog?store=default',
  '/demo/api/catalog?store=%E0%A4%A',
  '/demo/customer/section/load',
  '/api/chat/analytics?from=2026-01-01&to=2026-02-01',
  '/api/audit?orderNumber=000000001',
  '/widget/verity-loader.js',
  '/widget/verity-widget.js',
  '/api/chat/attachments/00000000-0000-0000-0000-000000000000',
];

const pathNoise = fc.oneof(
  fc.constantFrom(
    '/%',
    '/%zz',
    '/api/chat/history/%E0%A4%A',
    '/api/%00',
    '/..%2f..%2fetc%2fpasswd',
    '//',
    '/api/chat/message/',
  ),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }).map((s) => `/${encodeURIComponent(s)}`),
  fc.webPath(),
);

const generators: Array<fc.Arbitrary<FuzzRequest>> = [
  // Chat messages the sidecar should accept and record, with the text that used to be lost.
  acceptedChatBody.map((body) => ({
    kind: 'chat-accepted',
    method: 'POST',
    path: '/api/chat/message',
    headers: JSON_TYPE,
    body: json(body),
    chat: true,
  })),
  // Chat bodies of any shape.
  chatBody.map((body) => ({
    kind: 'chat-any',
    method: 'POST',
    path: '/api/chat/message',
    headers: JSON_TYPE,
    body: json(body),
    chat: true,
  })),
  // Bodies that are not JSON, lie about their encoding, charset or length.
  fc
    .tuple(
      fc.oneof(
        fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
        fc.constant(json({ message: 'hi' })),
      ),
      fc.constantFrom<Record<string, string>>(
        {},
        { 'content-encoding': 'gzip' },
        { 'content-encoding': 'deflate' },
        { 'content-encoding': 'br' },
        { 'content-encoding': 'x-unknown' },
        { 'content-type': 'application/json; charset=utf-7' },
        { 'content-type': 'application/json; charset=latin1' },
        { 'content-type': 'text/plain' },
        { 'content-type': 'application/x-www-form-urlencoded' },
      ),
      fc.constantFrom(
        '/api/chat/message',
        '/api/chat/feedback',
        '/demo/api/sign-in',
        '/api/webhooks/catalog',
        '/api/index/reindex',
      ),
    )
    .map(([body, headers, path]) => ({
      kind: 'body-encoding',
      method: 'POST',
      path,
      headers: { ...JSON_TYPE, ...headers },
      body,
      chat: path === '/api/chat/message',
    })),
  // A gzip body that really is gzip (must be read), and gzip that is truncated.
  fc.boolean().map((truncate) => {
    const zipped = gzipSync(json({ message: 'what is your return policy?' }));
    return {
      kind: 'body-gzip',
      method: 'POST',
      path: '/api/chat/message',
      headers: { ...JSON_TYPE, 'content-encoding': 'gzip' },
      body: truncate ? zipped.subarray(0, zipped.length - 6) : zipped,
      chat: true,
    };
  }),
  // Feedback of any shape.
  fc
    .record({
      sessionId: maybeUuid,
      messageId: maybeUuid,
      rating: fc.oneof(fc.integer(), fc.double(), fc.string()),
      comment: fuzzText,
    })
    .map((body) => ({
      kind: 'feedback',
      method: 'POST',
      path: '/api/chat/feedback',
      headers: JSON_TYPE,
      body: json(body),
    })),
  // History of any session id, with and without a token.
  fc
    .tuple(maybeUuid, fc.constantFrom(undefined, 'Bearer x.y.z', 'Basic abc', 'Bearer '))
    .map(([id, auth]) => ({
      kind: 'history',
      method: 'GET',
      path: `/api/chat/history/${encodeURIComponent(id)}`,
      headers: auth ? { authorization: auth } : ({} as Record<string, string>),
    })),
  // Uploads: malformed multipart, wrong types, missing fields.
  fc
    .tuple(maybeUuid, fc.uint8Array({ maxLength: 300 }), fc.constantFrom('file', 'other', ''), fc.boolean())
    .map(([sessionId, bytes, field, closeBoundary]) => {
      const boundary = 'fuzzboundary';
      const parts = [
        `--${boundary}\r\nContent-Disposition: form-data; name="sessionId"\r\n\r\n${sessionId}\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n`,
      ];
      const body = Buffer.concat([
        Buffer.from(parts.join('')),
        Buffer.from(bytes),
        Buffer.from(closeBoundary ? `\r\n--${boundary}--\r\n` : ''),
      ]);
      return {
        kind: 'upload',
        method: 'POST',
        path: '/api/chat/attachments',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body,
      };
    }),
  // Every GET route, with Range headers, odd cookies and query noise.
  fc
    .tuple(
      fc.constantFrom(...ROUTES_GET),
      fc.constantFrom(
        undefined,
        'bytes=999999999-',
        'bytes=5-2',
        'bytes=abc',
        'bytes=0-10,20-30',
        'bytes=-0',
      ),
      fc.constantFrom(
        undefined,
        'verity_demo_customer=%E0%A4%A',
        'verity_demo_customer=%',
        'a=b; verity_demo_customer="1',
        '=;;;=',
        'verity_demo_customer=1',
      ),
      fc.constantFrom(undefined, 'Bearer nope', `Bearer ${'a'.repeat(200)}`),
    )
    .map(([path, range, cookie, auth]) => ({
      kind: 'get-route',
      method: 'GET',
      path,
      headers: {
        ...(range ? { range } : {}),
        ...(cookie ? { cookie } : {}),
        ...(auth ? { authorization: auth } : {}),
      },
    })),
  // Paths and methods nobody serves.
  fc
    .tuple(pathNoise, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'))
    .map(([path, method]) => ({ kind: 'path-noise', method, path, headers: {} })),
  // Demo sign-in with any body; webhooks with forged signatures; reindex without a key.
  fc
    .tuple(fc.anything(), fc.constantFrom('/demo/api/sign-in', '/api/webhooks/catalog', '/api/index/reindex'))
    .map(([value, path]) => ({
      kind: 'json-any',
      method: 'POST',
      path,
      headers: { ...JSON_TYPE, 'x-verity-signature': 'sha256=00' },
      body: json(value),
    })),
];

/** The instance's own keys, so requests get past authentication into each route's own input handling. */
export interface FuzzKeys {
  /** OPERATOR_API_KEY: the operator API and the inbox (as admin). */
  operatorKey: string;
  /** VERITY_SHARED_SECRET: signs webhooks the way the Magento module does. */
  sharedSecret: string;
}

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
const ticketId = fc.oneof(uuid, fc.constantFrom(ZERO_UUID, 'not-a-uuid', '%E0%A4%A', '..%2f..'));
const queryNoise = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '?status=open,nope',
    '?store=Not%20Valid',
    '?from=2026-13-45&to=x',
    '?limit=-1',
    '?customer=%00',
  ),
  fc.string({ unit: 'binary-ascii', maxLength: 30 }).map((q) => `?q=${encodeURIComponent(q)}`),
);

/** Routes behind the operator key, the inbox sign-in or a webhook signature (the inbox, privacy, updates). */
function authenticatedGenerators(keys: FuzzKeys): Array<fc.Arbitrary<FuzzRequest>> {
  const operatorAuth = fc.constantFrom<Record<string, string>>(
    { authorization: `Bearer ${keys.operatorKey}` },
    { authorization: `Bearer ${keys.operatorKey}` },
    { authorization: 'Bearer wrong' },
    {},
    { cookie: 'verity_inbox=%E0%A4%A; verity_inbox=x' },
  );
  const getPath = fc.oneof(
    fc.constantFrom(
      '/readyz',
      '/api/chat/greeting',
      '/api/chat/greeting?store=fr',
      '/api/chat/greeting?store=%ZZ',
      '/api/inbox/session',
      '/api/inbox/tickets',
      '/api/inbox/analytics',
      '/api/inbox/analytics.csv',
      '/api/inbox/conversations',
      '/inbox',
      '/inbox/sign-in',
      '/inbox/analytics',
    ),
    fc
      .tuple(
        fc.constantFrom(
          '/api/inbox/tickets/',
          '/api/inbox/conversations/',
          '/inbox/tickets/',
          '/api/chat/updates/',
        ),
        ticketId,
      )
      .map(([prefix, id]) => `${prefix}${id}`),
  );
  const actionPath = fc
    .tuple(
      fc.constantFrom('/api/inbox/tickets/', '/inbox/tickets/'),
      ticketId,
      fc.constantFrom('claim', 'reply', 'resolve', 'hand-back', 'nope'),
    )
    .map(([prefix, id, action]) => `${prefix}${id}/${action}`);
  const jsonBody = fc.oneof(
    fc.anything(),
    fc.record(
      {
        text: fuzzText,
        reason: fuzzText,
        login: fuzzText,
        password: fuzzText,
        customerId: fc.oneof(fuzzText, fc.integer()),
        email: fuzzText,
      },
      { requiredKeys: [] },
    ),
  );
  const form = fc
    .record(
      { login: fuzzText, password: fuzzText, text: fuzzText, reason: fuzzText, _csrf: fuzzText },
      { requiredKeys: [] },
    )
    .map((fields) => Buffer.from(new URLSearchParams(fields).toString()));
  return [
    fc.tuple(getPath, queryNoise, operatorAuth).map(([path, query, auth]) => ({
      kind: 'operator-get',
      method: 'GET',
      path: `${path}${path.includes('?') ? query.replace('?', '&') : query}`,
      headers: auth,
    })),
    fc
      .tuple(
        fc.oneof(
          fc.constantFrom(
            '/api/inbox/session',
            '/api/privacy/export',
            '/api/privacy/erase',
            '/api/index/reindex',
          ),
          actionPath,
        ),
        jsonBody,
        operatorAuth,
        fc.constantFrom('POST', 'POST', 'POST', 'DELETE', 'PUT'),
      )
      .map(([path, body, auth, method]) => ({
        kind: 'operator-json',
        method,
        path,
        headers: { ...JSON_TYPE, ...auth },
        body: json(body),
      })),
    fc
      .tuple(
        fc.constantFrom('/inbox/sign-in', '/inbox/sign-out'),
        actionPath,
        fc.boolean(),
        form,
        operatorAuth,
      )
      .map(([page, action, useAction, body, auth]) => ({
        kind: 'inbox-form',
        method: 'POST',
        path: useAction ? action : page,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...auth },
        body,
      })),
    // Webhooks signed with the real secret: the body must be validated, never trusted for its signature.
    fc
      .tuple(
        fc.oneof(
          fc.anything().map(json),
          fc
            .record({ customer_id: fc.oneof(fc.integer(), fuzzText), email: fuzzText }, { requiredKeys: [] })
            .map(json),
          fc.uint8Array({ maxLength: 100 }).map((a) => Buffer.from(a)),
        ),
        fc.constantFrom('/api/webhooks/customer-deleted', '/api/webhooks/catalog', '/api/index/reindex'),
      )
      .map(([body, path]) => ({
        kind: 'signed-webhook',
        method: 'POST',
        path,
        headers: { ...JSON_TYPE, 'x-verity-signature': signPayload(body, keys.sharedSecret) },
        body,
      })),
  ];
}

/**
 * `count` requests over every route, the same ones for the same seed. With the instance's `keys`, the
 * routes behind the operator key, the inbox and webhook signatures are fuzzed past their authentication too.
 */
export function fuzzRequests(count: number, seed: number, keys?: FuzzKeys): FuzzRequest[] {
  const all = keys === undefined ? generators : [...generators, ...authenticatedGenerators(keys)];
  return fc.sample(fc.oneof(...all), { numRuns: count, seed });
}

/**
 * Sends one request as given (no client-side validation or normalisation of headers and body).
 *
 * One retry, on a new connection, when a kept-alive connection was reset before any answer: the server
 * closed it as idle (Node's `keepAliveTimeout`, 5 s) while this request went out, so the server never
 * read it — the race Node's documentation of `request.reusedSocket` describes, which browsers retry the
 * same way. A reset on a new connection is returned as an error. `retried` says it happened.
 */
export async function send(baseUrl: string, req: FuzzRequest, timeoutMs = 30_000): Promise<FuzzResponse> {
  try {
    return await sendOnce(baseUrl, req, timeoutMs, true);
  } catch (error) {
    if (!(error instanceof StaleConnectionError)) throw error;
    return { ...(await sendOnce(baseUrl, req, timeoutMs, false)), retried: true };
  }
}

class StaleConnectionError extends Error {}

function sendOnce(
  baseUrl: string,
  req: FuzzRequest,
  timeoutMs: number,
  reuse: boolean,
): Promise<FuzzResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        headers: { ...req.headers, ...(req.body ? { 'content-length': String(req.body.length) } : {}) },
        timeout: timeoutMs,
        ...(reuse ? {} : { agent: false }),
      },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      const stale = reuse && outgoing.reusedSocket && !answered && error.code === 'ECONNRESET';
      reject(stale ? new StaleConnectionError(error.message) : error);
    });
    outgoing.end(req.body);
  });
}

/** Runs `items` through `work` with at most `concurrency` in flight. */
export async function inPool<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}
