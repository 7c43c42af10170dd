import type { MagentoClient, MagentoItemProblem } from '../../common/magento/magento-client.js';
import type { MagentoProduct } from '../../common/magento/shapes/product.js';

/** SKUs per `sku in (…)` search. */
const SKU_SEARCH_CHUNK = 100;

/**
 * The products of a store view with these SKUs (`GET /V1/products` with `sku in (…)`, in chunks). SKUs
 * Magento does not know are simply absent; items that do not fit the shape come back as problems.
 */
export async function readProductsBySku(
  magento: Pick<MagentoClient, 'searchProducts'>,
  store: string,
  skus: readonly string[],
): Promise<{ items: MagentoProduct[]; problems: MagentoItemProblem[] }> {
  const items: MagentoProduct[] = [];
  const problems: MagentoItemProblem[] = [];
  const unique = [...new Set(skus)];
  for (let i = 0; i < unique.length; i += SKU_SEARCH_CHUNK) {
    const chunk = unique.slice(i, i + SKU_SEARCH_CHUNK);
    const page = await magento.searchProducts(store, {
      filterGroups: [[{ field: 'sku', value: chunk.join(','), conditionType: 'in' }]],
      pageSize: chunk.length,
    });
    items.push(...page.items);
    problems.push(...page.problems);
  }
  return { items, problems };
}
