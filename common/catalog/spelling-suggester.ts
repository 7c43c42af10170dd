import { editDistance } from '../language/edit-distance.js';
import type { Language } from '../language/language.js';
import type { Lexicon } from '../language/lexicon.js';
import { words } from '../language/tokenizer.js';

export interface SpellingSuggesterOptions {
  /** Words shorter than this are never corrected (too many neighbours). @default 4 */
  minLength?: number;
  /** Longest word length allowed only one edit; longer words may take two. @default 5 */
  oneEditUpTo?: number;
  /** Dictionary words kept, most frequent first: rarer words are more often wrong corrections. @default 50000 */
  maxWords?: number;
}

/**
 * Query-side spelling tolerance from a store view's own vocabulary (`VectorCollection.vocabulary`): a
 * query word the catalog does not contain is paired with the most frequent catalog word within one or
 * two edits (insert, delete, substitute, swap neighbours) that starts with the same letter
 * (`leggins` → `leggings`, `wacth` → `watch`). A word the catalog contains is never corrected (`hoodie`
 * stays), and the correction is added to the query, never substituted, so a word the catalog lacks
 * still means what the shopper typed to the semantic side.
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

  /** A dictionary from word → frequency (document counts), most frequent first. */
  static fromFrequencies(
    frequencies: ReadonlyMap<string, number>,
    options: SpellingSuggesterOptions = {},
  ): SpellingSuggester {
    const ordered = [...frequencies].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return new SpellingSuggester(
      ordered.map(([word]) => word),
      options,
    );
  }

  /** The correction of one folded word, or undefined when it is known, too short, numeric or nothing is close. */
  suggest(word: string): string | undefined {
    if (word.length < this.minLength || /\d/.test(word) || this.rank.has(word)) return undefined;
    const maxEdits = word.length <= this.oneEditUpTo ? 1 : 2;
    let best: { word: string; distance: number; rank: number } | undefined;
    for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
      for (const candidate of this.buckets.get(bucketKey(word[0]!, length)) ?? []) {
        const limit = best ? Math.min(best.distance, maxEdits) : maxEdits;
        const distance = editDistance(word, candidate, limit);
        if (distance > limit) continue;
        const rank = this.rank.get(candidate)!;
        if (!best || distance < best.distance || (distance === best.distance && rank < best.rank))
          best = { word: candidate, distance, rank };
      }
    }
    return best?.word;
  }

  /**
   * The query with a correction appended for each word the store's dictionary does not know. A word of
   * the language (`lexicon`) is what the shopper meant, not a typo: "show" and "wife" are not the
   * store's "shoe" and "wipe".
   */
  expandQuery(text: string, language?: Language, lexicon?: Lexicon): string {
    const suggestions = words(text, language)
      .filter((word) => !lexicon?.has(word))
      .map((word) => this.suggest(word))
      .filter((s): s is string => s !== undefined);
    return suggestions.length === 0 ? text : `${text} ${[...new Set(suggestions)].join(' ')}`;
  }
}

function bucketKey(first: string, length: number): string {
  return `${first}${length}`;
}
