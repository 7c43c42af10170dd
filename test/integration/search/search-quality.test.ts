import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../common/config/config.js';
import { GloveSifEmbedder } from '../../../common/embedding/glove-sif-embedder.js';
import { DEMO_QUERIES, loadDemoCatalog } from '../../../scripts/search-eval/catalogs.js';
import {
  BASELINES,
  type EvalCatalog,
  type IndexedCatalog,
  type LabeledQuery,
  indexCatalog,
  labelErrors,
  readQueries,
  scoreRanker,
} from '../../../scripts/search-eval/search-eval.js';

/**
 * The search-quality gate on the demo catalog (`npm run eval:search` prints the full report): the
 * service must keep its measured lead over BM25 (docs/search.md: 0.798 vs 0.672 nDCG@10, +18.8 %).
 * Floors sit a little under the measured numbers so a small generator change does not fail the build,
 * but a ranking regression does.
 */
const SERVICE_MIN_NDCG = 0.78;
const SERVICE_MIN_GAIN_OVER_BM25 = 0.15;

let catalog: EvalCatalog;
let queries: LabeledQuery[];
let indexed: IndexedCatalog;

beforeAll(async () => {
  const embedder = await GloveSifEmbedder.open(loadConfig().dataDir);
  [catalog, queries] = await Promise.all([loadDemoCatalog(), readQueries(DEMO_QUERIES)]);
  indexed = await indexCatalog(catalog, embedder);
}, 180_000);
afterAll(async () => {
  await indexed?.close();
});

describe('search quality on the demo catalog', () => {
  it('has labels that exist in the catalog and pass their own filters', () => {
    expect(labelErrors(catalog, queries)).toEqual([]);
  });

  it('beats BM25 by the measured margin', async () => {
    const [bm25, , , service] = await Promise.all(
      BASELINES.map((ranker) => scoreRanker(indexed, catalog, queries, ranker)),
    );
    expect(service!.ndcg).toBeGreaterThanOrEqual(SERVICE_MIN_NDCG);
    expect(service!.ndcg).toBeGreaterThanOrEqual(bm25!.ndcg * (1 + SERVICE_MIN_GAIN_OVER_BM25));
  }, 120_000);
});
