import type { RecordStore } from '../../common/record-store/record-store.js';
import type { AuthorizationResult } from '../actions/authorization/authorization-result.js';
import type { ActionRow } from '../actions/outbox/action-outbox.js';
import type { Ticket } from '../escalation/handoff-tickets.js';
import type { RecordedDecision } from './copilot-draft.js';

type HandoffContextOutput = Ticket['context'];

/** A conversation's action decisions as recorded in the outbox, newest first. */
export interface ConversationAction {
  action: ActionRow['action'];
  orderNumber: string;
  storeCode: string;
  verdict: ActionRow['verdict'];
  state: ActionRow['state'];
  reason: string;
  amount: number;
  currency: string;
  codes: string[];
  reasons: string[];
  decidedAt: string;
  updatedAt: string;
}

export async function conversationActions(
  db: RecordStore,
  conversationId: string,
): Promise<ConversationAction[]> {
  const { rows } = await db.query<
    Pick<
      ActionRow,
      | 'action'
      | 'order_number'
      | 'store_code'
      | 'verdict'
      | 'state'
      | 'reason'
      | 'amount_cents'
      | 'currency'
      | 'decision'
    > & { created_at: Date; updated_at: Date }
  >(
    `SELECT action, order_number, store_code, verdict, state, reason, amount_cents, currency, decision, created_at, updated_at
       FROM action_requests WHERE conversation_id = $1 ORDER BY updated_at DESC`,
    [conversationId],
  );
  return rows.map((row) => ({
    action: row.action,
    orderNumber: row.order_number,
    storeCode: row.store_code,
    verdict: row.verdict,
    state: row.state,
    reason: row.reason,
    amount: Number(row.amount_cents) / 100,
    currency: row.currency,
    codes: violationCodes(row.decision),
    reasons: row.decision.reasons ?? [],
    decidedAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  }));
}

/** Every violation code of a decision, order-level and per line, each once. */
function violationCodes(decision: AuthorizationResult): string[] {
  return [
    ...new Set([
      ...(decision.violations ?? []).map((v) => v.code),
      ...(decision.items ?? []).flatMap((item) => (item.violations ?? []).map((v) => v.code)),
    ]),
  ];
}

/** The decision a draft answers: the conversation's latest action decision. */
export function latestDecision(actions: readonly ConversationAction[]): RecordedDecision | null {
  const latest = actions[0];
  if (!latest) return null;
  return {
    action: latest.action,
    orderNumber: latest.orderNumber,
    verdict: latest.verdict,
    codes: latest.codes,
    reasons: latest.reasons,
    amount: latest.amount,
    currency: latest.currency,
    executed: latest.state === 'done',
  };
}

const ACTIONS = ['refund', 'return', 'cancel', 'coupon'] as const;
const VERDICTS = ['approve', 'deny', 'needs_evidence', 'human_review'] as const;

/**
 * The flow engine's decision (#13), when it passed one with the handoff and no action was recorded:
 * read from its slots `action`, `order_number`, `amount` and `currency`.
 */
export function flowDecision(flow: HandoffContextOutput['flow']): RecordedDecision | null {
  const decision = flow?.decision;
  const action = ACTIONS.find((a) => a === flow?.slots.action);
  const verdict = VERDICTS.find((v) => v === decision?.verdict);
  const orderNumber = flow?.slots.order_number;
  if (!decision || !action || !verdict || typeof orderNumber !== 'string') return null;
  return {
    action,
    orderNumber,
    verdict,
    codes: decision.codes,
    reasons: decision.reasons,
    amount: typeof flow.slots.amount === 'number' ? flow.slots.amount : 0,
    currency: typeof flow.slots.currency === 'string' ? flow.slots.currency : '',
    executed: false,
  };
}
