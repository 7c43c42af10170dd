import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The deadline of the work in progress (a chat turn), carried as an AbortSignal to every Magento read
 * made inside it without threading a parameter through each port method: `withDeadline` binds it to
 * the async context, the transports read it. Work outside any deadline (index jobs) is unaffected.
 */
const deadlines = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` with `signal` as the deadline of every Magento read it makes. */
export function withDeadline<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  return deadlines.run(signal, work);
}

/**
 * Runs shared work started by one turn but awaited by many (building a store view's NLU from its
 * catalog) without that turn's deadline: one impatient turn must not abort what the others wait for.
 */
export function outsideDeadline<T>(work: () => Promise<T>): Promise<T> {
  return deadlines.exit(work);
}

/** The deadline of the current work, if any. */
export function currentDeadline(): AbortSignal | undefined {
  return deadlines.getStore();
}

/**
 * Runs `work` with a deadline `ms` from now (see {@link withDeadline}). The timer is cleared when the
 * work ends: an `AbortSignal.timeout` outlives its turn and fires seconds later anyway, raising a
 * `TimeoutError` (a DOMException, stack trace included) that nobody waits for, once per turn.
 */
export async function withTimeLimit<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(timeoutError()), ms).unref();
  try {
    return await withDeadline(controller.signal, work);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs one attempt with its signal: aborted after `timeoutMs`, or with the reason of the deadline of the
 * work it belongs to if that passes first. The timer and the deadline's listener go when the attempt ends.
 */
export async function withAttemptSignal<T>(
  timeoutMs: number,
  attempt: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const deadline = currentDeadline();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(timeoutError()), timeoutMs).unref();
  const onDeadline = () => controller.abort(deadline?.reason);
  if (deadline?.aborted) onDeadline();
  else deadline?.addEventListener('abort', onDeadline, { once: true });
  try {
    return await attempt(controller.signal);
  } finally {
    clearTimeout(timer);
    deadline?.removeEventListener('abort', onDeadline);
  }
}

/** The reason `AbortSignal.timeout` gives. */
function timeoutError(): DOMException {
  return new DOMException('The operation was aborted due to timeout', 'TimeoutError');
}
