/**
 * Dense vectors as rows of one Float32Array, unit length: cosine similarity is a dot product over
 * contiguous memory (a brute-force pass over 20,000 100-d rows takes a few milliseconds, see
 * docs/benchmarks.md), 4 bytes per value instead of a JS number's 8 plus an array per vector.
 */
export class VectorMatrix {
  private rows: Float32Array;

  constructor(
    readonly dimensions: number,
    capacity = 256,
  ) {
    this.rows = new Float32Array(dimensions * capacity);
  }

  /** Stores `vector` scaled to unit length at `ordinal` (a zero vector stays zero: similarity 0). */
  set(ordinal: number, vector: Float32Array): void {
    const d = this.dimensions;
    if ((ordinal + 1) * d > this.rows.length) {
      // A quarter more, not twice: doubling left up to half the matrix unused (13 MB for 7.6 MB of
      // vectors at 20,000 products, per store view); the copies are memcpy, rare and cheap.
      const rows = Math.max(Math.ceil((this.rows.length / d) * 1.25), ordinal + 1, 256);
      const grown = new Float32Array(rows * d);
      grown.set(this.rows);
      this.rows = grown;
    }
    const norm = Math.hypot(...vector);
    const row = this.rows.subarray(ordinal * d, (ordinal + 1) * d);
    for (let i = 0; i < d; i++) row[i] = norm > 0 ? vector[i]! / norm : 0;
  }

  /** A copy of the stored (unit-length) row. */
  get(ordinal: number): Float32Array {
    return this.rows.slice(ordinal * this.dimensions, (ordinal + 1) * this.dimensions);
  }

  /** Cosine similarity of `query` (unit length) with the row at `ordinal`. */
  similarity(query: Float32Array, ordinal: number): number {
    const d = this.dimensions;
    const rows = this.rows;
    let dot = 0;
    for (let i = 0, o = ordinal * d; i < d; i++, o++) dot += query[i]! * rows[o]!;
    return dot;
  }
}

/** `vector` scaled to unit length (unchanged when zero). */
export function unitVector(vector: Float32Array): Float32Array {
  const norm = Math.hypot(...vector);
  return norm > 0 ? vector.map((v) => v / norm) : vector;
}
