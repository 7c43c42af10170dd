import {
  AppError,
  MagentoAuthError,
  MagentoNotFoundError,
  MagentoResponseError,
  MagentoUnavailableError,
} from '../errors.js';
import type { Logger } from '../logger.js';
import { magentoRequest, type MagentoHttp } from './magento-http.js';
import { magentoErrorBodySchema } from './shapes/search-results.js';
import { currentDeadline, withAttemptSignal } from './request-deadline.js';
import { type RetryPolicy, withRetries } from './retry-policy.js';

/** Connection settings shared by the REST and GraphQL transports. */
export interface MagentoConnection {
  /** Store base URL, e.g. `https://shop.example.com` (no `/rest`). */
  baseUrl: string;
  /** Integration/admin bearer token for admin resources. */
  token?: string;
  /** Timeout of one attempt, in ms. @default 10000 (MAGENTO_TIMEOUT_MS) */
  timeoutMs: number;
  retry: RetryPolicy;
  /** The HTTP exchange; a test may inject `fetch`. @default magentoRequest */
  http?: MagentoHttp;
  logger?: Logger;
  /** Injected for tests. @default setTimeout-based */
  sleep?: (ms: number) => Promise<void>;
}

/** A 4xx other than 401/403/404 from a write: Magento refused the request (validation, state). */
export interface MagentoRejection {
  status: number;
  message: string;
}

/** Replaces Magento's raw placeholders (`%1`, `%fieldName`) with their parameters (shapes.md §5). */
export function renderMagentoMessage(body: unknown): string | undefined {
  const parsed = magentoErrorBodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { message, parameters } = parsed.data;
  if (parameters === undefined) return message;
  return message.replace(/%(\w+)/g, (match, name: string) => {
    const value = Array.isArray(parameters)
      ? parameters[Number(name) - 1]
      : (parameters as Record<string, unknown>)[name];
    return value === undefined ? match : String(value);
  });
}

/** Maps a failure status to the typed error every caller handles the same way. */
export function errorForStatus(status: number, what: string, body: unknown): AppError {
  const magentoMessage = renderMagentoMessage(body);
  const suffix = magentoMessage ? `: ${magentoMessage}` : '';
  const details = { status, request: what, magentoMessage };
  if (status === 404) return new MagentoNotFoundError(`Magento has no ${what}${suffix}`, details);
  if (status === 401 || status === 403)
    return new MagentoAuthError(`Magento refused the credentials for ${what} (${status})${suffix}`, details);
  if (status >= 500 || status === 429 || status === 408)
    return new MagentoUnavailableError(`Magento answered ${status} for ${what}${suffix}`, { details });
  return new AppError('magento_bad_request', `Magento rejected ${what} (${status})${suffix}`, {
    status: 502,
    details,
  });
}

/** Network failures and timeouts become the retryable outage error. */
export function errorForFailure(error: unknown, what: string, timeoutMs: number): AppError {
  if (error instanceof AppError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError')
    return new MagentoUnavailableError(`Magento did not answer ${what} within ${timeoutMs} ms`, {
      cause: error,
      details: { request: what, timeoutMs },
    });
  const reason = error instanceof Error ? error.message : String(error);
  return new MagentoUnavailableError(`Magento is unreachable for ${what}: ${reason}`, {
    cause: error,
    details: { request: what },
  });
}

export function isRetryableMagentoError(error: unknown): boolean {
  return error instanceof MagentoUnavailableError;
}

interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT';
  /** Store view code, or null for the default scope (`/rest/V1`). */
  store: string | null;
  /** Path after `/V1`, e.g. `/products/VT-1` (segments already encoded). */
  path: string;
  query?: URLSearchParams;
  body?: unknown;
  /** Bearer token overriding the integration token (a customer token for `/me`). */
  token?: string;
}

/**
 * Magento REST over HTTP (kept-alive connections): store-scoped base path, bearer token, a timeout per attempt, retries with
 * backoff for reads, typed errors. Returns the parsed JSON body; shape validation is the caller's job.
 */
export class MagentoRestTransport {
  private readonly http: MagentoHttp;

  constructor(private readonly connection: MagentoConnection) {
    this.http = connection.http ?? magentoRequest;
  }

  /** A read: retried on 5xx, timeouts and network errors, all within the current deadline (a chat turn's). */
  get(
    store: string | null,
    path: string,
    options: { query?: URLSearchParams; token?: string } = {},
  ): Promise<unknown> {
    const spec: RequestSpec = { method: 'GET', store, path, ...options };
    const deadline = currentDeadline();
    return withRetries(
      () => withAttemptSignal(this.connection.timeoutMs, (signal) => this.attempt(spec, signal)),
      this.connection.retry,
      {
        isRetryable: isRetryableMagentoError,
        ...(deadline ? { deadline } : {}),
        sleep: this.connection.sleep,
        onRetry: ({ retry, delayMs, error }) =>
          this.connection.logger?.warn(
            { retry, delayMs, path, err: error instanceof Error ? error.message : String(error) },
            'magento request retried',
          ),
      },
    );
  }

  /**
   * A write: sent once (a timed-out refund may have happened), with its own timeout only: a turn's
   * deadline never abandons a refund halfway (the action outbox reconciles a write that timed out).
   * Magento's 400-class refusals come back as a `MagentoRejection` value; auth, not-found and outages
   * throw as for reads.
   */
  async send(
    method: 'POST' | 'PUT',
    store: string | null,
    path: string,
    body: unknown,
  ): Promise<{ ok: true; body: unknown } | { ok: false; rejection: MagentoRejection }> {
    try {
      const signal = AbortSignal.timeout(this.connection.timeoutMs);
      return { ok: true, body: await this.attempt({ method, store, path, body }, signal) };
    } catch (error) {
      if (error instanceof AppError && error.code === 'magento_bad_request') {
        const status = Number(error.details?.status ?? 400);
        const message = String(error.details?.magentoMessage ?? error.message);
        return { ok: false, rejection: { status, message } };
      }
      throw error;
    }
  }

  private url(spec: RequestSpec): string {
    const scope = spec.store === null ? '' : `/${encodeURIComponent(spec.store)}`;
    const query = spec.query && [...spec.query].length > 0 ? `?${spec.query.toString()}` : '';
    return `${this.connection.baseUrl.replace(/\/+$/, '')}/rest${scope}/V1${spec.path}${query}`;
  }

  private async attempt(spec: RequestSpec, signal: AbortSignal): Promise<unknown> {
    const what = `${spec.method} ${spec.store === null ? '' : `/${spec.store}`}/V1${spec.path}`;
    const headers: Record<string, string> = { accept: 'application/json' };
    const token = spec.token ?? this.connection.token;
    if (token) headers.authorization = `Bearer ${token}`;
    if (spec.body !== undefined) headers['content-type'] = 'application/json';
    let status: number;
    let text: string;
    try {
      const response = await this.http(this.url(spec), {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal,
        fresh: spec.method !== 'GET',
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      throw errorForFailure(error, what, this.connection.timeoutMs);
    }
    let body: unknown;
    try {
      body = text === '' ? null : JSON.parse(text);
    } catch {
      if (status >= 500) throw errorForStatus(status, what, undefined);
      throw new MagentoResponseError(`Magento answered ${what} with a body that is not JSON`, {
        request: what,
        status,
        bodyStart: text.slice(0, 120),
      });
    }
    if (status < 200 || status >= 300) throw errorForStatus(status, what, body);
    return body;
  }
}
