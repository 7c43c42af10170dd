import { z } from 'zod';

/**
 * Sales documents, the fields Verity reads. Money is a JSON number in the order's currency
 * (`base_*` in the website's base currency). Nullable getters that are null are omitted by Magento;
 * non-nullable ones are sent as `null` (shapes.md §2.4) — both are accepted where Verity can cope.
 */

export const orderAddressSchema = z.object({
  address_type: z.string().nullish(),
  firstname: z.string().nullish(),
  lastname: z.string().nullish(),
  street: z.array(z.string()).optional(),
  city: z.string().nullish(),
  region: z.string().optional(),
  postcode: z.string().nullish(),
  country_id: z.string().nullish(),
  telephone: z.string().nullish(),
  email: z.string().optional(),
});
export type MagentoOrderAddress = z.infer<typeof orderAddressSchema>;

export const orderItemSchema = z.object({
  item_id: z.number().int().optional(),
  order_id: z.number().int().optional(),
  parent_item_id: z.number().int().optional(),
  product_id: z.number().int().optional(),
  product_type: z.string().optional(),
  sku: z.string().nullable(),
  name: z.string().optional(),
  price: z.number().optional(),
  base_price: z.number().optional(),
  price_incl_tax: z.number().optional(),
  row_total: z.number().optional(),
  row_total_incl_tax: z.number().optional(),
  discount_amount: z.number().optional(),
  tax_amount: z.number().optional(),
  qty_ordered: z.number().optional(),
  qty_invoiced: z.number().optional(),
  qty_shipped: z.number().optional(),
  qty_refunded: z.number().optional(),
  qty_canceled: z.number().optional(),
  qty_returned: z.number().optional(),
  amount_refunded: z.number().optional(),
  created_at: z.string().optional(),
});
export type MagentoOrderItem = z.infer<typeof orderItemSchema>;

export const orderStatusHistorySchema = z.object({
  entity_id: z.number().int().optional(),
  parent_id: z.number().int().nullish(),
  comment: z.string().nullable(),
  status: z.string().optional(),
  created_at: z.string().optional(),
  is_customer_notified: z.number().int().nullish(),
  is_visible_on_front: z.number().int().nullish(),
});
export type MagentoOrderStatusHistory = z.infer<typeof orderStatusHistorySchema>;

export const orderSchema = z.object({
  entity_id: z.number().int(),
  increment_id: z.string().min(1),
  state: z.string().optional(),
  status: z.string().optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
  store_id: z.number().int().optional(),
  customer_id: z.number().int().optional(),
  customer_is_guest: z.number().int().optional(),
  customer_email: z.string().nullable(),
  customer_firstname: z.string().optional(),
  customer_lastname: z.string().optional(),
  base_currency_code: z.string().optional(),
  order_currency_code: z.string().optional(),
  grand_total: z.number().nullable(),
  base_grand_total: z.number().nullable(),
  subtotal: z.number().optional(),
  shipping_amount: z.number().optional(),
  discount_amount: z.number().optional(),
  tax_amount: z.number().optional(),
  total_paid: z.number().optional(),
  total_invoiced: z.number().optional(),
  total_refunded: z.number().optional(),
  total_canceled: z.number().optional(),
  shipping_description: z.string().optional(),
  items: z.array(orderItemSchema).nullable(),
  billing_address: orderAddressSchema.optional(),
  payment: z.object({ method: z.string().nullish() }).optional(),
  status_histories: z.array(orderStatusHistorySchema).optional(),
  extension_attributes: z
    .object({
      shipping_assignments: z
        .array(
          z.object({
            shipping: z
              .object({ address: orderAddressSchema.optional(), method: z.string().optional() })
              .nullish(),
          }),
        )
        .optional(),
    })
    .optional(),
});
export type MagentoOrder = z.infer<typeof orderSchema>;

const lineItemSchema = z.object({
  entity_id: z.number().int().nullish(),
  order_item_id: z.number().int().nullable(),
  sku: z.string().nullish(),
  name: z.string().optional(),
  qty: z.number().nullable(),
  price: z.number().optional(),
  row_total: z.number().optional(),
});
export type MagentoLineItem = z.infer<typeof lineItemSchema>;

const salesCommentSchema = z.object({
  entity_id: z.number().int().optional(),
  comment: z.string().nullable(),
  created_at: z.string().optional(),
  is_visible_on_front: z.number().int().nullish(),
});

export const invoiceSchema = z.object({
  entity_id: z.number().int(),
  increment_id: z.string().optional(),
  order_id: z.number().int().nullable(),
  state: z.number().int().optional(),
  created_at: z.string().optional(),
  grand_total: z.number().optional(),
  base_grand_total: z.number().optional(),
  base_total_refunded: z.number().optional(),
  order_currency_code: z.string().optional(),
  total_qty: z.number().nullable(),
  items: z.array(lineItemSchema).nullable(),
  comments: z.array(salesCommentSchema).optional(),
});
export type MagentoInvoice = z.infer<typeof invoiceSchema>;

export const shipmentTrackSchema = z.object({
  entity_id: z.number().int().optional(),
  order_id: z.number().int().nullable(),
  parent_id: z.number().int().nullable(),
  track_number: z.string().nullable(),
  title: z.string().nullable(),
  carrier_code: z.string().nullable(),
  created_at: z.string().optional(),
});
export type MagentoShipmentTrack = z.infer<typeof shipmentTrackSchema>;

export const shipmentSchema = z.object({
  entity_id: z.number().int(),
  increment_id: z.string().optional(),
  order_id: z.number().int().nullable(),
  created_at: z.string().optional(),
  total_qty: z.number().optional(),
  items: z.array(lineItemSchema).nullable(),
  tracks: z.array(shipmentTrackSchema).nullable(),
  comments: z.array(salesCommentSchema).nullable(),
});
export type MagentoShipment = z.infer<typeof shipmentSchema>;

export const creditMemoSchema = z.object({
  entity_id: z.number().int(),
  increment_id: z.string().optional(),
  order_id: z.number().int().nullable(),
  invoice_id: z.number().int().optional(),
  state: z.number().int().optional(),
  created_at: z.string().optional(),
  grand_total: z.number().optional(),
  base_grand_total: z.number().optional(),
  subtotal: z.number().optional(),
  shipping_amount: z.number().optional(),
  adjustment_positive: z.number().optional(),
  adjustment_negative: z.number().optional(),
  order_currency_code: z.string().optional(),
  items: z.array(lineItemSchema).nullable(),
  comments: z.array(salesCommentSchema).optional(),
});
export type MagentoCreditMemo = z.infer<typeof creditMemoSchema>;
