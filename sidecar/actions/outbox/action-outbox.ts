import type { RecordStore, SqlExecutor } from '../../../common/record-store/record-store.js';
import type { AuthorizationResult, Verdict } from '../authorization/authorization-result.js';
import type { ActionKind } from '../authorization/authorization-facts.js';

/** `held` = decided but not approved; approved rows go `decided → executing → done | failed`. */
export type OutboxState = 'held' | 'decided' | 'executing' | 'done' | 'failed';

export interface ActionRow {
  idempotency_key: string;
  action: ActionKind;
  store_code: string;
  order_id: number;
  order_number: string;
  customer_key: string;
  conversation_id: string | null;
  reason: string;
  verdict: Verdict;
  amount_cents: number;
  currency: string;
  state: OutboxState;
  payload: Record<string, unknown>;
  decision: AuthorizationResult;
  pre_state: Record<string, unknown> | null;
  result: Record<string, unknown> | null;
  error: string | null;
  attempts: number;
  created_at: Date;
  updated_at: Date;
}

/** The fields of a new decision. */
export type NewDecision = Pick<
  ActionRow,
  | 'idempotency_key'
  | 'action'
  | 'store_code'
  | 'order_id'
  | 'order_number'
  | 'customer_key'
  | 'conversation_id'
  | 'reason'
  | 'verdict'
  | 'amount_cents'
  | 'currency'
  | 'payload'
  | 'decision'
>;

const COLUMNS = `idempotency_key, action, store_code, order_id, order_number, customer_key, conversation_id, reason, verdict,
  amount_cents, currency, state, payload, decision, pre_state, result, error, attempts, created_at, updated_at`;

/**
 * The `action_requests` table (migration 040): decisions keyed by idempotency key and the outbox of
 * approved actions. Every state change is one conditional UPDATE, so only one caller can move a row.
 */
export class ActionOutbox {
  constructor(private readonly store: RecordStore) {}

  /**
   * Runs `fn` in a transaction that holds the customer's lock, so decisions for one customer (and
   * their running totals) are serialised across sessions and processes.
   */
  withCustomerLock<T>(
    storeCode: string,
    customerKey: string,
    fn: (tx: SqlExecutor) => Promise<T>,
  ): Promise<T> {
    return this.store.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `verity.actions:${storeCode}:${customerKey}`,
      ]);
      return fn(tx);
    });
  }

  async get(key: string, tx: SqlExecutor = this.store): Promise<ActionRow | null> {
    const { rows } = await tx.query<ActionRow>(
      `SELECT ${COLUMNS} FROM action_requests WHERE idempotency_key = $1`,
      [key],
    );
    return rows[0] ?? null;
  }

  /** Records a decision: a new row, or a new decision on a `held` row (asked again). Returns the row as stored. */
  async record(tx: SqlExecutor, decision: NewDecision): Promise<ActionRow> {
    const state: OutboxState = decision.verdict === 'approve' ? 'decided' : 'held';
    const { rows } = await tx.query<ActionRow>(
      `INSERT INTO action_requests (idempotency_key, action, store_code, order_id, order_number, customer_key, conversation_id,
         reason, verdict, amount_cents, currency, state, payload, decision)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14::jsonb)
       ON CONFLICT (idempotency_key) DO UPDATE SET
         conversation_id = EXCLUDED.conversation_id, reason = EXCLUDED.reason, verdict = EXCLUDED.verdict,
         amount_cents = EXCLUDED.amount_cents, state = EXCLUDED.state, payload = EXCLUDED.payload,
         decision = EXCLUDED.decision, updated_at = now()
       WHERE action_requests.state = 'held'
       RETURNING ${COLUMNS}`,
      [
        decision.idempotency_key,
        decision.action,
        decision.store_code,
        decision.order_id,
        decision.order_number,
        decision.customer_key,
        decision.conversation_id,
        decision.reason,
        decision.verdict,
        decision.amount_cents,
        decision.currency,
        state,
        JSON.stringify(decision.payload),
        JSON.stringify(decision.decision),
      ],
    );
    const row = rows[0] ?? (await this.get(decision.idempotency_key, tx));
    if (row === null)
      throw new Error(`action request ${decision.idempotency_key} vanished inside its transaction`);
    return row;
  }

  /** decided → executing, for exactly one caller. */
  async claim(key: string): Promise<ActionRow | null> {
    const { rows } = await this.store.query<ActionRow>(
      `UPDATE action_requests SET state = 'executing', attempts = attempts + 1, updated_at = now()
       WHERE idempotency_key = $1 AND state = 'decided' RETURNING ${COLUMNS}`,
      [key],
    );
    return rows[0] ?? null;
  }

  /** Takes over an `executing` row seen with `seenAttempts` (a crashed or stalled run), for exactly one caller. */
  async takeOver(key: string, seenAttempts: number): Promise<ActionRow | null> {
    const { rows } = await this.store.query<ActionRow>(
      `UPDATE action_requests SET attempts = attempts + 1, updated_at = now()
       WHERE idempotency_key = $1 AND state = 'executing' AND attempts = $2 RETURNING ${COLUMNS}`,
      [key, seenAttempts],
    );
    return rows[0] ?? null;
  }

  /** Stores the pre-execution snapshot once; a later attempt keeps the first one. */
  async saveSnapshot(key: string, snapshot: Record<string, unknown> | null): Promise<void> {
    await this.store.query(
      `UPDATE action_requests SET pre_state = $2::jsonb WHERE idempotency_key = $1 AND state = 'executing' AND pre_state IS NULL`,
      [key, snapshot === null ? null : JSON.stringify(snapshot)],
    );
  }

  async complete(key: string, result: Record<string, unknown>): Promise<ActionRow | null> {
    return this.finish(key, 'done', JSON.stringify(result), null);
  }

  async fail(key: string, error: string): Promise<ActionRow | null> {
    return this.finish(key, 'failed', null, error);
  }

  private async finish(
    key: string,
    state: 'done' | 'failed',
    result: string | null,
    error: string | null,
  ): Promise<ActionRow | null> {
    const { rows } = await this.store.query<ActionRow>(
      `UPDATE action_requests SET state = $2, result = $3::jsonb, error = $4, updated_at = now()
       WHERE idempotency_key = $1 AND state = 'executing' RETURNING ${COLUMNS}`,
      [key, state, result, error],
    );
    return rows[0] ?? null;
  }

  /**
   * The approved requests of one kind on one order (a return registered, a refund issued), oldest first,
   * not those that failed: what a new request about the same items must know of.
   */
  async approvedFor(storeCode: string, orderNumber: string, action: ActionKind): Promise<ActionRow[]> {
    const { rows } = await this.store.query<ActionRow>(
      `SELECT ${COLUMNS} FROM action_requests
       WHERE store_code = $1 AND order_number = $2 AND action = $3 AND verdict = 'approve' AND state <> 'failed'
       ORDER BY created_at`,
      [storeCode, orderNumber, action],
    );
    return rows;
  }

  /** Rows a recovery run must look at: `decided`, and `executing` untouched for `staleAfterMs`. */
  async pending(staleAfterMs: number): Promise<ActionRow[]> {
    const { rows } = await this.store.query<ActionRow>(
      `SELECT ${COLUMNS} FROM action_requests
       WHERE state = 'decided' OR (state = 'executing' AND updated_at <= now() - ($1::double precision * interval '1 millisecond'))
       ORDER BY created_at`,
      [staleAfterMs],
    );
    return rows;
  }
}
