/**
 * `npm run bench:chat`: chat turns per second and turn latency (p50/p95/p99) at 1, 16 and 64
 * concurrent sessions against the embedded default on the demo store, over HTTP like the widget.
 *
 * Each session is a short scripted conversation (a product search, a follow-up about what was shown,
 * a policy question). Every level runs a bounded number of sessions and stops early at a time limit.
 * The floor is the sandbox's bare GraphQL round trip (one `products(filter:{sku:{eq}})` POST, the
 * kind of live read a turn makes), measured in the same run at the same concurrency; the ratio says
 * how much a whole turn costs compared to one store read. Writes `docs/benchmarks-chat.md`.
 * Options: `--levels 1,16,64`, `--sessions 96` (per level, at least 4 per concurrent session),
 * `--seconds 60`.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { startDemoStore } from '../test/support/browser.js';
import { percentile } from './percentile.js';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const LEVELS = option('levels', '1,16,64')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const SESSIONS_PER_LEVEL = Number(option('sessions', '96'));
const SECONDS_PER_LEVEL = Number(option('seconds', '60'));
const FLOOR_REQUESTS_PER_LEVEL = 600;
/** Every concurrent session runs at least this many conversations, so the level is held, not just reached. */
const SESSIONS_PER_WORKER = 4;

/** Conversations of the demo store: a search, a follow-up about the products shown, a policy question. */
const CONVERSATIONS: readonly (readonly [string, string, string])[] = [
  ["I'm looking for a gaming laptop under $1500", "how's the battery life?", 'what about warranty?'],
  ['wireless headphones under $150', 'does the first one have good reviews?', 'what is your return policy?'],
  ['a gift for a teenager under $50', 'is the second one in stock?', 'how long does shipping take?'],
  ['waterproof rain jacket', 'what sizes does it come in?', 'can I return it if it does not fit?'],
];

const replySchema = z.object({
  sessionId: z.string(),
  reply: z.string().min(1),
  escalation: z.object({ ticketId: z.string() }).nullable(),
});
/** Turns the engine handed to a person (each writes a handoff ticket): part of the measured work. */
let handoffs = 0;
const TURN_KINDS = ['search', 'follow-up', 'policy'] as const;
/** The same turns' latencies by their place in the conversation, to see which kind makes the tail. */
let byKind: number[][] = TURN_KINDS.map(() => []);

interface Measured {
  latencies: number[];
  errors: number;
  elapsedMs: number;
}

/** Runs `work` from `concurrency` workers until `total` runs are started or the deadline passes. */
async function runConcurrently(
  concurrency: number,
  total: number,
  deadlineMs: number,
  work: (index: number, latencies: number[]) => Promise<boolean>,
): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < total && performance.now() - start < deadlineMs) {
      const index = next++;
      if (!(await work(index, latencies))) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies: latencies.sort((a, b) => a - b), errors, elapsedMs: performance.now() - start };
}

async function chatSession(sidecarUrl: string, index: number, latencies: number[]): Promise<boolean> {
  let sessionId: string | undefined;
  for (const [turn, message] of CONVERSATIONS[index % CONVERSATIONS.length]!.entries()) {
    const t = performance.now();
    const response = await fetch(`${sidecarUrl}/api/chat/message`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message, store: 'default', ...(sessionId ? { sessionId } : {}) }),
    });
    const body: unknown = await response.json();
    const elapsed = performance.now() - t;
    latencies.push(elapsed);
    byKind[turn]!.push(elapsed);
    const parsed = replySchema.safeParse(body);
    if (!response.ok || !parsed.success) return false;
    sessionId = parsed.data.sessionId;
    if (parsed.data.escalation) handoffs++;
  }
  return true;
}

