import { ValidationError } from '../errors.js';
import type { EnqueueOptions } from './job-queue.js';

/** Enqueue options with every default applied; the same rules for both adapters. */
export interface ResolvedEnqueueOptions {
  jobId: string | undefined;
  attempts: number;
  backoffMs: number;
}

export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 1000;

/**
 * Applies defaults and rejects what BullMQ would reject, so that a job id that works in-process
 * also works on Redis: ids may not be integers (BullMQ keeps those for its own ids) nor contain `:`.
 */
export function resolveEnqueueOptions(options: EnqueueOptions = {}): ResolvedEnqueueOptions {
  const { jobId, attempts = DEFAULT_ATTEMPTS, backoffMs = DEFAULT_BACKOFF_MS } = options;
  if (jobId !== undefined && (jobId === '' || jobId.includes(':') || /^\d+$/.test(jobId))) {
    throw new ValidationError(
      `Job id must be non-empty, not an integer and without ':' (got ${JSON.stringify(jobId)})`,
    );
  }
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new ValidationError(`Job attempts must be an integer ≥ 1 (got ${attempts})`);
  }
  if (!Number.isFinite(backoffMs) || backoffMs < 0) {
    throw new ValidationError(`Job backoff must be ≥ 0 ms (got ${backoffMs})`);
  }
  return { jobId, attempts, backoffMs };
}

/** Delay before the next attempt after `attemptsMade` failures: `backoffMs`, then doubled each time (BullMQ's "exponential"). */
export function retryDelayMs(attemptsMade: number, backoffMs: number): number {
  return backoffMs * 2 ** Math.max(0, attemptsMade - 1);
}

export function checkProgressPercent(percent: number): void {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new ValidationError(`Job progress must be between 0 and 100 (got ${percent})`);
  }
}

/** Jobs and results cross Redis as JSON; the in-process adapter copies them the same way so both behave alike. */
export function jsonCopy<T>(value: T): T {
  const json = JSON.stringify(value);
  return (json === undefined ? null : JSON.parse(json)) as T;
}
