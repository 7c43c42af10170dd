import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../../common/embedding/embedder.js';
import {
  CachingEmbedder,
  MemoryEmbeddingCache,
  embeddingKey,
} from '../../../common/embedding/embedding-cache.js';
import { HashingEmbedder } from '../../../common/embedding/hashing-embedder.js';

/** Records every text the wrapped embedder is asked to embed. */
function countingEmbedder(inner: Embedder): Embedder & { seen: string[] } {
  const seen: string[] = [];
  return {
    id: inner.id,
    dimensions: inner.dimensions,
    seen,
    async embed(texts) {
      seen.push(...texts);
      return inner.embed(texts);
    },
  };
}

describe('CachingEmbedder', () => {
  it('embeds each distinct text once and returns cached vectors in order', async () => {
    const counting = countingEmbedder(new HashingEmbedder(32));
    const cached = new CachingEmbedder(counting, new MemoryEmbeddingCache());
    const first = await cached.embed(['red bag', 'blue mug', 'red bag']);
    expect(counting.seen).toEqual(['red bag', 'blue mug']);
    const second = await cached.embed(['blue mug', 'green hat', 'red bag']);
    expect(counting.seen).toEqual(['red bag', 'blue mug', 'green hat']);
    expect(Array.from(second[0]!)).toEqual(Array.from(first[1]!));
    expect(Array.from(second[2]!)).toEqual(Array.from(first[0]!));
    expect(cached.id).toBe('hashing-32');
  });

  it('keys by embedder id so another embedder never reads these vectors', () => {
    expect(embeddingKey('a', 'text')).not.toBe(embeddingKey('b', 'text'));
    expect(embeddingKey('a', 'text')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('evicts the least recently used entries beyond its bound', async () => {
    const cache = new MemoryEmbeddingCache(2);
    const v = new Float32Array([1]);
    await cache.setMany(
      new Map([
        ['a', v],
        ['b', v],
      ]),
    );
    await cache.getMany(['a']);
    await cache.setMany(new Map([['c', v]]));
    expect(cache.size).toBe(2);
    expect([...(await cache.getMany(['a', 'b', 'c'])).keys()]).toEqual(['a', 'c']);
  });
});

describe('HashingEmbedder', () => {
  it('is deterministic, unit length and sensitive to shared words', async () => {
    const embedder = new HashingEmbedder(64);
    const [a, b, c, d] = await embedder.embed([
      'Red leather bags',
      'red leather bag',
      'ceramic coffee mug',
      'Red leather bags',
    ]);
    const cos = (x: Float32Array, y: Float32Array) => x.reduce((s, v, i) => s + v * y[i]!, 0);
    expect(Array.from(a!)).toEqual(Array.from(d!));
    expect(cos(a!, a!)).toBeCloseTo(1, 5);
    expect(cos(a!, b!)).toBeCloseTo(1, 5);
    expect(cos(a!, c!)).toBeLessThan(0.5);
  });
});
