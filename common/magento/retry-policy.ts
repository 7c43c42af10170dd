/** How often and how patiently a failed Magento read is repeated. */
export interface RetryPolicy {
  /** Retries after the first attempt (0 = no retry). @default 3 (MAGENTO_RETRIES) */
  retries: number;
  /** Delay cap of the first retry, in ms; doubled per retry. @default 200 */
  baseDelayMs: number;
  /** Upper bound of one delay, in ms. @default 5000 */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 3, baseDelayMs: 200, maxDelayMs: 5000 };

/**
 * "Full jitter" exponential backoff: a uniform delay in [0, min(max, base·2^retry)). Spreading retries
 * at random keeps many workers from hammering a recovering Magento in lockstep.
 * @param retry 0 for the first retry
 */
export function backoffDelayMs(
  retry: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * cap);
}

export interface RetryHooks {
  isRetryable(error: unknown): boolean;
  /** No retry starts once this is aborted (the turn's deadline has passed), and a wait ends early. */
  deadline?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onRetry?: (info: { retry: number; delayMs: number; error: unknown }) => void;
}

/**
 * Runs `operation` until it succeeds, fails with a non-retryable error, the retries are spent or the
 * deadline has passed (then the last error is thrown: retries happen inside the deadline, never after).
 */
export async function withRetries<T>(
  operation: () => Promise<T>,
  policy: RetryPolicy,
  hooks: RetryHooks,
): Promise<T> {
  const sleep = hooks.sleep ?? ((ms: number) => abortableSleep(ms, hooks.deadline));
  for (let retry = 0; ; retry++) {
    try {
      return await operation();
    } catch (error) {
      if (retry >= policy.retries || !hooks.isRetryable(error) || hooks.deadline?.aborted) throw error;
      const delayMs = backoffDelayMs(retry, policy, hooks.random);
      hooks.onRetry?.({ retry: retry + 1, delayMs, error });
      await sleep(delayMs);
    }
  }
}

function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
