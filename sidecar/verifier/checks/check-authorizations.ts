import type { FactIndex } from '../fact-index.js';
import type { Sentence } from '../text/sentences.js';
import type { ActionDecisionFact, ActionKind, ActionOutcome } from '../turn-facts.js';
import type { CheckedClaim } from '../verifier-types.js';
import { claimAt, matchAll } from './claim.js';

const NOUNS: Array<[RegExp, ActionKind]> = [
  [/store credit|credit/i, 'store_credit'],
  [/refund|money back|reimburse/i, 'refund'],
  [/return|rma|label/i, 'return'],
  [/exchange/i, 'exchange'],
  [/replacement|replace|new one/i, 'replacement'],
  [/coupon|discount|voucher|gift card|promo|% off|percent off/i, 'coupon'],
  [/cancel/i, 'cancellation'],
];
const NOUN = String.raw`(?:full |partial |a |an |the |your |this |that |my )*(?:refund|return(?: request)?|exchange|replacement|cancellation|store credit|credit|coupon|discount(?: code)?|voucher|gift card|promo code|money back|order cancellation|rma)`;

interface AuthPattern {
  pattern: RegExp;
  /** `executed` = said to be done in the store (issued, processed); otherwise a decision. */
  claims: ActionOutcome | 'executed' | 'offered';
}

const PATTERNS: AuthPattern[] = [
  {
    pattern: new RegExp(
      String.raw`\b${NOUN}(?: request)? (?:has been|have been|is|was|'s|are|were)(?: now)? (?:approved|accepted|authori[sz]ed|granted|confirmed|okayed)\b`,
      'gi',
    ),
    claims: 'approved',
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:I|we)(?:'ve| have)? (?:approved|authori[sz]ed|accepted|granted|okayed) ${NOUN}`,
      'gi',
    ),
    claims: 'approved',
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:I|we)(?:'ve| have)? (?:issued|processed|initiated|sent|refunded|credited|applied|cancel+ed|reimbursed|arranged)\b[^.,;]{0,40}`,
      'gi',
    ),
    claims: 'executed',
  },
  {
    pattern: new RegExp(
      String.raw`\b${NOUN} (?:has been|have been|was|is being|is on its way|will be) (?:issued|processed|sent|credited|applied|refunded|initiated)\b`,
      'gi',
    ),
    claims: 'executed',
  },
  {
    pattern: new RegExp(
      String.raw`\byou(?:'ll| will)(?: now)? (?:get|receive|be getting|be given|be sent|be refunded|be credited)\b[^.,;]{0,40}`,
      'gi',
    ),
    claims: 'offered',
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:I|we)(?: can|'ll| will|'m| am)(?: happily| gladly| going to| able to)? (?:offer|give|send|issue|refund|credit|apply|waive|approve|reimburse|replace|cancel)\b[^.,;]{0,40}`,
      'gi',
    ),
    claims: 'offered',
  },
  {
    pattern: new RegExp(
      String.raw`\b${NOUN}(?: request)? (?:has been|was|is) (?:denied|rejected|declined|refused)\b`,
      'gi',
    ),
    claims: 'denied',
  },
];
const CODE = /\b(?:code|coupon|voucher)\s*:?\s*["“']?([A-Z0-9]{4,20})\b/g;

function kindOf(text: string): ActionKind | null {
  for (const [pattern, kind] of NOUNS) if (pattern.test(text)) return kind;
  return null;
}

function supports(
  action: ActionDecisionFact,
  kind: ActionKind | null,
  claim: AuthPattern['claims'],
): boolean {
  if (kind !== null && action.kind !== kind && !(kind === 'refund' && action.kind === 'return')) return false;
  switch (claim) {
    case 'executed':
      return action.outcome === 'approved' && action.executed;
    case 'offered':
      return action.outcome === 'approved';
    default:
      return action.outcome === claim;
  }
}

/**
 * Authorizations ("your refund is approved", "I've issued a refund", "you'll get a coupon"): only what the
 * action engine decided may be said, with its outcome; "issued" needs the action executed; a code must be
 * the action's reference. Waiving a fee is never in the language layer's gift.
 */
export function checkAuthorizations(sentence: Sentence, index: FactIndex): CheckedClaim[] {
  const actions = index.facts.actions;
  const out: CheckedClaim[] = [];
  const taken: Array<[number, number]> = [];
  for (const { pattern, claims } of PATTERNS) {
    for (const m of matchAll(sentence, pattern)) {
      if (taken.some(([s, e]) => m.index < e && m.index + m[0].length > s)) continue;
      const kind = kindOf(m[0]);
      // "You'll receive an email" / "we'll send you a label once…" offer nothing the engine decides.
      if (claims === 'offered' && kind === null && !/waive|free/i.test(m[0])) continue;
      taken.push([m.index, m.index + m[0].length]);
      const waived = /waive/i.test(m[0]);
      const ok = !waived && actions.some((a) => supports(a, kind, claims));
      out.push(
        claimAt(
          sentence,
          m.index,
          m[0].length,
          'authorization',
          `${kind ?? 'action'} ${claims}`,
          ok
            ? undefined
            : {
                code: 'unsupported_authorization',
                message: `"${m[0].trim()}" states a decision (${kind ?? 'action'} ${claims}) the action engine did not make.`,
              },
        ),
      );
    }
  }
  for (const m of matchAll(sentence, CODE)) {
    const code = m[1] ?? '';
    if (!/\d/.test(code) && code !== code.toUpperCase()) continue;
    const ok = actions.some((a) => a.reference === code && a.outcome === 'approved');
    out.push(
      claimAt(
        sentence,
        m.index,
        m[0].length,
        'code',
        code,
        ok
          ? undefined
          : {
              code: 'unsupported_code',
              message: `"${code}" is not a code any approved action produced.`,
            },
      ),
    );
  }
  return out;
}
