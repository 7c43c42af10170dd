/**
 * Search quality against hand-labelled queries: one catalog's product documents indexed into a
 * temporary embedded store with the GloVe SIF embedder, then nDCG@10 and recall@10 of BM25 alone,
 * dense alone, the index's own hybrid (Orama's fusion) and the search service (with fusion variants). Used by
 * `npm run eval:search` and by the gate test on the demo catalog.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { catalogCollectionSpec } from '../../common/catalog/catalog-collection.js';
import {
  type CatalogDocument,
  documentChecksum,
  documentSearchText,
  parseCatalogDocument,
} from '../../common/catalog/catalog-document.js';
import type { FusionWeights } from '../../common/catalog/rank-fusion.js';
import {
  DEFAULT_FUSION,
  type SearchOptions,
  SearchService,
  type SearchStrategy,
} from '../../common/catalog/search-service.js';
import type { Embedder } from '../../common/embedding/embedder.js';
import type { Language } from '../../common/language/language.js';
import type { MagentoProduct } from '../../common/magento/shapes/product.js';
import { EmbeddedVectorStore } from '../../common/vector-store/embedded-vector-store.js';
import {
  type NormalizeContext,
  catalogSharedPassages,
  normalizeProduct,
} from '../../indexer/normalize/normalize-product.js';

export const K = 10;

export const QUERY_KINDS = [
  'plain',
  'need',
  'gift',
  'budget',
  'synonym',
  'misspelling',
  'attribute',
  'brand',
  'category',
] as const;

const labeledQuerySchema = z.object({
  query: z.string().min(1),
  kind: z.enum(QUERY_KINDS),
  filters: z
    .object({
      maxPrice: z.number().optional(),
      minPrice: z.number().optional(),
      attributes: z.record(z.string(), z.array(z.string())).optional(),
      /** Category paths as the catalog labels them (`Women > Bottoms > Pants`), resolved to ids per catalog. */
      categories: z.array(z.string()).optional(),
    })
    .optional(),
  /** SKU → graded relevance: 2 exactly what was asked, 1 an acceptable alternative. */
  relevant: z.record(z.string(), z.union([z.literal(1), z.literal(2)])),
});
export type LabeledQuery = z.infer<typeof labeledQuerySchema>;

