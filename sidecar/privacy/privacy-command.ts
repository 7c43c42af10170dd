import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../common/config/config.js';
import { ValidationError } from '../../common/errors.js';
import { silentLogger } from '../../common/logger.js';
import { openRecordStore } from '../../common/record-store/open-record-store.js';
import { openSessionStore } from '../../common/session-store/open-session-store.js';
import { AuditLog } from '../audit/audit-log.js';
import { dialogueStateSchema } from '../flows/dialogue-state.js';
import { customerRefSchema } from '../http/routes/privacy-router.js';
import { ConversationRecords } from '../records/conversation-records.js';
import type { CustomerRef } from '../records/customer-conversations.js';
import { eraseCustomerData, exportCustomerData, type PrivacyDeps } from './customer-data.js';

export interface PrivacyCommandOptions {
  customer: string;
  email?: string;
  out?: string;
}

/** `--customer 42 --email jane@example.com` or `--customer jane@example.com`, validated like the API's body. */
export function customerRefOf(options: PrivacyCommandOptions): CustomerRef {
  const given = options.customer.trim();
  const parsed = customerRefSchema.safeParse({
    ...(given.includes('@') ? { email: given } : { customerId: given }),
    ...(options.email ? { email: options.email.trim() } : {}),
  });
  if (!parsed.success)
    throw new ValidationError(
      `--customer takes a Magento customer id or an e-mail address (and --email an e-mail address): ${parsed.error.issues
        .map((i) => i.message)
        .join('; ')}`,
    );
  return {
    ...(parsed.data.customerId ? { customerId: parsed.data.customerId } : {}),
    ...(parsed.data.email ? { email: parsed.data.email } : {}),
  };
}

/**
 * `verity privacy export|erase --customer <id|email> [--email <email>] [--out <file>]`: the same export
 * and erasure as `POST /api/privacy/export|erase`, against the configured record store (DATABASE_URL, else
 * PGlite in DATA_DIR: stop the embedded process first, PGlite has one writer). An erasure also deletes
 * the customer's live chat sessions from Redis when REDIS_URL is set, as the API does.
 */
export function registerPrivacyCommand(program: Command): void {
  const privacy = program
    .command('privacy')
    .description(
      "A customer's data: export it as JSON, or erase it (conversations, messages, tickets, uploads, sessions, audit personal fields).",
    );
  for (const verb of ['export', 'erase'] as const) {
    privacy
      .command(verb)
      .description(
        verb === 'export'
          ? 'Write everything Verity holds about a customer as JSON.'
          : 'Erase everything Verity holds about a customer; prints what was erased as JSON.',
      )
      .requiredOption('--customer <id|email>', 'Magento customer id, or e-mail address')
      .option(
        '--email <email>',
        'the customer e-mail as well, when --customer is an id (guest conversations)',
      )
      .option('--out <file>', 'export: write to a file instead of stdout')
      .action(async (options: PrivacyCommandOptions) => {
        const ref = customerRefOf(options);
        const config = loadConfig();
        const db = await openRecordStore(config);
        const sessions =
          verb === 'erase' && config.REDIS_URL
            ? await openSessionStore(config, {
                schema: dialogueStateSchema,
                logger: silentLogger(),
                namespace: 'chat',
              })
            : undefined;
        try {
          const deps: PrivacyDeps = {
            db,
            records: new ConversationRecords(db, silentLogger()),
            auditLog: new AuditLog(db),
            ...(sessions ? { forgetSession: (id: string) => sessions.delete(id) } : {}),
          };
          if (verb === 'erase') {
            process.stdout.write(`${JSON.stringify(await eraseCustomerData(deps, ref), null, 2)}\n`);
            return;
          }
          const text = `${JSON.stringify(await exportCustomerData(deps, ref), null, 2)}\n`;
          if (options.out) await writeFile(options.out, text, { mode: 0o600 });
          else process.stdout.write(text);
        } finally {
          await sessions?.close();
          await db.close();
        }
      });
  }
}
