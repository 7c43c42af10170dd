import http from 'node:http';
import https from 'node:https';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** One request as the Magento transports make it. */
export interface MagentoHttpRequest {
  method: 'GET' | 'POST' | 'PUT';
  headers: Record<string, string>;
  body?: string | undefined;
  signal: AbortSignal;
  /**
   * A connection of its own: a write is sent once, so it must not go out on a kept-alive connection
   * the server is just closing (a read that meets one fails and is retried).
   */
  fresh?: boolean;
}

/** What the transports read of an answer: a `fetch` Response has it too. */
export interface MagentoHttpResponse {
  status: number;
  text(): Promise<string>;
}

/** The HTTP exchange under the Magento transports: {@link keepAliveRequest}, or a `fetch` injected by a test. */
export type MagentoHttp = (url: string, request: MagentoHttpRequest) => Promise<MagentoHttpResponse>;

const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};
const decoders: Record<string, (body: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};
const MAX_REDIRECTS = 5;

/**
 * Magento over `node:http(s)` with keep-alive connections: a read costs the chat's thread about a third
 * of the CPU of undici's `fetch` (its WHATWG streams, Headers and Response objects). Like `fetch` it asks
 * for compressed answers and decodes them, follows redirects of reads (and 307/308 of writes), and an
 * aborted signal rejects with the signal's reason (a `TimeoutError` for `AbortSignal.timeout`).
 */
export function keepAliveRequest(
  url: string,
  request: MagentoHttpRequest,
  redirects = 0,
): Promise<MagentoHttpResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const agent = request.fresh ? false : target.protocol === 'https:' ? agents['https:'] : agents['http:'];
    const client = target.protocol === 'https:' ? https : http;
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    const fail = (error: unknown) =>
      reject(request.signal.aborted ? (request.signal.reason as unknown) : error);
    const outgoing = client.request(
      target,
      {
        method: request.method,
        agent,
        signal: request.signal,
        headers: {
          'accept-encoding': 'gzip, deflate, br',
          ...request.headers,
          ...(body ? { 'content-length': String(body.length) } : {}),
        },
      },
      (incoming) => {
        const status = incoming.statusCode ?? 0;
        const location = incoming.headers.location;
        if (
          location &&
          [301, 302, 303, 307, 308].includes(status) &&
          (request.method === 'GET' || status === 307 || status === 308) &&
          redirects < MAX_REDIRECTS
        ) {
          incoming.resume();
          resolve(keepAliveRequest(new URL(location, target).href, request, redirects + 1));
          return;
        }
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', fail);
        incoming.on('end', () => {
          const raw = Buffer.concat(chunks);
          const decode =
            decoders[
              String(incoming.headers['content-encoding'] ?? '')
                .trim()
                .toLowerCase()
            ];
          (decode ? decode(raw) : Promise.resolve(raw)).then((decoded) => {
            const text = decoded.toString('utf8');
            resolve({ status, text: () => Promise.resolve(text) });
          }, fail);
        });
      },
    );
    outgoing.on('error', fail);
    outgoing.end(body);
  });
}
