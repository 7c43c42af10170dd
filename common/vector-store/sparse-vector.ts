import { lexicalTerms, termId } from '../catalog/text-tokenizer.js';

/** A sparse vector as Qdrant takes it: unique indices (sorted) and their values. */
export interface SparseVector {
  indices: number[];
  values: number[];
}

/** BM25's term-frequency saturation `k1`: the tenth mention of a word adds little over the second. */
const K1 = 1.2;

/**
 * The document side of lexical ranking: term id → saturated term frequency, title terms counted
 * `titleBoost` times. The collection's IDF modifier supplies the inverse document frequency, so
 * the dot product with a query vector is a BM25-like score (without length normalisation).
 */
export function documentSparseVector(title: string, body: string, titleBoost = 2): SparseVector {
  const counts = new Map<number, number>();
  for (const term of lexicalTerms(title))
    counts.set(termId(term), (counts.get(termId(term)) ?? 0) + titleBoost);
  for (const term of lexicalTerms(body)) counts.set(termId(term), (counts.get(termId(term)) ?? 0) + 1);
  return toSparse(counts, (tf) => (tf * (K1 + 1)) / (tf + K1));
}

/** The query side: each distinct term once, weight 1. Empty when the query has no lexical terms. */
export function querySparseVector(text: string): SparseVector {
  const counts = new Map<number, number>();
  for (const term of lexicalTerms(text)) counts.set(termId(term), 1);
  return toSparse(counts, (v) => v);
}

function toSparse(counts: Map<number, number>, weigh: (count: number) => number): SparseVector {
  const indices = [...counts.keys()].sort((a, b) => a - b);
  return { indices, values: indices.map((i) => weigh(counts.get(i)!)) };
}
