import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../common/errors.js';
import { reindexJobFromOptions } from '../../../indexer/cli/reindex-job-from-options.js';

describe('reindexJobFromOptions', () => {
  it('defaults to a full reindex of the default store', () => {
    expect(reindexJobFromOptions({}, 'default')).toEqual({ type: 'full', store: 'default' });
    expect(reindexJobFromOptions({ full: true, store: 'fr' }, 'default')).toEqual({
      type: 'full',
      store: 'fr',
    });
  });

  it('turns --since into an incremental job (a bare date is midnight UTC) and --sku into an upsert', () => {
    expect(reindexJobFromOptions({ since: '2026-03-01' }, 'default')).toEqual({
      type: 'incremental',
      store: 'default',
      since: '2026-03-01T00:00:00.000Z',
    });
    expect(reindexJobFromOptions({ sku: ['A', 'B'] }, 'eu_en')).toEqual({
      type: 'upsert-skus',
      store: 'eu_en',
      skus: ['A', 'B'],
    });
  });

  it('refuses two modes at once, a bad date and a bad store code', () => {
    expect(() => reindexJobFromOptions({ full: true, sku: ['A'] }, 'default')).toThrow(ValidationError);
    expect(() => reindexJobFromOptions({ since: 'yesterday' }, 'default')).toThrow(/ISO date/);
    expect(() => reindexJobFromOptions({ store: 'Bad Store' }, 'default')).toThrow(/store/);
  });
});
