import type { CustomAttribute, Product } from './fixture-schema.js';

export interface ProductDraft {
  id: number;
  sku: string;
  name: string;
  type: Product['type_id'];
  price: number;
  categoryIds: readonly number[];
  /** EAV values as Magento stores them (strings; option ids for selects). Empty values are dropped. */
  attributes: Record<string, string | undefined>;
  status?: 1 | 2;
  visibility?: 1 | 2 | 3 | 4;
  qty: number;
  weight?: number;
  createdAt: string;
  updatedAt: string;
  websiteIds?: readonly number[];
  extension?: Record<string, unknown>;
  /** The `fr` store view's name and copy: store-scoped values, not part of the product itself. */
  french?: StoreText;
}

/** A product's text in one store view. */
export interface StoreText {
  name: string;
  description?: string;
  short_description?: string;
}

/** Builds a product in the exact shape of `GET /V1/products/:sku` (Magento 2.4 null-omission rules). */
export function buildProduct(d: ProductDraft): Product {
  const composite = d.type === 'configurable' || d.type === 'bundle';
  const custom: CustomAttribute[] = [];
  for (const [code, value] of Object.entries(d.attributes)) {
    if (value !== undefined && value !== '') custom.push({ attribute_code: code, value });
  }
  custom.push(
    { attribute_code: 'tax_class_id', value: d.type === 'configurable' ? '0' : '2' },
    { attribute_code: 'options_container', value: 'container2' },
    { attribute_code: 'has_options', value: composite ? '1' : '0' },
    { attribute_code: 'required_options', value: composite ? '1' : '0' },
  );
  const inStock = d.qty > 0 || composite;
  return {
    id: d.id,
    sku: d.sku,
    name: d.name,
    attribute_set_id: 4,
    price: d.price,
    status: d.status ?? 1,
    visibility: d.visibility ?? 4,
    type_id: d.type,
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    ...(d.weight === undefined ? {} : { weight: d.weight }),
    extension_attributes: {
      website_ids: [...(d.websiteIds ?? [1, 2])],
      category_links: d.categoryIds.map((id, position) => ({ position, category_id: String(id) })),
      stock_item: stockItem(d.id, composite ? 0 : d.qty, inStock),
      ...d.extension,
    },
    product_links: [],
    options: [],
    media_gallery_entries: [
      {
        id: d.id * 10,
        media_type: 'image',
        label: d.name,
        position: 1,
        disabled: false,
        types: ['image', 'small_image', 'thumbnail'],
        file: `/${d.sku[0]?.toLowerCase() ?? 'x'}/${d.sku[1]?.toLowerCase() ?? 'x'}/${d.sku.toLowerCase()}.jpg`,
      },
    ],
    tier_prices: [],
    custom_attributes: custom,
  };
}

/** A `CatalogInventory.StockItemInterface` with Magento's default config flags. */
export function stockItem(productId: number, qty: number, isInStock: boolean) {
  return {
    item_id: productId,
    product_id: productId,
    stock_id: 1,
    qty,
    is_in_stock: isInStock,
    is_qty_decimal: false,
    show_default_notification_message: false,
    use_config_min_qty: true,
    min_qty: 0,
    use_config_min_sale_qty: 1,
    min_sale_qty: 1,
    use_config_max_sale_qty: true,
    max_sale_qty: 10000,
    use_config_backorders: true,
    backorders: 0,
    use_config_notify_stock_qty: true,
    notify_stock_qty: 1,
    use_config_qty_increments: true,
    qty_increments: 1,
    use_config_enable_qty_inc: true,
    enable_qty_increments: false,
    use_config_manage_stock: true,
    manage_stock: true,
    low_stock_date: null,
    is_decimal_divided: false,
    stock_status_changed_auto: 0,
  };
}

/** `Gaming Laptop 15"` → `gaming-laptop-15`. */
export function urlKey(name: string, id: number): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}-${id}`;
}

export function customAttribute(product: Product, code: string): string | undefined {
  return product.custom_attributes.find((a) => a.attribute_code === code)?.value;
}
