import { z } from 'zod';
import type { RunningEmbedded } from '../../bin/start-embedded.js';
import { EVAL_INSTANCE_SETTINGS } from '../eval-command.js';
import { startThrowawayEmbedded } from '../../bin/start-throwaway-embedded.js';
import type { RecordStore, SqlExecutor } from '../../common/record-store/record-store.js';
import type { HandoffTicketRow } from './judge-task.js';
import type { TaskTarget } from './run-tasks.js';
import { StoreReader } from './store-reader.js';

/**
 * Record-store tables a reset keeps: the migrations, the append-only audit trail and its personal
 * fields (its trigger refuses deletes; nothing decides from it) and the search index's bookkeeping. Every other table — actions
 * and their per-customer history, return requests, tickets, conversations — is emptied, so one task's
 * refunds never count against the next task's customer.
 */
const KEPT_TABLES = new Set([
  'schema_migrations',
  'audit_log',
  'audit_personal',
  'index_runs',
  'index_documents',
]);

export async function resetRecords(records: RecordStore): Promise<void> {
  const { rows } = await records.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const tables = rows.map((r) => r.table_name).filter((t) => !KEPT_TABLES.has(t));
  const { rows: links } = await records.query<{ child: string; parent: string }>(
    `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent
     FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace`,
  );
  // DELETE, not TRUNCATE: on PGlite a TRUNCATE of a few small tables takes 100–400 ms, a DELETE 30–70 ms.
  await records.transaction(async (tx) => {
    for (const table of referencingFirst(tables, links)) await tx.query(`DELETE FROM "${table}"`);
  });
}

/** Tables ordered so that a table comes before the tables it references (its rows go first). */
function referencingFirst(
  tables: readonly string[],
  links: ReadonlyArray<{ child: string; parent: string }>,
): string[] {
  const out: string[] = [];
  const visit = (table: string, path: ReadonlySet<string>) => {
    if (out.includes(table) || path.has(table)) return;
    for (const link of links)
      if (link.parent === table && link.child !== table) visit(link.child, new Set([...path, table]));
    out.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return out.filter((t) => tables.includes(t));
}

const ticketRowSchema = z.object({
  session_id: z.string(),
  reason: z.string(),
  status: z.string(),
  text: z.string(),
});

/** Handoff tickets of the given chat sessions, from the record store. */
export async function readTickets(
  records: SqlExecutor,
  sessionIds: readonly string[],
): Promise<HandoffTicketRow[]> {
  if (sessionIds.length === 0) return [];
  const { rows } = await records.query(
    `SELECT c.session_id, t.reason, t.status,
            concat_ws(E'\\n', t.customer::text, t.orders::text, t.context::text, t.suggested_reply) AS text
     FROM handoff_tickets t JOIN conversations c ON c.id = t.conversation_id
     WHERE c.session_id = ANY($1::text[]) ORDER BY t.created_at`,
    [sessionIds],
  );
  return rows.map((r) => {
    const row = ticketRowSchema.parse(r);
    return { sessionId: row.session_id, reason: row.reason, status: row.status, text: row.text };
  });
}

/** A target over an embedded instance in this process: resets the store and Verity's records, reads tickets. */
export function embeddedTarget(running: RunningEmbedded): TaskTarget {
  const records = running.adapters.records;
  return {
    sidecarUrl: running.sidecar.url,
    store: new StoreReader(running.sandbox.url, running.sandbox.adminToken),
    sharedSecret: running.sidecar.sharedSecret,
    resetStore: () => running.sandbox.reset(),
    resetRecords: () => resetRecords(records),
    tickets: (sessionIds) => readTickets(records, sessionIds),
  };
}

/** Settings of the shell that reach the in-process instance: logging and the optional LLM layer. */
const PASSED_THROUGH = ['LOG_LEVEL', 'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL'] as const;

/** Starts the embedded demo in process with a throw-away data directory, as `npm run eval` does. */
export async function startEmbeddedTarget(
  gloveCacheFrom: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TaskTarget & { close(): Promise<void> }> {
  // The harness is one client playing many customers from one address, a turn after another: the
  // per-address, per-session and per-customer limits are for real traffic, not for it.
  const settings: Record<string, string> = { ...EVAL_INSTANCE_SETTINGS };

  for (const key of PASSED_THROUGH) {
    const value = env[key];
    if (value !== undefined && value !== '') settings[key] = value;
  }
  const { running, close } = await startThrowawayEmbedded(settings, { gloveCacheFrom });
  return { ...embeddedTarget(running), close };
}

/**
 * A running sidecar and the sandbox store behind it, by URL. Only the store is reset between tasks
 * (`POST /__sandbox/reset`); Verity's records are not, so per-customer bounds add up over a run, and
 * tickets are judged from the replies alone. Start the sidecar fresh for a run.
 */
export async function urlTarget(options: {
  sidecarUrl: string;
  storeUrl: string;
  adminToken?: string;
  sharedSecret?: string;
}): Promise<TaskTarget> {
  const adminToken = options.adminToken ?? (await sandboxAdminToken(options.storeUrl));
  return {
    sidecarUrl: options.sidecarUrl,
    store: new StoreReader(options.storeUrl, adminToken),
    ...(options.sharedSecret === undefined ? {} : { sharedSecret: options.sharedSecret }),
    resetStore: async () => {
      const response = await fetch(new URL('/__sandbox/reset', options.storeUrl), { method: 'POST' });
      if (response.status !== 204)
        throw new Error(`POST /__sandbox/reset: HTTP ${response.status} ${await response.text()}`);
    },
  };
}

/** The sandbox's documented admin login (docs/sandbox.md). */
async function sandboxAdminToken(storeUrl: string): Promise<string> {
  const response = await fetch(new URL('/rest/V1/integration/admin/token', storeUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Admin123!' }),
  });
  if (!response.ok) throw new Error(`admin token: HTTP ${response.status} ${await response.text()}`);
  return z.string().parse(await response.json());
}
