import type { Fixture } from './fixture-schema.js';
import { generateAttributes } from './generate-attributes.js';
import { generateCatalog } from './generate-catalog.js';
import { generateCategories, generateCategoryStoreValues } from './generate-categories.js';
import { generateCmsPages } from './generate-cms.js';
import { generateConfigRows } from './generate-config.js';
import { generateSales } from './generate-sales.js';
import { generateStores } from './generate-stores.js';
import { Random } from './random.js';

export interface GenerateOptions {
  /** @default 42 */
  seed?: number;
  /** Products including configurable children and bundles. @default 1200 */
  productCount?: number;
  /** Customers (the four named demo customers first). @default 60 */
  customerCount?: number;
  /** The store's clock; dates are relative to it. @default today, 00:00 UTC (stable within a day) */
  now?: Date;
}

export const DEFAULT_SEED = 42;
export const DEFAULT_PRODUCT_COUNT = 1200;

/** Start of the current UTC day: the default clock, so a seed gives the same data all day. */
export function startOfToday(): Date {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** The demo store: deterministic for a given seed, size and clock (same inputs → byte-identical JSON). */
export function generateFixture(options: GenerateOptions = {}): Fixture {
  const now = options.now ?? startOfToday();
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const attributes = generateAttributes();
  const catalog = generateCatalog(random, now, attributes, options.productCount ?? DEFAULT_PRODUCT_COUNT);
  const sales = generateSales(
    random,
    now,
    catalog.products,
    catalog.store_values,
    options.customerCount ?? 60,
  );
  return {
    now: now.toISOString(),
    ...generateStores(),
    attributes,
    categories: generateCategories(now),
    category_store_values: generateCategoryStoreValues(),
    ...catalog,
    ...sales,
    cms_pages: generateCmsPages(now),
    core_config_data: generateConfigRows(),
  };
}