export async function readQueries(file: string): Promise<LabeledQuery[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  return lines.map((line, i) => {
    const parsed = labeledQuerySchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

/** A catalog's products normalised as the indexer does (shared passages by product family). */
export function normalizeCatalog(
  products: readonly MagentoProduct[],
  linked: ReadonlyMap<string, MagentoProduct[]>,
  context: Omit<NormalizeContext, 'sharedPassages'>,
): CatalogDocument[] {
  const shared = catalogSharedPassages(products);
  const normalize = { ...context, sharedPassages: new Set(shared.keys()) };
  return products.flatMap((product) => {
    const outcome = normalizeProduct(product, linked.get(product.sku) ?? [], normalize);
    return outcome.ok ? [parseCatalogDocument(outcome.document)] : [];
  });
}

/** nDCG@k with gains 2^grade − 1; the ideal ranking is the labels sorted by grade. */
export function ndcgAtK(ranked: readonly string[], relevant: Record<string, number>, k = K): number {
  const dcg = ranked
    .slice(0, k)
    .reduce((sum, id, i) => sum + (2 ** (relevant[id] ?? 0) - 1) / Math.log2(i + 2), 0);
  const ideal = Object.values(relevant)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Share of the relevant documents found in the top k, capped at k (a query with 40 relevant items can reach 1). */
export function recallAtK(ranked: readonly string[], relevant: Record<string, number>, k = K): number {
  const total = Object.keys(relevant).length;
  const found = ranked.slice(0, k).filter((id) => (relevant[id] ?? 0) > 0).length;
  return total === 0 ? 0 : found / Math.min(k, total);
}

export interface Scores {
  ndcg: number;
  recall: number;
  zero: number;
  byKind: Map<string, number[]>;
}

export interface EvalCatalog {
  name: string;
  store: string;
  language: Language;
  documents: CatalogDocument[];
  /** Category path label → id, for queries that filter by category. */
  categoryIds: ReadonlyMap<string, number>;
}

/** A relevant item its own query's filters exclude, or one missing from the catalog, is a label error. */
export function labelErrors(catalog: EvalCatalog, queries: readonly LabeledQuery[]): string[] {
  const byId = new Map(catalog.documents.map((d) => [d.id, d]));
  return queries.flatMap((q) =>
    Object.keys(q.relevant).flatMap((sku) => {
      const doc = byId.get(sku);
      if (!doc) return [`${q.query} → ${sku} (not in the catalog)`];
      return passesFilters(doc, q, catalog) ? [] : [`${q.query} → ${sku} (excluded by its filters)`];
    }),
  );
}

function categoryFilter(q: LabeledQuery, catalog: EvalCatalog): number[] | undefined {
  const paths = q.filters?.categories;
  if (!paths) return undefined;
  return paths.map((p) => {
    const id = catalog.categoryIds.get(p);
    if (id === undefined) throw new Error(`${catalog.name}: no category "${p}" (query "${q.query}")`);
    return id;
  });
}

function passesFilters(doc: CatalogDocument, q: LabeledQuery, catalog: EvalCatalog): boolean {
  const f = q.filters ?? {};
  if (f.maxPrice !== undefined && !(doc.price !== undefined && doc.price <= f.maxPrice)) return false;
  if (f.minPrice !== undefined && !(doc.price !== undefined && doc.price >= f.minPrice)) return false;
  const categories = categoryFilter(q, catalog);
  if (categories && !categories.some((id) => doc.category_ids.includes(id))) return false;
  return Object.entries(f.attributes ?? {}).every(([code, values]) => {
    const have = (doc.attributes[code] ?? []).map((v) => v.toLowerCase());
    return values.some((v) => have.includes(v.toLowerCase()));
  });
}

export function searchOptions(catalog: EvalCatalog, q: LabeledQuery, spelling: boolean): SearchOptions {
  const { categories: _paths, ...filters } = q.filters ?? {};
  const categoryIds = categoryFilter(q, catalog);
  return {
    store: catalog.store,
    filters: { ...filters, ...(categoryIds ? { categoryIds } : {}) },
    limit: K,
    spelling,
  };
}

export async function evaluate(
  queries: readonly LabeledQuery[],
  run: (q: LabeledQuery) => Promise<readonly { id: string }[]>,
): Promise<Scores> {
  let ndcg = 0;
  let recall = 0;
  let zero = 0;
  const byKind = new Map<string, number[]>();
  for (const q of queries) {
    const ids = (await run(q)).map((h) => h.id);
    const n = ndcgAtK(ids, q.relevant);
    ndcg += n;
    recall += recallAtK(ids, q.relevant);
    if (ids.length === 0) zero++;
    byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), n]);
  }
  return { ndcg: ndcg / queries.length, recall: recall / queries.length, zero, byKind };
}

/** One ranker of the comparison: a strategy of the service, with or without spelling, under a fusion. */
export interface Ranker {
  name: string;
  strategy: SearchStrategy;
  spelling: boolean;
  fusion?: FusionWeights;
}

/** The three the issue compares, then the service's variants (how `DEFAULT_FUSION` was chosen). */
export const BASELINES: Ranker[] = [
  { name: 'BM25 (lexical, no spelling)', strategy: 'lexical', spelling: false },
  { name: 'dense (GloVe SIF)', strategy: 'semantic', spelling: false },
  { name: 'backend hybrid 50/50 (max-normalised fusion) + spelling', strategy: 'hybrid', spelling: true },
  { name: '**service (default)**', strategy: 'ranked', spelling: true },
];

export const FUSION_VARIANTS: Ranker[] = [
  ...[0.4, 0.5, 0.6, 0.7, 0.8].map((w) => ({
    name: `service, linear w=${w}`,
    strategy: 'ranked' as const,
    spelling: true,
    fusion: { method: 'linear' as const, lexicalWeight: w, minSimilarity: DEFAULT_FUSION.minSimilarity },
  })),
  ...[10, 60].map((k) => ({
    name: `service, RRF k=${k}`,
    strategy: 'ranked' as const,
    spelling: true,
    fusion: { method: 'rrf' as const, rrfK: k, minSimilarity: DEFAULT_FUSION.minSimilarity },
  })),
  { name: 'service, no spelling', strategy: 'ranked', spelling: false },
];

export interface IndexedCatalog {
  dir: string;
  store: EmbeddedVectorStore;
  service(fusion?: FusionWeights): Promise<SearchService>;
  indexMs: number;
  close(): Promise<void>;
}

/** Embeds and indexes the catalog into a temporary embedded store. */
export async function indexCatalog(catalog: EvalCatalog, embedder: Embedder): Promise<IndexedCatalog> {
  const dir = await mkdtemp(path.join(tmpdir(), `verity-eval-${catalog.name}-`));
  const store = new EmbeddedVectorStore({ directory: dir });
  const opened = await store.openCollection(catalogCollectionSpec(embedder));
  if (!opened.ok) throw new Error(opened.violations.map((v) => v.message).join('; '));
  const t0 = performance.now();
  const vectors = await embedder.embed(catalog.documents.map((d) => documentSearchText(d)));
  await opened.collection.upsert(
    catalog.documents.map((document, i) => ({
      document,
      checksum: documentChecksum(document),
      vector: vectors[i]!,
    })),
  );
  const indexMs = performance.now() - t0;
  return {
    dir,
    store,
    indexMs,
    async service(fusion) {
      const result = await SearchService.open(store, embedder, fusion ? { fusion } : {});
      if (!result.ok) throw new Error(result.violations.map((v) => v.message).join('; '));
      return result.service;
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function scoreRanker(
  indexed: IndexedCatalog,
  catalog: EvalCatalog,
  queries: readonly LabeledQuery[],
  ranker: Ranker,
): Promise<Scores> {
  const service = await indexed.service(ranker.fusion);
  return evaluate(queries, (q) =>
    service.search(q.query, searchOptions(catalog, q, ranker.spelling), ranker.strategy),
  );
}
