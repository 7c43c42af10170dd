import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { stem, termId, tokenize } from '../catalog/text-tokenizer.js';
import type { Embedder } from './embedder.js';
import { GLOVE_CACHE_FILE, buildGloveCache, readGloveCache, type GloveCache } from './glove-cache.js';
import { dot, normalizeInPlace, seededRandom } from './vector-math.js';

export interface GloveSifOptions {
  /** SIF smoothing `a` in the weight a / (a + p(w)). @default 0.001 */
  a?: number;
  /**
   * Unit vector of the corpus's common direction (see {@link fitCommonComponent}), projected out of
   * every sentence vector. Part of the embedder id: a collection built with it must be queried with it.
   */
  commonComponent?: Float32Array;
}

/**
 * Sentence vectors from GloVe word vectors with smooth inverse frequency weighting (Arora et al.,
 * 2017): the weighted mean of the words' vectors, weight a/(a + p(w)) with p(w) estimated from the
 * word's frequency rank (Zipf), optionally minus the corpus's first principal component. Frequent
 * words ("the", "for") fade, rare ones (product nouns) carry the vector.
 *
 * Words missing from the vocabulary (brand names, model codes, typos) get a deterministic
 * pseudo-random vector of their own, so the same unknown word still meets itself.
 */
export class GloveSifEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  private readonly a: number;
  private readonly harmonic: number;
  private readonly commonComponent: Float32Array | undefined;
  private readonly oovNorm: number;

  constructor(
    private readonly cache: GloveCache,
    options: GloveSifOptions = {},
  ) {
    this.dimensions = cache.dimensions;
    this.a = options.a ?? 0.001;
    // Zipf: p(rank r, 0-based) ≈ 1 / ((r + 1) · H_N), with H_N the N-th harmonic number.
    this.harmonic = Math.log(cache.sourceVocabularySize) + 0.5772156649;
    this.commonComponent = options.commonComponent;
    const componentTag = options.commonComponent ? `-pc${hashVector(options.commonComponent)}` : '';
    const aTag = this.a === 0.001 ? '' : `-a${this.a}`;
    this.id = `glove-sif-${cache.dimensions}d@${cache.checksum.slice(0, 12)}${aTag}${componentTag}`;
    this.oovNorm = medianNorm(cache);
  }

  /**
   * Opens the binary cache in `dataDir`, building it from the installed word vectors first when it
   * is missing (once, ~10 s; `npm run build:embeddings` does it ahead of time).
   */
  static async open(
    dataDir: string,
    options: GloveSifOptions & { sourcePath?: string } = {},
  ): Promise<GloveSifEmbedder> {
    const cachePath = gloveCachePath(dataDir);
    const exists = await access(cachePath).then(
      () => true,
      () => false,
    );
    if (!exists) await buildGloveCache({ outPath: cachePath, sourcePath: options.sourcePath });
    return new GloveSifEmbedder(await readGloveCache(cachePath), options);
  }

  /** The vocabulary in frequency order, most frequent first (a dictionary for spelling suggestions). */
  vocabulary(): IterableIterator<string> {
    return this.cache.index.keys();
  }

  /** The same word vectors with a common component removed. */
  withCommonComponent(commonComponent: Float32Array): GloveSifEmbedder {
    return new GloveSifEmbedder(this.cache, { a: this.a, commonComponent });
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((text) => this.embedOne(text));
  }

  /** SIF vector before common-component removal and normalisation. */
  private weightedMean(text: string): Float32Array {
    const { dimensions, cache } = this;
    const sum = new Float32Array(dimensions);
    let words = 0;
    for (const token of tokenize(text)) {
      const row = cache.index.get(token) ?? cache.index.get(stem(token));
      words++;
      if (row === undefined) {
        // Unknown words are rare by definition: full weight.
        addOov(sum, token, this.oovNorm);
        continue;
      }
      const p = 1 / ((cache.ranks[row]! + 1) * this.harmonic);
      const weight = (this.a / (this.a + p)) * cache.scales[row]!;
      const offset = row * dimensions;
      for (let d = 0; d < dimensions; d++) sum[d]! += weight * cache.vectors[offset + d]!;
    }
    if (words > 0) for (let d = 0; d < dimensions; d++) sum[d] = sum[d]! / words;
    return sum;
  }

  private embedOne(text: string): Float32Array {
    const vector = this.weightedMean(text);
    const u = this.commonComponent;
    if (u) {
      const projection = dot(vector, u);
      for (let d = 0; d < vector.length; d++) vector[d] = vector[d]! - projection * u[d]!;
    }
    return normalizeInPlace(vector);
  }

  /**
   * The first principal component (uncentred, as in SIF) of the corpus's sentence vectors, by power
   * iteration: the direction shared by all texts (frequent-word and style noise) that the SIF paper
   * removes. Fit it on the documents the collection is built from.
   */
  fitCommonComponent(texts: readonly string[], iterations = 50): Float32Array {
    const rows = texts.map((t) => this.weightedMean(t));
    let u = normalizeInPlace(new Float32Array(this.dimensions).fill(1));
    for (let i = 0; i < iterations; i++) {
      const next = new Float32Array(this.dimensions);
      for (const row of rows) {
        const projection = dot(row, u);
        for (let d = 0; d < next.length; d++) next[d]! += projection * row[d]!;
      }
      u = normalizeInPlace(next);
    }
    return u;
  }
}

export function gloveCachePath(dataDir: string): string {
  return path.join(dataDir, 'embeddings', GLOVE_CACHE_FILE);
}

function addOov(sum: Float32Array, token: string, norm: number): void {
  const random = seededRandom(termId(token));
  const v = new Float32Array(sum.length);
  for (let d = 0; d < v.length; d++) v[d] = random() * 2 - 1;
  normalizeInPlace(v);
  for (let d = 0; d < v.length; d++) sum[d]! += norm * v[d]!;
}

/** Median dequantised word-vector norm over a sample: unknown words get a typical length. */
function medianNorm(cache: GloveCache): number {
  const count = cache.index.size;
  if (count === 0) return 1;
  const step = Math.max(1, Math.floor(count / 1000));
  const norms: number[] = [];
  for (let row = 0; row < count; row += step) {
    let sum = 0;
    for (let d = 0; d < cache.dimensions; d++) sum += cache.vectors[row * cache.dimensions + d]! ** 2;
    norms.push(Math.sqrt(sum) * cache.scales[row]!);
  }
  norms.sort((x, y) => x - y);
  return norms[Math.floor(norms.length / 2)]!;
}

function hashVector(vector: Float32Array): string {
  return createHash('sha256')
    .update(new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength))
    .digest('hex')
    .slice(0, 8);
}
