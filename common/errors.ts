/**
 * One error base for the whole project. An expected "no" (a policy denial, a failed verification)
 * is a value, never an exception: these classes are for bugs, outages and bad input.
 */
export interface AppErrorOptions {
  /** HTTP status to answer with when this error reaches a route. @default 500 */
  status?: number;
  /** True when the error is expected in operation (bad input, an outage); false for programmer errors. @default true */
  operational?: boolean;
  /** True when repeating the same call may succeed (timeouts, 5xx). @default false */
  retryable?: boolean;
  cause?: unknown;
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly operational: boolean;
  readonly retryable: boolean;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.status = options.status ?? 500;
    this.operational = options.operational ?? true;
    this.retryable = options.retryable ?? false;
    this.details = options.details;
  }
}

/** Input from outside (an HTTP body, a fixture, a CLI flag) that does not fit its schema. */
export class ValidationError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('validation_failed', message, { status: 400, details });
  }
}

/** The process cannot start: a variable is missing or malformed. */
export class ConfigError extends AppError {
  constructor(message: string) {
    super('config_invalid', message, { status: 500 });
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Authentication required.') {
    super('unauthorized', message, { status: 401 });
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Not allowed.') {
    super('forbidden', message, { status: 403 });
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Not found.') {
    super('not_found', message, { status: 404 });
  }
}

/** The request is valid but the resource's state does not allow it now (a ticket another agent claimed). */
export class ConflictError extends AppError {
  constructor(message: string) {
    super('conflict', message, { status: 409 });
  }
}

export class RateLimitedError extends AppError {
  constructor(
    message = 'Too many attempts. Please wait a moment and try again.',
    /** Sent as `Retry-After`. @default 60 */
    readonly retryAfterSeconds = 60,
  ) {
    super('rate_limited', message, { status: 429, details: { retryAfterSeconds } });
  }
}

/** Magento did not answer, answered 5xx, or timed out: worth retrying. */
export class MagentoUnavailableError extends AppError {
  constructor(message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super('magento_unavailable', message, { status: 503, retryable: true, ...options });
  }
}

/** Magento says the entity does not exist: not worth retrying. */
export class MagentoNotFoundError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('magento_not_found', message, { status: 404, details });
  }
}

/** Magento refused the credentials (401/403). */
export class MagentoAuthError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('magento_auth_failed', message, { status: 502, details });
  }
}

/** Magento answered, but with data that does not fit the shape we rely on; names the entity and the field. */
export class MagentoResponseError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('magento_bad_response', message, { status: 502, details });
  }
}

/** A backend Verity depends on (Redis, PostgreSQL, Qdrant, an LLM endpoint) is unreachable. */
export class BackendUnavailableError extends AppError {
  constructor(backend: string, message: string, cause?: unknown) {
    super('backend_unavailable', message, { status: 503, retryable: true, cause, details: { backend } });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Formats a zod issue path the way people read it: `items[3].extension_attributes.stock_item.qty`. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}
