import type { z } from 'zod';
import { formatIssuePath, ValidationError } from '../errors.js';
import type { Logger } from '../logger.js';

/** Session JSON in and out, with the same checks for every adapter. */
export class SessionCodec<T> {
  readonly #schema: z.ZodType<T>;
  readonly #logger: Logger | undefined;
  readonly defaultTtlSeconds: number;

  constructor(schema: z.ZodType<T>, defaultTtlSeconds = 1800, logger?: Logger) {
    this.#schema = schema;
    this.#logger = logger;
    this.defaultTtlSeconds = SessionCodec.checkTtl(defaultTtlSeconds);
  }

  static checkTtl(ttlSeconds: number): number {
    if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1) {
      throw new ValidationError(
        `Session time to live must be a whole number of seconds ≥ 1 (got ${ttlSeconds})`,
      );
    }
    return ttlSeconds;
  }

  static checkId(id: string): string {
    if (id.length === 0 || id.length > 200) throw new ValidationError('Session id must be 1–200 characters');
    return id;
  }

  encode(value: T): string {
    const parsed = this.#schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(
        `Session value does not fit its schema at ${formatIssuePath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}`,
      );
    }
    return JSON.stringify(parsed.data);
  }

  /** Undefined when the stored JSON no longer fits the schema (logged, so a bad release shows up). */
  decode(id: string, json: string): T | undefined {
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      this.#logger?.warn({ sessionId: id }, 'stored session is not JSON; dropped');
      return undefined;
    }
    const parsed = this.#schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    this.#logger?.warn(
      { sessionId: id, issues: parsed.error.issues.slice(0, 3) },
      'stored session does not fit the schema; dropped',
    );
    return undefined;
  }
}
