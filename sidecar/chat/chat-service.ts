import { randomUUID } from 'node:crypto';
import type { ChatReply } from '../../common/chat-api/chat-api.js';
import type { ReplyPayload } from '../../common/chat-api/reply-payload.js';
import { ForbiddenError, isAppError, MagentoResponseError, ValidationError } from '../../common/errors.js';
import { withTimeLimit } from '../../common/magento/request-deadline.js';
import type { PageContext } from '../../common/chat-api/chat-api.js';
import type { CustomerIdentity } from '../../common/identity/customer-token-claims.js';
import type { Logger } from '../../common/logger.js';
import { ticketReference, type HandoffDesk, type HandoffReason } from '../escalation/handoff-tickets.js';
import type { AwaitedSlot, Intent, NluContext, Understanding } from '../nlu/types.js';
import type { ChatAttachments } from '../records/chat-attachments.js';
import type { ConversationRecords, RecordedReply } from '../records/conversation-records.js';
import { EMPTY_REPLY } from '../records/stored-reply.js';
import { bcp47, render } from '../replies/render.js';
import { withReplyContext } from '../replies/reply-context.js';
import { detectInjection } from '../safety/detect-injection.js';
import { filterOutput, type ProtectedValue } from '../safety/filter-output.js';
import { normalizeText } from '../safety/normalize-text.js';
import { SAFE_REPLY } from '../safety/safe-reply.js';
import type { StoreDirectory } from '../tools/store-directory.js';
import { verify } from '../verifier/verify.js';
import type { TurnFacts } from '../verifier/turn-facts.js';
import type { PhraseContext, PhraseResult } from '../llm/phrase-reply.js';
import type { ChatDeps } from '../flows/flow-deps.js';
import { newDialogueState, type DialogueState } from '../flows/dialogue-state.js';
import { writesRows, type SessionStore } from '../../common/session-store/session-store.js';
import { joinOutcomes, outcome } from '../flows/skills/outcome.js';
import type { SkillOutcome, StoreContext, Turn } from '../flows/turn.js';
import { FlowEngine, type Escalation } from '../flows/flow-engine.js';
import { createFlowRuntime } from '../flows/flow-runtime.js';
import type { Command } from '../flows/commands.js';
import { offlineCommands } from './commands/offline-commands.js';
import type { CommandContext, GeneratedCommands } from '../llm/generate-commands.js';

export interface ChatRequest {
  sessionId?: string;
  message: string;
  store?: string;
  /** Sales channel of the conversation. @default "web" */
  channel?: StoreContext['channel'];
  identity: CustomerIdentity | null;
  ip: string;
  /** The client's id for this message; a repeat returns the recorded reply. */
  clientMessageId?: string;
  /** Ids of this session's uploads the message sends (evidence). */
  attachments?: string[];
  /** The storefront page the shopper is on ("this jacket"): context only, never proof of anything. */
  page?: PageContext;
}

export interface ChatServiceOptions {
  records: ConversationRecords;
  /** Dialogue state between turns (Redis with REDIS_URL, memory otherwise), validated on read. */
  sessions: SessionStore<DialogueState>;
  handoffs: HandoffDesk;
  stores: StoreDirectory;
  logger: Logger;
  /** Values no reply may ever contain (shared secret, API keys, prompts). */
  protectedValues: ProtectedValue[];
  sessionTtlSeconds: number;
  /** Evidence uploads, tied to the message that sends them. */
  attachments: ChatAttachments;
  /** Time a turn may spend on Magento reads, retries included (TURN_DEADLINE_MS). @default 8000 */
  turnDeadlineMs?: number;
  /** Magento admin base URL, for order links in handoff tickets. */
  adminOrderUrl?: (entityId: number) => string;
  /**
   * Optional LLM phrasing of the verified template reply (OPENAI_API_KEY): the draft goes through the
   * verifier and output filter again, and the template is sent whenever it fails.
   */
  phrase?: (facts: TurnFacts, reply: string, context: PhraseContext) => Promise<PhraseResult>;
  /**
   * Optional LLM command generator (OPENAI_API_KEY): reads the message against the active flow; its
   * commands replace the offline reading only when every one passed its checks.
   */
  generateCommands?: (context: CommandContext) => Promise<GeneratedCommands>;
  /** Escalation contact per store (from the module's configuration). */
  escalationContact?: (store: string) => Promise<string | null>;
  now?: () => Date;
}

