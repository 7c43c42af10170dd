import { BackendUnavailableError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { RecordStore } from '../record-store/record-store.js';
import { SessionCodec } from './session-codec.js';
import {
  takesEncoded,
  type RowSessionStore,
  type SessionRow,
  type SessionStore,
  type SessionStoreOptions,
} from './session-store.js';

/**
 * Sessions written to the record store first (migration 007) and to a fast store (Redis) second. A read
 * tries the fast store and falls back to the record store on a miss or an outage, so a Redis outage or
 * a Redis restarted empty degrades the chat to record-store reads instead of refusing turns or
 * forgetting a verified guest. `kind` is the fast store's.
 */
export class DurableSessionStore<T> implements RowSessionStore<T> {
  readonly #codec: SessionCodec<T>;
  /**
   * Until then, reads skip the fast store: a session written while it was away has a stale copy there
   * (if Redis kept its data), so the record store answers for a while after the last failed write.
   */
  #distrustFastUntil = 0;

  constructor(
    private readonly fast: SessionStore<T>,
    private readonly db: RecordStore,
    private readonly options: SessionStoreOptions<T> & { logger: Logger; now?: () => number },
  ) {
    this.#codec = new SessionCodec(options.schema, options.defaultTtlSeconds, options.logger);
  }

  get kind(): SessionStore<T>['kind'] {
    return this.fast.kind;
  }

  async get(id: string): Promise<T | undefined> {
    if (this.#now() >= this.#distrustFastUntil) {
      try {
        const value = await this.fast.get(id);
        if (value !== undefined) return value;
      } catch (error) {
        if (!(error instanceof BackendUnavailableError)) throw error;
        this.#distrust();
        this.options.logger.warn({ err: error }, 'session read falls back to the record store');
      }
    }
    const { rows } = await this.db.query<{ state: unknown }>(
      `SELECT state FROM chat_sessions WHERE session_id = $1 AND expires_at > $2`,
      [SessionCodec.checkId(id), new Date(this.#now())],
    );
    return rows[0] ? this.#codec.decode(id, JSON.stringify(rows[0].state)) : undefined;
  }

  async set(id: string, value: T, ttlSeconds = this.#codec.defaultTtlSeconds): Promise<void> {
    const { row, written } = this.prepare(id, value, ttlSeconds);
    await this.db.query(
      `INSERT INTO chat_sessions (session_id, state, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (session_id) DO UPDATE SET state = EXCLUDED.state, expires_at = EXCLUDED.expires_at, updated_at = now()`,
      [row.sessionId, row.state, row.expiresAt],
    );
    await written();
  }

  /**
   * The durable row of `set`, for a caller that writes it in a statement of its own (a turn writes it
   * with its records); `written()` then writes the fast store.
   */
  prepare(
    id: string,
    value: T,
    ttlSeconds = this.#codec.defaultTtlSeconds,
  ): { row: SessionRow; written(): Promise<void> } {
    const json = this.#codec.encode(value);
    const ttl = SessionCodec.checkTtl(ttlSeconds);
    const row = {
      sessionId: SessionCodec.checkId(id),
      state: json,
      expiresAt: new Date(this.#now() + ttl * 1000),
    };
    // Validated and serialised once: the fast store takes the same JSON (it validates it when read).
    const fast = this.fast;
    return {
      row,
      written: () =>
        this.#fastWrite(() =>
          takesEncoded(fast) ? fast.setEncoded(id, json, ttl) : fast.set(id, value, ttl),
        ),
    };
  }

  async delete(id: string): Promise<void> {
    await this.db.query(`DELETE FROM chat_sessions WHERE session_id = $1`, [SessionCodec.checkId(id)]);
    await this.#fastWrite(() => this.fast.delete(id));
  }

  /** Reports the fast store: readiness shows Redis down, though the chat keeps answering from the record store. */
  ping(): Promise<void> {
    return this.fast.ping();
  }

  close(): Promise<void> {
    return this.fast.close();
  }

  async #fastWrite(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (!(error instanceof BackendUnavailableError)) throw error;
      this.options.logger.warn(
        { err: error },
        'session kept in the record store only (fast store unavailable)',
      );
    }
  }

  #distrust(): void {
    this.#distrustFastUntil = this.#now() + this.#codec.defaultTtlSeconds * 1000;
  }

  #now(): number {
    return (this.options.now ?? Date.now)();
  }
}
