/**
 * How a conversation ended, judged by what happened after it — not by whether the customer said thanks.
 * Pure: the facts are read from the record store before (`outcome-analytics.ts`).
 */
export type Outcome =
  /** Not handed off, not abandoned, no repeat contact, no reversal: the assistant's answer held. */
  | 'resolved'
  /** The same customer came back about the same order or topic within the window. */
  | 'repeat_contact'
  /** The assistant's answer denied a refund or return, and one was granted for that order afterwards. */
  | 'reversed'
  /** Handed to a person. */
  | 'escalated'
  /** The customer left with their last message unanswered or the assistant's question unanswered. */
  | 'abandoned';

export const OUTCOMES: readonly Outcome[] = [
  'resolved',
  'repeat_contact',
  'reversed',
  'escalated',
  'abandoned',
];

/** What the record store says about one conversation. */
export interface ConversationFacts {
  id: string;
  storeCode: string;
  /** Magento customer id; null for a guest (repeat contacts of guests cannot be told apart). */
  customerId: string | null;
  startedAt: Date;
  lastMessageAt: Date;
  /** The first customer intent that is not a greeting: what the conversation was about. */
  topic: string | null;
  /** Order numbers the customer named or the replies showed. */
  orders: string[];
  /** Reason of its (first) handoff ticket, when it had one. */
  escalationReason: string | null;
  /** Who wrote the last message. */
  lastRole: 'customer' | 'assistant' | 'agent' | 'system';
  /** The last assistant reply offered choices (quick replies): a question left open if nobody answered. */
  lastReplyAsked: boolean;
  /** Closed by the customer's thanks or goodbye. */
  closedByCustomer: boolean;
  /** Orders for which the conversation's action decision denied a refund or return. */
  deniedOrders: string[];
  ratings: number[];
}

/** A refund or return granted for an order: a later approved action request, or a credit memo in Magento. */
export interface Grant {
  orderNumber: string;
  at: Date;
}

export interface OutcomeOptions {
  /** Days after a conversation in which a contact about the same order or topic counts as a repeat. */
  windowDays: number;
}

const DAY_MS = 86_400_000;

/** Topics too generic to make two conversations "about the same thing". */
const GENERIC_TOPICS = new Set([
  'greeting',
  'thanks',
  'goodbye',
  'affirm',
  'deny',
  'out_of_scope',
  'human_agent',
]);

/**
 * The outcome of `conversation`, given the same customer's other conversations and the grants recorded
 * after it. Escalation first (a person took it), then abandonment, then what happened afterwards.
 */
export function classifyOutcome(
  conversation: ConversationFacts,
  others: readonly ConversationFacts[],
  grants: readonly Grant[],
  options: OutcomeOptions,
): Outcome {
  if (conversation.escalationReason !== null) return 'escalated';
  if (!conversation.closedByCustomer && (conversation.lastRole === 'customer' || conversation.lastReplyAsked))
    return 'abandoned';
  const after = conversation.lastMessageAt.getTime();
  const until = after + options.windowDays * DAY_MS;
  const reversed = grants.some(
    (g) =>
      conversation.deniedOrders.includes(g.orderNumber) && g.at.getTime() > after && g.at.getTime() <= until,
  );
  if (reversed) return 'reversed';
  if (conversation.customerId !== null) {
    const repeat = others.some(
      (other) =>
        other.id !== conversation.id &&
        other.customerId === conversation.customerId &&
        other.startedAt.getTime() > after &&
        other.startedAt.getTime() <= until &&
        (other.orders.some((o) => conversation.orders.includes(o)) ||
          (conversation.topic !== null &&
            !GENERIC_TOPICS.has(conversation.topic) &&
            other.topic === conversation.topic)),
    );
    if (repeat) return 'repeat_contact';
  }
  return 'resolved';
}
