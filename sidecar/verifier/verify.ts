import { checkAuthorizations } from './checks/check-authorizations.js';
import { checkDates } from './checks/check-dates.js';
import { checkDurations } from './checks/check-durations.js';
import { checkMoney } from './checks/check-money.js';
import { checkOrders } from './checks/check-orders.js';
import { checkPolicyTerms } from './checks/check-policy-terms.js';
import { checkStock } from './checks/check-stock.js';
import { indexFacts, type FactIndex } from './fact-index.js';
import { splitSentences, type Sentence } from './text/sentences.js';
import type { TurnFacts } from './turn-facts.js';
import type { CheckedClaim, VerifyOptions, VerifyResult } from './verifier-types.js';

type Check = (sentence: Sentence, index: FactIndex, options: VerifyOptions) => CheckedClaim[];

/** Every check runs on every sentence; all violations are collected (none short-circuits). */
const CHECKS: readonly Check[] = [
  checkDurations,
  checkMoney,
  checkPolicyTerms,
  checkDates,
  checkStock,
  checkOrders,
  checkAuthorizations,
];

/**
 * Extracts the binding claims of a draft reply and checks each against the turn's facts. `ok` is false
 * when any claim is unsupported or contradicts the facts; the caller then sends the template reply (or
 * hands off) and records the violations. Pure: no I/O, no clock.
 */
export function verify(draft: string, facts: TurnFacts, options: VerifyOptions): VerifyResult {
  const index = indexFacts(facts);
  const normalised = maskQuotes(draft.normalize('NFKC'), facts.quotes ?? []);
  const checked = splitSentences(normalised).flatMap((sentence) =>
    CHECKS.flatMap((check) => check(sentence, index, options)),
  );
  checked.sort((a, b) => a.claim.span.start - b.claim.span.start);
  const violations = checked.flatMap((c) => (c.violation === undefined ? [] : [c.violation]));
  return { ok: violations.length === 0, claims: checked.map((c) => c.claim), violations };
}

/**
 * Blanks out registered quotations (same length, so claim spans still point into the draft): a review
 * saying "lasts about 2 hours" is a customer's opinion the reply attributes, not a store claim.
 */
function maskQuotes(draft: string, quotes: readonly string[]): string {
  let masked = draft;
  for (const quote of quotes) {
    const text = quote.normalize('NFKC');
    if (text.length === 0) continue;
    masked = masked.split(text).join(' '.repeat(text.length));
  }
  return masked;
}