/** Consecutive misunderstood turns after which a person takes over. */
const MISUNDERSTANDINGS_BEFORE_HANDOFF = 2;
/** Injection attempts after which the session goes to a person for review. */
const INJECTIONS_BEFORE_HANDOFF = 3;
/** Turns one conversation may take before a person takes over (a loop cap on every path). */
export const MAX_TURNS = 60;

/**
 * One chat turn: understand → load facts → decide → compose → verify → record. Skills produce replies
 * from templates and deterministic facts; the verifier checks every reply against those facts before it
 * leaves; every message, citation and escalation is recorded.
 */
export class ChatService {
  private readonly engine: FlowEngine;

  constructor(
    private readonly deps: ChatDeps,
    private readonly options: ChatServiceOptions,
  ) {
    this.engine = new FlowEngine(createFlowRuntime(deps));
  }

  async handle(request: ChatRequest): Promise<ChatReply> {
    const traceId = randomUUID();
    const now = this.options.now?.() ?? new Date();
    const store = {
      ...(await this.options.stores.resolve(request.store ?? request.identity?.storeCode)),
      ...(request.channel ? { channel: request.channel } : {}),
    };
    if (request.identity && request.identity.websiteCode !== store.websiteCode) {
      throw new ForbiddenError('This customer token was issued for another website.');
    }
    const state = await this.loadState(request, store);
    // Every word of the turn is the store view's (merchant overrides) and varies through the conversation.
    return withReplyContext({ store: store.code, conversationId: state.conversationId }, () =>
      this.respond(request, store, state, traceId, now),
    );
  }

