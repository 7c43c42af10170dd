import type { RecordStore } from '../../common/record-store/record-store.js';

export interface AnalyticsQuery {
  /** Inclusive start (ISO date or date-time). */
  from: string;
  /** Exclusive end. */
  to: string;
  store?: string;
}

export interface Rates {
  conversations: number;
  messages: number;
  /** Conversations closed as resolved by the assistant (customer thanked/said goodbye or rated ≥ 4), 0–1. */
  resolutionRate: number;
  /** Conversations handed to a human, 0–1. */
  escalationRate: number;
  /** Conversations that never needed a human, 0–1. */
  deflectionRate: number;
  /** Share of ratings ≥ 4 among all ratings, 0–1; null when nobody rated. */
  csat: number | null;
  ratings: number;
}

export interface ChatAnalytics extends Rates {
  from: string;
  to: string;
  store: string | null;
  perIntent: { intent: string; messages: number; escalations: number }[];
  perDay: (Rates & { day: string })[];
}

interface RateRow {
  conversations: string;
  escalated: string;
  resolved: string;
  messages: string;
  ratings: string;
  satisfied: string;
}

/** Conversation metrics over a period: computed by SQL in the record store, never sampled. */
export async function chatAnalytics(db: RecordStore, query: AnalyticsQuery): Promise<ChatAnalytics> {
  const params = [query.from, query.to, query.store ?? null];
  const scope = `c.started_at >= $1::timestamptz AND c.started_at < $2::timestamptz AND ($3::text IS NULL OR c.store_code = $3)`;
  const rateColumns = `
    count(*) AS conversations,
    count(*) FILTER (WHERE c.status = 'escalated') AS escalated,
    count(*) FILTER (WHERE c.status = 'resolved' OR (c.status <> 'escalated' AND f.best >= 4)) AS resolved,
    coalesce(sum(m.n), 0) AS messages,
    coalesce(sum(f.n), 0) AS ratings,
    coalesce(sum(f.satisfied), 0) AS satisfied`;
  const joins = `
    LEFT JOIN (SELECT conversation_id, count(*) AS n FROM messages GROUP BY conversation_id) m ON m.conversation_id = c.id
    LEFT JOIN (SELECT conversation_id, count(*) AS n, max(rating) AS best,
                      count(*) FILTER (WHERE rating >= 4) AS satisfied
                 FROM feedback GROUP BY conversation_id) f ON f.conversation_id = c.id`;

  const total = await db.query<RateRow>(
    `SELECT ${rateColumns} FROM conversations c ${joins} WHERE ${scope}`,
    params,
  );
  const days = await db.query<RateRow & { day: string }>(
    `SELECT to_char(date_trunc('day', c.started_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, ${rateColumns}
       FROM conversations c ${joins} WHERE ${scope} GROUP BY 1 ORDER BY 1`,
    params,
  );
  const intents = await db.query<{ intent: string; messages: string; escalations: string }>(
    `SELECT m.intent, count(*) AS messages,
            count(*) FILTER (WHERE c.status = 'escalated' AND m.id = (
              SELECT m2.id FROM messages m2 WHERE m2.conversation_id = c.id AND m2.role = 'customer'
               ORDER BY m2.seq DESC LIMIT 1)) AS escalations
       FROM messages m JOIN conversations c ON c.id = m.conversation_id
      WHERE ${scope} AND m.role = 'customer' AND m.intent IS NOT NULL
      GROUP BY m.intent ORDER BY count(*) DESC, m.intent`,
    params,
  );
  return {
    from: query.from,
    to: query.to,
    store: query.store ?? null,
    ...toRates(total.rows[0]),
    perIntent: intents.rows.map((row) => ({
      intent: row.intent,
      messages: Number(row.messages),
      escalations: Number(row.escalations),
    })),
    perDay: days.rows.map((row) => ({ day: row.day, ...toRates(row) })),
  };
}

function toRates(row: RateRow | undefined): Rates {
  const conversations = Number(row?.conversations ?? 0);
  const escalated = Number(row?.escalated ?? 0);
  const resolved = Number(row?.resolved ?? 0);
  const ratings = Number(row?.ratings ?? 0);
  const share = (n: number) => (conversations === 0 ? 0 : round(n / conversations));
  return {
    conversations,
    messages: Number(row?.messages ?? 0),
    resolutionRate: share(resolved),
    escalationRate: share(escalated),
    deflectionRate: share(conversations - escalated),
    csat: ratings === 0 ? null : round(Number(row?.satisfied ?? 0) / ratings),
    ratings,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
