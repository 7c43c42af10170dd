/**
 * `npm run eval:search`: search quality on the demo catalog against the labeled queries in
 * `test/fixtures/search-eval/queries.jsonl`. Indexes the catalog's product documents into the
 * embedded store with the GloVe SIF embedder, then reports nDCG@10 and recall@10 for lexical-only,
 * semantic-only, the backend's hybrid fusion and the search service's ranking, plus a sweep of the
 * fusion weights (how DEFAULT_FUSION was chosen). Markdown on stdout, for docs/search.md.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { catalogCollectionSpec } from '../common/catalog/catalog-collection.js';
import {
  type CatalogDocument,
  documentChecksum,
  documentSearchText,
  parseCatalogDocument,
  pointId,
} from '../common/catalog/catalog-document.js';
import { type FusionWeights, fuseRankings } from '../common/catalog/rank-fusion.js';
import { SpellingSuggester } from '../common/catalog/spelling-suggester.js';
import { DEFAULT_FUSION, SearchService, type SearchStrategy } from '../common/catalog/search-service.js';
import { loadConfig } from '../common/config/config.js';
import type { Embedder } from '../common/embedding/embedder.js';
import { GloveSifEmbedder } from '../common/embedding/glove-sif-embedder.js';
import { OramaVectorStore } from '../common/vector-store/orama-vector-store.js';
import { documentSparseVector, querySparseVector } from '../common/vector-store/sparse-vector.js';
import type { VectorHit } from '../common/vector-store/vector-store.js';
import { createMagentoClient } from '../common/magento/create-magento-client.js';
import type { MagentoProduct } from '../common/magento/shapes/product.js';
import { normalizeProduct, productParagraphs } from '../indexer/normalize/normalize-product.js';
import { findSharedPassages } from '../indexer/normalize/shared-passages.js';
import { loadStoreContext } from '../indexer/sync/load-store-context.js';
import { readLinkedProducts } from '../indexer/sync/read-linked-products.js';
import { startSandbox } from '../sandbox/index.js';

const K = 10;

/*
 * The demo catalog's product documents, produced the way the indexer produces them: the sandbox store
 * (seeded generator, fixed clock) served over HTTP, read with the Magento client and normalised by the
 * indexer's normalizer. Reviews are left out (they do not change product text).
 */
/** The generator's clock for the eval: fixed so prices (special-price windows) do not move by day. */
const EVAL_NOW = new Date('2026-11-01T00:00:00Z');

async function loadDemoCatalog(store = 'default'): Promise<CatalogDocument[]> {
  const sandbox = await startSandbox({ now: EVAL_NOW });
  try {
    const magento = createMagentoClient({ baseUrl: sandbox.url, token: sandbox.adminToken });
    const context = await loadStoreContext(magento, store, EVAL_NOW);
    const products: MagentoProduct[] = [];
    for await (const page of magento.iterateProducts(store)) products.push(...page.items);
    const shared = findSharedPassages(
      products.map((p) => ({ key: p.sku, paragraphs: productParagraphs(p) })),
    );
    const normalize = { ...context, sharedPassages: new Set(shared.keys()) };
    const documents: CatalogDocument[] = [];
    const { linked } = await readLinkedProducts(magento, store, products);
    for (const product of products) {
      const outcome = normalizeProduct(product, linked.get(product.sku) ?? [], normalize);
      if (outcome.ok) documents.push(parseCatalogDocument(outcome.document));
    }
    return documents;
  } finally {
    await sandbox.close();
  }
}

const labeledQuerySchema = z.object({
  query: z.string().min(1),
  kind: z.enum(['plain', 'need', 'gift', 'budget', 'synonym', 'misspelling', 'attribute', 'brand']),
  filters: z
    .object({
      maxPrice: z.number().optional(),
      minPrice: z.number().optional(),
      attributes: z.record(z.string(), z.array(z.string())).optional(),
    })
    .optional(),
  /** SKU → graded relevance: 2 exactly what was asked, 1 an acceptable alternative. */
  relevant: z.record(z.string(), z.union([z.literal(1), z.literal(2)])),
});
type LabeledQuery = z.infer<typeof labeledQuerySchema>;

