import { z } from 'zod';

/**
 * The sandbox store's data, in Magento 2.4 REST shapes (see `docs/sandbox.md`). Entities are stored
 * exactly as `GET /V1/...` returns them for the default scope; store-scoped values (a French name,
 * a website price in EUR) live in `store_values` (products) and `category_store_values` (category
 * names), like Magento's per-store EAV value rows.
 * Objects are loose: Magento has hundreds of optional fields, the schema checks the ones the
 * sandbox and its clients rely on and keeps the rest as given.
 */

const int = z.number().int();
const money = z.number();
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, 'expected "YYYY-MM-DD HH:MM:SS"');

export const customAttributeSchema = z.object({
  attribute_code: z.string().min(1),
  /** EAV values are strings: select = option id, multiselect = comma-separated option ids. */
  value: z.string(),
});

export const websiteSchema = z.object({
  id: int,
  code: z.string().min(1),
  name: z.string(),
  default_group_id: int,
});
export const storeGroupSchema = z.object({
  id: int,
  website_id: int,
  root_category_id: int,
  default_store_id: int,
  name: z.string(),
  code: z.string().min(1),
});
export const storeViewSchema = z.object({
  id: int,
  code: z.string().min(1),
  name: z.string(),
  website_id: int,
  store_group_id: int,
  is_active: int,
});
export const storeConfigSchema = z.looseObject({
  id: int,
  code: z.string().min(1),
  website_id: int,
  locale: z.string(),
  base_currency_code: z.string().length(3),
  default_display_currency_code: z.string().length(3),
  timezone: z.string(),
  weight_unit: z.string(),
  base_url: z.string(),
  base_link_url: z.string(),
  base_static_url: z.string(),
  base_media_url: z.string(),
  secure_base_url: z.string(),
  secure_base_link_url: z.string(),
  secure_base_static_url: z.string(),
  secure_base_media_url: z.string(),
});

const storeLabelSchema = z.object({ store_id: int, label: z.string() });
/** `Eav.AttributeOptionInterface`: `label` is the admin label, `store_labels` the store views' own. */
export const attributeOptionSchema = z.object({
  label: z.string(),
  value: z.string(),
  store_labels: z.array(storeLabelSchema).optional(),
});
export const productAttributeSchema = z.looseObject({
  attribute_id: int,
  attribute_code: z.string().min(1),
  frontend_input: z.enum(['text', 'textarea', 'select', 'multiselect', 'price', 'boolean', 'date', 'weight']),
  entity_type_id: z.string(),
  is_required: z.boolean(),
  default_frontend_label: z.string(),
  frontend_labels: z.array(storeLabelSchema),
  is_filterable: z.boolean(),
  backend_type: z.string(),
  scope: z.enum(['global', 'website', 'store']),
  options: z.array(attributeOptionSchema),
});

export const categorySchema = z.looseObject({
  id: int,
  parent_id: int,
  name: z.string(),
  is_active: z.boolean(),
  position: int,
  level: int,
  path: z.string().regex(/^\d+(\/\d+)*$/),
  include_in_menu: z.boolean(),
  custom_attributes: z.array(customAttributeSchema).optional(),
});

export const stockItemSchema = z.looseObject({
  item_id: int,
  product_id: int,
  stock_id: int,
  qty: z.number(),
  is_in_stock: z.boolean(),
});

/** `Bundle.LinkInterface`: a selection; `price`/`price_type` (0 amount, 1 percent) count for fixed-price bundles. */
const bundleLinkSchema = z.looseObject({
  id: z.string(),
  sku: z.string().min(1),
  option_id: int,
  qty: z.number().positive(),
  position: int,
  is_default: z.boolean(),
  price: z.number().nonnegative(),
  price_type: z.union([z.literal(0), z.literal(1)]),
  can_change_quantity: int,
});

/** `Bundle.OptionInterface`. */
const bundleOptionSchema = z.looseObject({
  option_id: int,
  title: z.string(),
  required: z.boolean(),
  type: z.enum(['select', 'radio', 'checkbox', 'multi']),
  position: int,
  sku: z.string().min(1),
  product_links: z.array(bundleLinkSchema),
});

