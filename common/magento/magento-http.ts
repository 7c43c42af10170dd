import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { Agent, Client, request } from 'undici';

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

/** The HTTP exchange under the Magento transports: {@link magentoRequest}, or a `fetch` injected by a test. */
export type MagentoHttp = (url: string, request: MagentoHttpRequest) => Promise<MagentoHttpResponse>;

/** Kept-alive connection pools, one per origin (undici's defaults: idle connections close after 4 s). */
const pools = new Agent();
const decoders: Record<string, (body: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};
const MAX_REDIRECTS = 5;

/**
 * Magento over undici's `request` API with kept-alive connection pools. One live-products read costs the
 * chat's thread about a third of the CPU of undici's `fetch` (its WHATWG streams, Headers and Response
 * objects), at par with a hand-written `node:http` client it replaced (`scripts/bench-magento-http.ts`).
 * Like `fetch` it asks for compressed answers and decodes them, follows redirects of reads (and 307/308
 * of writes), and an aborted signal rejects with the signal's reason (a `TimeoutError` for a deadline).
 */
export async function magentoRequest(
  url: string,
  options: MagentoHttpRequest,
  redirects = 0,
): Promise<MagentoHttpResponse> {
  const target = new URL(url);
  const own = options.fresh ? new Client(target.origin) : undefined;
  try {
    const answer = await request(target, {
      method: options.method,
      dispatcher: own ?? pools,
      signal: options.signal,
      headers: { 'accept-encoding': 'gzip, deflate, br', ...options.headers },
      body: options.body,
    });
    const status = answer.statusCode;
    const location = answer.headers.location;
    if (
      typeof location === 'string' &&
      [301, 302, 303, 307, 308].includes(status) &&
      (options.method === 'GET' || status === 307 || status === 308) &&
      redirects < MAX_REDIRECTS
    ) {
      await answer.body.dump();
      return await magentoRequest(new URL(location, target).href, options, redirects + 1);
    }
    const decode =
      decoders[
        String(answer.headers['content-encoding'] ?? '')
          .trim()
          .toLowerCase()
      ];
    const text = decode
      ? (await decode(Buffer.from(await answer.body.arrayBuffer()))).toString('utf8')
      : await answer.body.text();
    return { status, text: () => Promise.resolve(text) };
  } catch (error) {
    throw options.signal.aborted ? (options.signal.reason as unknown) : error;
  } finally {
    if (own) void own.close();
  }
}
