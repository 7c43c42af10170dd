import { createHash } from 'node:crypto';
import type { Embedder } from './embedder.js';

/**
 * Checksum → vector storage, so a text that was embedded once is not embedded again (the indexer
 * skips unchanged products; the sidecar skips repeated queries). Keys come from {@link embeddingKey}.
 */
export interface EmbeddingCache {
  getMany(keys: readonly string[]): Promise<Map<string, Float32Array>>;
  setMany(entries: ReadonlyMap<string, Float32Array>): Promise<void>;
}

/** The cache key of one text under one embedder: hex SHA-256 of the embedder id and the text. */
export function embeddingKey(embedderId: string, text: string): string {
  return createHash('sha256').update(embedderId).update('\u0000').update(text).digest('hex');
}

/** An in-process cache that forgets the least recently used entries beyond `maxEntries`. */
export class MemoryEmbeddingCache implements EmbeddingCache {
  private readonly entries = new Map<string, Float32Array>();

  /** @param maxEntries @default 10000 */
  constructor(private readonly maxEntries = 10_000) {}

  async getMany(keys: readonly string[]): Promise<Map<string, Float32Array>> {
    const found = new Map<string, Float32Array>();
    for (const key of keys) {
      const vector = this.entries.get(key);
      if (!vector) continue;
      this.entries.delete(key);
      this.entries.set(key, vector);
      found.set(key, vector);
    }
    return found;
  }

  async setMany(entries: ReadonlyMap<string, Float32Array>): Promise<void> {
    for (const [key, vector] of entries) {
      this.entries.delete(key);
      this.entries.set(key, vector);
    }
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** An embedder that asks its cache first and embeds only the texts it has not seen (each distinct text once). */
export class CachingEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;

  constructor(
    private readonly inner: Embedder,
    private readonly cache: EmbeddingCache,
  ) {
    this.id = inner.id;
    this.dimensions = inner.dimensions;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const keys = texts.map((t) => embeddingKey(this.id, t));
    const found = await this.cache.getMany(keys);
    const missing = new Map<string, string>();
    keys.forEach((key, i) => {
      if (!found.has(key)) missing.set(key, texts[i]!);
    });
    if (missing.size > 0) {
      const vectors = await this.inner.embed([...missing.values()]);
      const fresh = new Map<string, Float32Array>();
      [...missing.keys()].forEach((key, i) => fresh.set(key, vectors[i]!));
      await this.cache.setMany(fresh);
      for (const [key, vector] of fresh) found.set(key, vector);
    }
    return keys.map((key) => found.get(key)!);
  }
}