  private async respond(
    request: ChatRequest,
    store: StoreContext,
    state: DialogueState,
    traceId: string,
    now: Date,
  ): Promise<ChatReply> {
    if (request.clientMessageId) {
      const earlier = await this.options.records.replyTo(state.conversationId, request.clientMessageId);
      if (earlier) return replayed(earlier, state.sessionId);
    }
    const attachmentIds = [...new Set(request.attachments ?? [])];
    const unsent = await this.options.attachments.unsent(state.sessionId, attachmentIds);
    if (unsent.length !== attachmentIds.length)
      throw new ValidationError('attachments: every id must be an upload of this session not sent before.');
    // The customer's message is recorded before Magento or the NLU is asked anything: an outage after
    // this point costs the reply, never the message. The same statement says whether a person holds
    // the conversation: the assistant then stays quiet, and the message is theirs.
    const customerMessage = await this.options.records.appendCustomerMessage({
      conversationId: state.conversationId,
      text: request.message,
      traceId,
      ...(request.clientMessageId ? { clientMessageId: request.clientMessageId } : {}),
    });
    if (customerMessage.personHolds) return this.passedToPerson(customerMessage.id, state, traceId);
    await this.options.attachments.send(state.sessionId, customerMessage.id, attachmentIds);

    const text = normalizeText(request.message).text;
    // On a product page, "this jacket" is the page's product (context only: everything about it is read
    // from Magento by SKU).
    if (request.page?.type === 'product' && request.page.sku && request.page.productName)
      state.focusProduct = { sku: request.page.sku, name: request.page.productName };
    const injection = detectInjection(request.message);
    let understanding: Understanding | null = null;
    let result: SkillOutcome;
    /** The intent answered; `store_unavailable` when a dependency failed before one could be. */
    let intent: Intent | 'store_unavailable';
    let flowEscalation: Escalation | undefined;
    let ranFlow: string | undefined;
    let commands: Command[] = [];
    try {
      understanding = await this.deps.understand(store.code, text, {
        ...nluContext(state),
        storeLanguage: store.locale,
      });
      const turn: Turn = {
        text,
        understanding,
        state,
        store,
        identity: request.identity,
        ip: request.ip,
        now,
        attachments: attachmentIds,
      };
      intent = understanding.intent;
      if (injection.flagged) {
        state.injectionAttempts += 1;
        result = outcome(
          SAFE_REPLY,
          state.injectionAttempts >= INJECTIONS_BEFORE_HANDOFF ? { escalate: 'safety' } : {},
        );
        this.options.logger.warn({ traceId, findings: injection.findings }, 'prompt injection attempt');
      } else if (state.turns >= MAX_TURNS) {
        result = outcome('', { escalate: 'repeated_misunderstanding' });
      } else {
        // Understanding proposes commands; the declared flows do the work.
        commands = await this.generateCommands(understanding, state, request, traceId);
        // The turn's deadline: every Magento read a flow makes is cut off at `turnDeadlineMs`
        // (retries included), and a store that does not answer in time gets a reply that says so.
        const run = await withTimeLimit(this.options.turnDeadlineMs ?? 8000, () =>
          this.engine.run(commands, turn),
        );
        flowEscalation = run.escalation;
        ranFlow = run.ran[0];
        result = joinOutcomes(run.parts.length > 0 ? run.parts : [outcome('')]);
        if (run.misunderstood) result.misunderstood = true;
        if (run.escalation) result.escalate ??= run.escalation.reason;
        // "no, leave it, I'll keep it" right after a handoff: the person must know before acting on it.
        if (run.withdrawn)
          await this.options.handoffs.noteWithdrawal(run.withdrawn.ticketId, text, now.toISOString());
      }
    } catch (error) {
      if (!isDependencyOutage(error)) throw error;
      // Magento down, slow past the deadline or answering nonsense: say so and offer a person.
      this.options.logger.warn({ traceId, err: error }, 'a dependency failed during the turn');
      intent = 'store_unavailable';
      result = outcome(render('store_unavailable', store.locale), {
        quickReplies: [render('talk_to_human', store.locale)],
      });
    }

    result = this.checkReply(result, store, traceId);
    if (this.options.phrase && !injection.flagged && !result.escalate) {
      const phrased = await this.options.phrase(result.facts, result.reply, {
        locale: bcp47(store.locale),
        currency: store.currency,
        customerKey: request.identity?.customerId ?? `session:${state.sessionId}`,
        conversationTurns: state.turns,
        customerMessage: text,
      });
      if (phrased.fallback)
        this.options.logger.info(
          { traceId, fallback: phrased.fallback, violations: phrased.violations },
          'LLM draft not used',
        );
      result = {
        ...result,
        reply: phrased.reply,
        ...(phrased.handoff ? { escalate: 'budget_exhausted' as const } : {}),
      };
    }
    const escalate =
      result.escalate ?? (understanding ? this.escalationRule(understanding, state, result) : undefined);
    Object.assign(state, result.state);
    state.turns += 1;
    if (intent !== 'store_unavailable') state.lastIntent = intent;
    state.misunderstandings = result.misunderstood ? state.misunderstandings + 1 : 0;

    let escalation: ReplyPayload['escalation'] = null;
    let reply = result.reply;
    if (escalate) {
      const ticket = await this.openHandoff(
        escalate,
        state,
        store,
        request,
        reply,
        result.facts,
        flowEscalation,
      );
      escalation = { reason: escalate, ticketId: ticket };
      state.escalation = { ticketId: ticket, reason: escalate, turn: state.turns };
      const contact = await this.options.escalationContact?.(store.code);
      const handoffText = render('handoff', store.locale, {
        ticket: ticketReference(ticket),
        contact: contact ? render('handoff_contact', store.locale, { contact }) : '',
      });
      reply = reply ? `${reply} ${handoffText}` : handoffText;
    }
    const resolved = !escalate && (intent === 'thanks' || intent === 'goodbye');

    // One payload for the live reply and the stored message: a reload shows what was said, as it was.
    const payload: ReplyPayload = {
      products: result.products,
      citations: result.citations,
      escalation,
      quickReplies: result.quickReplies,
      order: result.order ?? null,
      orders: result.orders ?? [],
      comparison: result.comparison ?? null,
    };
    const entities = { ...understanding?.entities };
    const confidence = understanding?.confidence ?? 0;
    // The reply, what was understood of the customer's message, the conversation's status and the
    // dialogue state's durable copy (when the session store keeps one in the record store): one statement.
    const sessions = this.options.sessions;
    const session = writesRows(sessions)
      ? sessions.prepare(state.sessionId, state, this.options.sessionTtlSeconds)
      : undefined;
    const assistantMessage = await this.options.records.recordReply({
      reply: {
        conversationId: state.conversationId,
        role: 'assistant',
        text: reply,
        intent,
        reply: payload,
        traceId,
        ...(request.clientMessageId ? { clientMessageId: request.clientMessageId } : {}),
        turnSummary: { confidence, entities, actions: result.actions, ...(ranFlow ? { flow: ranFlow } : {}) },
      },
      ...(understanding
        ? {
            understanding: {
              messageId: customerMessage.id,
              intent: understanding.intent,
              confidence: understanding.confidence,
              entities: understanding.entities,
            },
          }
        : {}),
      ...(resolved ? { status: 'resolved' as const } : {}),
      ...(session ? { session: session.row } : {}),
    });
    // Two deliveries of one message raced: the one recorded first is the answer.
    if (assistantMessage.repeated && request.clientMessageId) {
      const earlier = await this.options.records.replyTo(state.conversationId, request.clientMessageId);
      if (earlier) return replayed(earlier, state.sessionId);
    }
    // A repeated reply wrote no session row.
    if (session && !assistantMessage.repeated) await session.written();
    else await sessions.set(state.sessionId, state, this.options.sessionTtlSeconds);
    this.options.logger.info(
      {
        traceId,
        session: state.sessionId,
        intent,
        confidence,
        escalation: escalation?.reason,
      },
      'chat turn',
    );
    return {
      ...payload,
      sessionId: state.sessionId,
      messageId: assistantMessage.id,
      reply,
      intent,
      confidence,
      // A plain copy: the wire type is a string-keyed record, which an interface type does not satisfy.
      entities,
      actions: result.actions,
      traceId,
    };
  }

