import { z } from 'zod';

/**
 * Magento's list envelope (framework `SearchResultsInterface`): `items` is always present, `total_count`
 * counts every match regardless of paging. Items are validated one by one by the caller so that one bad
 * entity is reported and skipped instead of failing the page, hence `items: unknown[]` here.
 */
export const searchResultsEnvelopeSchema = z.object({
  items: z.array(z.unknown()),
  total_count: z.number().int().min(0),
  search_criteria: z
    .object({
      page_size: z.number().int().optional(),
      current_page: z.number().int().optional(),
    })
    .nullish(),
});
export type SearchResultsEnvelope = z.infer<typeof searchResultsEnvelopeSchema>;

/** Magento's REST error body (§5): a raw phrase with `%1`/`%name` placeholders and their parameters. */
export const magentoErrorBodySchema = z.object({
  message: z.string(),
  parameters: z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]).optional(),
});
export type MagentoErrorBody = z.infer<typeof magentoErrorBodySchema>;
