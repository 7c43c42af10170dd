import type { RecordStore } from '../../common/record-store/record-store.js';
import {
  classifyOutcome,
  OUTCOMES,
  type ConversationFacts,
  type Grant,
  type Outcome,
} from './classify-outcome.js';

export interface OutcomeQuery {
  /** Inclusive start (ISO date or date-time): conversations started from here. */
  from: string;
  /** Exclusive end. */
  to: string;
  store?: string;
  /** Days after a conversation in which a return about the same order or topic makes it unresolved. @default 7 */
  windowDays?: number;
}

export interface OutcomeCounts {
  conversations: number;
  outcomes: Record<Outcome, number>;
  /** Resolved by outcome, among conversations not abandoned, 0–1. */
  resolutionRate: number;
  /** Not handed to a person, among conversations not abandoned, 0–1. */
  deflectionRate: number;
  /** Handed to a person, among conversations not abandoned, 0–1. */
  escalationRate: number;
  /** Abandoned, among all conversations, 0–1 (counted apart from the rates above). */
  abandonmentRate: number;
  /** Share of ratings ≥ 4 (self-reported, beside the outcome); null when nobody rated. */
  csat: number | null;
  ratings: number;
}

export interface OutcomeReport extends OutcomeCounts {
  from: string;
  to: string;
  store: string | null;
  windowDays: number;
  perDay: (OutcomeCounts & { day: string })[];
  perStore: (OutcomeCounts & { store: string })[];
  /**
   * Per topic: the flow the assistant ran first (`turn_summary.flow` of its replies, once the flows record
   * it), else the conversation's first intent that is not small talk.
   */
  perIntent: (OutcomeCounts & { intent: string })[];
  escalationsByReason: { reason: string; conversations: number }[];
}

interface FactRow {
  id: string;
  store_code: string;
  customer_id: string | null;
  started_at: Date;
  last_message_at: Date;
  status: string;
  topic: string | null;
  last_role: ConversationFacts['lastRole'] | null;
  last_reply_asked: boolean | null;
  escalation_reason: string | null;
  ratings: number[] | null;
  orders: string[] | null;
  denied_orders: string[] | null;
}

const FACTS_SQL = `
SELECT c.id, c.store_code, c.customer_id, c.started_at, c.last_message_at, c.status,
  coalesce(
    (SELECT m.turn_summary->>'flow' FROM messages m WHERE m.conversation_id = c.id AND m.role = 'assistant'
        AND jsonb_typeof(m.turn_summary->'flow') = 'string' ORDER BY m.seq LIMIT 1),
    (SELECT m.intent FROM messages m WHERE m.conversation_id = c.id AND m.role = 'customer' AND m.intent IS NOT NULL
        AND m.intent NOT IN ('greeting', 'thanks', 'goodbye', 'affirm', 'deny') ORDER BY m.seq LIMIT 1)) AS topic,
  (SELECT m.role FROM messages m WHERE m.conversation_id = c.id ORDER BY m.seq DESC LIMIT 1) AS last_role,
  (SELECT jsonb_typeof(m.reply_extras->'quickReplies') = 'array' AND jsonb_array_length(m.reply_extras->'quickReplies') > 0
     FROM messages m WHERE m.conversation_id = c.id AND m.role = 'assistant' ORDER BY m.seq DESC LIMIT 1) AS last_reply_asked,
  (SELECT t.reason FROM handoff_tickets t WHERE t.conversation_id = c.id ORDER BY t.created_at LIMIT 1) AS escalation_reason,
  (SELECT array_agg(f.rating) FROM feedback f WHERE f.conversation_id = c.id) AS ratings,
  (SELECT array_agg(DISTINCT x.o) FROM (
      SELECT jsonb_array_elements(m.entities->'orderNumbers')->>'value' AS o FROM messages m
       WHERE m.conversation_id = c.id AND jsonb_typeof(m.entities->'orderNumbers') = 'array'
      UNION SELECT m.reply_extras->'order'->>'number' FROM messages m
       WHERE m.conversation_id = c.id AND jsonb_typeof(m.reply_extras->'order') = 'object'
      UNION SELECT a.order_number FROM action_requests a WHERE a.conversation_id = c.id::text) x
    WHERE x.o IS NOT NULL) AS orders,
  (SELECT array_agg(DISTINCT a.order_number) FROM action_requests a
    WHERE a.conversation_id = c.id::text AND a.verdict = 'deny' AND a.action IN ('refund', 'return')) AS denied_orders
FROM conversations c`;

function toFacts(row: FactRow): ConversationFacts {
  return {
    id: row.id,
    storeCode: row.store_code,
    customerId: row.customer_id,
    startedAt: new Date(row.started_at),
    lastMessageAt: new Date(row.last_message_at),
    topic: row.topic,
    orders: row.orders ?? [],
    escalationReason: row.escalation_reason,
    lastRole: row.last_role ?? 'customer',
    lastReplyAsked: row.last_reply_asked === true,
    closedByCustomer: row.status === 'resolved',
    deniedOrders: row.denied_orders ?? [],
    ratings: (row.ratings ?? []).map(Number),
  };
}

/**
 * Outcome analytics over a period, from recorded facts only: every conversation started in the period
 * is classified (`classifyOutcome`) with the same customers' later conversations and the refunds and
 * returns granted afterwards, then counted per day, store view and topic.
 */
