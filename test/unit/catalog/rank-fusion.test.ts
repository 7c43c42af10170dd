import { describe, expect, it } from 'vitest';
import { parseCatalogDocument } from '../../../common/catalog/catalog-document.js';
import { fuseRankings } from '../../../common/catalog/rank-fusion.js';
import type { VectorHit } from '../../../common/vector-store/vector-store.js';

const hit = (id: string, score: number): VectorHit => ({
  pointId: id,
  score,
  checksum: 'c',
  document: parseCatalogDocument({ id, type: 'product', store: 'default', title: id, text: '' }),
});

describe('fuseRankings', () => {
  it('keeps lexical matches first, reordered by a light semantic rerank', () => {
    const lexical = [hit('a', 10), hit('b', 9), hit('c', 2)];
    const semantic = [hit('b', 0.9), hit('a', 0.1), hit('x', 0.95)];
    const fused = fuseRankings(lexical, semantic, { semanticRerank: 0.3, backfillMinSimilarity: 0.5 }, 3);
    // a: 1 + 0.03; b: 0.9 + 0.27 → b first; c only lexical; x not needed (list is full).
    expect(fused.map((f) => [f.hit.pointId, f.matchedBy])).toEqual([
      ['b', 'both'],
      ['a', 'both'],
      ['c', 'lexical'],
    ]);
    expect(fused[0]!.score).toBeCloseTo(0.9 + 0.27, 6);
  });

  it('backfills with semantic-only hits above the similarity floor when words find too little', () => {
    const fused = fuseRankings(
      [hit('a', 3)],
      [hit('x', 0.8), hit('y', 0.4), hit('a', 0.7)],
      { semanticRerank: 0.3, backfillMinSimilarity: 0.5 },
      5,
    );
    expect(fused.map((f) => [f.hit.pointId, f.matchedBy])).toEqual([
      ['a', 'both'],
      ['x', 'semantic'],
    ]);
  });

  it('is lexical-only with zero rerank and no backfill', () => {
    const lexical = [hit('a', 5), hit('b', 4)];
    const fused = fuseRankings(
      lexical,
      [hit('b', 1), hit('z', 1)],
      { semanticRerank: 0, backfillMinSimilarity: Infinity },
      10,
    );
    expect(fused.map((f) => f.hit.pointId)).toEqual(['a', 'b']);
  });
});
