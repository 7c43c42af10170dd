import { GROUP_SOURCE, NUMBER_WORDS_SOURCE, parseNumber } from '../number-words.js';

/**
 * How many of something the customer wants. Only a number tied to buying ("I need 3", "qty 4",
 * "200 units", "x2") counts: "I have 3 kids" or "3 weeks ago" says nothing about a quantity.
 */
const N = String.raw`(\d{1,6}|${GROUP_SOURCE}|${NUMBER_WORDS_SOURCE})`;
const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:qty|quantity|amount)\s*(?:of\s*)?[:=]?\s*${N}\b`, 'i'),
  new RegExp(
    String.raw`\b${N}\s*(?:units?|pieces?|pcs|items?|packs?|boxes|cases|pairs?|copies|sets?|of (?:them|these|those|it|the)|more)\b`,
    'i',
  ),
  new RegExp(String.raw`(?:^|\s)(?:x\s?${N}|${N}\s?x)(?=\s|$|[.,!?])`, 'i'),
  new RegExp(
    String.raw`\b(?:buy|order|need|want|get|purchase|take|reserve|add)(?:\s+(?:like|about|around|maybe))?\s+${N}\s+(?!(?:days?|weeks?|months?|years?|hours?|minutes?|times?|ago)\b)(?:[a-z-]+)`,
    'i',
  ),
  new RegExp(String.raw`\b(?:for|need|have)\s+${N}\s+(?:employees|staff|students|classrooms)\b`, 'i'),
  new RegExp(
    String.raw`\b(?:quote|quotation|pricing|price|discount|deal)(?:\s+request)?\s+(?:for|on)\s+${N}\b`,
    'i',
  ),
];

export function extractQuantity(text: string): number | undefined {
  for (const re of PATTERNS) {
    const m = re.exec(text);
    const raw = m?.slice(1).find((g) => g !== undefined);
    if (raw === undefined) continue;
    const value = parseNumber(raw);
    if (value !== null && value > 0) return value;
  }
  return undefined;
}
