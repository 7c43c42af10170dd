import { z } from 'zod';

/** `Money` in GraphQL: `value` may be null for products without a price. */
const moneySchema = z.object({ value: z.number().nullable(), currency: z.string().nullable() });
export type GraphqlMoney = z.infer<typeof moneySchema>;

const productPriceSchema = z.object({
  regular_price: moneySchema,
  final_price: moneySchema,
  discount: z.object({ percent_off: z.number().nullable(), amount_off: z.number().nullable() }).nullable(),
});

/** One item of the `LiveProducts` query: price and stock as the storefront shows them now. */
export const liveProductSchema = z.object({
  __typename: z.string(),
  sku: z.string().min(1),
  name: z.string().nullable(),
  stock_status: z.enum(['IN_STOCK', 'OUT_OF_STOCK']).nullable(),
  price_range: z.object({
    minimum_price: productPriceSchema,
    maximum_price: productPriceSchema.nullable(),
  }),
  rating_summary: z.number(),
  review_count: z.number().int(),
  /** The catalog picture (`small_image`): a full media URL; absent from stores that answer without it. */
  small_image: z.object({ url: z.string().nullable() }).nullable().optional(),
});
export type GraphqlLiveProduct = z.infer<typeof liveProductSchema>;

const variantStockStatusSchema = z.enum(['IN_STOCK', 'OUT_OF_STOCK']).nullable();

/**
 * One item of the `ProductVariants` query: a configurable product's variants, each with the option
 * labels that make it (size "XL", color "Red") and its stock status now. Other product types answer
 * with neither list.
 */
export const productVariantsSchema = z.object({
  __typename: z.string(),
  sku: z.string().min(1),
  variants: z
    .array(
      z
        .object({
          attributes: z
            .array(z.object({ code: z.string().nullable(), label: z.string().nullable() }).nullable())
            .nullable(),
          product: z.object({ sku: z.string(), stock_status: variantStockStatusSchema }).nullable(),
        })
        .nullable(),
    )
    .nullable()
    .optional(),
});
export type GraphqlProductVariants = z.infer<typeof productVariantsSchema>;

export const liveProductsResponseSchema = z.object({
  products: z.object({ items: z.array(z.unknown()).nullable() }).nullable(),
});

export const productReviewSchema = z.object({
  nickname: z.string(),
  summary: z.string(),
  text: z.string(),
  created_at: z.string(),
  /** Percent, 0–100. */
  average_rating: z.number(),
  ratings_breakdown: z.array(z.object({ name: z.string(), value: z.string() }).nullable()),
});
export type GraphqlProductReview = z.infer<typeof productReviewSchema>;

export const productReviewsItemSchema = z.object({
  sku: z.string().min(1),
  /** Average of all ratings, in percent (0–100), as Magento reports it. */
  rating_summary: z.number(),
  review_count: z.number().int(),
  reviews: z.object({
    items: z.array(productReviewSchema.nullable()),
    page_info: z.object({ total_pages: z.number().int().nullable() }).nullable(),
  }),
});

export const productReviewsResponseSchema = z.object({
  products: z.object({ items: z.array(z.unknown()).nullable() }).nullable(),
});

const customerOrderItemSchema = z.object({
  product_sku: z.string(),
  product_name: z.string().nullable(),
  quantity_ordered: z.number().nullable(),
  quantity_shipped: z.number().nullable(),
  quantity_refunded: z.number().nullable(),
  status: z.string().nullable(),
});

export const customerOrderSchema = z.object({
  id: z.string(),
  number: z.string(),
  status: z.string(),
  order_date: z.string(),
  carrier: z.string().nullable(),
  shipping_method: z.string().nullable(),
  total: z
    .object({
      grand_total: moneySchema,
      total_shipping: moneySchema,
    })
    .nullable(),
  items: z.array(customerOrderItemSchema.nullable()).nullable(),
  shipments: z
    .array(
      z
        .object({
          number: z.string(),
          tracking: z
            .array(
              z.object({ carrier: z.string(), number: z.string().nullable(), title: z.string() }).nullable(),
            )
            .nullable(),
        })
        .nullable(),
    )
    .nullable(),
});
export type GraphqlCustomerOrder = z.infer<typeof customerOrderSchema>;

export const customerOrdersResponseSchema = z.object({
  customer: z
    .object({
      orders: z
        .object({
          total_count: z.number().int().nullable(),
          page_info: z
            .object({ current_page: z.number().int().nullable(), total_pages: z.number().int().nullable() })
            .nullable(),
          items: z.array(z.unknown()),
        })
        .nullable(),
    })
    .nullable(),
});
