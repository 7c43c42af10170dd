import { ForbiddenError, NotFoundError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { RecordStore } from '../../common/record-store/record-store.js';
import type { ProductCard } from '../../common/chat-api/reply-payload.js';
import { outcomeAnalytics, type OutcomeQuery, type OutcomeReport } from '../analytics/outcome-analytics.js';
import { recordIsIntact, type AuditLog } from '../audit/audit-log.js';
import type { AuditRecord } from '../audit/audit-entry.js';
import type { HandoffDesk, Ticket, TicketFilter } from '../escalation/handoff-tickets.js';
import type { ConversationRecords, StoredMessage } from '../records/conversation-records.js';
import { render } from '../replies/render.js';
import { copilotDraft, withShownOrders, type CopilotDraft, type CopilotOptions } from './copilot-draft.js';
import type { Operator } from './operators.js';
import {
  conversationActions,
  flowDecision,
  latestDecision,
  type ConversationAction,
} from './recorded-decision.js';

/** A ticket in the queue: what an agent needs to pick the next one. */
export interface QueueEntry extends Ticket {
  /** Seconds the customer has waited for a person: until claimed, or until now. */
  waitingSeconds: number;
}

export interface OrderLink {
  number: string;
  /** The Magento admin order page, when the order's entity id is known. */
  adminUrl: string | null;
  /** The order's state as the handing-off turn read it. */
  status: string | null;
}

/** Everything the inbox shows about one ticket. */
export interface TicketView {
  ticket: QueueEntry;
  messages: StoredMessage[];
  orders: OrderLink[];
  products: ProductCard[];
  policies: { ruleId: string; version: string; appliesTo: string }[];
  actions: ConversationAction[];
  /** The audit trail of each order the conversation acted on, oldest first, each entry checked against its hash. */
  audit: (AuditRecord & { intact: boolean })[];
  draft: CopilotDraft;
}

export interface InboxServiceDeps {
  db: RecordStore;
  desk: HandoffDesk;
  records: ConversationRecords;
  auditLog: AuditLog;
  logger: Logger;
  /** The Magento admin order page for an order, resolving its entity id when needed; null when unknown. */
  adminOrderUrl: (storeCode: string, order: Ticket['orders'][number]) => Promise<string | null>;
  copilot?: CopilotOptions;
  now?: () => Date;
}

/** Drafts phrased by an LLM are kept per ticket and template, so a page view costs no second call. */
const DRAFT_CACHE_SIZE = 200;

/**
 * The agent inbox's use cases: the queue, one ticket with its conversation and facts, and the actions
 * a person takes (claim, reply, resolve, hand back). The HTTP routes and the page call only this.
 */
export class InboxService {
  private readonly drafts = new Map<string, CopilotDraft>();

  constructor(private readonly deps: InboxServiceDeps) {}

  /** Outcome analytics for the inbox's analytics page, CSV export and API. */
  outcomes(query: OutcomeQuery): Promise<OutcomeReport> {
    return outcomeAnalytics(this.deps.db, query);
  }

  async queue(filter: TicketFilter = {}): Promise<QueueEntry[]> {
    return (await this.deps.desk.list(filter)).map((ticket) => this.withWaiting(ticket));
  }

  async view(ticketId: string): Promise<TicketView> {
    const ticket = await this.ticket(ticketId);
    const [messages, actions] = await Promise.all([
      this.deps.records.conversationMessages(ticket.conversationId),
      conversationActions(this.deps.db, ticket.conversationId),
    ]);
    const facts = withShownOrders(
      ticket.context.facts,
      messages.flatMap((m) => [...(m.order ? [m.order] : []), ...m.orders]),
    );
    const numbers = [
      ...new Set([
        ...ticket.orders.map((o) => o.number),
        ...facts.orders.map((o) => o.number),
        ...actions.map((a) => a.orderNumber),
      ]),
    ];
    const orders = await Promise.all(
      numbers.map(async (number) => ({
        number,
        adminUrl: await this.deps
          .adminOrderUrl(ticket.storeCode, ticket.orders.find((o) => o.number === number) ?? { number })
          .catch((error: unknown) => {
            this.deps.logger.warn({ err: error, number }, 'order link not resolved');
            return null;
          }),
        status: facts.orders.find((o) => o.number === number)?.status ?? null,
      })),
    );
    const audit = (
      await Promise.all(
        [...new Set(actions.map((a) => a.orderNumber))].map((n) => this.deps.auditLog.replayByOrder(n)),
      )
    )
      .flat()
      .sort((a, b) => a.seq - b.seq)
      .map((entry) => ({ ...entry, intact: recordIsIntact(entry) }));
    const products = [
      ...new Map(messages.flatMap((m) => m.products).map((p) => [p.sku, p] as const)).values(),
    ];
    const policies = new Map<string, { ruleId: string; version: string; appliesTo: string }>();
    for (const p of facts.policies) policies.set(`${p.ruleId}@${p.version}`, p);
    for (const c of messages.flatMap((m) => m.citations).filter((c) => c.source === 'policy'))
      if (c.version)
        policies.set(`${c.id}@${c.version}`, { ruleId: c.id, version: c.version, appliesTo: c.title ?? '' });
    const draft = await this.draft(
      { ...ticket, context: { ...ticket.context, facts } },
      latestDecision(actions) ?? flowDecision(ticket.context.flow),
    );
    return {
      ticket: this.withWaiting(ticket),
      messages,
      orders,
      products,
      policies: [...policies.values()].map(({ ruleId, version, appliesTo }) => ({
        ruleId,
        version,
        appliesTo,
      })),
      actions,
      audit,
      draft,
    };
  }

  /** Takes the ticket: from now on the assistant stays quiet and the customer is told a person is here. */
  async claim(ticketId: string, operator: Operator): Promise<Ticket> {
    const before = await this.ticket(ticketId);
    const ticket = await this.deps.desk.claim(ticketId, operator.login);
    if (before.status === 'open')
      await this.say(
        ticket,
        operator,
        render('agent_joined', ticket.context.locale, { name: operator.displayName }),
      );
    return ticket;
  }

  /** The agent's answer, into the customer's widget; only the agent holding the ticket may answer. */
  async reply(ticketId: string, operator: Operator, text: string): Promise<{ messageId: string }> {
    const ticket = await this.ticket(ticketId);
    if (ticket.status !== 'claimed' || ticket.claimedBy !== operator.login)
      throw new ForbiddenError('Claim the ticket before answering.');
    return this.say(ticket, operator, text);
  }

  async resolve(ticketId: string, operator: Operator, resolution: string): Promise<Ticket> {
    return this.tell(await this.deps.desk.resolve(ticketId, operator.login, resolution), 'agent_resolved');
  }

  /** Gives the conversation back to the assistant, and tells the customer so. */
  async handBack(ticketId: string, operator: Operator, note: string): Promise<Ticket> {
    return this.tell(await this.deps.desk.handBack(ticketId, operator.login, note), 'agent_handed_back');
  }

  /** The customer's word that the person has left the conversation, from the template table. */
  private async tell(ticket: Ticket, template: 'agent_resolved' | 'agent_handed_back'): Promise<Ticket> {
    await this.deps.records.appendMessage({
      conversationId: ticket.conversationId,
      role: 'assistant',
      text: render(template, ticket.context.locale),
    });
    return ticket;
  }

  private async say(ticket: Ticket, operator: Operator, text: string): Promise<{ messageId: string }> {
    const stored = await this.deps.records.appendMessage({
      conversationId: ticket.conversationId,
      role: 'agent',
      text,
      author: render('agent_label', ticket.context.locale, { name: operator.displayName }),
    });
    this.deps.logger.info({ ticketId: ticket.id, login: operator.login }, 'agent message');
    return { messageId: stored.id };
  }

  private async draft(ticket: Ticket, decision: Parameters<typeof copilotDraft>[1]): Promise<CopilotDraft> {
    if (!this.deps.copilot?.phrase) return copilotDraft(ticket, decision);
    const orders = ticket.context.facts?.orders.map((o) => `${o.number}:${o.status}`);
    const key = `${ticket.id}:${JSON.stringify([decision, orders])}`;
    const cached = this.drafts.get(key);
    if (cached) return cached;
    const draft = await copilotDraft(ticket, decision, this.deps.copilot);
    if (this.drafts.size >= DRAFT_CACHE_SIZE) this.drafts.delete(this.drafts.keys().next().value!);
    this.drafts.set(key, draft);
    return draft;
  }

  private async ticket(ticketId: string): Promise<Ticket> {
    const ticket = await this.deps.desk.get(ticketId);
    if (!ticket) throw new NotFoundError('No ticket with this id.');
    return ticket;
  }

  private withWaiting(ticket: Ticket): QueueEntry {
    const until = ticket.claimedAt ?? ticket.closedAt ?? (this.deps.now?.() ?? new Date()).toISOString();
    const waitingSeconds = Math.max(0, Math.round((Date.parse(until) - Date.parse(ticket.createdAt)) / 1000));
    return { ...ticket, waitingSeconds };
  }
}
