import { describe, expect, it } from 'vitest';
import { parseCatalogDocument } from '../../../common/catalog/catalog-document.js';
import { termId } from '../../../common/catalog/text-tokenizer.js';
import { documentSparseVector, querySparseVector } from '../../../common/vector-store/sparse-vector.js';

describe('sparse lexical vectors', () => {
  it('maps analysed terms to stable ids with saturated frequencies weighed by field', () => {
    const v = documentSparseVector(
      parseCatalogDocument({
        id: 'NET',
        type: 'product',
        store: 'default',
        language: 'en',
        title: 'Cargo Nets',
        text: 'A net for the bike rack. Net net.',
        categories: ['Cycling'],
      }),
    );
    const weight = (term: string) => v.values[v.indices.indexOf(termId(term))];
    // "net": 3 (title weight) + 3 × 1 (body) = 6 → 6·2.2/(6+1.2)
    expect(weight('net')).toBeCloseTo((6 * 2.2) / 7.2, 6);
    // "cycl": one mention in categories (weight 2) → 2·2.2/(2+1.2)
    expect(weight('cycl')).toBeCloseTo((2 * 2.2) / 3.2, 6);
    expect(weight('bike')).toBeCloseTo(2.2 / 2.2, 6);
    expect(v.indices.includes(termId('the'))).toBe(false);
    expect([...v.indices].sort((a, b) => a - b)).toEqual(v.indices);
    expect(new Set(v.indices).size).toBe(v.indices.length);
  });

  it('weighs each distinct query term once and is empty for stop words only', () => {
    expect(querySparseVector('nets net NET', 'en')).toEqual({ indices: [termId('net')], values: [1] });
    expect(querySparseVector('for the', 'en')).toEqual({ indices: [], values: [] });
  });
});
