import type { PolicyValues } from '../../policy/policy-types.js';
import type { FactIndex } from '../fact-index.js';
import { globalCopy } from '../text/global-regex.js';
import { negatedBefore, nearestTopic, type Sentence } from '../text/sentences.js';
import type { CheckedClaim, ClaimKind, ViolationCode } from '../verifier-types.js';
import { claimAt, matchAll } from './claim.js';

interface Term {
  kind: ClaimKind;
  code: ViolationCode;
  pattern: RegExp;
  /** The claim as read; `negated` when the clause says "not"/"no". */
  reading: (negated: boolean) => string;
  /** True when this policy supports the claim (with its polarity). */
  supports: (policy: PolicyValues, negated: boolean) => boolean;
  /** Patterns that already carry their own polarity skip the negation test. */
  ownPolarity?: true;
}

const FREE_TOPICS = {
  returns: /return|send (?:it|them) back|label|retour/,
  shipping: /(?<!return )(?:shipping|delivery|ships?\b|postage)|livraison|expédition/,
  exchange: /exchange|échange/,
};

const TERMS: Term[] = [
  {
    kind: 'fee',
    code: 'unsupported_fee',
    pattern: /\brestocking fees? (?:is|are|will be|has been|gets?) waived\b|\bwaiv(?:e[ds]?|ing)\b/,
    reading: () => 'fee waived',
    supports: () => false,
    ownPolarity: true,
  },
  {
    kind: 'fee',
    code: 'unsupported_fee',
    pattern: /\brestocking fees?\b|\bfrais de remise en stock\b/,
    reading: (n) => (n ? 'no restocking fee' : 'a restocking fee applies'),
    supports: (p, n) => (n ? p.restockingFeePercent === 0 : p.restockingFeePercent > 0),
  },
  {
    kind: 'price_match',
    code: 'contradicts_price_match',
    pattern:
      /\bprice[- ]?match(?:es|ing|ed)?\b|\bmatch (?:the|a|any|their|that|a competitor'?s?|competitors'?) (?:lower )?prices?\b|\bbeat (?:any|their|a|the) (?:lower )?prices?\b|\balignons nos prix\b|\balignement de(?:s)? prix\b/,
    reading: (n) => (n ? 'no price match' : 'price match offered'),
    supports: (p, n) => p.priceMatch !== n,
  },
  {
    kind: 'final_sale',
    code: 'contradicts_final_sale',
    pattern:
      /\bfinal[- ]sale\b|\bnon-?returnable\b|\bnot returnable\b|\bcannot be returned\b|\bcan(?:'|’)t be returned\b|\bnot eligible for (?:a )?returns?\b|\bvente (?:finale|ferme|définitive)\b|\bsans retour possible\b|\bnon retournable\b/,
    reading: (n) => (n ? 'not final sale' : 'final sale (no returns)'),
    supports: (p, n) => (p.finalSale || p.returnWindowDays === 0) !== n,
  },
  {
    kind: 'returnable',
    code: 'contradicts_final_sale',
    pattern:
      /\b(?:you can|you may|free to) return\b|\bcan be returned\b|\beligible for (?:a )?returns?\b|\breturns? (?:is|are) (?:accepted|possible|allowed)\b/,
    reading: (n) => (n ? 'not returnable' : 'returnable'),
    supports: (p, n) =>
      n ? p.finalSale || p.returnWindowDays === 0 : !p.finalSale && p.returnWindowDays > 0,
  },
  {
    kind: 'exchange',
    code: 'contradicts_exchange',
    pattern:
      /\b(?:can|may) (?:be )?exchange(?:d)?\b|\bexchanges? (?:is|are) (?:allowed|accepted|possible|available|welcome)\b|\beligible for (?:an )?exchange\b|\boffer exchanges\b|(?<!\w)échanges? (?:sont|est) possibles?\b/,
    reading: (n) => (n ? 'no exchanges' : 'exchange allowed'),
    supports: (p, n) => p.exchangeAllowed !== n,
  },
  {
    kind: 'exchange',
    code: 'contradicts_exchange',
    pattern:
      /\bno exchanges\b|\bexchanges? (?:is|are) not (?:allowed|accepted|possible|available)\b|(?<!\w)échanges? (?:sont|est) impossibles?\b/,
    reading: () => 'no exchanges',
    supports: (p) => !p.exchangeAllowed,
    ownPolarity: true,
  },
];

const FREE =
  /\b(?:free(?! to\b)(?: of charge)?|at no (?:extra |additional )?(?:cost|charge)|no (?:extra |additional )?(?:charge|cost)|on us|complimentary|gratuit(?:e|s|es)?|sans frais)\b/;

/**
 * Policy terms stated in words: "free returns", "free shipping", restocking fees, price match, final sale,
 * exchanges. Each must be what a policy in the facts says; with no policy in the facts, none may be stated.
 */
export function checkPolicyTerms(sentence: Sentence, index: FactIndex): CheckedClaim[] {
  const policies = index.facts.policies.map((p) => p.values);
  const out: CheckedClaim[] = [];
  const taken: Array<[number, number]> = [];
  for (const term of TERMS) {
    for (const m of matchAll(sentence, globalCopy(term.pattern, 'gi'))) {
      if (taken.some(([s, e]) => m.index < e && m.index + m[0].length > s)) continue;
      taken.push([m.index, m.index + m[0].length]);
      const negated = term.ownPolarity === undefined ? negatedBefore(sentence.text, m.index) : false;
      const ok = policies.some((p) => term.supports(p, negated));
      out.push(
        claimAt(
          sentence,
          m.index,
          m[0].length,
          term.kind,
          term.reading(negated),
          ok
            ? undefined
            : {
                code: term.code,
                message: `"${m[0]}" (${term.reading(negated)}) is not what the policy in the facts says.`,
              },
        ),
      );
    }
  }
  for (const m of matchAll(sentence, globalCopy(FREE, 'gi'))) {
    if (/feel free|free to/i.test(sentence.text.slice(Math.max(0, m.index - 5), m.index + m[0].length + 3)))
      continue;
    const topic = nearestTopic(sentence.text, m.index, FREE_TOPICS, m.index + m[0].length);
    const negated = negatedBefore(sentence.text, m.index);
    const ok =
      topic === 'returns'
        ? policies.some((p) => (p.returnShippingFee === 0 && !p.finalSale) !== negated)
        : topic === 'shipping'
          ? policies.some((p) => (p.freeShippingThreshold !== null) !== negated)
          : topic === 'exchange'
            ? policies.some((p) => p.exchangeAllowed && p.returnShippingFee === 0)
            : false;
    out.push(
      claimAt(
        sentence,
        m.index,
        m[0].length,
        'free',
        `${negated ? 'not ' : ''}free ${topic ?? '(unspecified)'}`,
        ok
          ? undefined
          : {
              code: 'unsupported_free',
              message: `"${m[0]}" ${topic === null ? 'promises something free that no fact grants' : `about ${topic} is not what the policy says`}.`,
            },
      ),
    );
  }
  return out;
}
