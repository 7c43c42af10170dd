import type { AppError } from '../errors.js';
import { MagentoAuthError, MagentoNotFoundError, MagentoResponseError } from '../errors.js';
import { magentoRequest, type MagentoHttp } from './magento-http.js';
import { currentDeadline, withAttemptSignal } from './request-deadline.js';
import { withRetries } from './retry-policy.js';
import {
  type MagentoConnection,
  errorForFailure,
  errorForStatus,
  isRetryableMagentoError,
} from './rest-transport.js';

/** Magento's GraphQL error categories (`extensions.category`) that mean something to a caller. */
function errorForGraphqlErrors(
  errors: readonly { message: string; extensions?: Record<string, unknown> }[],
  what: string,
): AppError {
  const first = errors[0];
  const message = errors.map((e) => e.message).join('; ');
  const category = typeof first?.extensions?.category === 'string' ? first.extensions.category : '';
  const details = { request: what, category, messages: errors.map((e) => e.message) };
  if (category === 'graphql-authorization' || category === 'graphql-authentication')
    return new MagentoAuthError(`Magento refused ${what}: ${message}`, details);
  if (category === 'graphql-no-such-entity')
    return new MagentoNotFoundError(`Magento has no ${what}: ${message}`, details);
  return new MagentoResponseError(`Magento answered ${what} with errors: ${message}`, details);
}

/** A GraphQL answer as the spec shapes it (`data`, `errors`); anything else is no answer. */
interface GraphqlResult {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Magento storefront GraphQL (`POST /graphql`): `Store` header for the store view, an optional customer
 * bearer token, a timeout per attempt and retries on outages (queries only — every operation sent here
 * is a read). Returns `data` unvalidated; callers validate with their zod shape. Sent as plain JSON over
 * the REST transport's HTTP exchange: a client library would parse the document again on every request.
 */
export class MagentoGraphqlTransport {
  private readonly url: string;
  private readonly http: MagentoHttp;

  constructor(private readonly connection: MagentoConnection) {
    this.url = `${connection.baseUrl.replace(/\/+$/, '')}/graphql`;
    this.http = connection.http ?? magentoRequest;
  }

  query(
    store: string,
    operationName: string,
    document: string,
    variables: Record<string, unknown>,
    options: { customerToken?: string } = {},
  ): Promise<unknown> {
    const what = `GraphQL ${operationName} (store ${store})`;
    const headers: Record<string, string> = {
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      Store: store,
    };
    if (options.customerToken) headers.Authorization = `Bearer ${options.customerToken}`;
    const body = JSON.stringify({ query: document, variables, operationName });
    const deadline = currentDeadline();
    return withRetries(
      async () => {
        let status: number;
        let text: string;
        let result: GraphqlResult;
        try {
          ({ status, text } = await withAttemptSignal(this.connection.timeoutMs, async (signal) => {
            const response = await this.http(this.url, { method: 'POST', headers, body, signal });
            return { status: response.status, text: await response.text() };
          }));
          result = executionResult(text, status);
        } catch (error) {
          throw errorForFailure(error, what, this.connection.timeoutMs);
        }
        if (status < 200 || status >= 300) throw errorForStatus(status, what, parseJson(text));
        if (result.errors?.length) throw errorForGraphqlErrors(result.errors, what);
        return result.data;
      },
      this.connection.retry,
      {
        isRetryable: isRetryableMagentoError,
        ...(this.connection.sleep ? { sleep: this.connection.sleep } : {}),
        ...(deadline ? { deadline } : {}),
      },
    );
  }
}

/**
 * The answer's `data` and `errors`. A successful status with a body that is no GraphQL answer throws
 * (and is retried as an outage: a proxy's page, a truncated body); a failed status keeps its own error.
 */
function executionResult(text: string, status: number): GraphqlResult {
  const parsed = parseJson(text);
  const ok = status >= 200 && status < 300;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    if (ok) throw new Error(`Invalid execution result: result is not object. Got: ${text.slice(0, 120)}`);
    return {};
  }
  const { data, errors } = parsed as { data?: unknown; errors?: unknown };
  if (errors !== undefined && !Array.isArray(errors) && ok)
    throw new Error('Invalid execution result: errors is not an array');
  return {
    data,
    ...(Array.isArray(errors) ? { errors: errors as NonNullable<GraphqlResult['errors']> } : {}),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
