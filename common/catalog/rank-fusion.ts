import type { VectorHit } from '../vector-store/vector-store.js';

/**
 * How the search service combines words and meaning. Every candidate, from either side, is scored on
 * both: lexical hits carry their stored vector (cosine to the query), semantic hits their lexical score
 * when the lexical side found them (0 when no query term occurs in them).
 * - `linear`: `lexicalWeight` × lexical score (best candidate = 1) + (1 − `lexicalWeight`) × cosine
 *   (min–max normalised over the candidates);
 * - `rrf`: reciprocal-rank fusion, Σ 1/(`rrfK` + rank) over the two orders of the same candidates.
 */
export type FusionWeights =
  | { method: 'linear'; lexicalWeight: number; minSimilarity: number }
  | { method: 'rrf'; rrfK: number; minSimilarity: number };

export interface FusedHit {
  hit: VectorHit;
  score: number;
  /** Which evidence it has: shared words and a near meaning, words only, or meaning only. */
  matchedBy: 'both' | 'lexical' | 'semantic';
  lexical: number;
  cosine: number;
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/**
 * Pure: merges a lexical list (hits with their `vector`) and a semantic list (cosine scores) of the
 * same query under the same filters into one ranking of `limit` hits. Meaning-only candidates whose
 * cosine is below `minSimilarity` are left out: with no shared word, a weak likeness is noise.
 */
export function fuseRankings(
  queryVector: Float32Array,
  lexical: readonly VectorHit[],
  semantic: readonly VectorHit[],
  weights: FusionWeights,
  limit: number,
): FusedHit[] {
  const semanticIds = new Set(semantic.map((h) => h.pointId));
  const candidates = new Map<string, { hit: VectorHit; lexical: number; cosine: number }>();
  for (const hit of lexical) {
    const cosine = hit.vector ? dot(queryVector, hit.vector) : 0;
    candidates.set(hit.pointId, { hit, lexical: hit.score, cosine });
  }
  for (const hit of semantic) {
    const known = candidates.get(hit.pointId);
    if (known) known.cosine = hit.score;
    else if (hit.score >= weights.minSimilarity)
      candidates.set(hit.pointId, { hit, lexical: 0, cosine: hit.score });
  }
  const list = [...candidates.values()];
  const scores =
    weights.method === 'linear' ? linearScores(list, weights.lexicalWeight) : rrfScores(list, weights.rrfK);
  return list
    .map((c, i) => ({
      hit: c.hit,
      score: scores[i]!,
      lexical: c.lexical,
      cosine: c.cosine,
      matchedBy:
        c.lexical > 0
          ? semanticIds.has(c.hit.pointId)
            ? ('both' as const)
            : ('lexical' as const)
          : ('semantic' as const),
    }))
    .sort((a, b) => b.score - a.score || b.lexical - a.lexical)
    .slice(0, limit);
}

function linearScores(list: readonly { lexical: number; cosine: number }[], lexicalWeight: number): number[] {
  const best = Math.max(0, ...list.map((c) => c.lexical));
  const low = Math.min(...list.map((c) => c.cosine));
  const high = Math.max(...list.map((c) => c.cosine));
  const span = high - low;
  return list.map(
    (c) =>
      lexicalWeight * (best > 0 ? c.lexical / best : 0) +
      (1 - lexicalWeight) * (span > 0 ? (c.cosine - low) / span : 1),
  );
}

function rrfScores(list: readonly { lexical: number; cosine: number }[], k: number): number[] {
  const rank = (values: number[], present: (i: number) => boolean) => {
    const order = values
      .map((_, i) => i)
      .filter(present)
      .sort((a, b) => values[b]! - values[a]!);
    const ranks = new Map(order.map((index, position) => [index, position + 1]));
    return (i: number) => {
      const r = ranks.get(i);
      return r === undefined ? 0 : 1 / (k + r);
    };
  };
  const lexicalRank = rank(
    list.map((c) => c.lexical),
    (i) => list[i]!.lexical > 0,
  );
  const semanticRank = rank(
    list.map((c) => c.cosine),
    () => true,
  );
  return list.map((_, i) => lexicalRank(i) + semanticRank(i));
}
