import type { LlmUsage } from '../../common/llm/llm.js';

/** Limits of the optional LLM layer; every one ends in the template reply or a handoff, never an error. */
export interface LlmLimits {
  /** Completion tokens one call may produce. @default 300 */
  maxCompletionTokens: number;
  /** Prompt tokens (estimated at 4 characters a token) one call may send. @default 4000 */
  maxPromptTokens: number;
  /** Spend per customer per UTC day, in USD. @default 0.05 */
  dailySpendCapUsd: number;
  /** Assistant turns in one conversation; beyond it the conversation goes to a person (ends bot-vs-bot loops). @default 30 */
  maxTurnsPerConversation: number;
  /** One call's timeout in milliseconds. @default 8000 */
  timeoutMs: number;
  /** Tool-calling rounds per understanding. @default 3 */
  maxToolRounds: number;
  /** USD per 1,000 prompt tokens. @default 0.00015 */
  promptUsdPer1k: number;
  /** USD per 1,000 completion tokens. @default 0.0006 */
  completionUsdPer1k: number;
}

export const DEFAULT_LLM_LIMITS: LlmLimits = {
  maxCompletionTokens: 300,
  maxPromptTokens: 4000,
  dailySpendCapUsd: 0.05,
  maxTurnsPerConversation: 30,
  timeoutMs: 8000,
  maxToolRounds: 3,
  promptUsdPer1k: 0.00015,
  completionUsdPer1k: 0.0006,
};

/** Spend per customer per day. Injected: in memory for one process, Redis or the record store when shared. */
export interface SpendCounter {
  /** USD spent by `customerKey` on `day` (`YYYY-MM-DD`, UTC). */
  spent(customerKey: string, day: string): Promise<number>;
  /** Adds `usd` and returns the new total. */
  add(customerKey: string, day: string, usd: number): Promise<number>;
}

export class InMemorySpendCounter implements SpendCounter {
  private readonly totals = new Map<string, number>();

  async spent(customerKey: string, day: string): Promise<number> {
    return this.totals.get(`${day}|${customerKey}`) ?? 0;
  }

  async add(customerKey: string, day: string, usd: number): Promise<number> {
    const key = `${day}|${customerKey}`;
    const total = (this.totals.get(key) ?? 0) + usd;
    this.totals.set(key, total);
    return total;
  }
}

export type BudgetRefusal = 'turn_cap' | 'daily_spend_cap' | 'prompt_too_large';

/** Whether one more LLM call is within budget; the turn cap also hands the conversation to a person. */
export function checkBudget(input: {
  limits: LlmLimits;
  conversationTurns: number;
  spentTodayUsd: number;
  promptChars: number;
}): { ok: true } | { ok: false; reason: BudgetRefusal; handoff: boolean } {
  const { limits } = input;
  if (input.conversationTurns >= limits.maxTurnsPerConversation)
    return { ok: false, reason: 'turn_cap', handoff: true };
  if (input.spentTodayUsd >= limits.dailySpendCapUsd)
    return { ok: false, reason: 'daily_spend_cap', handoff: false };
  if (Math.ceil(input.promptChars / 4) > limits.maxPromptTokens)
    return { ok: false, reason: 'prompt_too_large', handoff: false };
  return { ok: true };
}

export function costUsd(usage: LlmUsage, limits: LlmLimits): number {
  return (
    (usage.promptTokens * limits.promptUsdPer1k + usage.completionTokens * limits.completionUsdPer1k) / 1000
  );
}

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
