import { lexicalTerms, termId } from '../catalog/text-tokenizer.js';
import type { Embedder } from './embedder.js';
import { normalizeInPlace } from './vector-math.js';

/**
 * Deterministic feature hashing of lexical terms and their bigrams into a signed bag-of-words
 * vector. It knows no meaning (synonyms do not meet): for tests that do not judge search quality.
 */
export class HashingEmbedder implements Embedder {
  readonly id: string;

  /** @param dimensions vector length. @default 256 */
  constructor(readonly dimensions = 256) {
    this.id = `hashing-${dimensions}`;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((text) => this.embedOne(text));
  }

  private embedOne(text: string): Float32Array {
    const vector = new Float32Array(this.dimensions);
    const terms = lexicalTerms(text);
    const features = [...terms, ...terms.slice(1).map((t, i) => `${terms[i]}_${t}`)];
    for (const feature of features) {
      const h = termId(feature);
      // The top bit picks the sign so colliding features cancel instead of piling up.
      vector[h % this.dimensions]! += h & 0x80000000 ? -1 : 1;
    }
    return normalizeInPlace(vector);
  }
}
