import type { ProductAttribute } from './fixture-schema.js';

type StoreLabels = ProductAttribute['frontend_labels'];

/** What a store view shows: its own label, else the admin label (Magento's fallback; the admin store is id 0). */
function storeLabel(adminLabel: string, labels: StoreLabels | undefined, storeId: number): string {
  return labels?.find((l) => l.store_id === storeId)?.label ?? adminLabel;
}

/** The attribute's label in a store view (`frontend_labels`, else `default_frontend_label`). */
export function attributeStoreLabel(attribute: ProductAttribute, storeId: number): string {
  return storeLabel(attribute.default_frontend_label, attribute.frontend_labels, storeId);
}

/**
 * The attribute's options as a store view reads them: each with the store's label. Magento's reads
 * (source model `getAllOptions`) give only label and value, so `store_labels` stays out.
 */
export function storeOptions(
  attribute: ProductAttribute,
  storeId: number,
): { label: string; value: string }[] {
  return attribute.options.map((o) => ({
    label: storeLabel(o.label, o.store_labels, storeId),
    value: o.value,
  }));
}
