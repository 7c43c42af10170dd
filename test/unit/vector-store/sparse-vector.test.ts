import { describe, expect, it } from 'vitest';
import { termId } from '../../../common/catalog/text-tokenizer.js';
import { documentSparseVector, querySparseVector } from '../../../common/vector-store/sparse-vector.js';

describe('sparse lexical vectors', () => {
  it('maps shared tokenizer terms to stable ids with saturated, title-boosted frequencies', () => {
    const v = documentSparseVector('Cargo Nets', 'A net for the bike rack. Net net.');
    const weight = (term: string) => v.values[v.indices.indexOf(termId(term))];
    // "net": 2 (title, boosted) + 3 (body) = 5 → 5·2.2/(5+1.2)
    expect(weight('net')).toBeCloseTo((5 * 2.2) / 6.2, 6);
    expect(weight('bike')).toBeCloseTo(2.2 / 2.2, 6);
    expect(v.indices.includes(termId('the'))).toBe(false);
    expect([...v.indices].sort((a, b) => a - b)).toEqual(v.indices);
    expect(new Set(v.indices).size).toBe(v.indices.length);
  });

  it('weighs each distinct query term once and is empty for stopwords only', () => {
    expect(querySparseVector('nets net NET')).toEqual({ indices: [termId('net')], values: [1] });
    expect(querySparseVector('for the')).toEqual({ indices: [], values: [] });
  });
});
