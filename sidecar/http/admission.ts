import type { RequestHandler, Response } from 'express';
import PQueue from 'p-queue';
import type { Logger } from '../../common/logger.js';

/** CHAT_MAX_CONCURRENT_TURNS, CHAT_MAX_QUEUED_TURNS, CHAT_MAX_QUEUE_WAIT_MS. */
export interface AdmissionSettings {
  /** Turns this process works on at once. */
  maxConcurrent: number;
  /** Turns that may wait for a free place; one more is refused at once. */
  maxQueued: number;
  /** Longest a turn may wait for a place, in milliseconds; then it is refused. */
  maxWaitMs: number;
}

/** How often an overload is logged (a refusal per request would add to the load it reports). */
const LOG_EVERY_MS = 5000;

/**
 * Admission control for chat turns: at most `maxConcurrent` turns run in this process, at most
 * `maxQueued` wait (first come, first served) and none waits longer than `maxWaitMs`. A turn that cannot
 * be taken is answered at once with 503 and `Retry-After` — the server is busy, not the client wrong —
 * instead of queueing on the event loop for seconds while every other turn slows down. The
 * limits are per process: several processes behind a load balancer each admit their own share.
 */
export class TurnAdmission {
  readonly #queue: PQueue;
  readonly #settings: AdmissionSettings;
  readonly #logger: Logger | undefined;
  #refused = 0;
  #lastLog = 0;

  constructor(settings: AdmissionSettings, logger?: Logger) {
    this.#settings = settings;
    this.#logger = logger;
    this.#queue = new PQueue({ concurrency: settings.maxConcurrent });
  }

  /** Turns running, waiting, and refused since start. */
  stats(): { running: number; waiting: number; refused: number } {
    return { running: this.#queue.pending, waiting: this.#queue.size, refused: this.#refused };
  }

  /** Express middleware for the routes a turn is served on: holds a place until the response closes. */
  handler(): RequestHandler {
    return (_req, res, next) => {
      if (this.#queue.size >= this.#settings.maxQueued) {
        this.#refuse(res, 'queue full');
        return;
      }
      // Aborted while the turn waits: when it has waited too long, or when the client leaves (which
      // frees the place it would have taken). Once the turn runs, nothing aborts it from here.
      const waiting = new AbortController();
      const timer = setTimeout(() => waiting.abort(), this.#settings.maxWaitMs);
      const onClose = () => waiting.abort();
      res.once('close', onClose);
      const stopWaiting = () => {
        clearTimeout(timer);
        res.off('close', onClose);
      };
      this.#queue
        .add(
          () =>
            new Promise<void>((release) => {
              stopWaiting();
              res.once('close', () => release());
              next();
            }),
          { signal: waiting.signal },
        )
        .catch(() => {
          stopWaiting();
          if (!res.closed) this.#refuse(res, 'waited too long');
        });
    };
  }

  #refuse(res: Response, why: string): void {
    this.#refused++;
    const now = Date.now();
    if (now - this.#lastLog >= LOG_EVERY_MS) {
      this.#lastLog = now;
      this.#logger?.warn({ why, ...this.stats() }, 'chat turns refused: this process is at capacity');
    }
    if (res.headersSent || res.closed) return;
    res
      .status(503)
      .set('retry-after', String(Math.max(1, Math.ceil(this.#settings.maxWaitMs / 1000))))
      .json({
        error: {
          code: 'overloaded',
          message: 'The assistant is very busy right now. Please try again in a moment.',
        },
      });
  }
}