export const productSchema = z.looseObject({
  id: int,
  sku: z.string().min(1),
  name: z.string(),
  attribute_set_id: int,
  price: money,
  status: z.union([z.literal(1), z.literal(2)]),
  visibility: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  type_id: z.enum(['simple', 'configurable', 'bundle', 'virtual', 'grouped', 'downloadable']),
  created_at: dateTime,
  updated_at: dateTime,
  weight: z.number().optional(),
  extension_attributes: z.looseObject({
    website_ids: z.array(int),
    category_links: z.array(z.object({ position: int, category_id: z.string() })).optional(),
    stock_item: stockItemSchema.optional(),
    configurable_product_options: z
      .array(
        z.looseObject({
          id: int,
          attribute_id: z.string(),
          label: z.string(),
          position: int,
          values: z.array(z.object({ value_index: int })),
          product_id: int,
        }),
      )
      .optional(),
    configurable_product_links: z.array(int).optional(),
    bundle_product_options: z.array(bundleOptionSchema).optional(),
  }),
  product_links: z.array(z.unknown()),
  options: z.array(z.unknown()),
  media_gallery_entries: z.array(z.looseObject({ id: int, media_type: z.string(), file: z.string() })),
  tier_prices: z.array(z.unknown()),
  custom_attributes: z.array(customAttributeSchema),
});

/** A store-scoped EAV value (`catalog_product_entity_*` row with a store id). */
export const storeValueSchema = z.object({
  sku: z.string().min(1),
  store_code: z.string().min(1),
  attribute_code: z.string().min(1),
  value: z.string(),
});

/** A store-scoped category value (`catalog_category_entity_varchar` row with a store id): names per language. */
export const categoryStoreValueSchema = z.object({
  category_id: int,
  store_code: z.string().min(1),
  attribute_code: z.enum(['name']),
  value: z.string().min(1),
});

const orderAddressSchema = z.looseObject({
  address_type: z.enum(['billing', 'shipping']),
  firstname: z.string(),
  lastname: z.string(),
  street: z.array(z.string()),
  city: z.string(),
  postcode: z.string(),
  country_id: z.string().length(2),
  telephone: z.string(),
});

export const orderItemSchema = z.looseObject({
  item_id: int,
  order_id: int,
  sku: z.string(),
  name: z.string(),
  product_id: int,
  product_type: z.string(),
  qty_ordered: z.number(),
  qty_invoiced: z.number(),
  qty_shipped: z.number(),
  qty_refunded: z.number(),
  qty_canceled: z.number(),
  price: money,
  base_price: money,
  row_total: money,
  base_row_total: money,
  tax_amount: money,
  discount_amount: money,
  amount_refunded: money,
});

export const statusHistorySchema = z.looseObject({
  entity_id: int,
  parent_id: int,
  comment: z.string().nullable(),
  status: z.string().optional(),
  is_customer_notified: int.nullable(),
  is_visible_on_front: int,
  created_at: dateTime,
  entity_name: z.string().optional(),
});

export const orderSchema = z.looseObject({
  entity_id: int,
  increment_id: z.string().min(1),
  state: z.enum(['new', 'pending_payment', 'processing', 'complete', 'closed', 'canceled', 'holded']),
  status: z.string(),
  store_id: int,
  customer_email: z.string(),
  customer_id: int.optional(),
  customer_is_guest: z.union([z.literal(0), z.literal(1)]),
  created_at: dateTime,
  updated_at: dateTime,
  order_currency_code: z.string().length(3),
  base_currency_code: z.string().length(3),
  grand_total: money,
  base_grand_total: money,
  subtotal: money,
  shipping_amount: money,
  total_paid: money.optional(),
  total_refunded: money.optional(),
  items: z.array(orderItemSchema).min(1),
  billing_address: orderAddressSchema,
  payment: z.looseObject({ method: z.string() }),
  status_histories: z.array(statusHistorySchema),
  extension_attributes: z.looseObject({
    shipping_assignments: z.array(
      z.looseObject({ shipping: z.looseObject({ address: orderAddressSchema, method: z.string() }) }),
    ),
  }),
});

export const invoiceSchema = z.looseObject({
  entity_id: int,
  order_id: int,
  increment_id: z.string(),
  grand_total: money,
  state: int,
  items: z.array(z.looseObject({ order_item_id: int, qty: z.number(), sku: z.string() })),
});