async function graphqlRoundTrip(sandboxUrl: string, sku: string, latencies: number[]): Promise<boolean> {
  const t = performance.now();
  const response = await fetch(`${sandboxUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', store: 'default' },
    body: JSON.stringify({
      query:
        'query($sku:String){products(filter:{sku:{eq:$sku}}){items{sku name stock_status price_range{minimum_price{final_price{value currency}}}}}}',
      variables: { sku },
    }),
  });
  const body = (await response.json()) as { errors?: unknown; data?: { products?: { items?: unknown[] } } };
  latencies.push(performance.now() - t);
  return response.ok && !body.errors && (body.data?.products?.items?.length ?? 0) === 1;
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(value < 10 ? 1 : 0));

const loadBefore = os.loadavg()[0]!;
const started = performance.now();
const demo = await startDemoStore();
const startupSeconds = ((performance.now() - started) / 1000).toFixed(0);
const { sidecar, sandbox } = demo.embedded;
const skus = ['RAPTOR-X15', 'NOVA-G16', 'VORTEX-14', 'GIFT-EARBUDS'];

const rows: string[] = [];
const kindRows: string[] = [];
try {
  // One unmeasured conversation so lazy start-up work (per-store NLU, policy config) is not in the numbers.
  await chatSession(sidecar.url, 0, []);
  handoffs = 0;
  byKind = TURN_KINDS.map(() => []);
  for (const level of LEVELS) {
    const floor = await runConcurrently(level, FLOOR_REQUESTS_PER_LEVEL, SECONDS_PER_LEVEL * 1000, (i, l) =>
      graphqlRoundTrip(sandbox.url, skus[i % skus.length]!, l),
    );
    const chat = await runConcurrently(
      level,
      Math.max(SESSIONS_PER_LEVEL, level * SESSIONS_PER_WORKER),
      SECONDS_PER_LEVEL * 1000,
      (i, l) => chatSession(sidecar.url, i, l),
    );
    const levelHandoffs = handoffs;
    handoffs = 0;
    kindRows.push(
      `| ${level} | ${byKind
        .map((l) => l.sort((a, b) => a - b))
        .map((l) => `${ms(percentile(l, 50))} / ${ms(percentile(l, 95))} / ${ms(percentile(l, 99))}`)
        .join(' | ')} |`,
    );
    byKind = TURN_KINDS.map(() => []);
    const turnsPerSecond = chat.latencies.length / (chat.elapsedMs / 1000);
    const floorP50 = percentile(floor.latencies, 50);
    const row =
      `| ${level} | ${chat.latencies.length} (${chat.errors} failed sessions, ${levelHandoffs} handoffs) | ${turnsPerSecond.toFixed(1)} | ` +
      `${ms(percentile(chat.latencies, 50))} | ${ms(percentile(chat.latencies, 95))} | ${ms(percentile(chat.latencies, 99))} | ` +
      `${ms(floorP50)} / ${ms(percentile(floor.latencies, 95))} (${floor.latencies.length}, ${floor.errors} failed) | ` +
      `${(percentile(chat.latencies, 50) / floorP50).toFixed(0)}× |`;
    rows.push(row);
    console.log(row);
  }
} finally {
  await demo.close();
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const report = `# Chat benchmark

\`npm run bench:chat\` (\`scripts/bench-chat.ts\`) on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (\`nproc\` ${os.availableParallelism()}, ${cpu}),
${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, node ${process.version}. Embedded default in one process (sandbox store with the
generated demo catalog, sidecar, PGlite record store, Orama index, GloVe embedder, in-memory sessions, no LLM); the
client runs in the same process, so client, sidecar and sandbox share the two cores. Start-up including the index
build: ${startupSeconds} s. Load average (1 min) before the run ${loadBefore.toFixed(1)}, after ${os.loadavg()[0]!.toFixed(1)}:
above 2 means other processes were competing for the cores and the numbers are pessimistic.

Each session is a three-turn scripted conversation over \`POST /api/chat/message\` (a product search with a budget or
attribute, a follow-up about the products shown, a policy question; ${CONVERSATIONS.length} variants). Per level: up to
${SESSIONS_PER_LEVEL} sessions, or ${SESSIONS_PER_WORKER} per concurrent session when that is more, within ${SECONDS_PER_LEVEL} s. The floor is one bare
GraphQL \`products(filter:{sku:{eq}})\` POST to the sandbox at the same concurrency (up to ${FLOOR_REQUESTS_PER_LEVEL}
requests); the ratio is turn p50 over floor p50.

| concurrent sessions | turns | turns/s | turn p50 ms | turn p95 ms | turn p99 ms | GraphQL floor p50 / p95 ms (requests) | turn p50 ÷ floor p50 |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

By turn (p50 / p95 / p99 ms):

| concurrent sessions | ${TURN_KINDS.join(' | ')} |
| --- | --- | --- | --- |
${kindRows.join('\n')}

A turn does much more than one store read: intent and entities (embedder + classifier), an index search or a policy
lookup, one or more live GraphQL reads of price and stock, the verifier, and the record-store writes of both messages
(plus a handoff ticket when the engine hands over). Node runs the sidecar's work on one thread, so once that thread is
busy more concurrent sessions add queueing, not throughput: compare turns/s and p50 between the 16 and 64 rows.
`;
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'benchmarks-chat.md');
writeFileSync(out, report);
console.log(`\nwritten to ${path.relative(process.cwd(), out)}`);
