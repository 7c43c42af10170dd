import { z } from 'zod';

/** `Cms.PageInterface` (the fields Verity reads). */
export const cmsPageSchema = z.object({
  id: z.number().int().optional(),
  identifier: z.string().min(1),
  title: z.string().optional(),
  content_heading: z.string().optional(),
  content: z.string().optional(),
  meta_description: z.string().optional(),
  update_time: z.string().optional(),
  active: z.boolean().optional(),
});
export type MagentoCmsPage = z.infer<typeof cmsPageSchema>;