export const shipmentSchema = z.looseObject({
  entity_id: int,
  order_id: int,
  increment_id: z.string(),
  items: z.array(z.looseObject({ order_item_id: int, qty: z.number(), sku: z.string() })),
  tracks: z.array(
    z.looseObject({
      entity_id: int,
      parent_id: int,
      order_id: int,
      track_number: z.string(),
      title: z.string(),
      carrier_code: z.string(),
    }),
  ),
  comments: z.array(z.unknown()),
});

export const creditmemoSchema = z.looseObject({
  entity_id: int,
  order_id: int,
  increment_id: z.string(),
  grand_total: money,
  state: int,
  items: z.array(z.looseObject({ order_item_id: int, qty: z.number(), entity_id: int })),
});

export const customerSchema = z.looseObject({
  id: int,
  group_id: int,
  email: z.string().email(),
  firstname: z.string(),
  lastname: z.string(),
  store_id: int,
  website_id: int,
  created_at: dateTime,
  updated_at: dateTime,
  addresses: z.array(z.looseObject({ id: int, city: z.string(), country_id: z.string().length(2) })),
});

export const cmsPageSchema = z.looseObject({
  id: int,
  identifier: z.string().min(1),
  title: z.string(),
  content: z.string(),
  content_heading: z.string().optional(),
  active: z.boolean(),
  /** Store view ids the page is assigned to; 0 = all store views (Magento's `cms_page_store`). */
  store_id: z.array(int),
  creation_time: dateTime,
  update_time: dateTime,
});

export const reviewSchema = z.object({
  review_id: int,
  sku: z.string().min(1),
  /** Store view ids the review is visible in. */
  store_ids: z.array(int),
  nickname: z.string(),
  summary: z.string(),
  text: z.string(),
  created_at: dateTime,
  ratings: z.array(z.object({ rating_name: z.string(), value: z.number().int().min(1).max(5) })),
});

/** A `core_config_data` row. `scope_code` is `default` for the default scope, else the website/store code. */
export const configRowSchema = z.object({
  path: z.string().min(1),
  scope: z.enum(['default', 'websites', 'stores']),
  scope_code: z.string().min(1),
  value: z.string().nullable(),
});

export const fixtureSchema = z.object({
  /** The store's clock: "now" for everything the data says about dates (ISO 8601). */
  now: z.string().datetime(),
  websites: z.array(websiteSchema).min(1),
  store_groups: z.array(storeGroupSchema).min(1),
  store_views: z.array(storeViewSchema).min(1),
  store_configs: z.array(storeConfigSchema).min(1),
  attributes: z.array(productAttributeSchema),
  categories: z.array(categorySchema).min(1),
  products: z.array(productSchema),
  store_values: z.array(storeValueSchema),
  category_store_values: z.array(categoryStoreValueSchema),
  customers: z.array(customerSchema),
  credentials: z.object({
    admins: z.array(z.object({ username: z.string().min(1), password: z.string().min(1) })),
    customers: z.array(z.object({ email: z.string().email(), password: z.string().min(1) })),
  }),
  orders: z.array(orderSchema),
  invoices: z.array(invoiceSchema),
  shipments: z.array(shipmentSchema),
  creditmemos: z.array(creditmemoSchema),
  cms_pages: z.array(cmsPageSchema),
  reviews: z.array(reviewSchema),
  core_config_data: z.array(configRowSchema),
});

export type Fixture = z.infer<typeof fixtureSchema>;
export type Product = z.infer<typeof productSchema>;
export type ProductAttribute = z.infer<typeof productAttributeSchema>;
export type Category = z.infer<typeof categorySchema>;
export type StoreView = z.infer<typeof storeViewSchema>;
export type StoreConfig = z.infer<typeof storeConfigSchema>;
export type Website = z.infer<typeof websiteSchema>;
export type Order = z.infer<typeof orderSchema>;
export type OrderItem = z.infer<typeof orderItemSchema>;
export type Invoice = z.infer<typeof invoiceSchema>;
export type Shipment = z.infer<typeof shipmentSchema>;
export type Creditmemo = z.infer<typeof creditmemoSchema>;
export type Customer = z.infer<typeof customerSchema>;
export type CmsPage = z.infer<typeof cmsPageSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type ConfigRow = z.infer<typeof configRowSchema>;
export type CustomAttribute = z.infer<typeof customAttributeSchema>;
