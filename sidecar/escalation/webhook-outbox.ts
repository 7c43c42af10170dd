import { signPayload, SIGNATURE_HEADER } from '../../common/http/sign-payload.js';
import type { Logger } from '../../common/logger.js';
import type { RecordStore, SqlExecutor } from '../../common/record-store/record-store.js';

export interface WebhookOutboxOptions {
  /** Where events go; unset: nothing is queued. */
  url?: string;
  /** Signs each body (`X-Verity-Signature`). */
  secret?: string;
  /** Attempts before a delivery is given up as failed. @default 4 */
  attempts?: number;
  /** Delay before the second attempt; doubled per attempt. @default 500 */
  backoffMs?: number;
  /** How often due deliveries are looked for (deliveries left by a restart or another process). @default 5000 */
  pollMs?: number;
  /** How long a process owns a delivery it is sending before another may take it. @default 30000 */
  leaseMs?: number;
}

interface DeliveryRow {
  id: string;
  ticket_id: string | null;
  url: string;
  body: string;
  attempts: number;
}

/** Deliveries taken per pass. */
const BATCH = 20;

/**
 * Webhook deliveries as an outbox in the record store (`webhook_deliveries`): an event is written in
 * the same transaction as the ticket it is about, then sent and retried with backoff by whichever
 * process finds it due — so a restart or a crash never loses one. A delivery is leased before it is
 * sent (its `next_attempt_at` moves past the lease), so two processes never send it at once.
 */
export class WebhookOutbox {
  private timer: NodeJS.Timeout | undefined;
  private wake: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: RecordStore,
    private readonly logger: Logger,
    private readonly options: WebhookOutboxOptions = {},
  ) {}

  get configured(): boolean {
    return this.options.url !== undefined;
  }

  /** Queues `event` inside the caller's transaction; sent after it commits (call `kick()`). */
  async enqueue(
    tx: SqlExecutor,
    event: string,
    ticketId: string | null,
    body: Record<string, unknown>,
  ): Promise<void> {
    if (!this.options.url) return;
    await tx.query(`INSERT INTO webhook_deliveries (ticket_id, event, url, body) VALUES ($1, $2, $3, $4)`, [
      ticketId,
      event,
      this.options.url,
      JSON.stringify({ event, ...body }),
    ]);
  }

  /** Starts the periodic pass (and runs one now: deliveries a previous process left behind). */
  start(): void {
    if (!this.options.url || this.timer) return;
    this.timer = setInterval(() => this.kick(), this.options.pollMs ?? 5_000);
    this.timer.unref();
    this.kick();
  }

  /** Runs a pass soon; passes never overlap within a process. */
  kick(): void {
    if (!this.options.url) return;
    this.running ??= this.deliverDue()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error({ err: error }, 'webhook delivery pass failed'))
      .finally(() => {
        this.running = null;
      });
  }

  /** Waits for the pass under way (shutdown, tests). */
  async drain(): Promise<void> {
    await this.running;
  }

  stop(): void {
    clearInterval(this.timer);
    clearTimeout(this.wake);
    this.timer = undefined;
  }

  /** Sends every delivery that is due; returns how many were attempted. */
  async deliverDue(): Promise<number> {
    const leaseMs = this.options.leaseMs ?? 30_000;
    const { rows } = await this.db.query<DeliveryRow>(
      `UPDATE webhook_deliveries SET attempts = attempts + 1,
              next_attempt_at = now() + ($1::int * interval '1 millisecond')
        WHERE id IN (SELECT id FROM webhook_deliveries
                      WHERE status = 'pending' AND next_attempt_at <= now()
                      ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING id, ticket_id, url, body, attempts`,
      [leaseMs],
    );
    await Promise.all(rows.map((row) => this.send(row)));
    const next = await this.db.query<{ wait_ms: number | null }>(
      `SELECT (extract(epoch FROM min(next_attempt_at) - now()) * 1000)::int AS wait_ms
         FROM webhook_deliveries WHERE status = 'pending'`,
    );
    const waitMs = next.rows[0]?.wait_ms;
    // A retry due before the next periodic pass gets its own wake-up.
    if (waitMs !== null && waitMs !== undefined && waitMs < (this.options.pollMs ?? 5_000)) {
      clearTimeout(this.wake);
      this.wake = setTimeout(() => this.kick(), Math.max(0, waitMs));
      this.wake.unref();
    }
    return rows.length;
  }

  private async send(row: DeliveryRow): Promise<void> {
    let failure: string;
    try {
      const response = await fetch(row.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.options.secret ? { [SIGNATURE_HEADER]: signPayload(row.body, this.options.secret) } : {}),
        },
        body: row.body,
        signal: AbortSignal.timeout(5_000),
      });
      if (response.ok) {
        await this.record(row, 'delivered', null);
        return;
      }
      failure = `HTTP ${response.status}`;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    const attempts = this.options.attempts ?? 4;
    this.logger.warn(
      { delivery: row.id, ticketId: row.ticket_id, attempt: row.attempts, failure },
      'webhook failed',
    );
    if (row.attempts >= attempts) {
      await this.record(row, 'failed', failure);
      this.logger.error(
        { ticketId: row.ticket_id },
        'handoff webhook gave up; the ticket is in the record store',
      );
      return;
    }
    const delayMs = (this.options.backoffMs ?? 500) * 2 ** (row.attempts - 1);
    await this.db.query(
      `UPDATE webhook_deliveries SET last_error = $2, next_attempt_at = now() + ($3::int * interval '1 millisecond')
        WHERE id = $1`,
      [row.id, failure, delayMs],
    );
    await this.recordOnTicket(row, 'pending');
  }

  private async record(
    row: DeliveryRow,
    status: 'delivered' | 'failed',
    error: string | null,
  ): Promise<void> {
    await this.db.query(
      `UPDATE webhook_deliveries SET status = $2, last_error = $3,
              delivered_at = CASE WHEN $2 = 'delivered' THEN now() ELSE NULL END
        WHERE id = $1`,
      [row.id, status, error],
    );
    await this.recordOnTicket(row, status);
  }

  /** The ticket shows its latest delivery's state (the inbox and older readers look there). */
  private async recordOnTicket(row: DeliveryRow, status: 'pending' | 'delivered' | 'failed'): Promise<void> {
    if (!row.ticket_id) return;
    await this.db.query(
      `UPDATE handoff_tickets SET webhook_status = $2, webhook_attempts = $3 WHERE id = $1`,
      [row.ticket_id, status, row.attempts],
    );
  }
}
