import { PassThrough } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../common/logger.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgRecordStore } from '../../../common/record-store/pg-record-store.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import { createPgSchema, type PgSchema } from '../../../common/testing/pg-schema.js';
import { serviceAvailable, testDatabaseUrl } from '../../../common/testing/services.js';
import type { AuditEntry } from '../../../sidecar/audit/audit-entry.js';
import { AuditLog } from '../../../sidecar/audit/audit-log.js';
import { exportAuditJsonl } from '../../../sidecar/audit/export-audit-jsonl.js';
import { errorHandler } from '../../../sidecar/http/error-handler.js';
import { operatorAuth } from '../../../sidecar/http/operator-auth.js';
import { createAuditRouter } from '../../../sidecar/http/routes/audit-router.js';

const hasPostgres = await serviceAvailable('PostgreSQL', testDatabaseUrl());

function entry(orderNumber: string, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    kind: 'action_decision',
    at: '2026-04-01T12:00:00.000Z',
    conversationId: 'conv-1',
    customerKey: '7',
    storeCode: 'default',
    orderNumber,
    action: 'refund',
    idempotencyKey: `key-${orderNumber}`,
    inputs: { items: [{ item_id: 1, qty: 1 }], reason: 'damaged' },
    policy: [{ itemId: 1, ruleId: 'default:default:_100', version: 'sha256:0123456789abcdef' }],
    bounds: { auto_approve_max_amount: 150 },
    decision: { verdict: 'approve', codes: [], reasons: [] },
    customerText: 'Your refund of $40.00 is on its way.',
    toolCalls: [
      { name: 'magento.refundInvoice', input: { invoiceId: 5 }, output: 17, ok: true, durationMs: 42 },
    ],
    timings: { authorize: 0.4, execute: 42 },
    ...overrides,
  };
}

describe.runIf(hasPostgres)('audit log on PostgreSQL', () => {
  let schema: PgSchema;
  let store: PgRecordStore;
  let log: AuditLog;

  beforeAll(async () => {
    schema = await createPgSchema('audit_log');
    store = new PgRecordStore({ url: schema.url, schema: schema.name });
    await migrate(store, await loadMigrations());
    log = new AuditLog(store);
  });
  afterAll(async () => {
    await store.close();
    await schema.drop();
  });

  it('chains concurrent appends without forks or gaps', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => log.append(entry(`0000010${i % 5}`))));
    expect(await log.verifyChain()).toEqual({ ok: true, rows: 25 });
  });

  it('replays one order oldest first', async () => {
    const replay = await log.replayByOrder('00000102');
    expect(replay).toHaveLength(5);
    expect(replay.map((r) => r.seq)).toEqual([...replay.map((r) => r.seq)].sort((a, b) => a - b));
    expect(replay[0]).toMatchObject({
      orderNumber: '00000102',
      customerText: 'Your refund of $40.00 is on its way.',
    });
  });

  it('rejects UPDATE, DELETE and TRUNCATE', async () => {
    await expect(store.query(`UPDATE audit_log SET kind = 'x'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(store.query('DELETE FROM audit_log')).rejects.toThrow(/append-only: DELETE/);
    await expect(store.query('TRUNCATE audit_log')).rejects.toThrow(/append-only: TRUNCATE/);
  });

  it('exports JSONL that carries the chain fields', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const lines = await exportAuditJsonl(store, out, { orderNumber: '00000101' });
    expect(lines).toBe(5);
    const parsed = Buffer.concat(chunks)
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { orderNumber: string; hash: string });
    expect(parsed).toHaveLength(5);
    expect(parsed.every((p) => p.orderNumber === '00000101' && /^[0-9a-f]{64}$/.test(p.hash))).toBe(true);
  });

  it('serves the replay over HTTP behind the operator key, with validation errors as values', async () => {
    const app = express();
    app.use(createAuditRouter({ auditLog: log, operatorAuth: operatorAuth('operator-key-1234567890') }));
    app.use(errorHandler(silentLogger()));
    const ok = await request(app)
      .get('/api/audit?orderNumber=00000103')
      .set('authorization', 'Bearer operator-key-1234567890');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ orderNumber: '00000103', count: 5 });
    expect(ok.body.entries.every((e: { intact: boolean }) => e.intact)).toBe(true);
    const noKey = await request(app).get('/api/audit?orderNumber=00000103');
    expect(noKey.status).toBe(401);
    expect(noKey.body.error.code).toBe('unauthorized');
    const bad = await request(app)
      .get('/api/audit?orderNumber=')
      .set('authorization', 'Bearer operator-key-1234567890');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'validation_failed' });
  });

  it('detects a record edited behind the trigger’s back, and a removed row', async () => {
    // A superuser can switch the trigger off; the chain still shows what they did.
    await store.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await store.query(
      `UPDATE audit_log SET record = replace(record, '"timings":{', '"timings":{"x":1,') WHERE seq = 3`,
    );
    // What the customer was told is held beside the chain; the record chained its commitment.
    await store.query(
      `UPDATE audit_personal SET fields = replace(fields, '$40.00', '$400.00') WHERE seq = 5`,
    );
    await store.query('DELETE FROM audit_log WHERE seq = 10');
    await store.query(`UPDATE audit_log SET order_number = '99999999' WHERE seq = 12`);
    await store.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
    const result = await log.verifyChain();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations.map((v) => [v.code, v.seq])).toEqual([
      ['hash_mismatch', 3],
      ['personal_mismatch', 5],
      ['sequence_gap', 11],
      ['broken_link', 11],
      ['column_mismatch', 12],
    ]);
  });
});

describe('audit log on PGlite', () => {
  it('appends, chains and refuses changes the same way', { timeout: 90_000 }, async () => {
    const store = await PgliteRecordStore.open({});
    try {
      await migrate(store, await loadMigrations());
      const log = new AuditLog(store, () => new Date('2026-04-01T12:00:00Z'));
      await log.append(entry('000000500'));
      await log.append(entry('000000500', { kind: 'action_execution' }));
      expect(await log.verifyChain()).toEqual({ ok: true, rows: 2 });
      expect((await log.replayByOrder('000000500')).map((r) => r.kind)).toEqual([
        'action_decision',
        'action_execution',
      ]);
      await expect(store.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    } finally {
      await store.close();
    }
  });
});