  /** The offline reading, or the LLM's when one is configured and every command it gave passed its checks. */
  private async generateCommands(
    understanding: Understanding,
    state: DialogueState,
    request: ChatRequest,
    traceId: string,
  ): Promise<Command[]> {
    const offline = offlineCommands(understanding, state);
    if (!this.options.generateCommands) return offline;
    const generated = await this.options.generateCommands({
      message: understanding.text,
      activeFlow: state.flows[state.flows.length - 1],
      offline,
      customerKey: request.identity?.customerId ?? `session:${state.sessionId}`,
      conversationTurns: state.turns,
    });
    if (generated.commands === null) {
      this.options.logger.info(
        { traceId, fallback: generated.fallback, refused: generated.refused },
        'LLM commands not used',
      );
      return offline;
    }
    return generated.commands;
  }

  /**
   * The last gate: the verifier checks every claim against the turn's facts, and the output filter
   * keeps secrets and prompts out. A reply that fails is replaced, never patched.
   */
  private checkReply(result: SkillOutcome, store: StoreContext, traceId: string): SkillOutcome {
    const verdict = verify(result.reply, result.facts, {
      locale: bcp47(store.locale),
      currency: store.currency,
    });
    if (!verdict.ok) {
      this.options.logger.error(
        { traceId, violations: verdict.violations, blocked: result.reply },
        'verifier blocked a reply',
      );
      return outcome(render('unverified_handoff', store.locale), { escalate: 'low_confidence' });
    }
    const leak = filterOutput(result.reply, this.options.protectedValues);
    if (!leak.ok) {
      this.options.logger.error(
        { traceId, leaks: leak.leaks.map((l) => l.label) },
        'output filter blocked a reply',
      );
      return outcome(SAFE_REPLY);
    }
    return result;
  }

