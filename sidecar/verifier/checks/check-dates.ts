import type { FactIndex } from '../fact-index.js';
import type { Sentence } from '../text/sentences.js';
import type { CheckedClaim } from '../verifier-types.js';
import { claimAt, matchAll } from './claim.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH2 = MONTH.replace('?<month>', '?<month2>');
const ABSOLUTE = new RegExp(
  [
    String.raw`\b(?<iso>\d{4}-\d{2}-\d{2})\b`,
    String.raw`(?<![$€£¥.,\d])\b(?<n1>\d{1,2})/(?<n2>\d{1,2})(?:/(?<ny>\d{2,4}))?\b`,
    String.raw`\b${MONTH}\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>\d{4}))?\b`,
    String.raw`\b(?<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH2}\b(?:,?\s+(?<year2>\d{4}))?`,
  ].join('|'),
  'gi',
);
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const RELATIVE = new RegExp(
  String.raw`\b(?:tomorrow|tonight|overnight|the day after tomorrow|today|(?:this|next|by|on|until|before)\s+${WEEKDAY}|${WEEKDAY}|next week|this (?:week(?:end)?|afternoon|evening)|by the weekend|end of (?:the )?(?:day|week)|within (?:the|an|the next) hour)\b`,
  'gi',
);
/** Words that make a date a promise: delivery, dispatch, a refund landing. */
const PROMISE =
  /\b(?:arriv|deliver|ship|dispatch|get (?:it|them|there|your)|receive|reach|be there|refund|credit|process|land|expect)/i;
const GUARANTEE = /\bguarantee[ds]?\b/i;
const DELIVERY = /\b(?:deliver|arriv|ship|transit|dispatch)/i;

function isoOf(
  month: string | undefined,
  day: number,
  year: string | undefined,
): { md: string; year?: string } {
  const m = MONTHS.indexOf((month ?? '').slice(0, 3).toLowerCase()) + 1;
  const md = `${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return year === undefined ? { md } : { md, year };
}

/** Month/day and day/month readings of "3/5/2026" (both are used; only an order's date may match). */
function numericReadings(
  a: number,
  b: number,
  year: string | undefined,
): Array<{ md: string; year?: string }> {
  const y = year === undefined ? undefined : year.length === 2 ? `20${year}` : year;
  const md = (month: number, day: number) =>
    `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return [md(a, b), md(b, a)].map((d) => (y === undefined ? { md: d } : { md: d, year: y }));
}

/**
 * Dates: an exact delivery date, "tomorrow" or a weekday promise is never allowed (ranges come from policy
 * or the carrier); any other date must be one of the order's dates. Guaranteed delivery is never promised.
 */
export function checkDates(sentence: Sentence, index: FactIndex): CheckedClaim[] {
  const out: CheckedClaim[] = [];
  const promise = PROMISE.test(sentence.text);
  for (const m of matchAll(sentence, ABSOLUTE)) {
    const g = m.groups ?? {};
    let readings: Array<{ md: string; year?: string }>;
    if (g.iso !== undefined) readings = [{ md: g.iso.slice(5), year: g.iso.slice(0, 4) }];
    else if (g.month !== undefined) readings = [isoOf(g.month, Number(g.day), g.year)];
    else if (g.month2 !== undefined) readings = [isoOf(g.month2, Number(g.day2), g.year2)];
    // A bare "3/5" is ambiguous (a rating, a fraction): only a date in promise context counts, read both ways.
    else if (promise && g.n1 !== undefined) readings = numericReadings(Number(g.n1), Number(g.n2), g.ny);
    else continue;
    const known = readings.find((r) =>
      [...index.orderDates].some(
        (d) => d.slice(5) === r.md && (r.year === undefined || d.startsWith(r.year)),
      ),
    );
    if (known !== undefined) {
      out.push(claimAt(sentence, m.index, m[0].length, 'date', `order date ${known.md}`));
      continue;
    }
    out.push(
      claimAt(sentence, m.index, m[0].length, promise ? 'delivery_promise' : 'date', m[0], {
        code: promise ? 'exact_delivery_date' : 'unsupported_date',
        message: promise
          ? `"${m[0]}" promises an exact date; only ranges from the policy or the carrier may be given.`
          : `"${m[0]}" is not a date in the facts.`,
      }),
    );
  }
  for (const m of matchAll(sentence, RELATIVE)) {
    const word = m[0].toLowerCase();
    if (!promise && (word === 'today' || !/tomorrow|tonight|overnight/.test(word))) continue;
    out.push(
      claimAt(sentence, m.index, m[0].length, 'delivery_promise', m[0], {
        code: 'exact_delivery_date',
        message: `"${m[0]}" promises a specific day; only ranges from the policy or the carrier may be given.`,
      }),
    );
  }
  const guarantee = GUARANTEE.exec(sentence.text);
  if (guarantee !== null && DELIVERY.test(sentence.text)) {
    out.push(
      claimAt(sentence, guarantee.index, guarantee[0].length, 'delivery_promise', 'guaranteed delivery', {
        code: 'delivery_guarantee',
        message: 'Delivery times are estimates; a guaranteed delivery is never promised.',
      }),
    );
  }
  return out;
}
