import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, Order } from '../../../sandbox/data/fixture-schema.js';
import { buildWidget } from '../../../widget/build-widget.js';
import { PNG } from '../../support/evidence-file.js';
import { fuzzRequests, inPool, send, type FuzzRequest } from '../../support/fuzz-requests.js';
import { startTestInstance, type TestInstance } from '../../support/embedded-instance.js';
import { chatReplySchema, request, type ChatReplyBody } from '../chat/chat-client.js';

const START_TIMEOUT_MS = 360_000;
/** `npm test` sends a lean share; `npm run test:fuzz` sets FUZZ_REQUESTS=10000. */
const FUZZ_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 600);
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 18);
const SESSION_LIMIT = 30;

/**
 * Issue #18 over real HTTP against the embedded system: the money cases (claims decided on what was
 * delivered, evidence as a file), abuse limits (client address, rate limits, guest orders only, the
 * demo routes), the boundary (every malformed request a 4xx, text cleaned once, a retried message
 * recorded once) and a fuzz run over every route with 0 5xx and 0 lost messages.
 */
describe('the HTTP boundary holds (issue 18)', () => {
  let instance: TestInstance;
  const url = (path: string) => `${instance.sidecarUrl}${path}`;
  const fixture = () => instance.sandbox.data.fixture;

  beforeAll(async () => {
    await buildWidget();
    instance = await startTestInstance({
      RATE_LIMIT_PER_ADDRESS: '100000',
      // The fuzz's uploads must reach the multipart parser, not the hourly upload budget.
      ATTACHMENT_LIMIT_PER_ADDRESS: '100000',
      RATE_LIMIT_PER_SESSION: String(SESSION_LIMIT),
    });
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await instance?.close();
  }, START_TIMEOUT_MS);

  async function chat(
    body: Record<string, unknown>,
    options: { token?: string; headers?: Record<string, string> } = {},
  ): Promise<ChatReplyBody> {
    const result = await request(url('/api/chat/message'), { body, ...options });
    if (result.status !== 200) throw new Error(`chat returned ${result.status}: ${result.text}`);
    return chatReplySchema.parse(result.body);
  }

  /**
   * A claim on an order of several items is asked which items it is about (the flows act per item);
   * "all of them" claims the whole order, which is what these cases are about.
   */
  async function claimWholeOrder(reply: ChatReplyBody, token: string): Promise<ChatReplyBody> {
    if (reply.actions.length > 0 || !/which items/i.test(reply.reply)) return reply;
    return chat({ sessionId: reply.sessionId, message: 'all of them' }, { token });
  }

  function emma(): Customer {
    return fixture().customers.find((c) => c.email === 'emma.shopper@example.com')!;
  }

  function creditMemos(order: Order): number {
    return fixture().creditmemos.filter((m) => m.order_id === order.entity_id).length;
  }

  async function customerMessages(sessionId: string): Promise<string[]> {
    const { rows } = await instance.running.adapters.records.query<{ text: string }>(
      `SELECT m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id
        WHERE c.session_id = $1 AND m.role = 'customer' ORDER BY m.seq`,
      [sessionId],
    );
    return rows.map((r) => r.text);
  }

  async function upload(sessionId: string, file: Buffer, name: string, token?: string) {
    const form = new FormData();
    form.set('sessionId', sessionId);
    form.set('file', new Blob([new Uint8Array(file)]), name);
    const response = await fetch(url('/api/chat/attachments'), {
      method: 'POST',
      body: form,
      ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    });
    return {
      status: response.status,
      body: (await response.json()) as { attachment?: { id: string; type: string } },
    };
  }

  describe('money', () => {
    it('offers to cancel, never to refund, a damage claim on an order that has not shipped', async () => {
      const customer = emma();
      const order = fixture().orders.find(
        (o) =>
          o.customer_id === customer.id &&
          o.state === 'processing' &&
          o.items.every((i) => i.qty_shipped === 0 && i.qty_invoiced > 0),
      )!;
      expect(order).toBeDefined();
      const before = creditMemos(order);
      const token = await instance.mintToken(customer);
      const reply = await chat(
        { message: `I want a refund for order ${order.increment_id}, it arrived damaged` },
        { token },
      );
      // Nothing reached the customer to be damaged: the honest offer is a cancellation (confirmed first,
      // or, for a paid order, by a colleague who refunds the payment), never a refund decision.
      expect(reply.reply).toMatch(/(?:not|n't) shipped/i);
      expect(reply.reply).toMatch(/cancel/i);
      expect(reply.actions.filter((a) => a.kind === 'refund')).toEqual([]);
      expect(creditMemos(order)).toBe(before);
    });

    it('takes evidence from an uploaded file, never from the words "I attached photos"', async () => {
      const order = fixture().orders.find(
        (o) =>
          o.customer_id !== undefined &&
          o.store_id === 1 &&
          o.state === 'complete' &&
          o.items.every((i) => i.qty_refunded === 0 && i.qty_shipped > 0) &&
          o.grand_total > 50 &&
          o.grand_total <= 100 &&
          Date.parse(o.created_at.replace(' ', 'T') + 'Z') > Date.now() - 20 * 86_400_000,
      );
      // Emma's demo orders carry this shape in the generated store; without one the evidence path is untestable.
      expect(order, 'a recent complete order between the evidence threshold and the bound').toBeDefined();
      const customer = fixture().customers.find((c) => c.id === order!.customer_id)!;
      const token = await instance.mintToken(customer);
      const before = creditMemos(order!);
      const first = await claimWholeOrder(
        await chat(
          {
            message: `I want a refund for order ${order!.increment_id}, it arrived damaged. I attached photos.`,
          },
          { token },
        ),
        token,
      );
      expect(first.actions[0], first.reply).toMatchObject({ outcome: 'needs_evidence' });
      expect(creditMemos(order!)).toBe(before);

      const uploaded = await upload(first.sessionId, PNG, 'damage.png', token);
      expect(uploaded.status).toBe(201);
      const attachment = uploaded.body.attachment!;
      expect(attachment.type).toBe('image/png');
      const second = await chat(
        {
          sessionId: first.sessionId,
          message: `Here is a photo. Please refund order ${order!.increment_id}, it arrived damaged.`,
          attachments: [attachment.id],
        },
        { token },
      );
      expect(second.actions[0]?.outcome).not.toBe('needs_evidence');
      // The file is the customer's message's, and the reviewer can fetch it with the operator key.
      const file = await fetch(url(`/api/chat/attachments/${attachment.id}`), {
        headers: { authorization: `Bearer ${instance.operatorKey}` },
      });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
      expect((await fetch(url(`/api/chat/attachments/${attachment.id}`))).status).toBe(401);
    });

    it('checks uploads: type by content, size, the session and its owner', async () => {
      const customer = emma();
      const token = await instance.mintToken(customer);
      const guest = await chat({ message: 'hello' });
      expect((await upload(guest.sessionId, Buffer.from('%!PS not a photo'), 'x.png')).status).toBe(415);
      expect((await upload(guest.sessionId, Buffer.alloc(6 * 1024 * 1024, 1), 'big.png')).status).toBe(413);
      expect((await upload(randomUUID(), PNG, 'x.png')).status).toBe(404);
      const own = await chat({ message: 'hello' }, { token });
      expect((await upload(own.sessionId, PNG, 'x.png')).status).toBe(403);
      // An id that is not this session's upload is refused, not silently dropped.
      const foreign = await upload(guest.sessionId, PNG, 'x.png');
      const refused = await request(url('/api/chat/message'), {
        body: { sessionId: own.sessionId, message: 'here', attachments: [foreign.body.attachment!.id] },
        token,
      });
      expect(refused.status).toBe(400);
    });
  });

  describe('abuse limits', () => {
    it("does not show an account holder's order to a guest who knows the e-mail and last name", async () => {
      const order = fixture().orders.find((o) => o.customer_is_guest === 0 && o.store_id === 1)!;
      const reply = await chat({
        message: `Where is order ${order.increment_id}? My email is ${order.customer_email} and my last name is ${order.billing_address.lastname}.`,
      });
      expect(reply.order).toBeNull();
      expect(reply.reply).toMatch(/sign in/i);
      expect(JSON.stringify(reply)).not.toContain(order.items[0]!.sku);
    });

    it('rate-limits a session and answers 429 with Retry-After', async () => {
      const first = await chat({ message: 'hi' });
      let status = 200;
      let retryAfter: string | null = null;
      for (let n = 1; n <= SESSION_LIMIT + 1 && status === 200; n++) {
        const response = await fetch(url('/api/chat/message'), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ sessionId: first.sessionId, message: 'hi again' }),
        });
        status = response.status;
        retryAfter = response.headers.get('retry-after');
        await response.arrayBuffer();
      }
      expect(status).toBe(429);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    });

    it('ignores X-Forwarded-For from a proxy it does not trust: rotating it does not reset the guest limit', async () => {
      // 20 proofs per address per 15 minutes; each attempt comes from a fresh session and a new "address".
      const order = fixture().orders.find((o) => o.customer_is_guest === 1 && o.store_id === 1)!;
      let refused = 0;
      for (let n = 0; n < 22; n++) {
        const reply = await chat(
          {
            message: `Where is order ${order.increment_id}? My email is nobody${n}@example.com and my last name is Wrong.`,
          },
          { headers: { 'x-forwarded-for': `203.0.113.${n + 1}` } },
        );
        if (/too many/i.test(reply.reply)) refused += 1;
        else expect(reply.reply).toMatch(/couldn't verify/i);
      }
      expect(refused).toBeGreaterThanOrEqual(1);
    });

    it.each([
      ['X-Forwarded-For', { 'x-forwarded-for': '198.51.100.7' }],
      // nginx's usual header and RFC 7239's: a proxy that sets only these forwards strangers too.
      ['X-Real-IP', { 'x-real-ip': '198.51.100.7' }],
      ['Forwarded', { forwarded: 'for=198.51.100.7' }],
      ['Via', { via: '1.1 proxy' }],
      // A web page whose domain was rebound to 127.0.0.1 reaches loopback from the visitor's browser.
      ['a Host that is not a loopback name', { host: 'attacker.example' }],
    ])('serves the demo only to this machine: refused with %s', async (_label, headers) => {
      const demo = (extra: Record<string, string>) =>
        send(instance.sidecarUrl, {
          kind: 'test',
          method: 'GET',
          path: '/demo/api/customers',
          headers: extra,
        });
      expect((await demo({})).status).toBe(200);
      expect((await demo(headers)).status).toBe(403);
    });
  });

  describe('input at the boundary', () => {
    it('records a message with NUL, control characters and lone surrogates, cleaned once', async () => {
      const reply = await chat({ message: 'where\u0000 is \uD800my\u0007 order' });
      expect(await customerMessages(reply.sessionId)).toEqual(['where is \uFFFDmy order']);
    });

    it.each([
      ['a body that lies about its Content-Encoding', { 'content-encoding': 'gzip' }, 400],
      ['an unknown Content-Encoding', { 'content-encoding': 'x-unknown' }, 415],
      ['an unsupported charset', { 'content-type': 'application/json; charset=klingon' }, 415],
    ])('answers %s with a 4xx', async (_label, headers, status) => {
      const result = await send(instance.sidecarUrl, {
        kind: 'test',
        method: 'POST',
        path: '/api/chat/message',
        headers: { 'content-type': 'application/json', ...headers },
        body: Buffer.from(JSON.stringify({ message: 'hi' })),
      });
      expect(result.status).toBe(status);
      expect(JSON.parse(result.body)).toMatchObject({ error: { code: expect.any(String) } });
    });

    it('answers an unsatisfiable Range with 416, a malformed path with 400 and a malformed cookie as no cookie', async () => {
      const range = await send(instance.sidecarUrl, {
        kind: 'test',
        method: 'GET',
        path: '/widget/verity-loader.js',
        headers: { range: 'bytes=999999999-' },
      });
      expect(range.status).toBe(416);
      const path = await send(instance.sidecarUrl, {
        kind: 'test',
        method: 'GET',
        path: '/api/chat/history/%E0%A4%A',
        headers: {},
      });
      expect(path.status).toBeGreaterThanOrEqual(400);
      expect(path.status).toBeLessThan(500);
      const cookie = await request(url('/demo/customer/section/load'), {
        headers: { cookie: 'verity_demo_customer=%E0%A4%A' },
      });
      expect(cookie.status).toBe(200);
      expect(cookie.body).toEqual({ verity: { token: null, expires_at: null } });
    });

    it('returns the recorded reply for a repeated client message id and records nothing twice', async () => {
      const clientMessageId = randomUUID();
      const first = await chat({ message: 'what is your return policy?', clientMessageId });
      const again = await chat({
        sessionId: first.sessionId,
        message: 'what is your return policy?',
        clientMessageId,
      });
      expect(again.messageId).toBe(first.messageId);
      expect(again.reply).toBe(first.reply);
      expect(again.citations).toEqual(first.citations);
      expect(await customerMessages(first.sessionId)).toEqual(['what is your return policy?']);
    });
  });

  it(
    `fuzz: ${FUZZ_REQUESTS} requests over every route, 0 answered 5xx, 0 messages lost`,
    { timeout: Math.max(120_000, FUZZ_REQUESTS * 60) },
    async () => {
      const requests = fuzzRequests(FUZZ_REQUESTS, FUZZ_SEED, {
        operatorKey: instance.operatorKey,
        sharedSecret: instance.sharedSecret,
      });
      // A connection closed without an answer is a failure too (status 0): the client got no HTTP answer.
      const results = await inPool(requests, 6, async (req: FuzzRequest) => ({
        req,
        res: await send(instance.sidecarUrl, req).catch((error: unknown) => ({
          status: 0,
          body: `no answer: ${error instanceof Error ? error.message : String(error)}`,
        })),
      }));
      const serverErrors = results
        .filter(({ res }) => res.status >= 500 || res.status === 0)
        .map(
          ({ req, res }) =>
            `${req.kind} ${req.method} ${req.path} ${JSON.stringify(req.headers)} ${JSON.stringify(
              req.body?.subarray(0, 200).toString('utf8') ?? null,
            )} → ${res.status} ${res.body.slice(0, 120)}`,
        );
      expect(serverErrors).toEqual([]);

      // Every chat message answered 200 is in the record store, with the reply that was sent.
      const answered = results.filter(({ req, res }) => req.chat && res.status === 200);
      expect(answered.length).toBeGreaterThan(FUZZ_REQUESTS / 20);
      const replies = answered.map(({ res }) => chatReplySchema.parse(JSON.parse(res.body)));
      const ids = replies.map((r) => r.messageId);
      const { rows } = await instance.running.adapters.records.query<{ id: string; customer: number }>(
        `SELECT a.id, (SELECT count(*) FROM messages c WHERE c.conversation_id = a.conversation_id
                          AND c.role = 'customer' AND c.seq < a.seq) AS customer
           FROM messages a WHERE a.id = ANY($1::uuid[])`,
        [`{${ids.join(',')}}`],
      );
      const lost = ids.filter((id) => !rows.some((r) => r.id === id && Number(r.customer) > 0));
      expect(lost).toEqual([]);
      const statuses = new Map<number, number>();
      for (const { res } of results) statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const retried = results.filter(({ res }) => 'retried' in res && res.retried).length;
      console.info(
        `fuzz: ${FUZZ_REQUESTS} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ` +
          `${retried} resent after an idle kept-alive connection was closed`,
      );
    },
  );
});
