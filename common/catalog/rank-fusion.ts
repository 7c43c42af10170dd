import type { VectorHit } from '../vector-store/vector-store.js';

/**
 * How the search service combines its two candidate lists. Lexical evidence leads (averaged word
 * vectors alone rank far below BM25 on product search, and naive fusion loses to lexical alone:
 * see docs/search.md); the semantic side reorders lexical matches a little and fills the list when
 * words alone find too little.
 */
export interface FusionWeights {
  /** Weight of the query–document cosine added to the lexical score (normalised to the best hit = 1). */
  semanticRerank: number;
  /**
   * Semantic-only candidates (no shared word) are appended after the lexical matches when these
   * run short, if their cosine reaches this value. `Infinity` disables the backfill.
   */
  backfillMinSimilarity: number;
}

export interface FusedHit {
  hit: VectorHit;
  score: number;
  /** Which side found it: both sides, words only, or meaning only. */
  matchedBy: 'both' | 'lexical' | 'semantic';
}

/**
 * Pure: merges a lexical and a semantic result list (same filters, same query) into one ranking.
 * Semantic scores must be cosine similarities; lexical scores any positive relevance.
 */
export function fuseRankings(
  lexical: readonly VectorHit[],
  semantic: readonly VectorHit[],
  weights: FusionWeights,
  limit: number,
): FusedHit[] {
  const cosine = new Map(semantic.map((h) => [h.pointId, h.score]));
  const best = lexical.reduce((max, h) => Math.max(max, h.score), 0);
  const lexicalIds = new Set(lexical.map((h) => h.pointId));
  const ranked: FusedHit[] = lexical
    .map((hit) => {
      const similarity = cosine.get(hit.pointId);
      return {
        hit,
        score: (best > 0 ? hit.score / best : 0) + weights.semanticRerank * (similarity ?? 0),
        matchedBy: similarity === undefined ? ('lexical' as const) : ('both' as const),
      };
    })
    .sort((a, b) => b.score - a.score);
  if (ranked.length < limit) {
    const backfill = semantic
      .filter((h) => !lexicalIds.has(h.pointId) && h.score >= weights.backfillMinSimilarity)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit - ranked.length)
      .map((hit) => ({ hit, score: weights.semanticRerank * hit.score, matchedBy: 'semantic' as const }));
    ranked.push(...backfill);
  }
  return ranked.slice(0, limit);
}
