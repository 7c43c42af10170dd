import { z } from 'zod';
import { customAttributeSchema, stockItemSchema } from './catalog.js';

/**
 * Custom attributes whose raw value Verity reads as text. Magento stores them as strings; anything else is
 * malformed data and is reported with its position (`custom_attributes[2].value: expected string`).
 */
export const TEXT_CUSTOM_ATTRIBUTES: ReadonlySet<string> = new Set([
  'description',
  'short_description',
  'url_key',
  'meta_title',
  'meta_description',
  'meta_keyword',
  'special_price',
  'special_from_date',
  'special_to_date',
]);

const configurableOptionSchema = z.object({
  id: z.number().int().optional(),
  attribute_id: z.string().optional(),
  label: z.string().optional(),
  position: z.number().int().optional(),
  values: z.array(z.object({ value_index: z.number().int().nullable() })).optional(),
  product_id: z.number().int().optional(),
});
export type MagentoConfigurableOption = z.infer<typeof configurableOptionSchema>;

/** `Bundle.LinkInterface`: one selection of a bundle option. */
const bundleLinkSchema = z.object({
  id: z.string().optional(),
  sku: z.string().optional(),
  option_id: z.number().int().optional(),
  qty: z.number().optional(),
  position: z.number().int().optional(),
  is_default: z.boolean().nullable().optional(),
  /** Fixed-price bundles: the selection's price, an amount or (`price_type` 1) a percentage of the bundle's price. */
  price: z.number().nullable().optional(),
  price_type: z.number().int().nullable().optional(),
  can_change_quantity: z.number().int().optional(),
});

/** `Bundle.OptionInterface`: `type` is `select`, `radio`, `checkbox` or `multi`. */
const bundleOptionSchema = z.object({
  option_id: z.number().int().optional(),
  title: z.string().optional(),
  required: z.boolean().optional(),
  type: z.string().optional(),
  position: z.number().int().optional(),
  sku: z.string().optional(),
  product_links: z.array(bundleLinkSchema).optional(),
});
export type MagentoBundleOption = z.infer<typeof bundleOptionSchema>;

const productExtensionSchema = z.object({
  stock_item: stockItemSchema.optional(),
  website_ids: z.array(z.number().int()).optional(),
  category_links: z
    .array(z.object({ position: z.number().int().optional(), category_id: z.string().nullable() }))
    .optional(),
  configurable_product_options: z.array(configurableOptionSchema).optional(),
  configurable_product_links: z.array(z.number().int()).optional(),
  bundle_product_options: z.array(bundleOptionSchema).optional(),
  /** Links a shopper buys; with `links_purchased_separately` the cheapest one is part of the "from" price. */
  downloadable_product_links: z
    .array(
      z.object({
        id: z.number().int().optional(),
        title: z.string().optional(),
        price: z.number().nullable(),
      }),
    )
    .optional(),
});

/** `Catalog.ProductLinkInterface`: related, up-sell, cross-sell and (grouped products) `associated` links. */
const productLinkSchema = z.object({
  sku: z.string().nullable(),
  link_type: z.string().nullable(),
  linked_product_sku: z.string().nullable(),
  linked_product_type: z.string().nullable(),
  position: z.number().int().nullable().optional(),
});

const mediaGalleryEntrySchema = z.object({
  id: z.number().int().optional(),
  media_type: z.string().nullable(),
  label: z.string().nullable(),
  position: z.number().int().nullable(),
  disabled: z.boolean().nullable(),
  types: z.array(z.string()).nullable(),
  file: z.string().optional(),
});

/** `Catalog.ProductInterface` as `GET /V1/products/:sku` and `GET /V1/products` send it. */
export const productSchema = z
  .object({
    id: z.number().int().optional(),
    sku: z.string().min(1),
    name: z.string().optional(),
    attribute_set_id: z.number().int().optional(),
    price: z.number().optional(),
    status: z.number().int().optional(),
    visibility: z.number().int().optional(),
    type_id: z.string().optional(),
    created_at: z.string().optional(),
    updated_at: z.string().optional(),
    weight: z.number().optional(),
    extension_attributes: productExtensionSchema.optional(),
    product_links: z.array(productLinkSchema).optional(),
    media_gallery_entries: z.array(mediaGalleryEntrySchema).optional(),
    tier_prices: z
      .array(
        z.object({
          customer_group_id: z.number().int().nullable(),
          qty: z.number().nullable(),
          value: z.number().nullable(),
        }),
      )
      .optional(),
    custom_attributes: z.array(customAttributeSchema).optional(),
  })
  .superRefine((product, ctx) => {
    product.custom_attributes?.forEach((attribute, index) => {
      if (TEXT_CUSTOM_ATTRIBUTES.has(attribute.attribute_code) && typeof attribute.value !== 'string') {
        ctx.addIssue({
          code: 'custom',
          path: ['custom_attributes', index, 'value'],
          message: `expected string for ${attribute.attribute_code}`,
        });
      }
      if (
        attribute.attribute_code === 'category_ids' &&
        !(Array.isArray(attribute.value) && attribute.value.every((v) => typeof v === 'string'))
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['custom_attributes', index, 'value'],
          message: 'expected an array of category id strings',
        });
      }
    });
  });
export type MagentoProduct = z.infer<typeof productSchema>;

/** Magento product `status`: 1 enabled, 2 disabled. */
export const PRODUCT_STATUS = { enabled: 1, disabled: 2 } as const;

/** Magento product `visibility`. */
export const PRODUCT_VISIBILITY = { notVisible: 1, catalog: 2, search: 3, catalogAndSearch: 4 } as const;
