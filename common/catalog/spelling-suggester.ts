import { editDistance } from '../language/edit-distance.js';
import { tokenize } from './text-tokenizer.js';

export interface SpellingSuggesterOptions {
  /** Tokens shorter than this are never corrected (too many neighbours). @default 4 */
  minLength?: number;
  /** Longest token length allowed only one edit; longer tokens may take two. @default 5 */
  oneEditUpTo?: number;
  /** Dictionary words kept, most frequent first: rarer words are more often wrong corrections. @default 50000 */
  maxWords?: number;
}

/**
 * Query-side spelling tolerance: a query word missing from a dictionary (frequency-ordered English
 * words, e.g. the GloVe vocabulary) is paired with the most frequent dictionary word within one or two
 * edits (insert, delete, substitute, swap neighbours) that starts with the same letter. The suggestion is added to the query, never
 * substituted, so brand names and model codes the dictionary does not know still match themselves.
 */
export class SpellingSuggester {
  private readonly rank = new Map<string, number>();
  /** Words by first letter and length: typos rarely hit the first letter, and this keeps a lookup to milliseconds. */
  private readonly buckets = new Map<string, string[]>();
  private readonly minLength: number;
  private readonly oneEditUpTo: number;

  /** @param words dictionary in frequency order, most frequent first */
  constructor(words: Iterable<string>, options: SpellingSuggesterOptions = {}) {
    this.minLength = options.minLength ?? 4;
    this.oneEditUpTo = options.oneEditUpTo ?? 5;
    const maxWords = options.maxWords ?? 50_000;
    for (const word of words) {
      if (this.rank.size >= maxWords) break;
      if (this.rank.has(word)) continue;
      this.rank.set(word, this.rank.size);
      const key = bucketKey(word[0] ?? '', word.length);
      const bucket = this.buckets.get(key) ?? [];
      bucket.push(word);
      this.buckets.set(key, bucket);
    }
  }

  /** The correction of one token, or undefined when it is known, too short, numeric or nothing is close. */
  suggest(token: string): string | undefined {
    if (token.length < this.minLength || /\d/.test(token) || this.rank.has(token)) return undefined;
    const maxEdits = token.length <= this.oneEditUpTo ? 1 : 2;
    let best: { word: string; distance: number; rank: number } | undefined;
    for (let length = token.length - maxEdits; length <= token.length + maxEdits; length++) {
      for (const word of this.buckets.get(bucketKey(token[0]!, length)) ?? []) {
        const limit = best ? Math.min(best.distance, maxEdits) : maxEdits;
        const distance = editDistance(token, word, limit);
        if (distance > limit) continue;
        const rank = this.rank.get(word)!;
        if (!best || distance < best.distance || (distance === best.distance && rank < best.rank))
          best = { word, distance, rank };
      }
    }
    return best?.word;
  }

  /** The query with a suggestion appended for each word the dictionary does not know. */
  expandQuery(text: string): string {
    const suggestions = tokenize(text)
      .map((token) => this.suggest(token))
      .filter((s): s is string => s !== undefined);
    return suggestions.length === 0 ? text : `${text} ${[...new Set(suggestions)].join(' ')}`;
  }
}

function bucketKey(first: string, length: number): string {
  return `${first}${length}`;
}
