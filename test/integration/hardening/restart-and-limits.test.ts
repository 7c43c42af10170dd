import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbedded, type RunningEmbedded } from '../../../bin/start-embedded.js';
import { copyGloveCache } from '../../../bin/start-throwaway-embedded.js';
import { loadConfig } from '../../../common/config/config.js';
import { signCustomerToken } from '../../../common/identity/sign-customer-token.js';
import { createLogger } from '../../../common/logger.js';
import type { Customer, Order } from '../../../sandbox/data/fixture-schema.js';
import { PNG } from '../../support/evidence-file.js';
import { chatReplySchema, request, type ChatReplyBody } from '../chat/chat-client.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const START_TIMEOUT_MS = 360_000;
const DAY_MS = 86_400_000;

/**
 * Issue #18 on one embedded instance behind a trusted proxy (TRUST_PROXY=loopback, so each test plays
 * its own clients with X-Forwarded-For) and with the production limits: `/readyz` until the index is
 * built, one address sending 60 messages at once, an IPv6 client rotating addresses in its prefix, risk
 * signals that count only standing claims, and a restart on the same DATA_DIR that keeps the store's state.
 */
describe('readiness, limits behind a proxy, risk signals and a restart (issue 18)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'verity-restart-'));
  let running: RunningEmbedded;
  const url = (p: string) => `${running.sidecar.url}${p}`;
  const fixture = () => running.sandbox.data.fixture;

  async function start(): Promise<RunningEmbedded> {
    const config = loadConfig({
      PORT: '0',
      SANDBOX_PORT: '0',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      TRUST_PROXY: 'loopback',
      // The test asks for the first index itself, so /readyz is seen before it deterministically.
      INDEX_ON_START: 'false',
    });
    return startEmbedded(config, createLogger({ level: 'silent' }));
  }

  beforeAll(async () => {
    await copyGloveCache(path.join(root, 'data'), dataDir);
    running = await start();
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await running?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }, START_TIMEOUT_MS);

  async function chat(body: Record<string, unknown>, client: string, token?: string): Promise<ChatReplyBody> {
    const result = await request(url('/api/chat/message'), {
      body,
      headers: { 'x-forwarded-for': client },
      ...(token ? { token } : {}),
    });
    if (result.status !== 200) throw new Error(`chat returned ${result.status}: ${result.text}`);
    return chatReplySchema.parse(result.body);
  }

  function mintToken(customer: Customer): Promise<string> {
    const store = fixture().store_views.find((s) => s.id === customer.store_id)!;
    const website = fixture().websites.find((w) => w.id === customer.website_id)!;
    const now = Math.floor(Date.now() / 1000);
    return signCustomerToken(
      {
        sub: String(customer.id),
        email: customer.email,
        store: store.code,
        website: website.code,
        iat: now,
        exp: now + 3600,
      },
      running.sidecar.sharedSecret,
    );
  }

  it(
    'answers /readyz 503, naming the store views, until every one is indexed',
    { timeout: START_TIMEOUT_MS },
    async () => {
      const before = await request(url('/readyz'));
      expect(before.status).toBe(503);
      const index = (before.body as { checks: { name: string; ok: boolean; error?: string }[] }).checks.find(
        (c) => c.name.startsWith('search-index'),
      );
      expect(index?.ok).toBe(false);
      expect(index?.error).toMatch(/default/);

      const reindex = await request(url('/api/index/reindex'), {
        body: { full: true },
        headers: { authorization: `Bearer ${running.sidecar.operatorKey}` },
      });
      expect(reindex.status).toBe(202);
      const seen: number[] = [];
      for (let n = 0; n < 600 && seen.at(-1) !== 200; n++) {
        seen.push((await request(url('/readyz'))).status);
        if (seen.at(-1) !== 200) await new Promise((r) => setTimeout(r, 500));
      }
      expect(seen.at(-1)).toBe(200);
      expect(new Set(seen)).toEqual(new Set(seen.includes(503) ? [503, 200] : [200]));
    },
  );

  it('runs at most 10 turns at once for one address: of 60 messages sent at once, the rest get 429', async () => {
    // Every search waits 1 s for the store's GraphQL, so all 60 arrive while the first ones still run.
    const slow = running.sandbox.knobs.add({ route: '/graphql', kind: 'latency', latency_ms: 1_000 });
    try {
      const replies = await Promise.all(
        Array.from({ length: 60 }, (_, n) =>
          request(url('/api/chat/message'), {
            body: { message: `I'm looking for a gaming laptop under $${1_000 + n}` },
            headers: { 'x-forwarded-for': '198.51.100.1' },
          }),
        ),
      );
      const statuses = replies.map((r) => r.status);
      const answered = statuses.filter((s) => s === 200).length;
      console.info(`60 at once from one address: ${answered} answered, ${60 - answered} refused with 429`);
      expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
      expect(answered).toBeGreaterThan(0);
      expect(answered).toBeLessThanOrEqual(10);
      const refused = replies.find((r) => r.status === 429)!;
      expect(refused.body).toMatchObject({ error: { code: 'rate_limited' } });
    } finally {
      running.sandbox.knobs.remove(slow.id);
    }
    // Another client behind the same proxy has its own budget.
    expect((await chat({ message: 'hello' }, '198.51.100.2')).reply.length).toBeGreaterThan(0);
  });

  it('counts an IPv6 client by its /56: rotating addresses in it wins no fresh guesses', async () => {
    const order = fixture().orders.find((o) => o.customer_is_guest === 1 && o.store_id === 1)!;
    const refused: boolean[] = [];
    for (let n = 0; n < 21; n++) {
      const reply = await chat(
        {
          message: `Where is order ${order.increment_id}? My email is nobody${n}@example.com and my last name is Wrong.`,
        },
        `2001:db8:77:${n.toString(16)}::${n + 1}`,
      );
      refused.push(/too many/i.test(reply.reply));
    }
    // 20 proofs per address per 15 minutes: the 21st, from yet another address of the prefix, is refused.
    expect(refused.slice(0, 20)).not.toContain(true);
    expect(refused[20]).toBe(true);
  });

  it('bounds uploads: 10 files a session and 30 an address in an hour, then 429', async () => {
    const client = '198.51.100.51';
    const upload = async (sessionId: string) => {
      const form = new FormData();
      form.set('sessionId', sessionId);
      form.set('file', new Blob([new Uint8Array(PNG)]), 'photo.png');
      const response = await fetch(url('/api/chat/attachments'), {
        method: 'POST',
        body: form,
        headers: { 'x-forwarded-for': client },
      });
      await response.arrayBuffer();
      return response.status;
    };
    const sessions: string[] = [];
    for (let n = 0; n < 4; n++) sessions.push((await chat({ message: 'hello' }, client)).sessionId);
    const first: number[] = [];
    for (let n = 0; n < 11; n++) first.push(await upload(sessions[0]!));
    expect(first).toEqual([...Array<number>(10).fill(201), 429]);
    // The address's hour counts every upload it sent, the refused one too: 11 + 10 + 9 = 30.
    for (let n = 0; n < 10; n++) expect(await upload(sessions[1]!)).toBe(201);
    for (let n = 0; n < 9; n++) expect(await upload(sessions[2]!)).toBe(201);
    // A fresh session does not help: the address has used its hour.
    expect(await upload(sessions[3]!)).toBe(429);
  });

  describe('risk signals', () => {
    /** A customer's recent, shipped, unrefunded order small enough to be decided automatically. */
    function smallRecentOrders(): Array<{ customer: Customer; order: Order }> {
      const now = Date.now();
      const found = new Map<number, { customer: Customer; order: Order }>();
      for (const order of fixture().orders) {
        if (order.customer_id == null || order.store_id !== 1 || found.has(order.customer_id)) continue;
        if (order.state !== 'complete' || order.grand_total > 60) continue;
        if (!order.items.every((i) => i.qty_refunded === 0 && i.qty_shipped > 0)) continue;
        if (now - Date.parse(order.created_at.replace(' ', 'T') + 'Z') > 25 * DAY_MS) continue;
        const customer = fixture().customers.find((c) => c.id === order.customer_id);
        if (customer) found.set(customer.id, { customer, order });
      }
      return [...found.values()];
    }

    /** Earlier decisions on record for the customer, as the action engine writes them. */
    async function history(customer: Customer, rows: Array<[action: string, verdict: string]>) {
      for (const [n, [action, verdict]] of rows.entries()) {
        await running.adapters.records.query(
          `INSERT INTO action_requests (idempotency_key, action, store_code, order_id, order_number, customer_key,
             reason, verdict, amount_cents, currency, state, payload, decision)
           VALUES ($1, $2, 'default', $3, $4, $5, 'damaged', $6, 0, 'USD', $7, '{}', '{}')`,
          [
            `risk-test-${customer.id}-${n}`,
            action,
            900_000 + n,
            `99${n}`,
            String(customer.id),
            verdict,
            verdict === 'approve' ? 'done' : 'held',
          ],
        );
      }
    }

    async function returnRequest(customer: Customer, order: Order, client: string): Promise<ChatReplyBody> {
      const token = await mintToken(customer);
      let reply = await chat(
        { message: `I want to return order ${order.increment_id}, it doesn't fit` },
        client,
        token,
      );
      for (let turn = 0; turn < 3 && reply.actions.length === 0; turn++) {
        const message = reply.quickReplies.includes('Yes') ? 'yes' : 'all of them';
        reply = await chat({ sessionId: reply.sessionId, message }, client, token);
      }
      return reply;
    }

    it("decides a return on the customer's standing claims, not on cancellations and denied requests", async () => {
      const [clean, claimant] = smallRecentOrders();
      expect(claimant, 'two customers with a small recent order').toBeDefined();
      // Three cancellations the bot carried out and three requests it denied: no claim stands.
      await history(clean!.customer, [
        ['cancel', 'approve'],
        ['cancel', 'approve'],
        ['cancel', 'approve'],
        ['refund', 'deny'],
        ['return', 'deny'],
        ['refund', 'deny'],
      ]);
      // Three claims granted or pending: a fourth goes to a person.
      await history(claimant!.customer, [
        ['return', 'approve'],
        ['refund', 'needs_evidence'],
        ['refund', 'human_review'],
      ]);
      const decided = await returnRequest(clean!.customer, clean!.order, '198.51.100.31');
      expect(decided.actions[0], decided.reply).toMatchObject({ kind: 'return', outcome: 'approved' });
      const reviewed = await returnRequest(claimant!.customer, claimant!.order, '198.51.100.32');
      expect(reviewed.actions[0], reviewed.reply).toMatchObject({ kind: 'return', outcome: 'human_review' });
    });
  });

  it(
    "keeps the demo store's state in DATA_DIR across a restart, so the record and the store agree",
    { timeout: START_TIMEOUT_MS },
    async () => {
      const order = fixture().orders.find(
        (o) => o.customer_id != null && o.state === 'new' && o.store_id === 1,
      )!;
      const customer = fixture().customers.find((c) => c.id === order.customer_id)!;
      const token = await mintToken(customer);
      const asked = await chat(
        { message: `Please cancel order ${order.increment_id}` },
        '198.51.100.41',
        token,
      );
      const done = await chat({ sessionId: asked.sessionId, message: 'yes' }, '198.51.100.41', token);
      expect(done.actions[0], done.reply).toMatchObject({ kind: 'cancellation', outcome: 'approved' });

      await running.close();
      running = await start();
      // The index is kept too: ready at once, without a new full run.
      expect((await request(url('/readyz'))).status).toBe(200);
      expect(fixture().orders.find((o) => o.entity_id === order.entity_id)?.state).toBe('canceled');
      const status = await chat(
        { message: `What is the status of order ${order.increment_id}?` },
        '198.51.100.42',
        await mintToken(customer),
      );
      expect(status.reply).toMatch(/cancel/i);
    },
  );
});
