import type { SqlExecutor } from '../../common/record-store/record-store.js';
import type { SpendCounter } from './llm-budget.js';

/** Daily LLM spend in the record store (migration 080), shared by every sidecar process. */
export class RecordStoreSpendCounter implements SpendCounter {
  constructor(private readonly db: SqlExecutor) {}

  async spent(customerKey: string, day: string): Promise<number> {
    const result = await this.db.query<{ usd: string }>(
      'SELECT usd FROM llm_spend WHERE customer_key = $1 AND day = $2',
      [customerKey, day],
    );
    return Number(result.rows[0]?.usd ?? 0);
  }

  /** One atomic upsert, so concurrent turns of one customer cannot lose an increment. */
  async add(customerKey: string, day: string, usd: number): Promise<number> {
    const result = await this.db.query<{ usd: string }>(
      `INSERT INTO llm_spend (customer_key, day, usd) VALUES ($1, $2, $3)
       ON CONFLICT (customer_key, day) DO UPDATE SET usd = llm_spend.usd + EXCLUDED.usd
       RETURNING usd`,
      [customerKey, day, usd],
    );
    return Number(result.rows[0]?.usd ?? 0);
  }
}
