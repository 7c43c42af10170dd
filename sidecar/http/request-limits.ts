import { RateLimitedError } from '../../common/errors.js';
import type { RateLimiter } from '../../common/rate-limit/rate-limiter.js';

/** Per-minute limits (RATE_LIMIT_PER_ADDRESS, RATE_LIMIT_PER_SESSION). */
export interface RequestLimitSettings {
  perAddress: number;
  perSession: number;
}

const WINDOW_SECONDS = 60;

/**
 * Rate limits of the chat API, per client address (as `trust proxy` resolves it), per session and per
 * signed-in customer. Counted in Redis when configured (shared by every process), else in memory.
 * Exceeding one is a 429 with `Retry-After`; nothing is recorded for a refused request.
 */
export class RequestLimits {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly settings: RequestLimitSettings,
  ) {}

  /** A chat message: the address, the session and the customer each have their budget. */
  async message(request: { ip: string; sessionId?: string; customerId?: string }): Promise<void> {
    await this.enforce([
      [`chat:ip:${request.ip}`, this.settings.perAddress],
      ...(request.sessionId
        ? [[`chat:session:${request.sessionId}`, this.settings.perSession] as const]
        : []),
      ...(request.customerId
        ? [[`chat:customer:${request.customerId}`, this.settings.perSession] as const]
        : []),
    ]);
  }

  /** Any other request a client address makes on the chat API (history, uploads, feedback). */
  async address(ip: string, what: string): Promise<void> {
    await this.enforce([[`${what}:ip:${ip}`, this.settings.perAddress]]);
  }

  private async enforce(budgets: ReadonlyArray<readonly [string, number]>): Promise<void> {
    const hits = await Promise.all(
      budgets.map(([key, limit]) => this.limiter.hit(key, limit, WINDOW_SECONDS)),
    );
    const refused = hits.filter((hit) => !hit.allowed);
    if (refused.length === 0) return;
    throw new RateLimitedError(
      'Too many messages in a short time. Please wait a moment and try again.',
      Math.max(...refused.map((hit) => hit.retryAfterSeconds)),
    );
  }
}
