import type { DocumentKey } from '../../common/catalog/catalog-document.js';
import type { CatalogDocumentInput } from '../../common/catalog/catalog-document.js';
import { AppError } from '../../common/errors.js';
import type {
  MagentoClient,
  MagentoItemProblem,
  ProductReviewSummary,
} from '../../common/magento/magento-client.js';
import {
  PRODUCT_STATUS,
  PRODUCT_VISIBILITY,
  type MagentoProduct,
} from '../../common/magento/shapes/product.js';
import { textAttribute } from '../normalize/attribute-labels.js';
import { type NormalizeContext, normalizeProduct } from '../normalize/normalize-product.js';
import { normalizeReviewSummary } from '../normalize/normalize-review-summary.js';
import { type QualityReport, recordInvalid, recordProduct } from '../normalize/quality-report.js';
import type { RunCounts } from '../runs/index-run-repository.js';
import { type DocumentWriter, keyOf, seenKey } from './document-writer.js';
import { readLinkedProducts } from './read-linked-products.js';

/** The state one run carries through its batches. */
export interface RunState {
  readonly counts: RunCounts;
  readonly report: QualityReport;
  /** `seenKey`s of every document this run produced (a full run sweeps the rest). */
  readonly seen: Set<string>;
  /** `entity\u0000key` of items Magento sent malformed: skipped, but their documents are kept as they were. */
  readonly kept: Set<string>;
}

export function newRunState(report: QualityReport): RunState {
  return {
    counts: { written: 0, unchanged: 0, deleted: 0, skipped: 0, invalid: 0 },
    report,
    seen: new Set(),
    kept: new Set(),
  };
}

/**
 * Items that did not fit their shape are reported and skipped — and protected from the full run's sweep:
 * one malformed answer must not remove a product (or a CMS page) from search. An item is counted once,
 * though a run may read it twice (on its own and as a bundle's selection).
 */
export function recordProblems(run: RunState, problems: readonly MagentoItemProblem[]): void {
  const fresh = problems.filter((problem) => !run.kept.has(`${problem.entity}\u0000${problem.key}`));
  recordInvalid(run.report, fresh);
  run.counts.invalid += fresh.length;
  for (const problem of fresh) run.kept.add(`${problem.entity}\u0000${problem.key}`);
}

/** Whether a document belongs to an item this run could not read (see {@link recordProblems}). */
export function isKept(run: RunState, key: DocumentKey): boolean {
  if (key.type === 'cms_paragraph')
    return run.kept.has(`cms page\u0000${key.id.slice(0, key.id.lastIndexOf('#'))}`);
  return run.kept.has(`product\u0000${key.id}`);
}

export interface ProductSyncDeps {
  magento: Pick<MagentoClient, 'getConfigurableChildren' | 'searchProducts' | 'getReviewSummaries'>;
  writer: DocumentWriter;
  normalize: NormalizeContext;
}

function mayBeIndexed(product: MagentoProduct): boolean {
  return product.status !== PRODUCT_STATUS.disabled && product.visibility !== PRODUCT_VISIBILITY.notVisible;
}

/**
 * Reviews come from storefront GraphQL. A store without it (or with reviews switched off) still gets its
 * products indexed: a non-retryable failure becomes a note in the report; an outage fails the job so it
 * is retried.
 */
async function readReviews(
  deps: ProductSyncDeps,
  skus: readonly string[],
  run: RunState,
): Promise<Map<string, ProductReviewSummary>> {
  if (skus.length === 0) return new Map();
  try {
    const page = await deps.magento.getReviewSummaries(deps.normalize.store, skus);
    recordProblems(run, page.problems);
    return new Map(page.items.map((summary) => [summary.sku, summary]));
  } catch (error) {
    if (!(error instanceof AppError) || error.retryable) throw error;
    const note = `reviews not indexed: ${error.message}`;
    if (!run.report.notes.includes(note)) run.report.notes.push(note);
    return new Map();
  }
}

/** Normalizes and writes one batch of products (with their children or selections, and review summaries). */
export async function indexProducts(
  products: readonly MagentoProduct[],
  deps: ProductSyncDeps,
  run: RunState,
): Promise<void> {
  const store = deps.normalize.store;
  const candidates = products.filter(mayBeIndexed);
  const { linked, problems } = await readLinkedProducts(deps.magento, store, candidates);
  recordProblems(run, problems);
  const reviews = await readReviews(
    deps,
    candidates.map((p) => p.sku),
    run,
  );

  const documents: CatalogDocumentInput[] = [];
  const stale: DocumentKey[] = [];
  for (const product of products) {
    if (isKept(run, { store, type: 'product', id: product.sku })) continue;
    const outcome = normalizeProduct(
      product,
      linked.get(product.sku) ?? [],
      deps.normalize,
      reviews.get(product.sku),
    );
    recordProduct(run.report, outcome);
    const reviewKey: DocumentKey = { store, type: 'review_summary', id: product.sku };
    if (!outcome.ok) {
      run.counts.skipped++;
      stale.push({ store, type: 'product', id: product.sku }, reviewKey);
      continue;
    }
    documents.push(outcome.document);
    const review = reviews.get(product.sku);
    const reviewDocument =
      review &&
      normalizeReviewSummary(
        review,
        { name: outcome.document.title, url_key: textAttribute(product, 'url_key') },
        store,
      );
    if (reviewDocument) {
      documents.push(reviewDocument);
      run.report.reviewSummaries++;
    } else stale.push(reviewKey);
  }
  for (const document of documents) run.seen.add(seenKey(keyOf(document)));
  const written = await deps.writer.write(documents);
  run.counts.written += written.written;
  run.counts.unchanged += written.unchanged;
  run.counts.deleted += await deps.writer.delete(stale);
}
