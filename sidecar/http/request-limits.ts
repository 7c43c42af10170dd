import type { RequestHandler } from 'express';
import { RateLimitedError } from '../../common/errors.js';
import type { RateLimiter } from '../../common/rate-limit/rate-limiter.js';
import { clientAddressKey } from './client-address.js';

/** Per-minute limits (RATE_LIMIT_PER_ADDRESS, RATE_LIMIT_PER_SESSION). */
export interface RequestLimitSettings {
  perAddress: number;
  perSession: number;
}

const WINDOW_SECONDS = 60;
/** The share of an address's minute that may be in flight at once: 60 per minute → 10 turns at a time. */
const IN_FLIGHT_SHARE = 6;
const REFUSAL = 'Too many messages in a short time. Please wait a moment and try again.';

/**
 * Rate limits of the chat API, per client address (as `trust proxy` resolves it, an IPv6 client by its
 * /56: `clientAddressKey`), per session and per signed-in customer. Counted in Redis when configured
 * (shared by every process), else in memory. Exceeding one is a 429 with `Retry-After`; nothing is
 * recorded for a refused request.
 */
export class RequestLimits {
  /** Chat turns each address has in this process now (admitted or waiting for admission). */
  readonly #inFlight = new Map<string, number>();
  readonly #maxInFlight: number;

  constructor(
    private readonly limiter: RateLimiter,
    private readonly settings: RequestLimitSettings,
  ) {
    this.#maxInFlight = Math.max(1, Math.ceil(settings.perAddress / IN_FLIGHT_SHARE));
  }

  /**
   * The address's share of chat messages, checked before admission control and before the body is
   * read (createApp's `chatGate`): its minute's budget, and at most a sixth of it in flight at once, so
   * one address cannot spend the minute in one burst (60 messages sent at once) nor fill the turn queue
   * every other customer waits in.
   */
  messageGate(): RequestHandler {
    return (req, res, next) => {
      const address = clientAddressKey(req.ip);
      const inFlight = (this.#inFlight.get(address) ?? 0) + 1;
      if (inFlight > this.#maxInFlight) {
        next(new RateLimitedError(REFUSAL, 1));
        return;
      }
      this.#inFlight.set(address, inFlight);
      res.once('close', () => {
        const left = (this.#inFlight.get(address) ?? 1) - 1;
        if (left > 0) this.#inFlight.set(address, left);
        else this.#inFlight.delete(address);
      });
      this.enforce([[`chat:ip:${address}`, this.settings.perAddress]]).then(() => next(), next);
    };
  }

  /** A chat message's session and signed-in customer, each with its budget (the address: `messageGate`). */
  async message(request: { sessionId?: string; customerId?: string }): Promise<void> {
    await this.enforce([
      ...(request.sessionId
        ? [[`chat:session:${request.sessionId}`, this.settings.perSession] as const]
        : []),
      ...(request.customerId
        ? [[`chat:customer:${request.customerId}`, this.settings.perSession] as const]
        : []),
    ]);
  }

  /** Any other request a client address makes on the chat API (history, uploads, feedback). */
  async address(ip: string | undefined, what: string): Promise<void> {
    await this.enforce([[`${what}:ip:${clientAddressKey(ip)}`, this.settings.perAddress]]);
  }

  private async enforce(budgets: ReadonlyArray<readonly [string, number]>): Promise<void> {
    if (budgets.length === 0) return;
    const hits = await Promise.all(
      budgets.map(([key, limit]) => this.limiter.hit(key, limit, WINDOW_SECONDS)),
    );
    const refused = hits.filter((hit) => !hit.allowed);
    if (refused.length === 0) return;
    throw new RateLimitedError(REFUSAL, Math.max(...refused.map((hit) => hit.retryAfterSeconds)));
  }
}
