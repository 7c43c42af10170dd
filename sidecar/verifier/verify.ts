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
  const normalised = maskLabelledIdentifiers(
    mask(draft.normalize('NFKC'), [...(facts.quotes ?? []), ...identifiersOf(facts)]),
  );
  const checked = splitSentences(normalised).flatMap((sentence) =>
    CHECKS.flatMap((check) => check(sentence, index, options)),
  );
  checked.sort((a, b) => a.claim.span.start - b.claim.span.start);
  const violations = checked.flatMap((c) => (c.violation === undefined ? [] : [c.violation]));
  return { ok: violations.length === 0, claims: checked.map((c) => c.claim), violations };
}

/**
 * Blanks out registered quotations and the facts' own identifiers (same length, so claim spans still
 * point into the draft). A review saying "lasts about 2 hours" is a customer's opinion the reply
 * attributes, not a store claim; a product called "Trail Tent 30 Day" or a SKU like "TENT-2P-60D" names
 * a thing and promises nothing. Order and tracking numbers stay: the order check reads them.
 */
function mask(draft: string, spans: readonly string[]): string {
  let masked = draft;
  // Longest first, so a name that contains a SKU is blanked whole.
  for (const span of [...spans].sort((a, b) => b.length - a.length)) {
    const text = span.normalize('NFKC');
    if (text.trim().length < 2) continue;
    masked = masked.split(text).join(' '.repeat(text.length));
  }
  return masked;
}

/**
 * A code right after a label that names it as one — "(reference CAD51466)", "ticket #A7863CAD",
 * "référence : 5D0E1A2B" — is an identifier whatever its letters and digits happen to spell: a handoff
 * ticket (8 hex digits) can start with "CAD" or end with "CAD". Only codes of letters and digits mixed
 * (a bare number after a label is read as usual); order numbers stay readable for the order check.
 */
const LABELLED_IDENTIFIER =
  /(?<=\b(?:reference|ticket|RMA|référence|dossier|ref\.|réf\.|ref\b|réf\b)\s?(?:number|no\.?|n°|numéro)?\s?[#:]?\s?)(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9-]+/giu;

function maskLabelledIdentifiers(draft: string): string {
  return draft.replace(LABELLED_IDENTIFIER, (code) => ' '.repeat(code.length));
}

/** Names and codes of the products and order lines in the facts, and the action references. */
function identifiersOf(facts: TurnFacts): string[] {
  return [
    ...facts.products.flatMap((p) => [p.sku, p.name]),
    ...facts.orders.flatMap((o) => o.items.flatMap((i) => [i.sku, i.name])),
    ...facts.actions.flatMap((a) => (a.reference === undefined ? [] : [a.reference])),
  ];
}
