import { describe, expect, it } from 'vitest';
import { indexJobId, indexJobSchema } from '../../../common/catalog/index-jobs.js';

describe('index job contract', () => {
  it('accepts the four job types and rejects a bad payload', () => {
    expect(indexJobSchema.parse({ type: 'full', store: 'default' })).toEqual({
      type: 'full',
      store: 'default',
    });
    expect(
      indexJobSchema.safeParse({ type: 'incremental', store: 'fr', since: '2026-03-01T00:00:00Z' }).success,
    ).toBe(true);
    expect(indexJobSchema.safeParse({ type: 'upsert-skus', store: 'default', skus: [] }).success).toBe(false);
    expect(indexJobSchema.safeParse({ type: 'reindex-all', store: 'default' }).success).toBe(false);
  });

  it('gives the same request the same id whatever the SKU order, and a new id per version', () => {
    const a = indexJobId({ type: 'upsert-skus', store: 'default', skus: ['B', 'A'] });
    expect(a).toBe(indexJobId({ type: 'upsert-skus', store: 'default', skus: ['A', 'B', 'A'] }));
    expect(a).toMatch(/^upsert-skus-default-[0-9a-f]{16}$/);
    expect(
      indexJobId({ type: 'upsert-skus', store: 'default', skus: ['A', 'B'] }, '2026-03-01 10:00:00'),
    ).not.toBe(a);
    expect(indexJobId({ type: 'delete-skus', store: 'default', skus: ['A', 'B'] })).not.toBe(a);
    expect(indexJobId({ type: 'full', store: 'default' })).not.toContain(':');
  });
});
