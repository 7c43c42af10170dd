import { describe, expect, it } from 'vitest';
import type { NormalizedProduct, ProductFindings } from '../../../indexer/normalize/normalize-product.js';
import {
  REPORT_SAMPLE_LIMIT,
  emptyQualityReport,
  formatQualityReport,
  recordInvalid,
  recordProduct,
  recordSharedPassages,
} from '../../../indexer/normalize/quality-report.js';

function indexed(sku: string, findings: Partial<ProductFindings> = {}): NormalizedProduct {
  return {
    ok: true,
    document: { id: sku, type: 'product', store: 'default', title: sku, text: '' },
    findings: {
      missingDescription: false,
      jargon: [],
      sharedPassages: [],
      unknownOptions: [],
      unknownCategories: [],
      ...findings,
    },
  };
}

describe('quality report', () => {
  it('counts every finding and keeps a bounded list of examples', () => {
    const report = emptyQualityReport();
    for (let i = 0; i < REPORT_SAMPLE_LIMIT + 5; i++)
      recordProduct(report, indexed(`P${i}`, { missingDescription: true }));
    recordProduct(report, indexed('J', { jargon: ['ASSY', 'rev B'] }));
    recordProduct(report, { ok: false, sku: 'D', reason: 'disabled', detail: 'status 2' });
    recordInvalid(report, [
      { entity: 'product', key: 'BAD', field: 'price', message: 'product BAD: price: expected number' },
    ]);
    recordSharedPassages(report, [
      { fingerprint: 'f1', sample: 'Manufactured to the highest standards…', keys: ['A', 'B', 'C'] },
    ]);

    expect(report.productsSeen).toBe(REPORT_SAMPLE_LIMIT + 7);
    expect(report.productsIndexed).toBe(REPORT_SAMPLE_LIMIT + 6);
    expect(report.missingDescription.count).toBe(REPORT_SAMPLE_LIMIT + 5);
    expect(report.missingDescription.skus).toHaveLength(REPORT_SAMPLE_LIMIT);
    expect(report.jargon).toMatchObject({ count: 1, heavy: 1 });
    expect(report.skipped.byReason).toEqual({ disabled: 1 });
    expect(report.duplicates.fingerprints).toEqual(['f1']);

    const text = formatQualityReport(report);
    expect(text).toContain('products: 57 seen, 56 indexed, 1 skipped (disabled 1)');
    expect(text).toContain('! product BAD: price: expected number');
    expect(text).toContain('in 3 products: "Manufactured to the highest standards…');
  });
});
