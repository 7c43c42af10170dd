import { DOC_TYPES, type CatalogDocument, type DocType } from '../../catalog/catalog-document.js';
import { attributeTerms } from '../attribute-terms.js';
import type { SearchFilter, SearchMode } from '../vector-store.js';
import { LexicalIndex } from './lexical-index.js';
import { VectorMatrix, unitVector } from './vector-matrix.js';

/** One stored document: the payload callers get back. */
export interface IndexEntry {
  pointId: string;
  document: CatalogDocument;
  checksum: string;
}

/** A document's text as the lexical side indexes it: analysed terms per field. */
export type Analyse = (document: CatalogDocument) => Readonly<Record<string, readonly string[]>>;

export interface StoreViewQuery {
  mode: SearchMode;
  /** Analysed query terms (the lexical side). */
  terms: readonly string[];
  /** Field name → weight of the lexical side. */
  fieldWeights: Readonly<Record<string, number>>;
  vector?: Float32Array;
  filter: Omit<SearchFilter, 'store'>;
  limit: number;
  /** Hybrid mode: weights of the max-normalised lexical and semantic scores. */
  weights?: { lexical: number; semantic: number };
}

export interface ScoredEntry {
  entry: IndexEntry;
  score: number;
}

interface Scored {
  ordinals: ArrayLike<number>;
  scores: ArrayLike<number>;
}

const NO_PRICE = Number.NaN;

/**
 * The search index of one store view, in memory: documents numbered by ordinal (reused after a
 * removal), their unit vectors in one Float32 matrix, BM25 postings per field, and the values filters
 * compare in typed columns. Filters are applied first, as a mask over ordinals, so a filtered search
 * only scores what may match; only the `limit` best are sorted.
 */
