import type { z } from 'zod';
import type { Logger } from '../logger.js';

/**
 * Chat sessions (dialogue state, what was last shown, verification attempts) kept for a while after
 * the last message: Redis when REDIS_URL is set, process memory otherwise. Values travel as JSON and
 * are validated with the caller's schema on the way in and on the way out.
 */
export interface SessionStore<T> {
  /**
   * The stored value; undefined when there is none, it expired, or it no longer fits the schema
   * (a session written by an older release: it is dropped and logged, and the conversation starts afresh).
   */
  get(id: string): Promise<T | undefined>;
  /**
   * Stores `value`, replacing any previous value and restarting its time to live.
   * Throws ValidationError when `value` does not fit the schema.
   * @param ttlSeconds time to live in seconds. @default the store's `defaultTtlSeconds`
   */
  set(id: string, value: T, ttlSeconds?: number): Promise<void>;
  delete(id: string): Promise<void>;
  /** Throws BackendUnavailableError when the store cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'redis' | 'memory';
}

/**
 * A store that also takes a value its caller already encoded with a {@link SessionCodec} of the same
 * schema (the durable store, which validated and serialised it for the record store): the value is
 * not validated and serialised a second time. Reads still validate.
 */
export interface EncodedSessionStore<T> extends SessionStore<T> {
  setEncoded(id: string, json: string, ttlSeconds: number): Promise<void>;
}

export function takesEncoded<T>(store: SessionStore<T>): store is EncodedSessionStore<T> {
  return typeof (store as Partial<EncodedSessionStore<T>>).setEncoded === 'function';
}

/** A session's durable row, for a caller that writes it in a statement of its own (the turn's records). */
export interface SessionRow {
  sessionId: string;
  /** The state as JSON, validated. */
  state: string;
  expiresAt: Date;
}

/**
 * A store whose durable copy is a row of the record store's `chat_sessions`: `prepare` validates and
 * encodes the value and gives the row, for the caller to write with its own statement; `written()` then
 * updates the fast store. Together they do what `set` does.
 */
export interface RowSessionStore<T> extends SessionStore<T> {
  prepare(id: string, value: T, ttlSeconds?: number): { row: SessionRow; written(): Promise<void> };
}

export function writesRows<T>(store: SessionStore<T>): store is RowSessionStore<T> {
  return typeof (store as Partial<RowSessionStore<T>>).prepare === 'function';
}

export interface SessionStoreOptions<T> {
  /** The shape of a session; its output type is what `get` returns. */
  schema: z.ZodType<T>;
  /** Time to live when `set` is given none, in seconds. @default 1800 */
  defaultTtlSeconds?: number;
  logger?: Logger;
}
