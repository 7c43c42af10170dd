import { MagentoNotFoundError } from '../errors.js';
import {
  ADMIN_STORE_CODE,
  type MagentoCmsReader,
  type MagentoStoreReader,
  type SearchCriteria,
} from './magento-client.js';
import { keyField } from './parse-response.js';
import { iteratePages, readSearchResults } from './read-search-results.js';
import type { MagentoRestTransport } from './rest-transport.js';
import type { MagentoCmsPage } from './shapes/cms.js';
import { cmsPageSchema } from './shapes/cms.js';

/** Magento's store id of "All Store Views". */
const ALL_STORE_VIEWS = 0;

/**
 * CMS pages over REST (ACL `Magento_Cms::page`). The REST response carries no store assignment, and
 * `/rest/{store}/V1/cmsPage/search` lists every store's pages, so pages are read per `store_id` filter.
 */
export function createRestCmsReader(
  rest: MagentoRestTransport,
  stores: Pick<MagentoStoreReader, 'listStoreViews'>,
): MagentoCmsReader {
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
  const activePagesOf = (store: string, storeId: number) =>
    iteratePages((currentPage) =>
      searchCmsPages(store, {
        filterGroups: [[{ field: 'is_active', value: '1' }], [{ field: 'store_id', value: String(storeId) }]],
        sortOrders: [{ field: 'page_id', direction: 'ASC' }],
        currentPage,
      }),
    );
  const storeIdOf = async (store: string): Promise<number> => {
    if (store === ADMIN_STORE_CODE) return ALL_STORE_VIEWS;
    const view = (await stores.listStoreViews()).find((v) => v.code === store);
    if (view === undefined) throw new MagentoNotFoundError(`no store view "${store}"`, { store });
    return view.id;
  };
  return {
    searchCmsPages,
    /**
     * The pages a store view shows, as Magento's storefront resolves an identifier: the store view's
     * own pages, then the all-store-views pages whose identifier it does not override. Another
     * store view's pages (another language, another website's terms) are never included.
     */
    async *iterateCmsPages(store) {
      const storeId = await storeIdOf(store);
      const seenIds = new Set<number>();
      const ownIdentifiers = new Set<string>();
      const fresh = (page: MagentoCmsPage) => page.id === undefined || !seenIds.has(page.id);
      if (storeId !== ALL_STORE_VIEWS) {
        for await (const page of activePagesOf(store, storeId)) {
          for (const p of page.items) {
            if (p.id !== undefined) seenIds.add(p.id);
            ownIdentifiers.add(p.identifier);
          }
          yield page;
        }
      }
      for await (const page of activePagesOf(store, ALL_STORE_VIEWS)) {
        const items = page.items.filter((p) => fresh(p) && !ownIdentifiers.has(p.identifier));
        yield { ...page, items };
      }
    },
  };
}
