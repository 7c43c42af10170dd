import { describe, expect, it } from 'vitest';
import { parseCatalogDocument } from '../../../common/catalog/catalog-document.js';
import { LexicalIndex } from '../../../common/vector-store/embedded/lexical-index.js';
import { StoreViewIndex } from '../../../common/vector-store/embedded/store-view-index.js';

/** Orama 3's BM25, written out: the scores the labeled sets were tuned on. */
function bm25(tf: number, df: number, n: number, length: number, average: number): number {
  const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  return (idf * (0.5 + tf * 2.2)) / (tf + 1.2 * (0.25 + (0.75 * length) / average));
}

const scoresOf = (result: { ordinals: ArrayLike<number>; scores: ArrayLike<number> }) =>
  Object.fromEntries(Array.from(result.ordinals, (o, i) => [o, result.scores[i]!]));

describe('LexicalIndex', () => {
  it('scores BM25 per field, weighted and summed, with tf as a share of the field', () => {
    const index = new LexicalIndex(['title', 'body']);
    index.add(0, { title: ['red', 'tent'], body: ['tent', 'for', 'two', 'tent'] });
    index.add(1, { title: ['blue', 'tarp'], body: ['tarp'] });
    index.add(2, { title: ['red', 'mug'], body: [] });
    const scores = scoresOf(index.score(['tent', 'red'], { title: 2, body: 1 }));
    const title0 = bm25(1 / 2, 1, 3, 2, 2) * 2 + bm25(1 / 2, 2, 3, 2, 2) * 2;
    expect(scores[0]).toBeCloseTo(title0 + bm25(2 / 4, 1, 3, 4, 5 / 3), 12);
    expect(scores[2]).toBeCloseTo(bm25(1 / 2, 2, 3, 2, 2) * 2, 12);
    expect(scores[1]).toBeUndefined();
    // A filter is a mask over ordinals; a repeated query term counts twice.
    expect(scoresOf(index.score(['red'], { title: 1 }, Uint8Array.from([0, 1, 1])))).toEqual({
      2: bm25(1 / 2, 2, 3, 2, 2),
    });
    expect(scoresOf(index.score(['mug', 'mug'], { title: 1 }))[2]).toBeCloseTo(
      2 * bm25(1 / 2, 1, 3, 2, 2),
      12,
    );
  });

  it('forgets a removed document, so its ordinal can hold another', () => {
    const index = new LexicalIndex(['title']);
    index.add(0, { title: ['red', 'tent'] });
    index.add(1, { title: ['red', 'mug'] });
    index.remove(0, { title: ['red', 'tent'] });
    expect(scoresOf(index.score(['tent'], { title: 1 }))).toEqual({});
    expect(scoresOf(index.score(['red'], { title: 1 }))).toEqual({ 1: bm25(1 / 2, 1, 1, 2, 2) });
    index.add(0, { title: ['green', 'tent', 'tent'] });
    expect(Object.keys(scoresOf(index.score(['tent'], { title: 1 })))).toEqual(['0']);
    expect(Object.keys(scoresOf(index.score(['red'], { title: 1 })))).toEqual(['1']);
  });
});

const doc = (id: string, title: string, price?: number) =>
  parseCatalogDocument({
    id,
    type: 'product',
    store: 'default',
    title,
    text: '',
    ...(price === undefined ? {} : { price }),
  });

describe('StoreViewIndex', () => {
  const analyse = (d: { title: string }) => ({ title: d.title.toLowerCase().split(' ') });
  const vector = (...values: number[]) => Float32Array.from(values);

  it('replaces a document by point id, and filters before it ranks', () => {
    const index = new StoreViewIndex(['title'], 2, analyse);
    index.put({ pointId: 'a', document: doc('A', 'red tent', 100), checksum: '1' }, vector(1, 0));
    index.put({ pointId: 'b', document: doc('B', 'red mug'), checksum: '1' }, vector(0, 1));
    index.put({ pointId: 'a', document: doc('A', 'blue tent', 20), checksum: '2' }, vector(3, 4));
    expect(index.size).toBe(2);
    const search = (query: object) =>
      index
        .search({ mode: 'lexical', terms: [], fieldWeights: { title: 1 }, filter: {}, limit: 5, ...query })
        .map((h) => [h.entry.document.id, Number(h.score.toFixed(3))]);
    expect(search({ terms: ['red'] })).toEqual([['B', expect.any(Number)]]);
    expect(search({ terms: ['blue', 'red'], filter: { maxPrice: 50 } }).map(([id]) => id)).toEqual(['A']);
    // Cosine of unit vectors; a document without a price never meets a price bound.
    expect(search({ mode: 'semantic', vector: vector(0, 2) })).toEqual([
      ['B', 1],
      ['A', 0.8],
    ]);
    expect(search({ mode: 'semantic', vector: vector(0, 2), filter: { minPrice: 0 } })).toEqual([['A', 0.8]]);
    expect(search({ mode: 'semantic', vector: vector(1, 1), limit: 1 })).toEqual([['A', 0.99]]);
  });

  it('filters the documents as they are now when the same filter is asked again after writes', () => {
    const index = new StoreViewIndex(['title'], 2, analyse);
    const cheapTents = () =>
      index
        .search({
          mode: 'lexical',
          terms: ['tent'],
          fieldWeights: { title: 1 },
          filter: { docTypes: ['product'], maxPrice: 50 },
          limit: 5,
        })
        .map((h) => h.entry.document.id);
    index.put({ pointId: 'a', document: doc('A', 'red tent', 40), checksum: '1' }, vector(1, 0));
    expect(cheapTents()).toEqual(['A']);
    index.put({ pointId: 'b', document: doc('B', 'blue tent', 30), checksum: '1' }, vector(0, 1));
    expect(cheapTents().sort()).toEqual(['A', 'B']);
    index.put({ pointId: 'a', document: doc('A', 'red tent', 90), checksum: '2' }, vector(1, 0));
    expect(cheapTents()).toEqual(['B']);
    index.remove('b');
    expect(cheapTents()).toEqual([]);
    expect(
      index
        .search({
          mode: 'semantic',
          terms: [],
          fieldWeights: {},
          vector: vector(1, 0),
          filter: { maxPrice: 100 },
          limit: 5,
        })
        .map((h) => h.entry.document.id),
    ).toEqual(['A']);
  });

  it('fuses hybrid scores as Orama did: each side divided by its best, then weighted', () => {
    const index = new StoreViewIndex(['title'], 2, analyse);
    index.put({ pointId: 'a', document: doc('A', 'tent tent'), checksum: '1' }, vector(0, 1));
    index.put({ pointId: 'b', document: doc('B', 'tent mug'), checksum: '1' }, vector(1, 0));
    const hits = index.search({
      mode: 'hybrid',
      terms: ['tent'],
      fieldWeights: { title: 1 },
      vector: vector(1, 0),
      filter: {},
      limit: 5,
      weights: { lexical: 0.5, semantic: 0.5 },
    });
    const lexical = index.search({
      mode: 'lexical',
      terms: ['tent'],
      fieldWeights: { title: 1 },
      filter: {},
      limit: 5,
    });
    const [a, b] = ['A', 'B'].map((id) => lexical.find((h) => h.entry.document.id === id)!.score);
    expect(hits.map((h) => [h.entry.document.id, h.score])).toEqual([
      ['B', (b! / a!) * 0.5 + 0.5],
      ['A', 0.5],
    ]);
  });
});
