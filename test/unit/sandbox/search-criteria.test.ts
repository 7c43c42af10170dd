import { describe, expect, it } from 'vitest';
import { applySearchCriteria, parseSearchCriteria } from '../../../sandbox/search-criteria.js';

const rows = [
  { id: 1, name: 'Tent', price: 120, tags: '3,4', note: null },
  { id: 2, name: 'Stove', price: 45, tags: '4', note: 'x' },
  { id: 3, name: 'Tarp', price: 30, tags: '5', note: null },
];
const read = (row: object, field: string) => (row as Record<string, unknown>)[field];

function run(query: unknown) {
  const parsed = parseSearchCriteria(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return applySearchCriteria(rows, parsed.value, read).items.map((r) => r.id);
}

describe('searchCriteria', () => {
  it('requires the parameter like Magento', () => {
    const parsed = parseSearchCriteria(undefined);
    expect(parsed).toEqual({
      ok: false,
      error: {
        message: '"%fieldName" is required. Enter and try again.',
        parameters: { fieldName: 'searchCriteria' },
      },
    });
  });

  it('ORs filters within a group and ANDs groups', () => {
    const query = {
      filter_groups: [
        {
          filters: [
            { field: 'name', value: 'T%', condition_type: 'like' },
            { field: 'price', value: '50', condition_type: 'lt' },
          ],
        },
        { filters: [{ field: 'price', value: '100', condition_type: 'lteq' }] },
      ],
    };
    expect(run(query)).toEqual([2, 3]);
  });

  it('supports in/nin/finset/null/notnull/neq and camelCase keys', () => {
    const one = (field: string, value: string, conditionType: string) =>
      run({ filterGroups: [{ filters: [{ field, value, conditionType }] }] });
    expect(one('id', '1,3', 'in')).toEqual([1, 3]);
    expect(one('id', '1,3', 'nin')).toEqual([2]);
    expect(one('tags', '4', 'finset')).toEqual([1, 2]);
    expect(one('note', '', 'null')).toEqual([1, 3]);
    expect(one('note', '', 'notnull')).toEqual([2]);
    expect(one('name', 'tent', 'neq')).toEqual([2, 3]);
  });

  it('sorts and pages; a page past the end is empty', () => {
    expect(
      run({ sortOrders: [{ field: 'price', direction: 'desc' }], pageSize: '2', currentPage: '1' }),
    ).toEqual([1, 2]);
    expect(
      run({ sortOrders: [{ field: 'price', direction: 'DESC' }], pageSize: '2', currentPage: '2' }),
    ).toEqual([3]);
    expect(run({ pageSize: '2', currentPage: '5' })).toEqual([]);
  });

  it('rejects a bad sort direction with Magento’s message', () => {
    const parsed = parseSearchCriteria({ sortOrders: [{ field: 'price', direction: 'UP' }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.parameters).toEqual(['ASC', 'DESC']);
  });
});
