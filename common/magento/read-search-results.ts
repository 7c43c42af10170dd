import type { z } from 'zod';
import type { MagentoPage, SearchCriteria } from './magento-client.js';
import { type KeyOf, parseEntity, parseItems } from './parse-response.js';
import type { MagentoRestTransport } from './rest-transport.js';
import { DEFAULT_PAGE_SIZE, searchCriteriaParams } from './search-criteria.js';
import { searchResultsEnvelopeSchema } from './shapes/search-results.js';

/** One page of a searchCriteria list endpoint, items validated one by one. */
export async function readSearchResults<S extends z.ZodType>(
  rest: MagentoRestTransport,
  store: string,
  path: string,
  criteria: SearchCriteria,
  schema: S,
  entity: string,
  keyOf: KeyOf,
): Promise<MagentoPage<z.output<S>>> {
  const raw = await rest.get(store, path, { query: searchCriteriaParams(criteria) });
  const envelope = parseEntity(searchResultsEnvelopeSchema, raw, `${entity} list`, path);
  const { items, problems } = parseItems(schema, envelope.items, entity, keyOf);
  return {
    items,
    problems,
    totalCount: envelope.total_count,
    currentPage: criteria.currentPage ?? 1,
    pageSize: criteria.pageSize ?? DEFAULT_PAGE_SIZE,
  };
}

/**
 * Walks pages 1, 2, … until every match was seen. Magento does not clamp a page past the end (it
 * answers `items: []`), so an empty page also ends the walk.
 */
export async function* iteratePages<T>(
  readPage: (currentPage: number) => Promise<MagentoPage<T>>,
): AsyncGenerator<MagentoPage<T>> {
  for (let currentPage = 1; ; currentPage++) {
    const page = await readPage(currentPage);
    const seen = page.items.length + page.problems.length;
    if (seen > 0) yield page;
    if (seen === 0 || currentPage * page.pageSize >= page.totalCount) return;
  }
}
