/**
 * `npm run bench:audit`: the audit trail's replay by order number over HTTP (the operator endpoint) and
 * the whole-chain verification, on a log of N entries. PostgreSQL when DATABASE_URL is set (a fresh
 * schema, dropped afterwards), else in-memory PGlite.
 *
 *   npm run bench:audit -- --entries 20000 --per-order 10 --requests 50
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import express from 'express';
import { loadConfig } from '../common/config/config.js';
import { migrate, loadMigrations } from '../common/record-store/migrations.js';
import { PgRecordStore } from '../common/record-store/pg-record-store.js';
import { PgliteRecordStore } from '../common/record-store/pglite-record-store.js';
import { createPgSchema } from '../common/testing/pg-schema.js';
import { AuditLog } from '../sidecar/audit/audit-log.js';
import type { AuditEntry } from '../sidecar/audit/audit-entry.js';
import { operatorAuth } from '../sidecar/http/operator-auth.js';
import { createAuditRouter } from '../sidecar/http/routes/audit-router.js';
import { percentile } from './percentile.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

const entries = option('entries', 20_000);
const perOrder = option('per-order', 10);
const requests = option('requests', 50);
const config = loadConfig();

const schema = config.DATABASE_URL ? await createPgSchema('bench_audit', config.DATABASE_URL) : undefined;
const records = schema
  ? new PgRecordStore({ url: config.DATABASE_URL!, schema: schema.name })
  : await PgliteRecordStore.open();
await migrate(records, await loadMigrations());
const audit = new AuditLog(records);

const entry = (orderNumber: string, i: number): AuditEntry => ({
  kind: 'action_decision',
  at: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(),
  conversationId: null,
  customerKey: String(1 + (i % 500)),
  storeCode: 'default',
  orderNumber,
  action: 'refund',
  idempotencyKey: `bench-${i}`,
  inputs: { requested: [{ item_id: 1, qty: 1 }], message: 'It arrived broken.' },
  policy: [{ itemId: 1, ruleId: 'default:default:row_1', version: 'sha256:bench' }],
  bounds: { auto_approve_max_amount: 100, evidence_required_threshold: 50 },
  decision: { verdict: 'approve', codes: [], reasons: [] },
  customerText: 'Your refund of 20.00 USD has been issued.',
  toolCalls: [
    { name: 'magento.refundInvoice', input: {}, output: { creditMemoId: i }, ok: true, durationMs: 12 },
  ],
  timings: { authorize: 1.2, execute: 40 },
});

const orders = Math.ceil(entries / perOrder);
const orderNumber = (n: number) => String(100000000 + n).padStart(9, '0');
let started = performance.now();
for (let i = 0; i < entries; i += 100) {
  await Promise.all(
    Array.from({ length: Math.min(100, entries - i) }, (_, k) =>
      audit.append(entry(orderNumber((i + k) % orders), i + k)),
    ),
  );
}
const appendSeconds = (performance.now() - started) / 1000;

const key = randomBytes(16).toString('hex');
const app = express().use(createAuditRouter({ auditLog: audit, operatorAuth: operatorAuth(key) }));
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;
const latencies: number[] = [];
for (let r = 0; r < requests; r += 1) {
  const number = orderNumber(Math.floor((r * 7919) % orders));
  started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/api/audit?orderNumber=${number}`, {
    headers: { authorization: `Bearer ${key}` },
  });
  const body = (await response.json()) as { entries?: unknown[] };
  latencies.push(performance.now() - started);
  if (!response.ok || (body.entries?.length ?? 0) !== perOrder)
    throw new Error(`replay of ${number} returned ${response.status}`);
}
server.close();

started = performance.now();
const chain = await audit.verifyChain();
const verifySeconds = (performance.now() - started) / 1000;

latencies.sort((a, b) => a - b);
const at = (p: number) => percentile(latencies, p * 100).toFixed(1);
console.log(
  [
    `audit bench — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} cores, ${records.kind}`,
    `entries ${entries} (${orders} orders × ${perOrder}), appended in ${appendSeconds.toFixed(1)} s (${(entries / appendSeconds).toFixed(0)}/s, 100 concurrent)`,
    `GET /api/audit?orderNumber= over HTTP: ${requests} requests, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
    `verifyChain(): ${verifySeconds.toFixed(2)} s, ${chain.ok ? 'intact' : 'BROKEN'}`,
  ].join('\n'),
);
await records.close();
await schema?.drop();
