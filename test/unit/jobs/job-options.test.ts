import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../common/errors.js';
import { jsonCopy, resolveEnqueueOptions, retryDelayMs } from '../../../common/jobs/job-options.js';

describe('resolveEnqueueOptions', () => {
  it('applies the documented defaults', () => {
    expect(resolveEnqueueOptions()).toEqual({ jobId: undefined, attempts: 3, backoffMs: 1000 });
  });

  it.each(['', '17', 'sku:ABC'])('rejects the job id %j', (jobId) => {
    expect(() => resolveEnqueueOptions({ jobId })).toThrow(ValidationError);
  });

  it('accepts ids with digits and dashes', () => {
    expect(resolveEnqueueOptions({ jobId: 'upsert-sku-24-MB01' }).jobId).toBe('upsert-sku-24-MB01');
  });

  it('rejects zero attempts and negative backoff', () => {
    expect(() => resolveEnqueueOptions({ attempts: 0 })).toThrow(ValidationError);
    expect(() => resolveEnqueueOptions({ attempts: 1.5 })).toThrow(ValidationError);
    expect(() => resolveEnqueueOptions({ backoffMs: -1 })).toThrow(ValidationError);
  });
});

describe('retryDelayMs', () => {
  it('doubles from the base delay, like BullMQ exponential backoff', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, 1000))).toEqual([1000, 2000, 4000, 8000]);
  });
});

describe('jsonCopy', () => {
  it('copies as JSON would travel through Redis', () => {
    const date = new Date('2026-01-02T03:04:05.000Z');
    expect(jsonCopy({ at: date, gone: undefined })).toEqual({ at: '2026-01-02T03:04:05.000Z' });
    expect(jsonCopy(undefined)).toBeNull();
  });
});
