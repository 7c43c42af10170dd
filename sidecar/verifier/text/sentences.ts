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

/**
 * The topic whose keyword is nearest to `index` in the sentence, or null when none occurs. Used to tell
 * a return window from a warranty from a delivery time in "returns within 30 days, delivery in 3–5 days".
 */
export function nearestTopic<T extends string>(
  sentence: string,
  index: number,
  topics: Record<T, RegExp>,
): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const topic of Object.keys(topics) as T[]) {
    const regex = new RegExp(topics[topic].source, 'gi');
    for (const match of sentence.matchAll(regex)) {
      const distance = Math.abs(match.index - index);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = topic;
      }
    }
  }
  return best;
}
