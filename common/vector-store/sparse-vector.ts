import { type CatalogDocument, type SearchField, documentFields } from '../catalog/catalog-document.js';
import { termId } from '../catalog/text-tokenizer.js';
import { lexicalTerms } from '../language/analyzer.js';
import type { Language } from '../language/language.js';
import { FIELD_WEIGHTS } from './vector-store.js';

/** A sparse vector as Qdrant takes it: unique indices (sorted) and their values. */
export interface SparseVector {
  indices: number[];
  values: number[];
}

/** BM25's term-frequency saturation `k1`: the tenth mention of a word adds little over the second. */
const K1 = 1.2;

/**
 * The document side of lexical ranking: term id → saturated term frequency, each field's terms
 * counted with the field's weight (`FIELD_WEIGHTS`), analysed in the document's language. The
 * collection's IDF modifier supplies the inverse document frequency, so the dot product with a
 * query vector is a BM25-like score (without length normalisation).
 */
export function documentSparseVector(doc: CatalogDocument): SparseVector {
  const fields = documentFields(doc);
  const counts = new Map<number, number>();
  for (const field of Object.keys(FIELD_WEIGHTS) as SearchField[]) {
    for (const term of lexicalTerms(fields[field], doc.language))
      counts.set(termId(term), (counts.get(termId(term)) ?? 0) + FIELD_WEIGHTS[field]);
  }
  return toSparse(counts, (tf) => (tf * (K1 + 1)) / (tf + K1));
}

/** The query side: each distinct term once, weight 1. Empty when the query has no lexical terms. */
export function querySparseVector(text: string, language: Language | undefined): SparseVector {
  const counts = new Map<number, number>();
  for (const term of lexicalTerms(text, language)) counts.set(termId(term), 1);
  return toSparse(counts, (v) => v);
}

function toSparse(counts: Map<number, number>, weigh: (count: number) => number): SparseVector {
  const indices = [...counts.keys()].sort((a, b) => a - b);
  return { indices, values: indices.map((i) => weigh(counts.get(i)!)) };
}
