import type { SearchCriteria } from './magento-client.js';

/** Default page size of list reads: big enough to be quick, small enough for Magento's memory. */
export const DEFAULT_PAGE_SIZE = 100;

/**
 * Encodes searchCriteria in Magento's PHP-array query syntax (shapes.md §6):
 * `searchCriteria[filter_groups][0][filters][0][field]=sku&…`.
 */
export function searchCriteriaParams(criteria: SearchCriteria): URLSearchParams {
  const params = new URLSearchParams();
  (criteria.filterGroups ?? []).forEach((group, g) => {
    group.forEach((filter, f) => {
      const prefix = `searchCriteria[filter_groups][${g}][filters][${f}]`;
      params.append(`${prefix}[field]`, filter.field);
      params.append(`${prefix}[value]`, filter.value);
      params.append(`${prefix}[condition_type]`, filter.conditionType ?? 'eq');
    });
  });
  (criteria.sortOrders ?? []).forEach((order, i) => {
    params.append(`searchCriteria[sortOrders][${i}][field]`, order.field);
    params.append(`searchCriteria[sortOrders][${i}][direction]`, order.direction);
  });
  params.append('searchCriteria[pageSize]', String(criteria.pageSize ?? DEFAULT_PAGE_SIZE));
  params.append('searchCriteria[currentPage]', String(criteria.currentPage ?? 1));
  return params;
}

/** Magento's datetime filter format (UTC, `YYYY-MM-DD HH:MM:SS`) for an instant. */
export function magentoDateTime(instant: Date): string {
  return instant.toISOString().slice(0, 19).replace('T', ' ');
}
