import type { RequestHandler } from 'express';
import { RateLimitedError } from '../../common/errors.js';
import type { RateLimiter } from '../../common/rate-limit/rate-limiter.js';
import { clientAddressKey } from './client-address.js';

/** Per-minute limits (RATE_LIMIT_PER_ADDRESS, RATE_LIMIT_PER_SESSION) and the hourly upload budget. */
export interface RequestLimitSettings {
  perAddress: number;
  perSession: number;
  /** Evidence files per address per hour (ATTACHMENT_LIMIT_PER_ADDRESS). @default 30 */
  uploadsPerAddress?: number;
}

const WINDOW_SECONDS = 60;
const UPLOAD_WINDOW_SECONDS = 3600;
/** Files one chat session may upload per hour: a claim needs a few photos, a receipt, not dozens. */
const UPLOADS_PER_SESSION = 10;
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

  /** Any other request a client address makes on the chat API (history, feedback). */
  async address(ip: string | undefined, what: string): Promise<void> {
    await this.enforce([[`${what}:ip:${clientAddressKey(ip)}`, this.settings.perAddress]]);
  }

  /**
   * An upload, before its body is read: the address's minute, and its hour, which bounds what one
   * address can store in the record store (30 × ATTACHMENT_MAX_BYTES an hour by default).
   */
  async uploadFrom(ip: string | undefined): Promise<void> {
    const address = clientAddressKey(ip);
    await this.enforce([
      [`upload:ip:${address}`, this.settings.perAddress],
      [`upload-hour:ip:${address}`, this.settings.uploadsPerAddress ?? 30, UPLOAD_WINDOW_SECONDS],
    ]);
  }

  /** An upload into a session, once its form says which: a few files per claim, not a file store. */
  async uploadInto(sessionId: string): Promise<void> {
    await this.enforce([[`upload:session:${sessionId}`, UPLOADS_PER_SESSION, UPLOAD_WINDOW_SECONDS]]);
  }

  private async enforce(
    budgets: ReadonlyArray<readonly [key: string, limit: number, windowSeconds?: number]>,
  ): Promise<void> {
    if (budgets.length === 0) return;
    const hits = await Promise.all(
      budgets.map(([key, limit, window]) => this.limiter.hit(key, limit, window ?? WINDOW_SECONDS)),
    );
    const refused = hits.filter((hit) => !hit.allowed);
    if (refused.length === 0) return;
    throw new RateLimitedError(REFUSAL, Math.max(...refused.map((hit) => hit.retryAfterSeconds)));
  }
}
