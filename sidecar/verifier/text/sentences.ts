import { allMatches } from './global-regex.js';
/** A sentence of a draft with its offset, so claims can point at the exact span. */
export interface Sentence {
  text: string;
  start: number;
}

/** Splits on sentence ends and line breaks, keeping offsets; decimals ("5.99") do not end a sentence. */
export function splitSentences(draft: string): Sentence[] {
  const sentences: Sentence[] = [];
  const pattern = /[^.!?\n]+(?:[.!?](?=\d)[^.!?\n]*)*[.!?]*/g;
  for (const match of draft.matchAll(pattern)) {
    if (match[0].trim() === '') continue;
    sentences.push({ text: match[0], start: match.index });
  }
  return sentences;
}

const NEGATION =
  /\b(?:no|not|never|none|cannot|without|unable|ne|pas|aucune?|jamais|sans)\b|n't\b|n’t\b|\bn['’]/i;

/** True when the clause before `index` in `sentence` negates what follows ("we do not price match"). */
export function negatedBefore(sentence: string, index: number): boolean {
  const clauses = sentence.slice(0, index).split(/[,;:]|\b(?:but|and|however|although|while)\b/i);
  const words = (clauses[clauses.length - 1] ?? '').trim().split(/\s+/).slice(-6).join(' ');
  return NEGATION.test(words);
}

/** Clause breaks: punctuation (not a decimal or thousands separator) and coordinating words. */
const CLAUSE_BREAK = /[,;:](?!\d)|\s(?:and|but|while|whereas|et|mais)\s/gi;

/** The clause of `sentence` around the span [start, end): between the nearest breaks on either side. */
export function clauseAround(sentence: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const breakEnd = m.index + m[0].length;
    if (breakEnd <= start) from = breakEnd;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/**
 * The topic whose keyword is nearest to the span [index, end) — first within its clause, else in the whole
 * sentence — or null when none occurs. Tells a return window from a warranty from a delivery time in
 * "returns within 30 days, the warranty is 24 months and delivery takes 3–5 days".
 */
export function nearestTopic<T extends string>(
  sentence: string,
  index: number,
  topics: Record<T, RegExp>,
  end: number = index,
): T | null {
  const [from, to] = clauseAround(sentence, index, end);
  return (
    nearestIn(sentence, from, to, index, topics) ?? nearestIn(sentence, 0, sentence.length, index, topics)
  );
}

function nearestIn<T extends string>(
  sentence: string,
  from: number,
  to: number,
  index: number,
  topics: Record<T, RegExp>,
): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const topic of Object.keys(topics) as T[]) {
    for (const match of allMatches(sentence, topics[topic], 'gi')) {
      if (match.index < from || match.index >= to) continue;
      const distance = Math.abs(match.index - index);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = topic;
      }
    }
  }
  return best;
}
