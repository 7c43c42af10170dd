import { describe, expect, it } from 'vitest';
import { MagentoNotFoundError, MagentoUnavailableError } from '../../../common/errors.js';
import { renderMagentoMessage } from '../../../common/magento/rest-transport.js';
import { backoffDelayMs, withRetries } from '../../../common/magento/retry-policy.js';
import { magentoDateTime, searchCriteriaParams } from '../../../common/magento/search-criteria.js';
import { isRetryableMagentoError } from '../../../common/magento/rest-transport.js';

const policy = { retries: 3, baseDelayMs: 100, maxDelayMs: 250 };

describe('backoffDelayMs', () => {
  it('grows exponentially up to the cap, scaled by the jitter draw', () => {
    expect([0, 1, 2, 3].map((retry) => backoffDelayMs(retry, policy, () => 0.999))).toEqual([
      99, 199, 249, 249,
    ]);
    expect(backoffDelayMs(2, policy, () => 0)).toBe(0);
  });
});

describe('withRetries', () => {
  const noSleep = async () => {};

  it('retries retryable errors until success', async () => {
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls++;
        if (calls < 3) throw new MagentoUnavailableError('down');
        return 'ok';
      },
      policy,
      { isRetryable: isRetryableMagentoError, sleep: noSleep },
    );
    expect([result, calls]).toEqual(['ok', 3]);
  });

  it('stops after the configured retries and rethrows the last error', async () => {
    let calls = 0;
    const run = withRetries(
      async () => {
        calls++;
        throw new MagentoUnavailableError(`down ${calls}`);
      },
      policy,
      { isRetryable: isRetryableMagentoError, sleep: noSleep },
    );
    await expect(run).rejects.toThrow('down 4');
    expect(calls).toBe(4);
  });

  it('does not retry a non-retryable error', async () => {
    let calls = 0;
    const run = withRetries(
      async () => {
        calls++;
        throw new MagentoNotFoundError('gone');
      },
      policy,
      { isRetryable: isRetryableMagentoError, sleep: noSleep },
    );
    await expect(run).rejects.toBeInstanceOf(MagentoNotFoundError);
    expect(calls).toBe(1);
  });
});

describe('searchCriteriaParams', () => {
  it('encodes filter groups, sort orders and paging in Magento’s query syntax', () => {
    const params = searchCriteriaParams({
      filterGroups: [
        [{ field: 'sku', value: 'A,B', conditionType: 'in' }],
        [{ field: 'status', value: '1' }],
      ],
      sortOrders: [{ field: 'entity_id', direction: 'ASC' }],
      pageSize: 20,
      currentPage: 2,
    });
    expect([...params]).toEqual([
      ['searchCriteria[filter_groups][0][filters][0][field]', 'sku'],
      ['searchCriteria[filter_groups][0][filters][0][value]', 'A,B'],
      ['searchCriteria[filter_groups][0][filters][0][condition_type]', 'in'],
      ['searchCriteria[filter_groups][1][filters][0][field]', 'status'],
      ['searchCriteria[filter_groups][1][filters][0][value]', '1'],
      ['searchCriteria[filter_groups][1][filters][0][condition_type]', 'eq'],
      ['searchCriteria[sortOrders][0][field]', 'entity_id'],
      ['searchCriteria[sortOrders][0][direction]', 'ASC'],
      ['searchCriteria[pageSize]', '20'],
      ['searchCriteria[currentPage]', '2'],
    ]);
  });

  it('formats instants as Magento UTC datetimes', () => {
    expect(magentoDateTime(new Date('2026-03-05T07:08:09.123Z'))).toBe('2026-03-05 07:08:09');
  });
});

describe('renderMagentoMessage', () => {
  it('fills positional and named placeholders', () => {
    expect(renderMagentoMessage({ message: 'The status "%1" is wrong.', parameters: ['pending'] })).toBe(
      'The status "pending" is wrong.',
    );
    expect(
      renderMagentoMessage({
        message: 'No such entity with %fieldName = %fieldValue',
        parameters: { fieldName: 'customerId', fieldValue: 99 },
      }),
    ).toBe('No such entity with customerId = 99');
    expect(renderMagentoMessage('not an error body')).toBeUndefined();
  });
});
