import { ClientError, GraphQLClient } from 'graphql-request';
import type { AppError } from '../errors.js';
import { MagentoAuthError, MagentoNotFoundError, MagentoResponseError } from '../errors.js';
import { attemptSignal, currentDeadline } from './request-deadline.js';
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

/**
 * Magento storefront GraphQL (`POST /graphql`) through graphql-request: `Store` header for the store view,
 * an optional customer bearer token, a timeout per attempt and retries on outages (queries only — every
 * operation sent here is a read). Returns `data` unvalidated; callers validate with their zod shape.
 */
export class MagentoGraphqlTransport {
  private readonly client: GraphQLClient;

  constructor(private readonly connection: MagentoConnection) {
    this.client = new GraphQLClient(`${connection.baseUrl.replace(/\/+$/, '')}/graphql`, {
      fetch: connection.fetch ?? globalThis.fetch,
      method: 'POST',
    });
  }

  query(
    store: string,
    operationName: string,
    document: string,
    variables: Record<string, unknown>,
    options: { customerToken?: string } = {},
  ): Promise<unknown> {
    const what = `GraphQL ${operationName} (store ${store})`;
    const headers: Record<string, string> = { Store: store };
    if (options.customerToken) headers.Authorization = `Bearer ${options.customerToken}`;
    const deadline = currentDeadline();
    return withRetries(
      async () => {
        try {
          const response = await this.client.rawRequest<unknown>({
            query: document,
            variables,
            requestHeaders: headers,
            signal: attemptSignal(this.connection.timeoutMs),
          });
          return response.data;
        } catch (error) {
          if (error instanceof ClientError) {
            const status = error.response.status;
            if (status >= 200 && status < 300 && error.response.errors?.length)
              throw errorForGraphqlErrors(error.response.errors, what);
            if (status >= 200 && status < 300)
              throw new MagentoResponseError(`Magento answered ${what} without data`, { request: what });
            throw errorForStatus(status, what, parseJson(error.response.body));
          }
          throw errorForFailure(error, what, this.connection.timeoutMs);
        }
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

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
