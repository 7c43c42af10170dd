import type { MagentoItemProblem } from '../../common/magento/magento-client.js';
import type { NormalizedProduct, SkipReason } from './normalize-product.js';
import type { SharedPassage } from './shared-passages.js';

/** Examples kept per list in a stored report; counts are always complete. @default 50 */
export const REPORT_SAMPLE_LIMIT = 50;

/** A product is "jargon-heavy" when at least this many distinct jargon tokens were removed. @default 2 */
export const JARGON_HEAVY_TOKENS = 2;

/** The data-quality report of one index run (stored with the run, printed by the CLI). */
export interface QualityReport {
  productsSeen: number;
  productsIndexed: number;
  cmsParagraphs: number;
  reviewSummaries: number;
  skipped: {
    count: number;
    byReason: Partial<Record<SkipReason, number>>;
    samples: { sku: string; reason: SkipReason; detail: string }[];
  };
  /** Items Magento sent that do not fit the expected shape: reported and skipped. */
  invalid: { count: number; samples: MagentoItemProblem[] };
  missingDescription: { count: number; skus: string[] };
  /** Supplier boilerplate pasted across products (kept out of the embedded text). */
  duplicates: {
    count: number;
    /** Every shared passage's fingerprint (not sampled): later incremental runs keep them out too. */
    fingerprints: string[];
    passages: { sample: string; products: number; skus: string[] }[];
  };
  /** Products whose text carried internal jargon (those paragraphs were left out). */
  jargon: { count: number; heavy: number; samples: { sku: string; tokens: string[] }[] };
  unknownOptions: { count: number; samples: { sku: string; attribute: string; value: string }[] };
  unknownCategories: { count: number; samples: { sku: string; categoryIds: number[] }[] };
  /** Things that limited the run without failing it (e.g. reviews unavailable). */
  notes: string[];
}

export function emptyQualityReport(): QualityReport {
  return {
    productsSeen: 0,
    productsIndexed: 0,
    cmsParagraphs: 0,
    reviewSummaries: 0,
    skipped: { count: 0, byReason: {}, samples: [] },
    invalid: { count: 0, samples: [] },
    missingDescription: { count: 0, skus: [] },
    duplicates: { count: 0, fingerprints: [], passages: [] },
    jargon: { count: 0, heavy: 0, samples: [] },
    unknownOptions: { count: 0, samples: [] },
    unknownCategories: { count: 0, samples: [] },
    notes: [],
  };
}

function sample<T>(list: T[], item: T): void {
  if (list.length < REPORT_SAMPLE_LIMIT) list.push(item);
}

/** Adds one normalizer outcome to the report (mutates `report`). */
export function recordProduct(report: QualityReport, outcome: NormalizedProduct): void {
  report.productsSeen++;
  if (!outcome.ok) {
    report.skipped.count++;
    report.skipped.byReason[outcome.reason] = (report.skipped.byReason[outcome.reason] ?? 0) + 1;
    sample(report.skipped.samples, { sku: outcome.sku, reason: outcome.reason, detail: outcome.detail });
    return;
  }
  report.productsIndexed++;
  const sku = outcome.document.id;
  const { findings } = outcome;
  if (findings.missingDescription) {
    report.missingDescription.count++;
    sample(report.missingDescription.skus, sku);
  }
  if (findings.jargon.length > 0) {
    report.jargon.count++;
    if (findings.jargon.length >= JARGON_HEAVY_TOKENS) report.jargon.heavy++;
    sample(report.jargon.samples, { sku, tokens: findings.jargon });
  }
  for (const option of findings.unknownOptions) {
    report.unknownOptions.count++;
    sample(report.unknownOptions.samples, { sku, ...option });
  }
  if (findings.unknownCategories.length > 0) {
    report.unknownCategories.count++;
    sample(report.unknownCategories.samples, { sku, categoryIds: findings.unknownCategories });
  }
}

export function recordInvalid(report: QualityReport, problems: readonly MagentoItemProblem[]): void {
  for (const problem of problems) {
    report.invalid.count++;
    sample(report.invalid.samples, problem);
  }
}

export function recordSharedPassages(report: QualityReport, passages: Iterable<SharedPassage>): void {
  for (const passage of passages) {
    report.duplicates.count++;
    report.duplicates.fingerprints.push(passage.fingerprint);
    sample(report.duplicates.passages, {
      sample: passage.sample.slice(0, 160),
      products: passage.keys.length,
      skus: passage.keys.slice(0, 10),
    });
  }
}

/** A few lines for the CLI and logs. */
export function formatQualityReport(report: QualityReport): string {
  const reasons = Object.entries(report.skipped.byReason)
    .map(([reason, count]) => `${reason} ${count}`)
    .join(', ');
  const lines = [
    `products: ${report.productsSeen} seen, ${report.productsIndexed} indexed, ${report.skipped.count} skipped${reasons ? ` (${reasons})` : ''}`,
    `invalid from Magento (skipped): ${report.invalid.count}`,
    `missing descriptions: ${report.missingDescription.count}`,
    `shared supplier passages: ${report.duplicates.count}${report.duplicates.passages.map((p) => `\n  - in ${p.products} products: "${p.sample.slice(0, 70)}…"`).join('')}`,
    `internal jargon: ${report.jargon.count} products (${report.jargon.heavy} jargon-heavy)`,
    `unknown option ids: ${report.unknownOptions.count}; unknown categories: ${report.unknownCategories.count}`,
    `cms paragraphs: ${report.cmsParagraphs}; review summaries: ${report.reviewSummaries}`,
  ];
  for (const problem of report.invalid.samples.slice(0, 5)) lines.push(`  ! ${problem.message}`);
  for (const note of report.notes) lines.push(`note: ${note}`);
  return lines.join('\n');
}
