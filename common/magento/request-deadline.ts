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

/** One attempt's signal: its own timeout, cut short by the deadline of the work it belongs to. */
export function attemptSignal(timeoutMs: number): AbortSignal {
  const deadline = currentDeadline();
  const timeout = AbortSignal.timeout(timeoutMs);
  return deadline ? AbortSignal.any([timeout, deadline]) : timeout;
}