export async function outcomeAnalytics(db: RecordStore, query: OutcomeQuery): Promise<OutcomeReport> {
  const windowDays = query.windowDays ?? 7;
  const inPeriod = await db.query<FactRow>(
    `${FACTS_SQL} WHERE c.started_at >= $1::timestamptz AND c.started_at < $2::timestamptz
        AND ($3::text IS NULL OR c.store_code = $3) ORDER BY c.started_at`,
    [query.from, query.to, query.store ?? null],
  );
  const conversations = inPeriod.rows.map(toFacts);
  const customers = [
    ...new Set(conversations.map((c) => c.customerId).filter((c): c is string => c !== null)),
  ];
  const later = await db.query<FactRow>(
    `${FACTS_SQL} WHERE c.customer_id = ANY($1::text[]) AND c.started_at >= $2::timestamptz
        AND c.started_at < $3::timestamptz + ($4::int * interval '1 day')`,
    [customers, query.from, query.to, windowDays],
  );
  const others = later.rows.map(toFacts);
  const grantRows = await db.query<{ order_number: string; updated_at: Date }>(
    `SELECT order_number, updated_at FROM action_requests
      WHERE action IN ('refund', 'return') AND verdict = 'approve' AND state IN ('decided', 'executing', 'done')
        AND updated_at >= $1::timestamptz AND updated_at < $2::timestamptz + ($3::int * interval '1 day')`,
    [query.from, query.to, windowDays],
  );
  // Credit memos Magento issued after a denial (read by CreditMemoWatch), a person's refund in the admin too.
  const memoRows = await db.query<{ order_number: string; created_at: Date }>(
    `SELECT order_number, created_at FROM order_credit_memos
      WHERE created_at >= $1::timestamptz AND created_at < $2::timestamptz + ($3::int * interval '1 day')`,
    [query.from, query.to, windowDays],
  );
  const grants: Grant[] = [
    ...grantRows.rows.map((g) => ({ orderNumber: g.order_number, at: new Date(g.updated_at) })),
    ...memoRows.rows.map((m) => ({ orderNumber: m.order_number, at: new Date(m.created_at) })),
  ];
  const judged = conversations.map((c) => ({
    facts: c,
    outcome: classifyOutcome(c, others, grants, { windowDays }),
  }));

  const group = <K extends string>(key: (c: ConversationFacts) => K) => {
    const groups = new Map<K, typeof judged>();
    for (const j of judged) groups.set(key(j.facts), [...(groups.get(key(j.facts)) ?? []), j]);
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  };
  const reasons = new Map<string, number>();
  for (const j of judged)
    if (j.facts.escalationReason)
      reasons.set(j.facts.escalationReason, (reasons.get(j.facts.escalationReason) ?? 0) + 1);

  return {
    from: query.from,
    to: query.to,
    store: query.store ?? null,
    windowDays,
    ...count(judged),
    perDay: group((c) => c.startedAt.toISOString().slice(0, 10)).map(([day, js]) => ({ day, ...count(js) })),
    perStore: group((c) => c.storeCode).map(([store, js]) => ({ store, ...count(js) })),
    perIntent: group((c) => c.topic ?? 'none').map(([intent, js]) => ({ intent, ...count(js) })),
    escalationsByReason: [...reasons.entries()]
      .map(([reason, n]) => ({ reason, conversations: n }))
      .sort((a, b) => b.conversations - a.conversations || a.reason.localeCompare(b.reason)),
  };
}

function count(judged: readonly { facts: ConversationFacts; outcome: Outcome }[]): OutcomeCounts {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const j of judged) outcomes[j.outcome] += 1;
  const answered = judged.length - outcomes.abandoned;
  const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 1000);
  const ratings = judged.flatMap((j) => j.facts.ratings);
  return {
    conversations: judged.length,
    outcomes,
    resolutionRate: share(outcomes.resolved, answered),
    deflectionRate: share(answered - outcomes.escalated, answered),
    escalationRate: share(outcomes.escalated, answered),
    abandonmentRate: share(outcomes.abandoned, judged.length),
    csat: ratings.length === 0 ? null : share(ratings.filter((r) => r >= 4).length, ratings.length),
    ratings: ratings.length,
  };
}

const CSV_COLUMNS = [
  'dimension',
  'key',
  'conversations',
  ...OUTCOMES,
  'resolution_rate',
  'deflection_rate',
  'escalation_rate',
  'abandonment_rate',
  'csat',
  'ratings',
] as const;

/** The report as CSV: one row per day, store view and topic, and one per escalation reason. */
export function outcomeCsv(report: OutcomeReport): string {
  const row = (dimension: string, key: string, c: OutcomeCounts) => [
    dimension,
    key,
    c.conversations,
    ...OUTCOMES.map((o) => c.outcomes[o]),
    c.resolutionRate,
    c.deflectionRate,
    c.escalationRate,
    c.abandonmentRate,
    c.csat ?? '',
    c.ratings,
  ];
  const rows: (string | number)[][] = [
    row('total', `${report.from}..${report.to}`, report),
    ...report.perDay.map((d) => row('day', d.day, d)),
    ...report.perStore.map((s) => row('store', s.store, s)),
    ...report.perIntent.map((i) => row('intent', i.intent, i)),
    ...report.escalationsByReason.map((r) => ['escalation_reason', r.reason, r.conversations]),
  ];
  return [CSV_COLUMNS.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';
}

/** Quotes a cell when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
