import { z } from 'zod';

/** `Framework.AttributeInterface`: raw EAV values; selects hold option ids as strings, multiselects `"12,15"`. */
export const customAttributeSchema = z.object({
  attribute_code: z.string().min(1),
  value: z.unknown(),
});
export type MagentoCustomAttribute = z.infer<typeof customAttributeSchema>;

/** `CatalogInventory.StockItemInterface` (the fields Verity reads). */
export const stockItemSchema = z.object({
  item_id: z.number().int().optional(),
  product_id: z.number().int().optional(),
  stock_id: z.number().int().optional(),
  qty: z.number().nullable(),
  is_in_stock: z.boolean().nullable(),
  manage_stock: z.boolean().nullish(),
  backorders: z.number().int().nullish(),
  min_sale_qty: z.number().nullish(),
  max_sale_qty: z.number().nullish(),
});
export type MagentoStockItem = z.infer<typeof stockItemSchema>;

/** `Eav.AttributeOptionInterface`; the first option of a table-source select is the empty `{label:" ",value:""}`. */
export const attributeOptionSchema = z.object({
  label: z.string().nullable(),
  value: z.string().nullable(),
  sort_order: z.number().int().optional(),
  is_default: z.boolean().optional(),
  store_labels: z
    .array(z.object({ store_id: z.number().int().optional(), label: z.string().optional() }))
    .optional(),
});
export type MagentoAttributeOption = z.infer<typeof attributeOptionSchema>;

/** `Catalog.ProductAttributeInterface` (the fields Verity reads). */
export const productAttributeSchema = z.object({
  attribute_id: z.number().int().optional(),
  attribute_code: z.string().nullable(),
  frontend_input: z.string().nullable(),
  default_frontend_label: z.string().optional(),
  /** Store-view labels; a store view without one shows `default_frontend_label`. */
  frontend_labels: z
    .array(z.object({ store_id: z.number().int(), label: z.string() }))
    .nullable()
    .optional(),
  is_searchable: z.string().optional(),
  is_filterable: z.boolean().optional(),
  is_visible_on_front: z.string().optional(),
  options: z.array(attributeOptionSchema).optional(),
});
export type MagentoProductAttribute = z.infer<typeof productAttributeSchema>;

/** `Catalog.CategoryTreeInterface`: one node with its sub-tree in `children_data`. */
export interface MagentoCategoryTree {
  id?: number | undefined;
  parent_id: number | null;
  name: string | null;
  is_active: boolean | null;
  position: number | null;
  level: number | null;
  product_count: number | null;
  children_data: MagentoCategoryTree[] | null;
}
export const categoryTreeSchema: z.ZodType<MagentoCategoryTree> = z.lazy(() =>
  z.object({
    id: z.number().int().optional(),
    parent_id: z.number().int().nullable(),
    name: z.string().nullable(),
    is_active: z.boolean().nullable(),
    position: z.number().int().nullable(),
    level: z.number().int().nullable(),
    product_count: z.number().int().nullable(),
    children_data: z.array(categoryTreeSchema).nullable(),
  }),
);
