import { z } from 'zod';

/**
 * Magento's `searchCriteria` query parameter (PHP array syntax, parsed by `qs`), its filtering,
 * sorting and paging over in-memory rows, and the echo in the search-results envelope.
 * Filters in one group are OR-ed, groups are AND-ed (Magento's FilterProcessor).
 */

export const CONDITIONS = [
  'eq',
  'neq',
  'like',
  'nlike',
  'in',
  'nin',
  'gt',
  'lt',
  'gteq',
  'lteq',
  'from',
  'to',
  'null',
  'notnull',
  'finset',
  'nfinset',
  'fulltext',
] as const;
export type Condition = (typeof CONDITIONS)[number];

export interface Filter {
  field: string;
  value: string;
  condition_type: Condition;
}

export interface SearchCriteria {
  filter_groups: Array<{ filters: Filter[] }>;
  sort_orders?: Array<{ field: string; direction: 'ASC' | 'DESC' }>;
  page_size?: number;
  current_page?: number;
}

/** A rejected criteria, with Magento's message and parameters. */
export interface CriteriaError {
  message: string;
  parameters?: Record<string, unknown> | unknown[];
}

const listOf = <T extends z.ZodType>(item: T) =>
  z.union([z.array(item), z.record(z.string(), item).transform((r) => Object.values(r))]);
const text = z.union([z.string(), z.number()]).transform(String);

const rawFilter = z.looseObject({
  field: z.string(),
  value: text.optional(),
  condition_type: z.string().optional(),
  conditionType: z.string().optional(),
});
const rawCriteria = z.looseObject({
  filter_groups: listOf(z.looseObject({ filters: listOf(rawFilter).optional() })).optional(),
  filterGroups: listOf(z.looseObject({ filters: listOf(rawFilter).optional() })).optional(),
  sort_orders: listOf(z.looseObject({ field: z.string(), direction: z.string().optional() })).optional(),
  sortOrders: listOf(z.looseObject({ field: z.string(), direction: z.string().optional() })).optional(),
  page_size: text.optional(),
  pageSize: text.optional(),
  current_page: text.optional(),
  currentPage: text.optional(),
});

/** Parses `req.query.searchCriteria`; `undefined` means the required parameter is missing. */
export function parseSearchCriteria(
  raw: unknown,
): { ok: true; value: SearchCriteria } | { ok: false; error: CriteriaError } {
  if (raw === undefined) {
    return {
      ok: false,
      error: {
        message: '"%fieldName" is required. Enter and try again.',
        parameters: { fieldName: 'searchCriteria' },
      },
    };
  }
  if (raw === '' || raw === null) return { ok: true, value: { filter_groups: [] } };
  const parsed = rawCriteria.safeParse(raw);
  if (!parsed.success) return { ok: false, error: { message: 'Invalid search criteria.' } };
  const c = parsed.data;
  const groups = c.filter_groups ?? c.filterGroups ?? [];
  const filterGroups: SearchCriteria['filter_groups'] = [];
  for (const g of groups) {
    const filters: Filter[] = [];
    for (const f of g.filters ?? []) {
      const condition = (f.condition_type ?? f.conditionType ?? 'eq').toLowerCase();
      if (!(CONDITIONS as readonly string[]).includes(condition)) {
        return {
          ok: false,
          error: {
            message: 'Invalid value of "%value" provided for the %fieldName field.',
            parameters: { value: condition, fieldName: 'condition_type' },
          },
        };
      }
      filters.push({ field: f.field, value: f.value ?? '', condition_type: condition as Condition });
    }
    filterGroups.push({ filters });
  }
  const value: SearchCriteria = { filter_groups: filterGroups };
  const sorts = c.sort_orders ?? c.sortOrders;
  if (sorts) {
    value.sort_orders = [];
    for (const s of sorts) {
      const direction = (s.direction ?? 'ASC').toUpperCase();
      if (direction !== 'ASC' && direction !== 'DESC') {
        return {
          ok: false,
          error: {
            message:
              'The sort order has to be specified as %1 for ascending order or %2 for descending order.',
            parameters: ['ASC', 'DESC'],
          },
        };
      }
      value.sort_orders.push({ field: s.field, direction });
    }
  }
  const pageSize = c.page_size ?? c.pageSize;
  const currentPage = c.current_page ?? c.currentPage;
  if (pageSize !== undefined) value.page_size = Number.parseInt(pageSize, 10) || 0;
  if (currentPage !== undefined) value.current_page = Number.parseInt(currentPage, 10) || 1;
  return { ok: true, value };
}

