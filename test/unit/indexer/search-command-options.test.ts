import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import {
  cliFilters,
  registerSearchCommand,
  type SearchCliOptions,
} from '../../../indexer/cli/search-command.js';

/** Parses `verity search …` as the binary does, keeping the options instead of running the search. */
async function parse(args: string[]): Promise<SearchCliOptions> {
  const program = new Command().exitOverride();
  registerSearchCommand(program, {
    loadConfig: () => {
      throw new Error('no search in this test');
    },
  });
  let parsed: SearchCliOptions | undefined;
  const search = program.commands.find((c) => c.name() === 'search')!;
  search.exitOverride().action((_query: string, options: SearchCliOptions) => {
    parsed = options;
  });
  await program.parseAsync(['search', 'tent', ...args], { from: 'user' });
  return parsed!;
}

describe('verity search stock options', () => {
  it('leaves out-of-stock products out by default and with --in-stock, as the chat does', async () => {
    for (const args of [[], ['--in-stock']]) {
      const filters = cliFilters(await parse(args));
      expect(filters.includeOutOfStock).toBeUndefined();
    }
  });

  it('includes them with --no-in-stock; the last of the two flags given wins', async () => {
    expect(cliFilters(await parse(['--no-in-stock'])).includeOutOfStock).toBe(true);
    expect(cliFilters(await parse(['--in-stock', '--no-in-stock'])).includeOutOfStock).toBe(true);
    expect(cliFilters(await parse(['--no-in-stock', '--in-stock'])).includeOutOfStock).toBeUndefined();
  });
});
