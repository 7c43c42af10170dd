import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidSignature, SIGNATURE_HEADER } from '../../../common/http/sign-payload.js';
import { silentLogger } from '../../../common/logger.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import { HandoffDesk } from '../../../sidecar/escalation/handoff-tickets.js';
import { WebhookOutbox } from '../../../sidecar/escalation/webhook-outbox.js';

const SECRET = 'x'.repeat(32);

/** A help desk that answers 503 until `healthy` is set, and records what it accepted. */
async function flakyHelpDesk() {
  const state = { healthy: false, accepted: [] as { body: string; signature: string }[], refused: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (!state.healthy) {
        state.refused += 1;
        res.writeHead(503).end();
        return;
      }
      state.accepted.push({
        body: Buffer.concat(chunks).toString(),
        signature: String(req.headers[SIGNATURE_HEADER]),
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    state,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('handoff webhooks survive a restart (record-store outbox)', { timeout: 120_000 }, () => {
  let store: PgliteRecordStore;
  let desk: Awaited<ReturnType<typeof flakyHelpDesk>>;

  beforeAll(async () => {
    store = await PgliteRecordStore.open();
    await migrate(store, await loadMigrations());
    desk = await flakyHelpDesk();
  });
  afterAll(async () => {
    await desk?.close();
    await store?.close();
  });

  it('keeps retrying after the process that queued it is gone, and delivers once', async () => {
    const options = { url: desk.url, secret: SECRET, attempts: 10, backoffMs: 10, pollMs: 60_000 };
    const first = new WebhookOutbox(store, silentLogger(), options);
    const { rows } = await store.query<{ id: string }>(
      `INSERT INTO conversations (session_id, store_code) VALUES ('s', 'default') RETURNING id`,
    );
    const ticket = await new HandoffDesk(store, silentLogger(), first).open({
      conversationId: rows[0]!.id,
      storeCode: 'default',
      reason: 'customer_asked',
      customer: { id: null, email: null, verifiedOrders: [] },
      orders: [],
      transcript: [],
      suggestedReply: '',
    });
    await first.drain();
    expect(desk.state.refused).toBeGreaterThan(0);
    first.stop(); // the process "crashes": nothing in memory survives

    desk.state.healthy = true;
    const second = new WebhookOutbox(store, silentLogger(), options);
    // Due again after the first attempt's backoff; the new process finds it in the record store.
    await new Promise((r) => setTimeout(r, 50));
    expect(await second.deliverDue()).toBe(1);
    expect(desk.state.accepted).toHaveLength(1);
    expect(JSON.parse(desk.state.accepted[0]!.body)).toMatchObject({
      event: 'handoff.created',
      ticketId: ticket.ticketId,
    });
    expect(isValidSignature(desk.state.accepted[0]!.body, desk.state.accepted[0]!.signature, SECRET)).toBe(
      true,
    );
    const saved = await store.query<{ webhook_status: string }>(
      `SELECT webhook_status FROM handoff_tickets WHERE id = $1`,
      [ticket.ticketId],
    );
    expect(saved.rows[0]!.webhook_status).toBe('delivered');
    expect(await second.deliverDue()).toBe(0);
    second.stop();
  });

  it('gives a delivery up as failed after its attempts', async () => {
    desk.state.healthy = false;
    const outbox = new WebhookOutbox(store, silentLogger(), {
      url: desk.url,
      attempts: 2,
      backoffMs: 1,
      pollMs: 60_000,
    });
    await store.transaction((tx) => outbox.enqueue(tx, 'handoff.created', null, { ticketId: null }));
    await outbox.deliverDue();
    await new Promise((r) => setTimeout(r, 20));
    await outbox.deliverDue();
    await outbox.drain(); // the retry's own wake-up may have taken it
    const { rows } = await store.query<{ status: string; attempts: number }>(
      `SELECT status, attempts FROM webhook_deliveries WHERE ticket_id IS NULL`,
    );
    expect(rows).toEqual([{ status: 'failed', attempts: 2 }]);
    outbox.stop();
  });
});
