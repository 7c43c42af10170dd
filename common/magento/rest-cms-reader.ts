import type { MagentoCmsReader, SearchCriteria } from './magento-client.js';
import { keyField } from './parse-response.js';
import { iteratePages, readSearchResults } from './read-search-results.js';
import type { MagentoRestTransport } from './rest-transport.js';
import { cmsPageSchema } from './shapes/cms.js';

/** CMS pages over REST (ACL `Magento_Cms::page`). */
export function createRestCmsReader(rest: MagentoRestTransport): MagentoCmsReader {
  const searchCmsPages = (store: string, criteria: SearchCriteria) =>
    readSearchResults(
      rest,
      store,
      '/cmsPage/search',
      criteria,
      cmsPageSchema,
      'cms page',
      keyField('identifier'),
    );
  return {
    searchCmsPages,
    iterateCmsPages(store) {
      return iteratePages((currentPage) =>
        searchCmsPages(store, {
          filterGroups: [[{ field: 'is_active', value: '1' }]],
          sortOrders: [{ field: 'page_id', direction: 'ASC' }],
          currentPage,
        }),
      );
    },
  };
}
