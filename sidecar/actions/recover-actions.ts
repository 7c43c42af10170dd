import { runOwnedExecution, type ActionRuntime } from './execute-approved-action.js';

export interface RecoveryReport {
  /** `decided` rows executed now (the process died between deciding and executing). */
  resumed: number;
  /** `executing` rows whose write was found in Magento and marked done without executing again. */
  reconciled: number;
  /** `executing` rows not found in Magento, executed now. */
  reexecuted: number;
  /** Rows still not finished (outcome unknown again); the next run retries them. */
  unresolved: number;
}

/**
 * Run at start-up (and periodically): finishes what a crashed process left. `decided` rows are
 * executed; `executing` rows untouched for `staleAfterMs` are first reconciled with Magento (e.g. a
 * credit memo for the same lines created after the snapshot) and only executed if nothing is found.
 * Each row is taken over with a conditional update, so two recovering processes never both run it.
 */
export async function recoverActions(
  runtime: ActionRuntime,
  options: { staleAfterMs?: number } = {},
): Promise<RecoveryReport> {
  const report: RecoveryReport = { resumed: 0, reconciled: 0, reexecuted: 0, unresolved: 0 };
  for (const row of await runtime.outbox.pending(options.staleAfterMs ?? 60_000)) {
    const owned =
      row.state === 'decided'
        ? await runtime.outbox.claim(row.idempotency_key)
        : await runtime.outbox.takeOver(row.idempotency_key, row.attempts);
    if (owned === null) continue;
    const { path } = await runOwnedExecution(runtime, owned, 'action_recovery');
    if (path === 'unknown') report.unresolved += 1;
    else if (path === 'reconciled') report.reconciled += 1;
    else if (row.state === 'decided') report.resumed += 1;
    else report.reexecuted += 1;
  }
  return report;
}
