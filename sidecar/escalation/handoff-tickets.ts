import { z } from 'zod';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { RecordStore, SqlExecutor } from '../../common/record-store/record-store.js';
import type { TurnFacts } from '../verifier/turn-facts.js';
import type { WebhookOutbox } from './webhook-outbox.js';

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

/** A ticket's life: open (waiting) → claimed (a person holds the conversation) → resolved | handed_back. */
export const TICKET_STATUSES = ['open', 'claimed', 'resolved', 'handed_back'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** A decision as code decided it: the verdict and the reason codes a reply may be built from. */
export const decisionSchema = z.object({
  verdict: z.string(),
  codes: z.array(z.string()),
  reasons: z.array(z.string()).default([]),
});

/**
 * What the turn that handed off had established, recorded with the ticket so the co-pilot drafts from
 * facts and never from the transcript's words. `flow` is filled by the flow engine (#13): the active
 * flow's name, its filled slots and its decision.
 */
export const handoffContextSchema = z.object({
  locale: z.enum(['en', 'fr']).default('en'),
  currency: z.string().default('USD'),
  /** `TurnFacts` of the handing-off turn (policies with values, orders with state, action outcomes). */
  facts: z.custom<TurnFacts>((value) => typeof value === 'object' && value !== null).optional(),
  flow: z
    .object({
      name: z.string(),
      slots: z.record(z.string(), z.unknown()).default({}),
      decision: decisionSchema.optional(),
    })
    .optional(),
  /** The customer withdrew the request after the handoff ("no, leave it, I'll keep it"): when, in their words. */
  withdrawn: z.object({ at: z.string(), message: z.string() }).optional(),
});
export type HandoffContext = z.input<typeof handoffContextSchema>;

export interface HandoffInput {
  conversationId: string;
  storeCode: string;
  reason: HandoffReason;
  customer: { id: string | null; email: string | null; verifiedOrders: string[] };
  /** Orders the conversation touched, with links an agent can open in the Magento admin. */
  orders: { number: string; entityId?: number; adminUrl?: string }[];
  /** The conversation; a customer message lists the files it sent (fetch them from `/api/chat/attachments/:id`). */
  transcript: {
    role: string;
    text: string;
    at: string;
    attachments?: { id: string; name: string; type: string; size: number }[];
  }[];
  /** What the assistant said when it handed off (the draft is built separately, from `context`). */
  suggestedReply: string;
  context?: HandoffContext;
}

export interface HandoffTicket {
  ticketId: string;
  reason: HandoffReason;
  /** False when the conversation already had a live ticket, which is returned instead. */
  created: boolean;
}

/** A ticket as the inbox and the APIs see it. */
export interface Ticket {
  id: string;
  /** The short reference the customer was given (first 8 hex digits, upper case). */
  reference: string;
  conversationId: string;
  storeCode: string;
  reason: string;
  status: TicketStatus;
  customer: HandoffInput['customer'];
  orders: HandoffInput['orders'];
  /** The conversation as it stood at the handoff (the live transcript is in `messages`). */
  transcript: HandoffInput['transcript'];
  suggestedReply: string | null;
  context: z.output<typeof handoffContextSchema>;
  claimedBy: string | null;
  claimedAt: string | null;
  closedAt: string | null;
  resolution: string | null;
  webhookStatus: string;
  webhookAttempts: number;
  /** When the customer was told the team is away and when it is back (the after-hours notice), if ever. */
  afterHoursNoticeAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface TicketRow {
  id: string;
  conversation_id: string;
  store_code: string;
  reason: string;
  status: TicketStatus;
  customer: HandoffInput['customer'];
  orders: HandoffInput['orders'];
  transcript: HandoffInput['transcript'];
  suggested_reply: string | null;
  context: unknown;
  claimed_by: string | null;
  claimed_at: Date | null;
  closed_at: Date | null;
  resolution: string | null;
  webhook_status: string;
  webhook_attempts: number;
  after_hours_notice_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface TicketFilter {
  status?: TicketStatus[];
  store?: string;
  /** @default 100 */
  limit?: number;
}

/** The customer-facing ticket reference. */
export function ticketReference(ticketId: string): string {
  return ticketId.slice(0, 8).toUpperCase();
}

/**
 * Handoff tickets in the record store and their life: opened by the assistant, claimed, resolved or
 * handed back by a person. One live (open or claimed) ticket per conversation, enforced by a unique
 * index. The merchant's help desk is told through the durable webhook outbox.
 */
export class HandoffDesk {
  constructor(
    private readonly db: RecordStore,
    private readonly logger: Logger,
    private readonly webhooks: WebhookOutbox,
  ) {}

  async open(input: HandoffInput): Promise<HandoffTicket> {
    try {
      return await this.insert(input);
    } catch (error) {
      // Two handoffs of one conversation at once: the unique index let one in; join it.
      if ((error as { code?: unknown }).code !== '23505') throw error;
      return this.insert(input);
    }
  }

  private async insert(input: HandoffInput): Promise<HandoffTicket> {
    const context = handoffContextSchema.parse(input.context ?? {});
    const result = await this.db.transaction(async (tx) => {
      const live = await liveTicket(tx, input.conversationId);
      if (live) return { ticketId: live.id, created: false, createdAt: live.created_at };
      const { rows } = await tx.query<{ id: string; created_at: Date }>(
        `INSERT INTO handoff_tickets (conversation_id, store_code, reason, customer, orders, transcript, suggested_reply,
                                      webhook_status, context)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, created_at`,
        [
          input.conversationId,
          input.storeCode,
          input.reason,
          JSON.stringify(input.customer),
          JSON.stringify(input.orders),
          JSON.stringify(input.transcript),
          input.suggestedReply,
          this.webhooks.configured ? 'pending' : 'not_configured',
          JSON.stringify(context),
        ],
      );
      const row = rows[0]!;
      await tx.query(`UPDATE conversations SET status = 'escalated' WHERE id = $1`, [input.conversationId]);
      await this.webhooks.enqueue(tx, 'handoff.created', row.id, {
        ticketId: row.id,
        createdAt: new Date(row.created_at).toISOString(),
        ...input,
        context,
      });
      return { ticketId: row.id, created: true, createdAt: row.created_at };
    });
    if (result.created) this.webhooks.kick();
    else this.logger.info({ ticketId: result.ticketId }, 'handoff joined the live ticket');
    return { ticketId: result.ticketId, reason: input.reason, created: result.created };
  }

  async get(ticketId: string): Promise<Ticket | null> {
    if (!z.uuid().safeParse(ticketId).success) return null;
    const { rows } = await this.db.query<TicketRow>(`SELECT * FROM handoff_tickets WHERE id = $1`, [
      ticketId,
    ]);
    return rows[0] ? toTicket(rows[0]) : null;
  }

  async list(filter: TicketFilter = {}): Promise<Ticket[]> {
    const { rows } = await this.db.query<TicketRow>(
      `SELECT * FROM handoff_tickets
        WHERE ($1::text[] IS NULL OR status = ANY($1::text[])) AND ($2::text IS NULL OR store_code = $2)
        ORDER BY CASE status WHEN 'open' THEN 0 WHEN 'claimed' THEN 1 ELSE 2 END, created_at
        LIMIT $3`,
      [filter.status ?? null, filter.store ?? null, filter.limit ?? 100],
    );
    return rows.map(toTicket);
  }

  /** Tickets of one conversation, newest first. */
  async ofConversation(conversationId: string): Promise<Ticket[]> {
    const { rows } = await this.db.query<TicketRow>(
      `SELECT * FROM handoff_tickets WHERE conversation_id = $1 ORDER BY created_at DESC`,
      [conversationId],
    );
    return rows.map(toTicket);
  }

  /** Takes an open ticket (or confirms the agent's own claim); another agent's claim is a conflict. */
  async claim(ticketId: string, login: string): Promise<Ticket> {
    return this.transition(ticketId, login, ['open'], 'claimed', null, 'This ticket is not open.');
  }

  /** Closes a claimed ticket with the agent's resolution; the conversation is done. */
  async resolve(ticketId: string, login: string, resolution: string): Promise<Ticket> {
    const ticket = await this.transition(
      ticketId,
      login,
      ['claimed'],
      'resolved',
      resolution,
      'Only a claimed ticket can be resolved.',
    );
    await this.db.query(`UPDATE conversations SET status = 'resolved' WHERE id = $1`, [
      ticket.conversationId,
    ]);
    return ticket;
  }

  /**
   * The customer withdrew the request of a live ticket: noted in its context and its transcript, so the
   * person does not carry it out. False when the ticket is no longer live (nothing is changed).
   */
  async noteWithdrawal(ticketId: string, message: string, at: string): Promise<boolean> {
    const entry = [{ role: 'customer', text: message, at }];
    const { rows } = await this.db.query<{ id: string }>(
      `UPDATE handoff_tickets
          SET context = context || jsonb_build_object('withdrawn', jsonb_build_object('at', $2::text, 'message', $3::text)),
              transcript = transcript || $4::jsonb, updated_at = now()
        WHERE id = $1 AND status IN ('open', 'claimed')
        RETURNING id`,
      [ticketId, at, message, JSON.stringify(entry)],
    );
    if (rows[0]) this.logger.info({ ticketId }, 'request withdrawn by the customer');
    return rows.length > 0;
  }

  /** Gives the conversation back to the assistant: it answers the customer's next message again. */
  async handBack(ticketId: string, login: string, note: string): Promise<Ticket> {
    return this.transition(
      ticketId,
      login,
      ['open', 'claimed'],
      'handed_back',
      note,
      'This ticket is already closed.',
    );
  }

  /** The login of the person holding the conversation (its claimed ticket's agent), or null. */
  async personHolding(conversationId: string): Promise<string | null> {
    const { rows } = await this.db.query<{ claimed_by: string }>(
      `SELECT claimed_by FROM handoff_tickets WHERE conversation_id = $1 AND status = 'claimed'`,
      [conversationId],
    );
    return rows[0]?.claimed_by ?? null;
  }

  /** Whether a person holds the conversation: the assistant then stays quiet (the turn pipeline asks). */
  async personHolds(conversationId: string): Promise<boolean> {
    return (await this.personHolding(conversationId)) !== null;
  }

  /** Where the customer's live ticket stands among these conversations: waiting, with a person, or none. */
  async customerState(conversationIds: readonly string[]): Promise<'waiting' | 'with_person' | null> {
    if (conversationIds.length === 0) return null;
    const { rows } = await this.db.query<{ status: TicketStatus }>(
      `SELECT status FROM handoff_tickets WHERE conversation_id = ANY($1::uuid[]) AND status IN ('open', 'claimed')`,
      [conversationIds],
    );
    if (rows.some((r) => r.status === 'claimed')) return 'with_person';
    return rows.length > 0 ? 'waiting' : null;
  }

  /**
   * Open tickets whose customer was not yet told when to expect an answer, once the handing-off turn's
   * reply is recorded (an assistant message since the ticket opened, or two minutes on), so a notice
   * follows the handoff reply in the transcript and reaches the widget's poll.
   */
  async awaitingAfterHoursNotice(limit = 200): Promise<Ticket[]> {
    const { rows } = await this.db.query<TicketRow>(
      `SELECT t.* FROM handoff_tickets t
        WHERE t.status = 'open' AND t.after_hours_notice_at IS NULL
          AND (t.created_at < now() - interval '2 minutes'
               OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = t.conversation_id
                             AND m.role = 'assistant' AND m.created_at >= t.created_at))
        ORDER BY t.created_at LIMIT $1`,
      [limit],
    );
    return rows.map(toTicket);
  }

  /** Marks that the customer was told when to expect an answer; false when someone already did. */
  async markAfterHoursNotice(ticketId: string): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `UPDATE handoff_tickets SET after_hours_notice_at = now() WHERE id = $1 AND after_hours_notice_at IS NULL`,
      [ticketId],
    );
    return rowCount === 1;
  }

  /** Waits for webhook deliveries under way (shutdown, tests). */
  async drain(): Promise<void> {
    await this.webhooks.drain();
  }

  private async transition(
    ticketId: string,
    login: string,
    from: TicketStatus[],
    to: TicketStatus,
    resolution: string | null,
    notAllowed: string,
  ): Promise<Ticket> {
    const current = await this.get(ticketId);
    if (!current) throw new NotFoundError('No ticket with this id.');
    if (current.status === 'claimed' && current.claimedBy !== login && to !== 'handed_back') {
      throw new ConflictError(`${current.claimedBy} holds this ticket.`);
    }
    if (to === 'claimed' && current.status === 'claimed') return current;
    const { rows } = await this.db.query<TicketRow>(
      `UPDATE handoff_tickets
          SET status = $3, updated_at = now(),
              claimed_by = CASE WHEN $3 = 'claimed' THEN $2 ELSE coalesce(claimed_by, $2) END,
              claimed_at = CASE WHEN $3 = 'claimed' THEN now() ELSE claimed_at END,
              closed_at = CASE WHEN $3 IN ('resolved', 'handed_back') THEN now() ELSE closed_at END,
              resolution = coalesce($4, resolution)
        WHERE id = $1 AND status = ANY($5::text[])
        RETURNING *`,
      [ticketId, login, to, resolution, from],
    );
    if (!rows[0]) throw new ConflictError(notAllowed);
    this.logger.info({ ticketId, login, status: to }, 'ticket changed');
    return toTicket(rows[0]);
  }
}

function liveTicket(tx: SqlExecutor, conversationId: string) {
  return tx
    .query<{ id: string; created_at: Date }>(
      `SELECT id, created_at FROM handoff_tickets WHERE conversation_id = $1 AND status IN ('open', 'claimed')
        FOR UPDATE`,
      [conversationId],
    )
    .then((result) => result.rows[0]);
}

function iso(value: Date | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

function toTicket(row: TicketRow): Ticket {
  const context = handoffContextSchema.safeParse(row.context ?? {});
  return {
    id: row.id,
    reference: ticketReference(row.id),
    conversationId: row.conversation_id,
    storeCode: row.store_code,
    reason: row.reason,
    status: row.status,
    customer: row.customer,
    orders: row.orders,
    transcript: row.transcript,
    suggestedReply: row.suggested_reply,
    context: context.success ? context.data : handoffContextSchema.parse({}),
    claimedBy: row.claimed_by,
    claimedAt: iso(row.claimed_at),
    closedAt: iso(row.closed_at),
    resolution: row.resolution,
    webhookStatus: row.webhook_status,
    webhookAttempts: row.webhook_attempts,
    afterHoursNoticeAt: iso(row.after_hours_notice_at ?? null),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
