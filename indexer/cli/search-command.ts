import type { Command } from 'commander';
import { SearchService } from '../../common/catalog/search-service.js';
import { createEmbedder } from '../../common/embedding/create-embedder.js';
import { ValidationError } from '../../common/errors.js';
import { createVectorStore } from '../../common/vector-store/create-vector-store.js';
import { type CliDeps, defaultStore } from './reindex-command.js';

export interface SearchCliOptions {
  store?: string;
  maxPrice?: string;
  limit?: string;
  json?: boolean;
}

/** Runs one catalog search against the index the indexer built; resolves with the exit code. */
export async function runSearch(query: string, options: SearchCliOptions, deps: CliDeps): Promise<number> {
  const out = deps.out ?? process.stdout;
  const config = deps.loadConfig();
  const maxPrice = options.maxPrice === undefined ? undefined : Number(options.maxPrice);
  if (maxPrice !== undefined && !(maxPrice >= 0))
    throw new ValidationError('--max-price expects a number ≥ 0.');
  const limit = options.limit === undefined ? 10 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new ValidationError('--limit expects 1–100.');
  const vectorStore = createVectorStore(config);
  try {
    const opened = await SearchService.open(vectorStore, await createEmbedder(config));
    if (!opened.ok) {
      out.write(`${opened.violations.map((v) => v.message).join('\n')}\nRun "verity reindex" first.\n`);
      return 1;
    }
    const store = options.store ?? defaultStore(config);
    const hits = await opened.service.search(query, {
      store,
      limit,
      ...(maxPrice === undefined ? {} : { filters: { maxPrice } }),
    });
    if (options.json) {
      out.write(`${JSON.stringify({ query, store, hits }, null, 2)}\n`);
      return 0;
    }
    if (hits.length === 0) out.write(`No results for "${query}" in store ${store}.\n`);
    hits.forEach((hit, i) => {
      const price = hit.price === undefined ? '' : ` ${hit.price.toFixed(2)} ${hit.currency ?? ''}`;
      const stock = hit.in_stock ? '' : ' (out of stock)';
      out.write(
        `${String(i + 1).padStart(2)}. ${hit.sku ?? hit.id}  ${hit.name}${price}${stock}  [${hit.score.toFixed(3)} ${hit.matchedBy}]\n`,
      );
    });
    return 0;
  } finally {
    await vectorStore.close();
  }
}

export function registerSearchCommand(program: Command, deps: CliDeps): void {
  program
    .command('search')
    .description('Search the catalog index as the assistant would (index-time price and stock)')
    .argument('<query>', 'what a shopper would type')
    .option('--store <code>', 'store view code')
    .option('--max-price <amount>', 'budget in the store currency (a filter, not a hint)')
    .option('--limit <n>', 'results', '10')
    .option('--json', 'machine-readable results')
    .action(async (query: string, options: SearchCliOptions) => {
      process.exitCode = await runSearch(query, options, deps);
    });
}