/** Reads a filterable/sortable field of a row; arrays are a multi-valued field (e.g. a product's category ids). */
export type FieldReader<T> = (row: T, field: string) => unknown;

/** Applies filters, sort and paging; `total_count` ignores paging; a page past the end is empty (2.4.8). */
export function applySearchCriteria<T>(
  rows: readonly T[],
  criteria: SearchCriteria,
  read: FieldReader<T>,
): { items: T[]; total_count: number } {
  const matched = rows.filter((row) =>
    criteria.filter_groups.every(
      (g) => g.filters.length === 0 || g.filters.some((f) => matches(read(row, f.field), f)),
    ),
  );
  if (criteria.sort_orders && criteria.sort_orders.length > 0) {
    const sorts = criteria.sort_orders;
    matched.sort((a, b) => {
      for (const s of sorts) {
        const c = compare(read(a, s.field), read(b, s.field));
        if (c !== 0) return s.direction === 'ASC' ? c : -c;
      }
      return 0;
    });
  }
  const total = matched.length;
  if (!criteria.page_size) return { items: matched, total_count: total };
  const page = Math.max(1, criteria.current_page ?? 1);
  const start = (page - 1) * criteria.page_size;
  return { items: matched.slice(start, start + criteria.page_size), total_count: total };
}

function scalar(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

function compare(a: unknown, b: unknown): number {
  const x = scalar(Array.isArray(a) ? a[0] : a);
  const y = scalar(Array.isArray(b) ? b[0] : b);
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? -1 : 1;
  const nx = Number(x);
  const ny = Number(y);
  if (x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
  const lx = x.toLowerCase();
  const ly = y.toLowerCase();
  return lx < ly ? -1 : lx > ly ? 1 : 0;
}

function likeToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${escaped}$`, 'is');
}

function matches(value: unknown, filter: Filter): boolean {
  const values = Array.isArray(value) ? value.map(scalar) : [scalar(value)];
  const present = values.filter((v): v is string => v !== undefined && v !== '');
  switch (filter.condition_type) {
    case 'null':
      return present.length === 0;
    case 'notnull':
      return present.length > 0;
    case 'neq':
      return present.every((v) => compare(v, filter.value) !== 0);
    case 'nlike':
      return present.every((v) => !likeToRegExp(filter.value).test(v));
    case 'nin': {
      const list = filter.value.split(',').map((s) => s.trim());
      return present.every((v) => !list.some((l) => compare(v, l) === 0));
    }
    case 'nfinset':
      return present.every((v) => !v.split(',').includes(filter.value));
    default:
      return present.some((v) => matchOne(v, filter));
  }
}

function matchOne(v: string, f: Filter): boolean {
  switch (f.condition_type) {
    case 'eq':
      return compare(v, f.value) === 0;
    case 'like':
      return likeToRegExp(f.value).test(v);
    case 'fulltext':
      return v.toLowerCase().includes(f.value.toLowerCase());
    case 'in':
      return f.value.split(',').some((l) => compare(v, l.trim()) === 0);
    case 'gt':
      return compare(v, f.value) > 0;
    case 'lt':
      return compare(v, f.value) < 0;
    case 'gteq':
    case 'from':
      return compare(v, f.value) >= 0;
    case 'lteq':
    case 'to':
      return compare(v, f.value) <= 0;
    case 'finset':
      return v.split(',').includes(f.value);
    default:
      return false;
  }
}
