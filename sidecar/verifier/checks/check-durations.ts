import { LIFETIME_WORD, type FactIndex } from '../fact-index.js';
import { DURATION, UNITS, asDays, asMonths, type Unit } from '../text/duration-words.js';
import { parseNumber } from '../../nlu/number-words.js';
import { nearestTopic, type Sentence } from '../text/sentences.js';
import type { CheckedClaim, ViolationCode } from '../verifier-types.js';
import { claimAt, matchAll } from './claim.js';

const ANCHOR =
  /\b(?:of|from|after|since|following) (?:the )?(?:delivery|receipt|purchase|shipment|dispatch)\b|(?:suivant|après|à compter de|dès) (?:la |l['’])?(?:livraison|réception|achat)/gi;
const LIFETIME = new RegExp(LIFETIME_WORD.source, 'giu');
const IDENTIFIER_DIGITS = /^\d{5,}$/;

const TOPICS = {
  warranty: /warrant|defect|garantie/,
  returns: /return|refund|exchange|send (?:it|them) back|retour|rembours|échange/,
  delivery: /deliver|(?<!return )ship|arriv|transit|dispatch|receive|get (?:it|them|there)|reach|livr|expédi/,
};

/**
 * Durations and windows ("30 days", "two weeks", "a 12-month warranty", "3–5 business days"): a return
 * window must equal the policy's, a warranty the policy's months, a delivery time a policy or carrier range.
 */
export function checkDurations(sentence: Sentence, index: FactIndex): CheckedClaim[] {
  const out: CheckedClaim[] = [];
  // "within 30 days of delivery" is a return window counted from delivery, not a delivery time.
  const withoutAnchors = sentence.text.replace(ANCHOR, (a) => ' '.repeat(a.length));
  for (const m of matchAll(sentence, DURATION)) {
    const first = parseNumber(m[1] ?? '');
    const second = m[2] === undefined ? null : parseNumber(m[2]);
    if (first === null || (m[2] !== undefined && second === null)) continue;
    // "2000000001-30 days": a long run of digits is an order number or reference, never a duration.
    if (IDENTIFIER_DIGITS.test(m[1] ?? '')) continue;
    // "a few days" / "an hour or so" are not numbers; "a"/"an" only count right before the unit.
    if (/^an?$/i.test(m[1] ?? '') && m[2] !== undefined) continue;
    const unit = UNITS[(m[4] ?? 'day').toLowerCase()] ?? 'day';
    const topic = nearestTopic(withoutAnchors, m.index, TOPICS, m.index + m[0].length);
    out.push(judge(sentence, m, first, second, unit, topic, index));
  }
  // No store policy grants a lifetime warranty (it is a number of months); a product's own record may
  // ("Warranty: Lifetime", the manufacturer's), and quoting it is a fact like "warranty: 2 years".
  for (const m of matchAll(sentence, LIFETIME)) {
    out.push(
      claimAt(
        sentence,
        m.index,
        m[0].length,
        'warranty',
        'lifetime',
        index.attributeLifetime
          ? undefined
          : {
              code: 'contradicts_warranty',
              message: 'No policy or product in the facts grants a lifetime warranty.',
            },
      ),
    );
  }
  return out;
}

function judge(
  sentence: Sentence,
  m: RegExpExecArray,
  first: number,
  second: number | null,
  unit: Unit,
  topic: keyof typeof TOPICS | null,
  index: FactIndex,
): CheckedClaim {
  const text = m[0];
  const reading = `${second === null ? first : `${first}–${second}`} ${unit}(s)${topic === null ? '' : ` (${topic})`}`;
  const claim = (ok: boolean, failure: { code: ViolationCode; message: string }): CheckedClaim =>
    claimAt(
      sentence,
      m.index,
      text.length,
      topic === 'warranty' ? 'warranty' : 'duration',
      reading,
      ok ? undefined : failure,
    );
  const business = m[3] !== undefined;

  const matchesRange = (): boolean =>
    second === null
      ? index.deliveryRanges.some(([min, max]) => asDays(first, unit).some((d) => d === min || d === max))
      : index.deliveryRanges.some(
          ([min, max]) => asDays(first, unit).includes(min) && asDays(second, unit).includes(max),
        );
  const matchesWindow = (): boolean =>
    second === null && !business && asDays(first, unit).some((d) => index.returnWindowDays.has(d));
  const matchesWarranty = (): boolean =>
    second === null && asMonths(first, unit).some((months) => index.warrantyMonths.has(months));
  // A product attribute ("battery: up to 6 hours", "warranty: 2 years") is a fact too, but never a return window or delivery time.
  const matchesAttribute = (): boolean =>
    second === null && asDays(first, unit).some((d) => index.attributeDays.has(d));

  switch (topic) {
    case 'warranty':
      return claim(matchesWarranty() || matchesAttribute(), {
        code: 'contradicts_warranty',
        message: `"${text}" is not the warranty in the policy (${[...index.warrantyMonths].join(', ') || 'none'} months).`,
      });
    case 'returns':
      return claim(matchesWindow(), {
        code: 'contradicts_return_window',
        message: `"${text}" is not the return window in the policy (${[...index.returnWindowDays].join(', ') || 'none'} days).`,
      });
    case 'delivery':
      return claim(matchesRange(), {
        code: 'contradicts_delivery_range',
        message: `"${text}" matches no delivery range from the policy or the carrier.`,
      });
    case null:
      return claim(matchesRange() || matchesWindow() || matchesWarranty() || matchesAttribute(), {
        code: 'unsupported_duration',
        message: `"${text}" is not a window, warranty or delivery time in the facts.`,
      });
  }
}
