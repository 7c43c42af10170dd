import type { MagentoClient } from '../../common/magento/magento-client.js';

/** One variant of a configurable product: the option labels that make it, by attribute code, and its stock now. */
export interface VariantStock {
  options: Readonly<Record<string, string>>;
  inStock: boolean;
}

/**
 * Reads the variants of configurable products live from Magento (never from the index): products with
 * no variants (simple products, or unknown SKUs) are absent from the map.
 */
export async function readVariantStock(
  magento: MagentoClient,
  store: string,
  skus: readonly string[],
): Promise<Map<string, VariantStock[]>> {
  const found = new Map<string, VariantStock[]>();
  if (skus.length === 0) return found;
  const page = await magento.getProductVariants(store, skus);
  for (const item of page.items) {
    const variants = (item.variants ?? []).flatMap((v) => {
      if (!v?.product) return [];
      const options: Record<string, string> = {};
      for (const a of v.attributes ?? []) if (a?.code && a.label) options[a.code] = a.label;
      return [{ options, inStock: v.product.stock_status === 'IN_STOCK' }];
    });
    if (variants.length > 0) found.set(item.sku, variants);
  }
  return found;
}
