import type { Command } from 'commander';
import { loadConfig } from '../../common/config/config.js';
import type { StartEmbeddedMagento } from './embedded-magento.js';
import { type CliDeps, registerReindexCommand } from './reindex-command.js';
import { registerSearchCommand } from './search-command.js';

export type { EmbeddedMagento, StartEmbeddedMagento } from './embedded-magento.js';

/**
 * Adds `verity reindex` and `verity search` to the CLI. Pass `startEmbeddedMagento` so both work without
 * MAGENTO_URL (the binary starts the sandbox store).
 */
export function registerIndexerCommands(
  program: Command,
  options: { startEmbeddedMagento?: StartEmbeddedMagento; loadConfig?: CliDeps['loadConfig'] } = {},
): void {
  const deps: CliDeps = {
    loadConfig: options.loadConfig ?? (() => loadConfig()),
    startEmbeddedMagento: options.startEmbeddedMagento,
  };
  registerReindexCommand(program, deps);
  registerSearchCommand(program, deps);
}
