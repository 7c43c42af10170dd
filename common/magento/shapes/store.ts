import { z } from 'zod';

/** `Store.StoreInterface`; the list includes the admin store view (id 0, code `admin`). */
export const storeViewSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string().nullable(),
  website_id: z.number().int(),
  store_group_id: z.number().int().nullable(),
  is_active: z.number().int().nullable(),
});
export type MagentoStoreView = z.infer<typeof storeViewSchema>;

/** `Store.WebsiteInterface`; the list includes the admin website (id 0). */
export const websiteSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string().nullable(),
  default_group_id: z.number().int().nullable(),
});
export type MagentoWebsite = z.infer<typeof websiteSchema>;

/** `Store.GroupInterface` (a "store" in the admin: the shop a customer knows by name); includes the admin group (id 0). */
export const storeGroupSchema = z.object({
  id: z.number().int(),
  website_id: z.number().int(),
  root_category_id: z.number().int(),
  default_store_id: z.number().int(),
  name: z.string().nullable(),
  code: z.string(),
});
export type MagentoStoreGroup = z.infer<typeof storeGroupSchema>;

/** `Store.StoreConfigInterface` (the fields Verity reads). */
export const storeConfigSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  website_id: z.number().int(),
  locale: z.string().nullable(),
  base_currency_code: z.string().nullable(),
  default_display_currency_code: z.string().nullable(),
  timezone: z.string().nullable(),
  weight_unit: z.string().nullable(),
  base_url: z.string().nullable(),
  secure_base_url: z.string().nullable(),
  base_media_url: z.string().nullable(),
  secure_base_media_url: z.string().nullable(),
});
export type MagentoStoreConfig = z.infer<typeof storeConfigSchema>;