export class StoreViewIndex {
  private readonly ordinals = new Map<string, number>();
  private readonly entries: (IndexEntry | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly lexical: LexicalIndex;
  private readonly vectors: VectorMatrix;
  private docTypes = new Uint8Array(256);
  private prices = new Float64Array(256);
  private inStock = new Uint8Array(256);
  /** Bumped by every put and removal: a kept mask is valid for the version it was computed at. */
  private version = 0;
  /**
   * The last filter's mask. Nearly every search filters (by document type at least) and a query runs
   * two searches with the same filter, so walking every document for each was 3.4 % of the CPU of
   * chat with saves at 20,000 products; the mask is now computed again only when the filter or the
   * documents change.
   */
  private lastMask: { key: string; version: number; mask: Uint8Array | undefined } | undefined;

  /** `capacity`: the documents expected (a loaded journal's), so the vectors are allocated once. */
  constructor(
    fieldNames: readonly string[],
    dimensions: number,
    private readonly analyse: Analyse,
    capacity?: number,
  ) {
    this.lexical = new LexicalIndex(fieldNames);
    this.vectors = new VectorMatrix(dimensions, capacity);
  }

  get size(): number {
    return this.ordinals.size;
  }

  get(pointId: string): IndexEntry | undefined {
    const ordinal = this.ordinals.get(pointId);
    return ordinal === undefined ? undefined : this.entries[ordinal];
  }

  /** Every stored entry (for persistence). */
  *all(): IterableIterator<IndexEntry> {
    for (const entry of this.entries) if (entry) yield entry;
  }

  /** The stored unit vector of a document. */
  vectorOf(pointId: string): Float32Array | undefined {
    const ordinal = this.ordinals.get(pointId);
    return ordinal === undefined ? undefined : this.vectors.get(ordinal);
  }

  /** Inserts or replaces the document with this point id. */
  put(entry: IndexEntry, vector: Float32Array): void {
    this.remove(entry.pointId);
    this.version++;
    const ordinal = this.free.pop() ?? this.entries.length;
    this.entries[ordinal] = entry;
    this.ordinals.set(entry.pointId, ordinal);
    this.vectors.set(ordinal, vector);
    this.lexical.add(ordinal, this.analyse(entry.document));
    if (ordinal >= this.docTypes.length) {
      const grow = <T extends Uint8Array | Float64Array>(column: T, make: (n: number) => T): T => {
        const grown = make(column.length * 2);
        grown.set(column);
        return grown;
      };
      this.docTypes = grow(this.docTypes, (n) => new Uint8Array(n));
      this.prices = grow(this.prices, (n) => new Float64Array(n));
      this.inStock = grow(this.inStock, (n) => new Uint8Array(n));
    }
    const d = entry.document;
    this.docTypes[ordinal] = DOC_TYPES.indexOf(d.type);
    this.prices[ordinal] = d.price ?? NO_PRICE;
    this.inStock[ordinal] = d.in_stock ? 1 : 0;
  }

  /** Removes a document; false when there was none. */
  remove(pointId: string): boolean {
    const ordinal = this.ordinals.get(pointId);
    if (ordinal === undefined) return false;
    this.version++;
    this.lexical.remove(ordinal, this.analyse(this.entries[ordinal]!.document));
    this.entries[ordinal] = undefined;
    this.ordinals.delete(pointId);
    this.free.push(ordinal);
    return true;
  }

  count(docTypes?: readonly DocType[]): number {
    if (!docTypes) return this.size;
    let n = 0;
    for (const entry of this.entries) if (entry && docTypes.includes(entry.document.type)) n++;
    return n;
  }

  search(query: StoreViewQuery): ScoredEntry[] {
    const mask = this.mask(query.filter);
    const lexicalEmpty = query.terms.length === 0;
    if (query.mode === 'lexical') {
      if (lexicalEmpty) return [];
      return this.top(this.lexical.score(query.terms, query.fieldWeights, mask), query.limit);
    }
    const semantic = this.semanticScores(query.vector!, mask);
    if (query.mode === 'semantic' || lexicalEmpty) return this.top(semantic, query.limit);
    // Hybrid as Orama fused it: each side divided by its best score, then weighted and summed.
    const lexical = this.lexical.score(query.terms, query.fieldWeights, mask);
    const weights = query.weights ?? { lexical: 0.5, semantic: 0.5 };
    const fused = new Float64Array(this.entries.length);
    const maxLexical = max(lexical.scores);
    const maxSemantic = max(semantic.scores);
    for (let i = 0; i < lexical.ordinals.length; i++)
      fused[lexical.ordinals[i]!] = (lexical.scores[i]! / maxLexical) * weights.lexical;
    for (let i = 0; i < semantic.ordinals.length; i++)
      fused[semantic.ordinals[i]!]! += (semantic.scores[i]! / maxSemantic) * weights.semantic;
    return this.top(
      { ordinals: semantic.ordinals, scores: Array.from(semantic.ordinals, (o) => fused[o]!) },
      query.limit,
    );
  }

  /** Cosine similarity of every accepted document. */
  private semanticScores(vector: Float32Array, mask: Uint8Array | undefined): Scored {
    const unit = unitVector(vector);
    const n = this.entries.length;
    const ordinals = new Int32Array(n);
    const scores = new Float64Array(n);
    let count = 0;
    for (let ordinal = 0; ordinal < n; ordinal++) {
      if (mask ? mask[ordinal] !== 1 : this.entries[ordinal] === undefined) continue;
      ordinals[count] = ordinal;
      scores[count++] = this.vectors.similarity(unit, ordinal);
    }
    return { ordinals: ordinals.subarray(0, count), scores: scores.subarray(0, count) };
  }

  /** The `limit` best, best first; equal scores in ordinal order. Keeps a sorted window of `limit`. */
  private top(scored: Scored, limit: number): ScoredEntry[] {
    const best: number[] = [];
    const before = (a: number, b: number) =>
      scored.scores[a]! > scored.scores[b]! ||
      (scored.scores[a] === scored.scores[b] && scored.ordinals[a]! < scored.ordinals[b]!);
    for (let i = 0; i < scored.ordinals.length; i++) {
      if (best.length === limit && !before(i, best[limit - 1]!)) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && before(i, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = i;
    }
    return best.map((i) => ({ entry: this.entries[scored.ordinals[i]!]!, score: scored.scores[i]! }));
  }

  /** {@link computeMask}, kept while the filter and the documents stay the same. Read only. */
  private mask(filter: StoreViewQuery['filter']): Uint8Array | undefined {
    const key = JSON.stringify(filter);
    const last = this.lastMask;
    if (last && last.key === key && last.version === this.version) return last.mask;
    const mask = this.computeMask(filter);
    this.lastMask = { key, version: this.version, mask };
    return mask;
  }

  /** 1 for every ordinal whose document passes the filter; undefined when nothing is filtered. */
  private computeMask(filter: StoreViewQuery['filter']): Uint8Array | undefined {
    const { docTypes, minPrice, maxPrice, categoryIds, inStock, flags = [] } = filter;
    const attributes = Object.entries(filter.attributes ?? {}).map(
      ([code, values]) => new Set(attributeTerms({ [code]: values })),
    );
    if (
      docTypes === undefined &&
      minPrice === undefined &&
      maxPrice === undefined &&
      categoryIds === undefined &&
      attributes.length === 0 &&
      flags.length === 0 &&
      inStock === undefined
    )
      return undefined;
    const types = docTypes && new Set(docTypes.map((t) => DOC_TYPES.indexOf(t)));
    const categories = categoryIds && new Set(categoryIds);
    const wantStock = inStock === undefined ? -1 : inStock ? 1 : 0;
    const n = this.entries.length;
    const mask = new Uint8Array(n);
    for (let ordinal = 0; ordinal < n; ordinal++) {
      const entry = this.entries[ordinal];
      if (!entry) continue;
      if (types && !types.has(this.docTypes[ordinal]!)) continue;
      // A missing price (NaN) fails every comparison, so it never meets a bound.
      if (minPrice !== undefined && !(this.prices[ordinal]! >= minPrice)) continue;
      if (maxPrice !== undefined && !(this.prices[ordinal]! <= maxPrice)) continue;
      if (wantStock >= 0 && this.inStock[ordinal] !== wantStock) continue;
      if (categories && !entry.document.category_ids.some((id) => categories.has(id))) continue;
      if (!flags.every((flag) => flag in entry.document.flags)) continue;
      if (attributes.length > 0) {
        const held = attributeTerms(entry.document.attributes);
        if (!attributes.every((accepted) => held.some((term) => accepted.has(term)))) continue;
      }
      mask[ordinal] = 1;
    }
    return mask;
  }
}

function max(values: ArrayLike<number>): number {
  let best = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! > best) best = values[i]!;
  return best;
}
