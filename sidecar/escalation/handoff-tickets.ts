import type { Logger } from '../../common/logger.js';
import type { RecordStore } from '../../common/record-store/record-store.js';
import { signPayload, SIGNATURE_HEADER } from '../../common/http/sign-payload.js';

export type HandoffReason =
  | 'customer_asked'
  | 'complaint'
  | 'legal_privacy'
  | 'b2b_quote'
  | 'negative_sentiment'
  | 'repeated_misunderstanding'
  | 'low_confidence'
  | 'no_policy_registered'
  | 'action_needs_review'
  | 'safety'
  | 'budget_exhausted';

export interface HandoffInput {
  conversationId: string;
  storeCode: string;
  reason: HandoffReason;
  customer: { id: string | null; email: string | null; verifiedOrders: string[] };
  /** Orders the conversation touched, with links an agent can open in the Magento admin. */
  orders: { number: string; entityId?: number; adminUrl?: string }[];
  transcript: { role: string; text: string; at: string }[];
  suggestedReply: string;
}

export interface HandoffTicket {
  ticketId: string;
  reason: HandoffReason;
}

export interface HandoffOptions {
  webhookUrl?: string;
  /** Signs the webhook body. */
  secret?: string;
  /** @default 4 */
  attempts?: number;
  /** First retry delay; doubled per attempt. @default 500 */
  backoffMs?: number;
}

/**
 * Creates handoff tickets and tells the merchant's help desk. The ticket is written first, so a
 * webhook outage never loses a handoff; delivery is retried in the background and its outcome
 * recorded on the ticket.
 */
export class HandoffDesk {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly db: RecordStore,
    private readonly logger: Logger,
    private readonly options: HandoffOptions = {},
  ) {}

  async open(input: HandoffInput): Promise<HandoffTicket> {
    const webhookStatus = this.options.webhookUrl ? 'pending' : 'not_configured';
    const { rows } = await this.db.query<{ id: string; created_at: Date }>(
      `INSERT INTO handoff_tickets (conversation_id, store_code, reason, customer, orders, transcript, suggested_reply, webhook_status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, created_at`,
      [
        input.conversationId,
        input.storeCode,
        input.reason,
        JSON.stringify(input.customer),
        JSON.stringify(input.orders),
        JSON.stringify(input.transcript),
        input.suggestedReply,
        webhookStatus,
      ],
    );
    const ticketId = rows[0]!.id;
    await this.db.query(`UPDATE conversations SET status = 'escalated' WHERE id = $1`, [
      input.conversationId,
    ]);
    if (this.options.webhookUrl) {
      const delivery = this.deliver(ticketId, input, new Date(rows[0]!.created_at).toISOString()).finally(
        () => this.inFlight.delete(delivery),
      );
      this.inFlight.add(delivery);
    }
    return { ticketId, reason: input.reason };
  }

  async get(ticketId: string): Promise<Record<string, unknown> | null> {
    const { rows } = await this.db.query(`SELECT * FROM handoff_tickets WHERE id = $1`, [ticketId]);
    return rows[0] ?? null;
  }

  /** Waits for webhook deliveries under way (shutdown, tests). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  private async deliver(ticketId: string, input: HandoffInput, createdAt: string): Promise<void> {
    const body = JSON.stringify({ event: 'handoff.created', ticketId, createdAt, ...input });
    const attempts = this.options.attempts ?? 4;
    const backoffMs = this.options.backoffMs ?? 500;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      let failure: string;
      try {
        const response = await fetch(this.options.webhookUrl!, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(this.options.secret ? { [SIGNATURE_HEADER]: signPayload(body, this.options.secret) } : {}),
          },
          body,
          signal: AbortSignal.timeout(5_000),
        });
        if (response.ok) {
          await this.recordDelivery(ticketId, 'delivered', attempt);
          return;
        }
        failure = `HTTP ${response.status}`;
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      this.logger.warn({ ticketId, attempt, failure }, 'handoff webhook failed');
      if (attempt < attempts) await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 1)));
    }
    await this.recordDelivery(ticketId, 'failed', attempts);
    this.logger.error({ ticketId }, 'handoff webhook gave up; the ticket is in the record store');
  }

  private async recordDelivery(
    ticketId: string,
    status: 'delivered' | 'failed',
    attempts: number,
  ): Promise<void> {
    await this.db.query(
      `UPDATE handoff_tickets SET webhook_status = $2, webhook_attempts = $3 WHERE id = $1`,
      [ticketId, status, attempts],
    );
  }
}
