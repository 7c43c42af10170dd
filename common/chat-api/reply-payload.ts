import { z } from 'zod';

/**
 * What an assistant message shows besides its text — product cards, order cards, a comparison table,
 * its sources, the escalation and quick replies — the same in a live reply and in the history a widget
 * restores after a reload. The sidecar validates with these schemas; the widget imports the types only
 * (`import type`), so zod never reaches its bundle.
 */

/** A product card: price and stock as read live from Magento when the reply was composed. */
export const productCardSchema = z.object({
  sku: z.string(),
  name: z.string(),
  url: z.string(),
  imageUrl: z.string().nullable(),
  price: z.number(),
  regularPrice: z.number().nullable(),
  currency: z.string(),
  inStock: z.boolean(),
  rating: z.number().nullable(),
  reviewCount: z.number(),
});
export type ProductCard = z.infer<typeof productCardSchema>;

/** An order card: status, total and tracking as Magento reported them when the reply was composed. */
export const orderCardSchema = z.object({
  number: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  placedAt: z.string(),
  total: z.number(),
  currency: z.string(),
  carrier: z.string().nullable(),
  trackingNumbers: z.array(z.string()),
  items: z.array(z.object({ sku: z.string(), name: z.string(), qty: z.number() })),
});
export type OrderCard = z.infer<typeof orderCardSchema>;

export const comparisonTableSchema = z.object({
  columns: z.array(z.object({ sku: z.string(), name: z.string() })),
  rows: z.array(z.object({ label: z.string(), values: z.array(z.string()) })),
});
export type ComparisonTable = z.infer<typeof comparisonTableSchema>;

export const citationSchema = z.object({
  source: z.enum(['policy', 'product', 'order', 'action', 'cms', 'carrier', 'review']),
  /** Rule id, SKU, order number, action id, CMS page identifier… */
  id: z.string(),
  /** Config version hash, product `updated_at`, … when the source has one. */
  version: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
});
export type Citation = z.infer<typeof citationSchema>;

/** Set on the reply that handed the conversation to a person. */
export const escalationSchema = z.object({ reason: z.string(), ticketId: z.string() });
export type Escalation = z.infer<typeof escalationSchema>;

export const replyPayloadSchema = z.object({
  products: z.array(productCardSchema),
  citations: z.array(citationSchema),
  escalation: escalationSchema.nullable(),
  quickReplies: z.array(z.string()),
  order: orderCardSchema.nullable(),
  orders: z.array(orderCardSchema),
  comparison: comparisonTableSchema.nullable(),
});
export type ReplyPayload = z.infer<typeof replyPayloadSchema>;
