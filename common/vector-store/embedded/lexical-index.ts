/** Orama 3's BM25 parameters, kept so rankings tuned on the labeled sets do not move (docs/search.md). */
const K1 = 1.2;
const B = 0.75;
const D = 0.5;

interface Postings {
  /** Ordinals of the documents holding the term, in no particular order. */
  docs: number[];
  /** Term frequency in each of those documents, as a share of the field's length. */
  tfs: number[];
}

class FieldIndex {
  /** Indexed by term id. */
  readonly postings: (Postings | undefined)[] = [];
  /** Field length (terms, repeats included) by ordinal. */
  readonly lengths: number[] = [];
  totalLength = 0;
}

/**
 * BM25 over named text fields with the scoring Orama 3 used here before (so the rankings chosen on the
 * labeled sets stay put): per field, idf = ln(1 + (N − n + 0.5) / (n + 0.5)) over the N documents of
 * the index, tf = occurrences ÷ field length, score = idf · (d + tf · (k + 1)) / (tf + k · (1 − b + b ·
 * length ÷ average length)) with k 1.2, b 0.75, d 0.5; field scores weighted and summed; every query
 * term counts (a repeated one twice). Documents are numbered by the caller (ordinals, reused after a
 * removal); the postings are plain arrays, so a query costs one pass over its terms' postings.
 */
export class LexicalIndex {
  private readonly termIds = new Map<string, number>();
  private readonly fields = new Map<string, FieldIndex>();
  private documents = 0;
  /** Highest ordinal seen + 1. */
  private ordinals = 0;
  /** Scratch space of `score`, grown with the ordinals. */
  private scores = new Float64Array(0);

  constructor(private readonly fieldNames: readonly string[]) {
    for (const name of fieldNames) this.fields.set(name, new FieldIndex());
  }

  /** Indexes one document's terms per field (already analysed: tokenized, stop words out, stemmed). */
  add(ordinal: number, terms: Readonly<Record<string, readonly string[]>>): void {
    for (const name of this.fieldNames) {
      const field = this.fields.get(name)!;
      const tokens = terms[name] ?? [];
      const counts = new Map<number, number>();
      for (const token of tokens) {
        const id = this.termId(token);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const [id, n] of counts) {
        const postings = (field.postings[id] ??= { docs: [], tfs: [] });
        postings.docs.push(ordinal);
        postings.tfs.push(n / tokens.length);
      }
      field.lengths[ordinal] = tokens.length;
      field.totalLength += tokens.length;
    }
    this.documents++;
    this.ordinals = Math.max(this.ordinals, ordinal + 1);
  }

  /**
   * Removes a document, given the terms it was added with (the caller analyses its stored text again
   * rather than the index keeping a copy of every document's terms); its ordinal may then be reused.
   */
  remove(ordinal: number, terms: Readonly<Record<string, readonly string[]>>): void {
    for (const name of this.fieldNames) {
      const field = this.fields.get(name)!;
      for (const id of new Set((terms[name] ?? []).map((term) => this.termIds.get(term)!))) {
        const postings = field.postings[id]!;
        const at = postings.docs.indexOf(ordinal);
        const last = postings.docs.length - 1;
        postings.docs[at] = postings.docs[last]!;
        postings.tfs[at] = postings.tfs[last]!;
        postings.docs.pop();
        postings.tfs.pop();
      }
      field.totalLength -= field.lengths[ordinal]!;
      field.lengths[ordinal] = 0;
    }
    this.documents--;
  }

  /**
   * BM25 of every document holding a query term and accepted by `accept` (a pre-filter by ordinal;
   * absent: all), as [ordinal, score] pairs in no particular order.
   */
  score(
    queryTerms: readonly string[],
    weights: Readonly<Record<string, number>>,
    accept?: Uint8Array,
  ): { ordinals: number[]; scores: Float64Array } {
    if (this.scores.length < this.ordinals) this.scores = new Float64Array(this.ordinals * 2);
    const scores = this.scores;
    const touched: number[] = [];
    const n = this.documents;
    for (const term of queryTerms) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      for (const [name, field] of this.fields) {
        const weight = weights[name] ?? 0;
        const postings = field.postings[id];
        if (weight <= 0 || !postings || postings.docs.length === 0) continue;
        const df = postings.docs.length;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        const average = field.totalLength / n;
        const { docs, tfs } = postings;
        for (let i = 0; i < docs.length; i++) {
          const ordinal = docs[i]!;
          if (accept && accept[ordinal] !== 1) continue;
          const tf = tfs[i]!;
          const norm = average > 0 ? field.lengths[ordinal]! / average : 0;
          const bm25 = (idf * (D + tf * (K1 + 1))) / (tf + K1 * (1 - B + B * norm));
          if (scores[ordinal] === 0) touched.push(ordinal);
          scores[ordinal]! += bm25 * weight;
        }
      }
    }
    const out = new Float64Array(touched.length);
    touched.forEach((ordinal, i) => {
      out[i] = scores[ordinal]!;
      scores[ordinal] = 0;
    });
    return { ordinals: touched, scores: out };
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
    }
    return id;
  }
}