async function readQueries(file: string): Promise<LabeledQuery[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  return lines.map((line, i) => {
    const parsed = labeledQuerySchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

/** nDCG@k with gains 2^grade − 1; the ideal ranking is the labels sorted by grade. */
function ndcgAtK(ranked: readonly string[], relevant: Record<string, number>, k = K): number {
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
function recallAtK(ranked: readonly string[], relevant: Record<string, number>, k = K): number {
  const total = Object.keys(relevant).length;
  const found = ranked.slice(0, k).filter((id) => (relevant[id] ?? 0) > 0).length;
  return total === 0 ? 0 : found / Math.min(k, total);
}

interface Scores {
  ndcg: number;
  recall: number;
  zero: number;
  byKind: Map<string, number[]>;
}

async function evaluate(
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

/**
 * Qdrant's lexical scoring, simulated in process (Qdrant cannot run here): the adapter's sparse
 * vectors, scored as Qdrant's IDF modifier does (Σ query weight × document weight × idf, with
 * idf = ln((N − n + 0.5) / (n + 0.5) + 1)). The eval's filters (price, attributes) are applied by hand.
 */
function qdrantStyleLexical(documents: readonly CatalogDocument[]) {
  const vectors = documents.map((d) => {
    const sparse = documentSparseVector(d.title, documentSearchText({ ...d, title: '' }));
    return new Map(sparse.indices.map((index, i) => [index, sparse.values[i]!]));
  });
  const df = new Map<number, number>();
  for (const v of vectors) for (const index of v.keys()) df.set(index, (df.get(index) ?? 0) + 1);
  const idf = (index: number) => {
    const n = df.get(index) ?? 0;
    return Math.log((documents.length - n + 0.5) / (n + 0.5) + 1);
  };
  return (text: string, filters: LabeledQuery['filters'], limit: number): VectorHit[] => {
    const query = querySparseVector(text);
    const hits: VectorHit[] = [];
    documents.forEach((document, i) => {
      if (!passesFilters(document, filters)) return;
      let score = 0;
      query.indices.forEach(
        (index, j) => (score += query.values[j]! * (vectors[i]!.get(index) ?? 0) * idf(index)),
      );
      if (score > 0) hits.push({ pointId: pointId(document), score, document, checksum: '' });
    });
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  };
}

function passesFilters(document: CatalogDocument, filters: LabeledQuery['filters'] = {}): boolean {
  if (filters.maxPrice !== undefined && !(document.price !== undefined && document.price <= filters.maxPrice))
    return false;
  if (filters.minPrice !== undefined && !(document.price !== undefined && document.price >= filters.minPrice))
    return false;
  return Object.entries(filters.attributes ?? {}).every(([code, values]) => {
    const have = (document.attributes[code] ?? []).map((v) => v.toLowerCase());
    return values.some((v) => have.includes(v.toLowerCase()));
  });
}

async function indexCatalog(
  store: OramaVectorStore,
  embedder: Embedder,
  documents: readonly CatalogDocument[],
): Promise<{ embedMs: number; upsertMs: number }> {
  const opened = await store.openCollection(catalogCollectionSpec(embedder));
  if (!opened.ok) throw new Error(opened.violations.map((v) => v.message).join('; '));
  const t0 = performance.now();
  const vectors = await embedder.embed(documents.map((d) => documentSearchText(d)));
  const t1 = performance.now();
  await opened.collection.upsert(
    documents.map((document, i) => ({ document, checksum: documentChecksum(document), vector: vectors[i]! })),
  );
  await opened.collection.flush();
  return { embedMs: t1 - t0, upsertMs: performance.now() - t1 };
}

/** Latency of the default search over every labeled query, twice (the first pass warms up). */
async function latencies(service: SearchService, queries: readonly LabeledQuery[]): Promise<number[]> {
  const times: number[] = [];
  for (let pass = 0; pass < 2; pass++) {
    for (const q of queries) {
      const t = performance.now();
      await service.search(q.query, { store: 'default', filters: q.filters ?? {}, limit: K });
      if (pass === 1) times.push(performance.now() - t);
    }
  }
  return times.sort((a, b) => a - b);
}

async function openService(
  directory: string,
  embedder: Embedder,
  typoTolerance: number,
  options: { fusion?: FusionWeights; speller?: SpellingSuggester } = {},
): Promise<SearchService> {
  const result = await SearchService.open(
    new OramaVectorStore({ directory, typoTolerance }),
    embedder,
    options,
  );
  if (!result.ok) throw new Error(result.violations.map((v) => v.message).join('; '));
  return result.service;
}

const fmt = (n: number) => n.toFixed(3);

async function main(): Promise<void> {
  const config = loadConfig();
  const queries = await readQueries(path.resolve('test/fixtures/search-eval/queries.jsonl'));
  const started = Date.now();
  const documents = await loadDemoCatalog();
  const skus = new Set(documents.map((d) => d.id));
  const missing = queries.flatMap((q) => Object.keys(q.relevant).filter((sku) => !skus.has(sku)));
  if (missing.length > 0) {
    throw new Error(
      `${missing.length} labeled SKUs are not in the generated catalog (generator changed?): ${missing.slice(0, 5).join(', ')}…`,
    );
  }
  // A relevant item the query's own filters exclude (a $1,800 bundle for "under $25") is a label error.
  const byId = new Map(documents.map((d) => [d.id, d]));
  const filteredOut = queries.flatMap((q) =>
    Object.keys(q.relevant)
      .filter((sku) => !passesFilters(byId.get(sku)!, q.filters))
      .map((sku) => `${q.query} → ${sku}`),
  );
  if (filteredOut.length > 0) {
    throw new Error(`labeled SKUs that their query's filters exclude: ${filteredOut.slice(0, 5).join('; ')}`);
  }
  const glove = await GloveSifEmbedder.open(config.dataDir);
  const gloveNoPc = glove;
  const gloveWithPc = glove.withCommonComponent(
    glove.fitCommonComponent(documents.map((d) => documentSearchText(d))),
  );
  const dir = await mkdtemp(path.join(tmpdir(), 'verity-eval-search-'));
  try {
    const store = new OramaVectorStore({ directory: dir });
    const indexing = await indexCatalog(store, gloveNoPc, documents);
    const pcDir = path.join(dir, 'pc');
    await indexCatalog(new OramaVectorStore({ directory: pcDir }), gloveWithPc, documents);

    const rows: { name: string; scores: Scores }[] = [];
    const measure = async (name: string, service: SearchService, strategy: SearchStrategy) => {
      const scores = await evaluate(queries, (q) =>
        service.search(q.query, { store: 'default', filters: q.filters ?? {}, limit: K }, strategy),
      );
      rows.push({ name, scores });
      return scores;
    };
    const speller = new SpellingSuggester(glove.vocabulary());
    const exact = await openService(dir, gloveNoPc, 0);
    const tolerant = await openService(dir, gloveNoPc, 1);
    const spelled = await openService(dir, gloveNoPc, 0, { speller });
    const withPc = await openService(pcDir, gloveWithPc, 0, { speller });
    const lexicalExact = await measure('lexical (BM25)', exact, 'lexical');
    const lexicalTolerant = await measure('lexical (BM25, Orama typo tolerance 1)', tolerant, 'lexical');
    const lexicalSpelled = await measure('lexical (BM25, query spelling suggestions)', spelled, 'lexical');
    await measure('semantic (GloVe SIF)', exact, 'semantic');
    await measure('semantic (GloVe SIF, common component removed)', withPc, 'semantic');
    await measure('hybrid, backend fusion 50/50 (Orama)', exact, 'hybrid');
    await measure('ranked, typo tolerance 1, no spelling suggestions', tolerant, 'ranked');
    await measure('ranked, no spelling suggestions', exact, 'ranked');
    const ranked = await measure(
      '**ranked with spelling suggestions (the service default)**',
      spelled,
      'ranked',
    );
    await measure('ranked with spelling suggestions, common component removed', withPc, 'ranked');

    // The service's ranking over Qdrant-style lexical scores (semantic side from the same vectors).
    const sparse = qdrantStyleLexical(documents);
    const opened = await store.openCollection(catalogCollectionSpec(gloveNoPc), { createIfMissing: false });
    if (!opened.ok) throw new Error('eval collection missing');
    const collection = opened.collection;
    const simulated = async (name: string, fused: boolean) => {
      const scores = await evaluate(queries, async (q) => {
        const text = speller.expandQuery(q.query);
        const lexicalHits = sparse(text, q.filters, fused ? K * 5 : K);
        if (!fused) return lexicalHits.map((h) => h.document);
        const vector = (await gloveNoPc.embed([text]))[0]!;
        const filter = { store: 'default', docTypes: ['product' as const], ...(q.filters ?? {}) };
        const semanticHits = await collection.search({ mode: 'semantic', vector, filter, limit: K * 5 });
        return fuseRankings(lexicalHits, semanticHits, DEFAULT_FUSION, K).map((f) => f.hit.document);
      });
      rows.push({ name, scores });
      return scores;
    };
    const qdrantLexical = await simulated(
      'lexical, Qdrant-style sparse vectors with IDF (simulated), spelling suggestions',
      false,
    );
    const qdrantRanked = await simulated(
      'ranked over Qdrant-style lexical scores (simulated), spelling suggestions',
      true,
    );

    const reranks = [0, 0.2, 0.5, 1, 1.5, 2, 3];
    const floors = [Infinity, 0.7, 0.5, 0.3];
    const sweep: { fusion: FusionWeights; scores: Scores }[] = [];
    for (const semanticRerank of reranks) {
      for (const backfillMinSimilarity of floors) {
        const fusion = { semanticRerank, backfillMinSimilarity };
        const service = await openService(dir, gloveNoPc, 0, { fusion, speller });
        sweep.push({
          fusion,
          scores: await evaluate(queries, (q) =>
            service.search(q.query, { store: 'default', filters: q.filters ?? {}, limit: K }),
          ),
        });
      }
    }

    const kinds = [...new Set(queries.map((q) => q.kind))];
    const mean = (xs: number[] = []) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    console.log(
      `Search eval — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${process.platform}, 2 cores`,
    );
    console.log(
      `Catalog: demo store (seed 42, ${documents.length} indexed product documents, clock ${EVAL_NOW.toISOString().slice(0, 10)}), store view \`default\`.`,
    );
    console.log(
      `Queries: ${queries.length} (${kinds.map((k) => `${queries.filter((q) => q.kind === k).length} ${k}`).join(', ')}). Embedder ${gloveNoPc.id}.\n`,
    );
    console.log('| ranker | nDCG@10 | recall@10 | zero-result queries |');
    console.log('|---|---|---|---|');
    for (const { name, scores } of rows)
      console.log(`| ${name} | ${fmt(scores.ndcg)} | ${fmt(scores.recall)} | ${scores.zero} |`);
    console.log(`\nnDCG@10 by query kind:\n`);
    console.log(`| ranker | ${kinds.join(' | ')} |`);
    console.log(`|---|${kinds.map(() => '---').join('|')}|`);
    for (const { name, scores } of rows)
      console.log(`| ${name} | ${kinds.map((k) => fmt(mean(scores.byKind.get(k)))).join(' | ')} |`);
    console.log(`\nFusion sweep (ranked with spelling suggestions): nDCG@10 / recall@10\n`);
    console.log(`| semanticRerank \\ backfillMinSimilarity | ${floors.map(String).join(' | ')} |`);
    console.log(`|---|${floors.map(() => '---').join('|')}|`);
    for (const semanticRerank of reranks) {
      const cells = sweep
        .filter((s) => s.fusion.semanticRerank === semanticRerank)
        .map((s) => `${fmt(s.scores.ndcg)} / ${fmt(s.scores.recall)}`);
      console.log(`| ${semanticRerank} | ${cells.join(' | ')} |`);
    }
    const best = sweep.reduce((a, b) => (b.scores.ndcg > a.scores.ndcg ? b : a));
    console.log(
      `\nBest sweep cell: ${JSON.stringify(best.fusion)} nDCG@10 ${fmt(best.scores.ndcg)}; DEFAULT_FUSION ${JSON.stringify(DEFAULT_FUSION)} ${fmt(ranked.ndcg)}.`,
    );
    const times = await latencies(spelled, queries);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
    console.log(
      `Indexing ${documents.length} documents: embed ${(documents.length / (indexing.embedMs / 1000)).toFixed(0)} docs/s, ` +
        `Orama upsert + snapshot ${indexing.upsertMs.toFixed(0)} ms. Default search latency p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms ` +
        `(query embedding, two index searches, fusion; RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB).`,
    );
    const bestLexical = Math.max(lexicalExact.ndcg, lexicalTolerant.ndcg, lexicalSpelled.ndcg);
    console.log(
      `Best lexical-only: ${fmt(bestLexical)}. Run time ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    if (ranked.ndcg < bestLexical || qdrantRanked.ndcg < qdrantLexical.ndcg) {
      console.error('DEFAULT_FUSION loses to lexical-only on the labeled set: choose other weights.');
      process.exitCode = 1;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
