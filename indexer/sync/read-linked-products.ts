import type { MagentoClient, MagentoItemProblem } from '../../common/magento/magento-client.js';
import type { MagentoProduct } from '../../common/magento/shapes/product.js';
import { readProductsBySku } from './read-products-by-sku.js';

function selectionSkus(bundle: MagentoProduct): string[] {
  const skus = (bundle.extension_attributes?.bundle_product_options ?? []).flatMap((option) =>
    (option.product_links ?? []).flatMap((link) => (link.sku === undefined ? [] : [link.sku])),
  );
  return [...new Set(skus)];
}

/** Members of a grouped product: its `associated` product links. */
function groupedMemberSkus(grouped: MagentoProduct): string[] {
  const skus = (grouped.product_links ?? []).flatMap((link) =>
    link.link_type === 'associated' && link.linked_product_sku ? [link.linked_product_sku] : [],
  );
  return [...new Set(skus)];
}

const OPTIONS_FIELD = 'extension_attributes.bundle_product_options';

/** A bundle cannot be priced without every selection: it is reported and left as it is, like a malformed item. */
function unpricedBundle(sku: string, selection: string): MagentoItemProblem {
  return {
    entity: 'product',
    key: sku,
    field: OPTIONS_FIELD,
    message: `product ${sku}: ${OPTIONS_FIELD}: selection ${selection} could not be read`,
  };
}

/**
 * The products each composite product is priced from, by its SKU, in the store view's scope (its prices
 * and special prices): configurable children (one call per parent), bundle selections and grouped
 * members (one `sku in (…)` search for all of the batch). Items that do not fit the shape come back as problems,
 * and so does a bundle with such a selection (its price cannot be known).
 */
export async function readLinkedProducts(
  magento: Pick<MagentoClient, 'getConfigurableChildren' | 'searchProducts'>,
  store: string,
  products: readonly MagentoProduct[],
): Promise<{ linked: Map<string, MagentoProduct[]>; problems: MagentoItemProblem[] }> {
  const linked = new Map<string, MagentoProduct[]>();
  const problems: MagentoItemProblem[] = [];
  for (const product of products) {
    if (product.type_id !== 'configurable') continue;
    const page = await magento.getConfigurableChildren(store, product.sku);
    problems.push(...page.problems);
    linked.set(product.sku, page.items);
  }
  const bundles = products.filter((p) => p.type_id === 'bundle');
  if (bundles.length > 0) {
    const selections = await readProductsBySku(magento, store, bundles.flatMap(selectionSkus));
    problems.push(...selections.problems);
    const bySku = new Map(selections.items.map((p) => [p.sku, p]));
    const unreadable = new Set(selections.problems.map((p) => p.key));
    for (const bundle of bundles) {
      const skus = selectionSkus(bundle);
      linked.set(
        bundle.sku,
        skus.flatMap((sku) => bySku.get(sku) ?? []),
      );
      const missing = skus.find((sku) => unreadable.has(sku));
      if (missing !== undefined) problems.push(unpricedBundle(bundle.sku, missing));
    }
  }
  const grouped = products.filter((p) => p.type_id === 'grouped');
  if (grouped.length > 0) {
    const members = await readProductsBySku(magento, store, grouped.flatMap(groupedMemberSkus));
    problems.push(...members.problems);
    const bySku = new Map(members.items.map((p) => [p.sku, p]));
    for (const product of grouped)
      linked.set(
        product.sku,
        groupedMemberSkus(product).flatMap((sku) => bySku.get(sku) ?? []),
      );
  }
  return { linked, problems };
}
