import type { Command } from 'commander';
import { type ProductFilters, productSearchOptions } from '../../common/catalog/product-search.js';
import { SearchService } from '../../common/catalog/search-service.js';
import { createEmbedder } from '../../common/embedding/create-embedder.js';
import { ValidationError } from '../../common/errors.js';
import { AUDIENCES, type Audience } from '../../common/language/audience.js';
import { createVectorStore } from '../../common/vector-store/create-vector-store.js';
import { type CliDeps, defaultStore } from './reindex-command.js';

export interface SearchCliOptions {
  store?: string;
  minPrice?: string;
  maxPrice?: string;
  /** Category ids, comma-separated. */
  category?: string;
  /** `code=label`, repeatable. */
  attribute?: string[];
  /** Yes/no attribute codes, repeatable. */
  flag?: string[];
  /** Audiences, comma-separated (`women`, `men`, `kids`…). */
  audience?: string;
  /** `--in-stock` (true) or `--no-in-stock` (false, includes out-of-stock products); unset is `--in-stock`. */
  inStock?: boolean;
  /** Wanted properties, repeatable: each hit says whether it is described as having them. */
  want?: string[];
  limit?: string;
  offset?: string;
  json?: boolean;
}

function amount(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !(n >= 0)) throw new ValidationError(`${flag} expects a number ≥ 0.`);
  return n;
}

function integer(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new ValidationError(`${flag} expects ${min}–${max}.`);
  return n;
}

/** The CLI's options as the same filters the chat passes (`ProductFilters`). */
export function cliFilters(options: SearchCliOptions): ProductFilters {
  const minPrice = amount('--min-price', options.minPrice);
  const maxPrice = amount('--max-price', options.maxPrice);
  const categoryIds = options.category
    ?.split(',')
    .map((id) => integer('--category', id.trim(), 1, Number.MAX_SAFE_INTEGER));
  const attributes: Record<string, string[]> = {};
  for (const pair of options.attribute ?? []) {
    const match = /^([a-z0-9_]+)=(.+)$/.exec(pair);
    if (!match) throw new ValidationError(`--attribute expects code=label, got "${pair}".`);
    (attributes[match[1]!] ??= []).push(match[2]!);
  }
  const audience = options.audience?.split(',').map((a) => {
    const value = a.trim();
    if (!(AUDIENCES as readonly string[]).includes(value))
      throw new ValidationError(`--audience expects ${AUDIENCES.join(', ')}; got "${value}".`);
    return value as Audience;
  });
  for (const flag of options.flag ?? [])
    if (!/^[a-z0-9_]+$/.test(flag))
      throw new ValidationError(`--flag expects an attribute code, got "${flag}".`);
  return {
    ...(minPrice === undefined ? {} : { minPrice }),
    ...(maxPrice === undefined ? {} : { maxPrice }),
    ...(categoryIds ? { categoryIds } : {}),
    ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    ...(options.flag?.length ? { flags: options.flag } : {}),
    ...(audience ? { audience } : {}),
    ...(options.inStock === false ? { includeOutOfStock: true } : {}),
  };
}

/**
 * Runs one catalog search against the index the indexer built, through the same request mapping as the
 * chat (`productSearchOptions`): same query and filters, same ranking. Resolves with the exit code.
 */
export async function runSearch(query: string, options: SearchCliOptions, deps: CliDeps): Promise<number> {
  const out = deps.out ?? process.stdout;
  const config = deps.loadConfig();
  const filters = cliFilters(options);
  const limit = integer('--limit', options.limit ?? '10', 1, 100);
  const offset = integer('--offset', options.offset ?? '0', 0, 10_000);
  const vectorStore = createVectorStore(config);
  try {
    const opened = await SearchService.open(vectorStore, await createEmbedder(config));
    if (!opened.ok) {
      out.write(`${opened.violations.map((v) => v.message).join('\n')}\nRun "verity reindex" first.\n`);
      return 1;
    }
    const store = options.store ?? defaultStore(config);
    const hits = await opened.service.search(
      query,
      productSearchOptions({
        store,
        filters,
        limit,
        offset,
        ...(options.want ? { wanted: options.want } : {}),
      }),
    );
    if (options.json) {
      out.write(`${JSON.stringify({ query, store, filters, hits }, null, 2)}\n`);
      return 0;
    }
    if (hits.length === 0) out.write(`No results for "${query}" in store ${store}.\n`);
    hits.forEach((hit, i) => {
      const price = hit.price === undefined ? '' : ` ${hit.price.toFixed(2)} ${hit.currency ?? ''}`;
      const stock = hit.in_stock ? '' : ' (out of stock)';
      const missing = hit.unmatched.length > 0 ? `  not described as: ${hit.unmatched.join(', ')}` : '';
      out.write(
        `${String(offset + i + 1).padStart(2)}. ${hit.sku ?? hit.id}  ${hit.name}${price}${stock}  [${hit.score.toFixed(3)} ${hit.matchedBy}]${missing}\n`,
      );
    });
    return 0;
  } finally {
    await vectorStore.close();
  }
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerSearchCommand(program: Command, deps: CliDeps): void {
  program
    .command('search')
    .description(
      'Search the catalog index as the assistant does: same ranking and filters (index-time price and stock)',
    )
    .argument('<query>', 'what a shopper would type')
    .option('--store <code>', 'store view code')
    .option('--min-price <amount>', 'lowest price in the store currency (a filter, not a hint)')
    .option('--max-price <amount>', 'budget in the store currency (a filter, not a hint)')
    .option('--category <ids>', 'category ids, comma-separated (any of)')
    .option(
      '--attribute <code=label>',
      'attribute option label, repeatable (all attributes must match)',
      collect,
    )
    .option('--flag <code>', 'yes/no attribute that must hold (sale, new…), repeatable', collect)
    .option('--audience <list>', `who it is for, comma-separated (${AUDIENCES.join(', ')})`)
    // Both spellings: `--in-stock` is what people type first. Declared first, it leaves the default unset
    // (commander makes a lone `--no-` option default to true); unset means in stock only, as in the chat.
    .option('--in-stock', 'only products in stock (the default, as in the chat)')
    .option('--no-in-stock', 'include out-of-stock products')
    .option(
      '--want <words>',
      'a wanted property; each hit says whether it is described as having it',
      collect,
    )
    .option('--limit <n>', 'results', '10')
    .option('--offset <n>', 'results to skip (the next page)', '0')
    .option('--json', 'machine-readable results')
    .action(async (query: string, options: SearchCliOptions) => {
      process.exitCode = await runSearch(query, options, deps);
    });
}