  private escalationRule(
    understanding: Understanding,
    state: DialogueState,
    result: SkillOutcome,
  ): HandoffReason | undefined {
    if (state.escalation) return undefined;
    if (understanding.entities.sentiment.angry) return 'negative_sentiment';
    if (result.misunderstood && state.misunderstandings + 1 >= MISUNDERSTANDINGS_BEFORE_HANDOFF)
      return 'repeated_misunderstanding';
    return undefined;
  }

  private async openHandoff(
    reason: HandoffReason,
    state: DialogueState,
    store: StoreContext,
    request: ChatRequest,
    pendingReply: string,
    facts: TurnFacts,
    escalation: Escalation | undefined,
  ): Promise<string> {
    const [history, files] = await Promise.all([
      this.options.records.history(state.sessionId),
      this.options.attachments.sentIn(state.conversationId),
    ]);
    const orderNumbers = [
      ...new Set(
        [state.lastOrderNumber, escalation?.flow?.slots.order, ...state.guest.verifiedOrders].filter(
          (n): n is string => !!n,
        ),
      ),
    ];
    // Order links for the person, read under the turn's deadline: a Magento that does not answer must
    // not hold up the handoff (the ticket then goes without the links, never without the customer).
    const orders = await withTimeLimit(this.options.turnDeadlineMs ?? 8000, () =>
      Promise.all(
        orderNumbers.map(async (number) => {
          const entityId = await this.orderEntityId(store.code, number, request.identity);
          return {
            number,
            ...(entityId !== undefined ? { entityId } : {}),
            ...(entityId !== undefined && this.options.adminOrderUrl
              ? { adminUrl: this.options.adminOrderUrl(entityId) }
              : {}),
          };
        }),
      ),
    );
    const ticket = await this.options.handoffs.open({
      conversationId: state.conversationId,
      storeCode: store.code,
      reason,
      customer: {
        id: request.identity?.customerId ?? null,
        email: request.identity?.email ?? state.guest.email ?? null,
        verifiedOrders: state.guest.verifiedOrders,
      },
      orders,
      transcript: history.map((m) => {
        const sent = files.filter((f) => f.messageId === m.id);
        return {
          role: m.role,
          text: m.text,
          at: m.createdAt,
          ...(sent.length > 0
            ? { attachments: sent.map(({ id, name, type, size }) => ({ id, name, type, size })) }
            : {}),
        };
      }),
      suggestedReply: pendingReply,
      // The co-pilot drafts from these facts; a flow's slots tell the person what was collected.
      context: {
        locale: store.locale,
        currency: store.currency,
        facts,
        ...(escalation?.flow ? { flow: { name: escalation.flow.name, slots: escalation.flow.slots } } : {}),
      },
    });
    return ticket.ticketId;
  }

  /** The customer's message went to the person holding the conversation: no assistant reply. */
  private async passedToPerson(messageId: string, state: DialogueState, traceId: string): Promise<ChatReply> {
    await this.options.sessions.set(state.sessionId, state, this.options.sessionTtlSeconds);
    return {
      ...EMPTY_REPLY,
      sessionId: state.sessionId,
      messageId,
      reply: '',
      intent: 'human_agent',
      confidence: 1,
      entities: {},
      actions: [],
      traceId,
      personHolds: true,
    };
  }

