import { describe, expect, it } from 'vitest';
import { parseCatalogDocument } from '../../../common/catalog/catalog-document.js';
import { fuseRankings } from '../../../common/catalog/rank-fusion.js';
import type { VectorHit } from '../../../common/vector-store/vector-store.js';

const unit = (...xs: number[]) => {
  const v = Float32Array.from(xs);
  const norm = Math.hypot(...xs);
  return v.map((x) => x / norm);
};
const QUERY = unit(1, 0);

const hit = (id: string, score: number, vector?: Float32Array): VectorHit => ({
  pointId: id,
  score,
  checksum: 'c',
  document: parseCatalogDocument({ id, type: 'product', store: 'default', title: id, text: '' }),
  ...(vector ? { vector } : {}),
});

describe('fuseRankings', () => {
  const linear = (lexicalWeight: number, minSimilarity = 0.3) =>
    ({ method: 'linear', lexicalWeight, minSimilarity }) as const;

  it('scores a lexical hit the semantic side did not return by its own vector', () => {
    // "b" shares words and is near in meaning, though outside the semantic top list: it beats "a",
    // which has slightly more words and nothing of the meaning, and "x", which has no shared word.
    const lexical = [hit('a', 10, unit(0, 1)), hit('b', 9, unit(1, 0.1))];
    const semantic = [hit('x', 0.9)];
    const fused = fuseRankings(QUERY, lexical, semantic, linear(0.5), 3);
    expect(fused.map((f) => [f.hit.pointId, f.matchedBy])).toEqual([
      ['b', 'lexical'],
      ['a', 'lexical'],
      ['x', 'semantic'],
    ]);
    expect(fused.find((f) => f.hit.pointId === 'b')!.cosine).toBeCloseTo(1 / Math.hypot(1, 0.1), 5);
  });

  it('lets a meaning-only hit outrank a weak word match, and drops weak meaning-only ones', () => {
    const fused = fuseRankings(
      QUERY,
      [hit('a', 10, unit(1, 0.2)), hit('weak', 1, unit(0.1, 1))],
      [hit('x', 0.9), hit('noise', 0.2), hit('a', 0.98)],
      linear(0.5),
      5,
    );
    expect(fused.map((f) => f.hit.pointId)).toEqual(['a', 'x', 'weak']);
    expect(fused[0]!.matchedBy).toBe('both');
  });

  it('is lexical order with weight 1 and semantic order with weight 0', () => {
    const lexical = [hit('a', 5, unit(0, 1)), hit('b', 4, unit(1, 0))];
    expect(fuseRankings(QUERY, lexical, [], linear(1), 10).map((f) => f.hit.pointId)).toEqual(['a', 'b']);
    expect(fuseRankings(QUERY, lexical, [], linear(0), 10).map((f) => f.hit.pointId)).toEqual(['b', 'a']);
  });

  it('fuses by reciprocal rank over both orders of the same candidates', () => {
    const lexical = [hit('a', 5, unit(0.2, 1)), hit('b', 4, unit(1, 0.2))];
    const fused = fuseRankings(
      QUERY,
      lexical,
      [hit('c', 0.5)],
      { method: 'rrf', rrfK: 1, minSimilarity: 0 },
      3,
    );
    // a: 1/2 + 1/4; b: 1/3 + 1/2; c: 0 + 1/3.
    expect(fused.map((f) => f.hit.pointId)).toEqual(['b', 'a', 'c']);
    expect(fused[0]!.score).toBeCloseTo(1 / 3 + 1 / 2, 6);
  });
});
