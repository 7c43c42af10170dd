#!/usr/bin/env node
/**
 * The `verity` CLI: `start` (embedded default: sandbox store + sidecar + indexer in one process),
 * `serve` (the sidecar against configured backends), and operator commands.
 */
import { Command } from 'commander';
import { loadConfig, type Config } from '../common/config/config.js';
import { isAppError, ValidationError } from '../common/errors.js';
import { hashPassword } from '../sidecar/inbox/operator-passwords.js';
import { registerPrivacyCommand } from '../sidecar/privacy/privacy-command.js';
import { createLogger, type Logger } from '../common/logger.js';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { registerEvalCommand } from '../evals/eval-command.js';
import { openRecordStore } from '../common/record-store/open-record-store.js';
import { registerIndexerCommands } from '../indexer/cli/register-indexer-commands.js';
import { exportAuditJsonl } from '../sidecar/audit/export-audit-jsonl.js';
import { startSandbox } from '../sandbox/index.js';
import { startSidecar } from '../sidecar/main.js';
import { startEmbedded } from './start-embedded.js';
import { startEvalInstance } from './start-eval-instance.js';

const program = new Command('verity').description('Grounded customer-service assistant for Magento stores.');

program
  .command('start')
  .description(
    'Run Verity; with no MAGENTO_URL, the embedded demo: sandbox store, sidecar and indexer in one process.',
  )
  .action(async () => {
    const config = loadConfig();
    const logger = createLogger({ level: config.LOG_LEVEL });
    if (!config.embeddedMagento) {
      await serve(config, logger);
      return;
    }
    console.log('  Starting Verity with its demo store…');
    const running = await startEmbedded(config, logger, (line) => console.log(line));
    console.log(
      [
        '',
        `  Verity is running (embedded default; data in ${config.dataDir})`,
        `  Demo storefront   ${running.sidecar.url}/`,
        `  Chat API          ${running.sidecar.url}/api/chat/message   (OpenAPI: /api/openapi.json)`,
        `  Health            ${running.sidecar.url}/healthz  ${running.sidecar.url}/readyz`,
        `  Sandbox store     ${running.sandbox.url}/rest/default/V1/…  ${running.sandbox.url}/graphql`,
        `  Sandbox admin token  ${running.sandbox.adminToken}`,
        `  Operator API key     ${running.sidecar.operatorKey}`,
        '',
      ].join('\n'),
    );
    running.indexed.then(
      () => console.log('  Catalog index ready.'),
      () => undefined,
    );
    stopOnSignal(logger, running.close);
  });

program
  .command('serve')
  .description('Run the sidecar against MAGENTO_URL and the configured backends.')
  .action(async () => {
    const config = loadConfig();
    await serve(config, createLogger({ level: config.LOG_LEVEL }));
  });

registerIndexerCommands(program, {
  startEmbeddedMagento: async () => {
    const config = loadConfig();
    const sandbox = await startSandbox({
      port: 0,
      ...(config.SANDBOX_FIXTURE ? { fixturePath: config.SANDBOX_FIXTURE } : {}),
      seed: config.SANDBOX_SEED,
      productCount: config.SANDBOX_PRODUCTS,
    });
    return { url: sandbox.url, token: sandbox.adminToken, close: sandbox.close };
  },
});

program
  .command('audit')
  .description('The action audit trail.')
  .command('export')
  .description('Write audit entries as JSON Lines (one entry per line, hash-chained).')
  .option('--order <number>', 'only entries for this order number')
  .option('--out <file>', 'write to a file instead of stdout')
  .action(async (options: { order?: string; out?: string }) => {
    const config = loadConfig();
    const records = await openRecordStore(config);
    try {
      const out = options.out ? createWriteStream(options.out) : process.stdout;
      const lines = await exportAuditJsonl(records, out, options.order ? { orderNumber: options.order } : {});
      if (options.out) {
        out.end();
        await finished(out);
      }
      console.error(`${lines} audit entries exported.`);
    } finally {
      await records.close();
    }
  });

registerPrivacyCommand(program);

program
  .command('operator')
  .description('Inbox operators.')
  .command('hash-password')
  .description(
    'Read a password on stdin and print its scrypt hash for INBOX_OPERATORS (login:role:hash[:Display name]).',
  )
  .action(async () => {
    // From stdin, never an argument: arguments end up in shell history and process lists.
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const password = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
    if (password.length < 10) throw new ValidationError('The password must have at least 10 characters.');
    console.log(await hashPassword(password));
  });

registerEvalCommand(program, { startInProcess: startEvalInstance });

async function serve(config: Config, logger: Logger): Promise<void> {
  const sidecar = await startSidecar({ config, logger });
  console.log(`Verity sidecar listening on ${sidecar.url}`);
  stopOnSignal(logger, sidecar.close);
}

function stopOnSignal(logger: Logger, close: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

program.parseAsync(process.argv).catch((error: unknown) => {
  // Configuration and other expected failures get their message, not a stack trace.
  console.error(isAppError(error) && error.operational ? error.message : error);
  process.exit(1);
});