  private async orderEntityId(
    store: string,
    number: string,
    identity: CustomerIdentity | null,
  ): Promise<number | undefined> {
    if (!identity) return undefined;
    const order = await this.deps.orders.forCustomer(store, identity.customerId, number).catch(() => null);
    return order?.order.entity_id;
  }

  /**
   * A session belongs to whoever started it. An expired session id can be reused only by its owner
   * (a new conversation starts); anyone else is refused rather than shown someone's history.
   */
  private async loadState(request: ChatRequest, store: StoreContext): Promise<DialogueState> {
    const requester = request.identity?.customerId ?? null;
    let sessionId: string = randomUUID();
    if (request.sessionId) {
      const stored = await this.options.sessions.get(request.sessionId);
      // undefined: a session id nobody has used yet.
      const owner = stored
        ? stored.customerId
        : (await this.options.records.sessionOwner(request.sessionId))?.customerId;
      if (owner !== undefined && owner !== null && owner !== requester) {
        throw new ForbiddenError('This chat session belongs to another customer.');
      }
      if (stored && owner === requester) {
        stored.storeCode = store.code;
        return stored;
      }
      // A guest who signs in mid-conversation gets a fresh session, so account data never lands in a
      // transcript that anyone holding the guest session id could read.
      if (owner === undefined || owner === requester) sessionId = request.sessionId;
    }
    const conversationId = await this.options.records.startConversation({
      sessionId,
      storeCode: store.code,
      customerId: requester,
      channel: store.channel,
    });
    return newDialogueState({ sessionId, conversationId, storeCode: store.code, customerId: requester });
  }
}

/** Failures of what a turn depends on (Magento, a backend), as opposed to bugs and bad input. */
function isDependencyOutage(error: unknown): boolean {
  return (
    (isAppError(error) && error.retryable) || // Magento or a backend down, the index still building
    error instanceof MagentoResponseError || // Magento answered with something we cannot read
    (error instanceof Error && error.name === 'TimeoutError')
  );
}

/** A reply recorded earlier under the same client message id, as the wire shape. */
function replayed(earlier: RecordedReply, sessionId: string): ChatReply {
  const { id, text, intent, traceId, turnSummary } = earlier;
  return {
    products: earlier.products,
    citations: earlier.citations,
    escalation: earlier.escalation,
    quickReplies: earlier.quickReplies,
    order: earlier.order,
    orders: earlier.orders,
    comparison: earlier.comparison,
    sessionId,
    messageId: id,
    reply: text,
    intent: intent ?? 'unknown',
    confidence: turnSummary.confidence ?? 0,
    entities: turnSummary.entities ?? {},
    actions: turnSummary.actions ?? [],
    traceId: traceId ?? '',
  };
}

function nluContext(state: DialogueState): NluContext {
  const awaiting = awaitedSlot(state);
  return {
    ...(state.lastIntent ? { previousIntent: state.lastIntent } : {}),
    ...(state.shownProducts.length > 0 ? { shownProducts: state.shownProducts } : {}),
    ...(state.focusProduct ? { focusProduct: state.focusProduct } : {}),
    ...(state.lastOrderNumber ? { lastOrderNumber: state.lastOrderNumber } : {}),
    ...(awaiting ? { awaiting } : {}),
  };
}

/** What the active flow waits for, as the NLU reads short answers ("yes", "000000123", "the blue one"). */
function awaitedSlot(state: DialogueState): AwaitedSlot | undefined {
  const pending = state.flows[state.flows.length - 1]?.pending;
  if (!pending || pending.kind === 'wait') return undefined;
  if (pending.kind === 'confirm') return 'confirmation';
  switch (pending.slot) {
    case 'order':
      return 'order_number';
    // The question asks for the e-mail and a last name or postcode at once.
    case 'email':
    case 'last_name':
    case 'postcode':
      return 'verification';
    case 'products':
      return 'product';
    default:
      return undefined;
  }
}
