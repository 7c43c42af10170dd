import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidSignature, signPayload, SIGNATURE_HEADER } from '../../../common/http/sign-payload.js';
import { verityStoreConfigSchema, type VerityStoreConfig } from '../../../common/magento/verity-config.js';
import type { Customer, Order } from '../../../sandbox/data/fixture-schema.js';
import type { ChatAnalytics } from '../../../sidecar/analytics/chat-analytics.js';
import { IndexedCatalog } from '../../../sidecar/tools/catalog-search.js';
import { startTestInstance, type TestInstance } from '../../support/embedded-instance.js';
import {
  chatClient,
  errorBodySchema,
  eventually,
  request,
  startWebhookReceiver,
  type ChatReplyBody,
} from './chat-client.js';

/** Starting the embedded instance indexes the whole demo catalog: minutes on a slow machine. */
const START_TIMEOUT_MS = 180_000;
const TURN_TIMEOUT_MS = 60_000;
const POLL_INTERVAL_MS = 200;
/** The catalog webhook → index job → search index path, bounded at 60 s even on a loaded machine. */
const INDEX_POLLS = 300;
/** Handoff webhook delivery runs in the background after the reply; bounded at 20 s. */
const WEBHOOK_POLLS = 100;
const BUDGET = 1500;
/** What the action engine may decide for a claim within the merchant's bounds. */
const OUTCOMES = ['approved', 'needs_evidence', 'human_review'];

/** How a test file runs the engine: extra settings for the instance and cleanup of what they used. */
export interface EngineBackend {
  /** Settings beyond the embedded defaults (DATABASE_URL, REDIS_URL…). */
  settings(): Promise<Record<string, string>>;
  /** Removes what `settings` created (schema, keys), after the instance has stopped. */
  cleanup(): Promise<void>;
  /** The backends `/readyz` must name, e.g. `{ records: 'postgres', sessions: 'redis' }`. */
  kinds: { records: 'pglite' | 'postgres'; sessions: 'memory' | 'redis' };
}

/**
 * The conversation engine over real HTTP (issue 4 "Done when"): the seed conversation, customer and
 * guest order flows, escalation with a signed webhook, session rules, live volatile facts, bad input
 * and a refund through the action engine. One embedded instance for the whole file.
 */
export function describeConversationEngine(label: string, backend: EngineBackend): void {
  describe(`conversation engine over HTTP (${label})`, () => {
    let instance: TestInstance;
    let webhook: Awaited<ReturnType<typeof startWebhookReceiver>>;
    let chat: ReturnType<typeof chatClient>;

    beforeAll(async () => {
      webhook = await startWebhookReceiver();
      instance = await startTestInstance({
        ...(await backend.settings()),
        HANDOFF_WEBHOOK_URL: webhook.url,
      });
      chat = chatClient(instance.sidecarUrl);
    }, START_TIMEOUT_MS);

    afterAll(async () => {
      await instance?.close();
      await webhook?.close();
      await backend.cleanup();
    }, START_TIMEOUT_MS);

    const fixture = () => instance.sandbox.data.fixture;

    /** The default store view's policy and bounds, as the Magento module serves them. */
    async function verityConfig(): Promise<VerityStoreConfig> {
      const result = await request(`${instance.sandbox.url}/rest/default/V1/verity/config`, {
        token: instance.sandbox.adminToken,
      });
      expect(result.status).toBe(200);
      return verityStoreConfigSchema.parse(result.body);
    }
    const operator = () => ({ authorization: `Bearer ${instance.operatorKey}` });

    /** A customer of the default store view with at least two orders, and their orders. */
    function customerWithOrders(): { customer: Customer; orders: Order[] } {
      const { customers, orders, store_views } = fixture();
      const defaultView = store_views.find((s) => s.code === 'default')!;
      for (const customer of customers) {
        const own = orders.filter((o) => o.customer_id === customer.id && o.store_id === defaultView.id);
        if (customer.store_id === defaultView.id && own.length >= 2) return { customer, orders: own };
      }
      throw new Error('The demo store has no customer with two orders in the default store view.');
    }

    /** An order of another customer of the same website (a foreign order for `customer`). */
    function foreignOrder(customer: Customer): Order {
      const order = fixture().orders.find(
        (o) =>
          o.customer_id !== undefined && o.customer_id !== customer.id && o.store_id === customer.store_id,
      );
      if (!order) throw new Error('The demo store has no order of a second customer.');
      return order;
    }

    function guestOrder(): Order {
      const view = fixture().store_views.find((s) => s.code === 'default')!;
      const order = fixture().orders.find((o) => o.customer_is_guest === 1 && o.store_id === view.id);
      if (!order) throw new Error('The demo store has no guest order in the default store view.');
      return order;
    }

    /** An order number the store does not have, shaped like its own. */
    function missingOrderNumber(): string {
      const numbers = new Set(fixture().orders.map((o) => o.increment_id));
      for (let n = 900_000_000; ; n += 1) if (!numbers.has(String(n))) return String(n);
    }

    /** Every value of an order a reply must not leak to someone who may not see it. */
    function orderSecrets(order: Order): string[] {
      const shipments = fixture().shipments.filter((s) => s.order_id === order.entity_id);
      return [
        order.customer_email,
        order.billing_address.lastname,
        ...order.billing_address.street,
        ...shipments.flatMap((s) => s.tracks.map((t) => t.track_number)),
        ...order.items.map((i) => i.sku),
      ];
    }

    function expectNothingOf(order: Order, reply: ChatReplyBody): void {
      const shown = JSON.stringify({ ...reply, entities: { ...reply.entities, orderNumbers: [] } });
      for (const secret of orderSecrets(order)) expect(shown).not.toContain(secret);
      expect(reply.order).toBeNull();
      expect(reply.orders).toEqual([]);
      expect(reply.citations.filter((c) => c.source === 'order' || c.source === 'carrier')).toEqual([]);
    }

    describe('the service', () => {
      it('is ready on the backends it was configured with and publishes its OpenAPI document', async () => {
        const ready = await request(`${instance.sidecarUrl}/readyz`);
        expect(ready.status).toBe(200);
        const names = (ready.body as { checks: { name: string; ok: boolean }[] }).checks.map((c) => c.name);
        expect(names).toContain(`record-store (${backend.kinds.records})`);
        expect(names).toContain(`sessions (${backend.kinds.sessions})`);
        const openapi = await request(`${instance.sidecarUrl}/api/openapi.json`);
        expect(openapi.status).toBe(200);
        const paths = Object.keys((openapi.body as { paths: Record<string, unknown> }).paths);
        for (const path of ['/api/chat/message', '/api/chat/feedback', '/api/chat/analytics']) {
          expect(paths).toContain(path);
        }
      });

      it('accepts a catalog webhook signed with the shared secret and refuses a forged one', async () => {
        const body = JSON.stringify({ skus: ['RAPTOR-X15'], event: 'product_save', store: 'default' });
        const url = `${instance.sidecarUrl}/api/webhooks/catalog`;
        const signed = await request(url, {
          body,
          headers: { [SIGNATURE_HEADER]: signPayload(body, instance.sharedSecret) },
        });
        expect(signed.status).toBe(202);
        const forged = await request(url, {
          body,
          headers: { [SIGNATURE_HEADER]: signPayload(body, 'not-the-shared-secret-not-the-shared') },
        });
        expect(forged.status).toBe(401);
        expect(errorBodySchema.safeParse(forged.body).success).toBe(true);
      });
    });

    describe('the seed conversation on the demo store', () => {
      let search: ChatReplyBody;

      beforeAll(async () => {
        search = await chat.send({ message: `I'm looking for a gaming laptop under $${BUDGET}` });
      }, TURN_TIMEOUT_MS);

      it('finds gaming laptops within the budget, each cited product a real sandbox product', () => {
        expect(search.intent).toBe('product_search');
        expect(search.products.length).toBeGreaterThan(0);
        for (const product of search.products) expect(product.price).toBeLessThanOrEqual(BUDGET);
        const laptops = search.products.filter((p) => /laptop/i.test(JSON.stringify(p)));
        expect(laptops.length).toBeGreaterThan(0);
        const productCitations = search.citations.filter((c) => c.source === 'product');
        expect(productCitations.length).toBe(search.products.length);
        const skus = new Set(fixture().products.map((p) => p.sku));
        for (const citation of productCitations) expect(skus.has(citation.id)).toBe(true);
      });

      it(
        'answers the battery follow-up about the laptops just shown, from their data',
        async () => {
          const answer = await chat.send({ sessionId: search.sessionId, message: "how's the battery life?" });
          expect(answer.intent).toBe('product_question');
          expect(answer.reply).toMatch(/\d+\s*(hours|h\b)/);
        },
        TURN_TIMEOUT_MS,
      );

      it(
        'compares two of the laptops just shown in a table labelled as the store labels its attributes',
        async () => {
          const answer = await chat.send({ sessionId: search.sessionId, message: 'compare the first two' });
          expect(answer.intent).toBe('comparison');
          const table = answer.comparison!;
          expect(table.columns.map((c) => c.sku)).toEqual(search.products.slice(0, 2).map((p) => p.sku));
          const labels = table.rows.map((r) => r.label);
          expect(labels.slice(0, 3)).toEqual(['Price', 'Stock', 'Rating']);
          // Attribute rows carry the store's labels ("Brand"), never attribute codes ("manufacturer").
          const storeLabels = new Set(fixture().attributes.map((a) => a.default_frontend_label));
          expect(labels.length).toBeGreaterThan(3);
          for (const label of labels.slice(3)) expect(storeLabels.has(label)).toBe(true);
        },
        TURN_TIMEOUT_MS,
      );

      it(
        "answers a follow-up about one thing on it, not with the table again: battery from the attributes, weight from the products' own weights",
        async () => {
          const battery = await chat.send({
            sessionId: search.sessionId,
            message: 'which one has the better battery',
          });
          expect(battery.intent).toBe('comparison');
          expect(battery.comparison).toBeNull();
          expect(battery.reply).toMatch(
            /^.+ (?:lasts longer: \d+ hours, against \d+ hours for .+|They have the same battery life: \d+ hours)\.$/,
          );
          const lighter = await chat.send({ sessionId: search.sessionId, message: 'which is lighter' });
          expect(lighter.comparison).toBeNull();
          expect(lighter.reply).toMatch(
            /^(?:.+ is lighter: [\d.]+ lb, against [\d.]+ lb for .+|They have the same weight: [\d.]+ lb)\.$/,
          );
          expect(lighter.quickReplies).not.toContain('Talk to a human');
        },
        TURN_TIMEOUT_MS * 2,
      );

      it(
        'answers "is the nova g16 cheaper than the raptor x15?" from the live prices',
        async () => {
          const answer = await chat.send({ message: 'is the nova g16 cheaper than the raptor x15?' });
          expect(answer.intent).toBe('comparison');
          const prices = new Map(answer.products.map((p) => [p.sku, p.price]));
          expect([...prices.keys()].sort()).toEqual(['NOVA-G16', 'RAPTOR-X15']);
          const [cheaper, dearer] =
            answer.products[0]!.price <= answer.products[1]!.price
              ? [answer.products[0]!, answer.products[1]!]
              : [answer.products[1]!, answer.products[0]!];
          const usd = (n: number) => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
          expect(answer.reply).toBe(
            `${cheaper.name} is cheaper: ${usd(cheaper.price)}, against ${usd(dearer.price)} for ${dearer.name}.`,
          );
        },
        TURN_TIMEOUT_MS,
      );

      it(
        'answers "what about warranty?" with a warranty cited by a rule of the store configuration',
        async () => {
          const answer = await chat.send({ sessionId: search.sessionId, message: 'what about warranty?' });
          expect(answer.intent).toBe('policy_question');
          expect(answer.reply).toMatch(/warranty is \d+ months/i);
          const ruleIds = (await verityConfig()).policy_rules.map((r) => r.rule_id);
          const policies = answer.citations.filter((c) => c.source === 'policy');
          expect(policies.length).toBeGreaterThan(0);
          for (const citation of policies) expect(ruleIds).toContain(citation.id);
          // A CMS citation names a page paragraph, `<page identifier>#<n>`, of a page the store has.
          const pages = new Set(fixture().cms_pages.map((p) => p.identifier));
          for (const citation of answer.citations.filter((c) => c.source === 'cms')) {
            expect(pages.has(citation.id.split('#')[0]!)).toBe(true);
          }
        },
        TURN_TIMEOUT_MS,
      );

      it(
        'names the category asked about, even when the store-wide rule is the one that applies to it',
        async () => {
          const answer = await chat.send({ message: 'What is the return policy for shoes?' });
          expect(answer.intent).toBe('policy_question');
          expect(answer.reply).toMatch(/^For Shoes: /);
        },
        TURN_TIMEOUT_MS,
      );

      it(
        "answers a detail the values do not cover in the merchant's words, quoted from the cited page",
        async () => {
          const answer = await chat.send({ message: 'What does the warranty not cover?' });
          expect(answer.intent).toBe('policy_question');
          expect(answer.reply).toMatch(/warranty is \d+ months/);
          expect(answer.reply).toContain('From our policy page: "');
          expect(answer.reply).toMatch(/accidents or misuse is not covered/);
          expect(answer.citations.some((c) => c.source === 'cms' && c.id.startsWith('warranty#'))).toBe(true);
        },
        TURN_TIMEOUT_MS,
      );

      it(
        'gives the warranty of the laptops just shown (their category rule, not the store-wide one)',
        async () => {
          const answer = await chat.send({ sessionId: search.sessionId, message: 'what about warranty?' });
          const rules = (await verityConfig()).policy_rules;
          const cited = answer.citations.filter((c) => c.source === 'policy').map((c) => c.id);
          const categoryRules = rules.filter((r) => cited.includes(r.rule_id) && r.category_id !== null);
          expect(categoryRules.length).toBeGreaterThan(0);
          for (const rule of categoryRules) expect(answer.reply).toContain(`${rule.warranty_months} months`);
        },
        TURN_TIMEOUT_MS,
      );
    });

    describe('a signed-in customer and their orders', () => {
      it(
        "tells the customer their order's status and tracking",
        async () => {
          const { customer, orders } = customerWithOrders();
          const order = orders.find((o) => fixture().shipments.some((s) => s.order_id === o.entity_id))!;
          const tracking = fixture().shipments.find((s) => s.order_id === order.entity_id)!.tracks[0]!;
          const token = await instance.mintToken(customer);
          const answer = await chat.send({ message: `where is my order ${order.increment_id}?` }, token);
          expect(answer.intent).toBe('order_status');
          expect(answer.order?.number).toBe(order.increment_id);
          expect(answer.reply).toContain(order.increment_id);
          expect(answer.reply).toContain(tracking.track_number);
          expect(answer.citations).toContainEqual({ source: 'order', id: order.increment_id });
        },
        TURN_TIMEOUT_MS,
      );

      it(
        "reveals nothing of another customer's order",
        async () => {
          const { customer } = customerWithOrders();
          const other = foreignOrder(customer);
          const token = await instance.mintToken(customer);
          const answer = await chat.send({ message: `where is my order ${other.increment_id}?` }, token);
          expectNothingOf(other, answer);
        },
        TURN_TIMEOUT_MS,
      );

      it(
        "says plainly that another customer's order is not in the account",
        async () => {
          const { customer } = customerWithOrders();
          const other = foreignOrder(customer);
          const token = await instance.mintToken(customer);
          const answer = await chat.send({ message: `where is my order ${other.increment_id}?` }, token);
          expect(answer.reply).toMatch(/couldn't find that order number in your account/i);
          expect(answer.escalation).toBeNull();
        },
        TURN_TIMEOUT_MS,
      );

      it('refuses a tampered or expired token with 401 and a clear error body', async () => {
        const { customer } = customerWithOrders();
        const token = await instance.mintToken(customer);
        const [header, payload, signature] = token.split('.') as [string, string, string];
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub: string };
        const forged = Buffer.from(
          JSON.stringify({ ...claims, sub: String(Number(claims.sub) + 1) }),
        ).toString('base64url');
        const expired = await instance.mintToken(customer, { expiresInSeconds: -3600 });
        for (const bad of [`${header}.${forged}.${signature}`, expired]) {
          const result = await chat.raw({ message: 'where is my order?' }, bad);
          expect(result.status).toBe(401);
          expect(errorBodySchema.safeParse(result.body).success).toBe(true);
          expect(result.text).not.toMatch(/\bat .+\.(ts|js):\d+/);
        }
      });
    });

    describe('a guest asking about an order', () => {
      it(
        'asks a guest who gives only the order number for the details, then answers once they are given',
        async () => {
          const order = guestOrder();
          const asked = await chat.send({ message: `where is my order ${order.increment_id}?` });
          expect(asked.reply).toMatch(/email/i);
          expect(asked.escalation).toBeNull();
          expectNothingOf(order, asked);
          const answer = await chat.send({
            sessionId: asked.sessionId,
            message: `my email is ${order.customer_email} and my postcode is ${order.billing_address.postcode}`,
          });
          expect(answer.order?.number).toBe(order.increment_id);
          expect(answer.citations).toContainEqual({ source: 'order', id: order.increment_id });
        },
        TURN_TIMEOUT_MS,
      );

      it(
        'refuses a wrong combination the same way whether the order exists or not',
        async () => {
          const existing = guestOrder();
          const ask = async (number: string) =>
            chat.send({
              message: `where is my order ${number}? my email is nobody@example.com and my last name is Nobody`,
            });
          const forExisting = await ask(existing.increment_id);
          const forMissing = await ask(missingOrderNumber());
          expect(forExisting.reply).toBe(forMissing.reply);
          expect(forExisting.order).toBeNull();
          expectNothingOf(existing, forExisting);
        },
        TURN_TIMEOUT_MS,
      );

      it(
        'tells a guest with the right email and last name the status',
        async () => {
          const order = guestOrder();
          const answer = await chat.send({
            message: `where is my order ${order.increment_id}? my email is ${order.customer_email} and my last name is ${order.billing_address.lastname}`,
          });
          expect(answer.intent).toBe('order_status');
          expect(answer.order?.number).toBe(order.increment_id);
          expect(answer.citations).toContainEqual({ source: 'order', id: order.increment_id });
        },
        TURN_TIMEOUT_MS,
      );

      it(
        'rate-limits a session after five wrong attempts',
        async () => {
          const order = guestOrder();
          const replies: string[] = [];
          let sessionId: string | undefined;
          for (let attempt = 1; attempt <= 6; attempt += 1) {
            const answer = await chat.send({
              ...(sessionId ? { sessionId } : {}),
              message: `where is my order ${order.increment_id}? my email is wrong${attempt}@example.com and my last name is Nobody`,
            });
            sessionId = answer.sessionId;
            replies.push(answer.reply);
            expectNothingOf(order, answer);
          }
          // Five refusals that reveal nothing (worded in rotation), then the limit.
          for (const reply of replies.slice(0, 5)) expect(reply).toMatch(/couldn't verify/i);
          expect(replies[5]).toMatch(/too many|wait|later/i);
        },
        TURN_TIMEOUT_MS,
      );
    });

    describe('escalation to a person', () => {
      const cases = [
        ['customer_asked', 'I want to talk to a human'],
        ['complaint', 'This is unacceptable, I want to file a complaint about your service'],
        ['legal_privacy', 'Please delete my personal data under GDPR'],
        ['b2b_quote', 'I need a quote for 200 units for my company'],
      ] as const;

      it.each(cases)(
        'opens a %s handoff ticket with a signed webhook',
        async (reason, message) => {
          const answer = await chat.send({ message });
          expect(answer.escalation?.reason).toBe(reason);
          const ticketId = answer.escalation!.ticketId;
          expect(answer.reply).toContain(ticketId.slice(0, 8).toUpperCase());
          const ticket = await instance.running.sidecar.handoffs.get(ticketId);
          expect(ticket).toMatchObject({ id: ticketId, reason });
          // The person taking over sees the conversation so far.
          expect(JSON.stringify(ticket!.transcript)).toContain(message);
          const delivered = await eventually(
            async () => webhook.received.find((w) => w.body.includes(ticketId)),
            WEBHOOK_POLLS,
            POLL_INTERVAL_MS,
          );
          expect(delivered).toBeDefined();
          const signature = delivered!.headers[SIGNATURE_HEADER];
          expect(isValidSignature(delivered!.body, String(signature), instance.sharedSecret)).toBe(true);
          expect(JSON.parse(delivered!.body)).toMatchObject({ event: 'handoff.created', ticketId, reason });
        },
        TURN_TIMEOUT_MS,
      );
    });

    describe('sessions, feedback and analytics', () => {
      it(
        "returns history to the session's customer only, and 404 for an unknown session",
        async () => {
          const { customer } = customerWithOrders();
          const other = fixture().customers.find(
            (c) => c.id !== customer.id && c.website_id === customer.website_id,
          )!;
          const token = await instance.mintToken(customer);
          const answer = await chat.send({ message: 'hello' }, token);
          const url = `${instance.sidecarUrl}/api/chat/history/${answer.sessionId}`;
          const own = await request(url, { token });
          expect(own.status).toBe(200);
          expect((own.body as { messages: unknown[] }).messages.length).toBe(2);
          const foreign = await request(url, { token: await instance.mintToken(other) });
          expect(foreign.status).toBe(403);
          expect(errorBodySchema.safeParse(foreign.body).success).toBe(true);
          const anonymous = await request(url);
          expect(anonymous.status).toBe(403);
          const unknown = await request(`${instance.sidecarUrl}/api/chat/history/${crypto.randomUUID()}`);
          expect(unknown.status).toBe(404);
          expect(errorBodySchema.safeParse(unknown.body).success).toBe(true);
        },
        TURN_TIMEOUT_MS,
      );

      it(
        'records feedback on a message and counts it in the analytics, which need the operator key',
        async () => {
          const answer = await chat.send({ message: 'hello' });
          const feedback = await request(`${instance.sidecarUrl}/api/chat/feedback`, {
            body: { sessionId: answer.sessionId, messageId: answer.messageId, rating: 5, comment: 'great' },
          });
          expect(feedback.status).toBe(201);
          const from = new Date(Date.now() - 86_400_000).toISOString();
          const to = new Date(Date.now() + 86_400_000).toISOString();
          const query = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&store=default`;
          const analytics = await request(`${instance.sidecarUrl}/api/chat/analytics?${query}`, {
            headers: operator(),
          });
          expect(analytics.status).toBe(200);
          // This instance's only rating is the 5 above: every rating is satisfied.
          expect(analytics.body).toMatchObject({ ratings: 1, csat: 1 });
          expect((analytics.body as ChatAnalytics).conversations).toBeGreaterThan(0);
          const refused = await request(`${instance.sidecarUrl}/api/chat/analytics?${query}`);
          expect(refused.status).toBe(401);
          expect(errorBodySchema.safeParse(refused.body).success).toBe(true);
        },
        TURN_TIMEOUT_MS,
      );
    });

    describe('volatile facts are read live', () => {
      it(
        'shows a new price at once, and the index has it after the change notification',
        async () => {
          const sku = 'RAPTOR-X15';
          const before = fixture().products.find((p) => p.sku === sku)!.price;
          const price = before - 111;
          const saved = await request(`${instance.sandbox.url}/rest/default/V1/products/${sku}`, {
            method: 'PUT',
            token: instance.sandbox.adminToken,
            body: { product: { sku, price } },
          });
          expect(saved.status).toBe(200);
          const answer = await chat.send({ message: `I'm looking for a gaming laptop under $${BUDGET}` });
          expect(answer.products.find((p) => p.sku === sku)?.price).toBe(price);
          expect(answer.reply).toContain(price.toLocaleString('en-US', { minimumFractionDigits: 2 }));

          const { vectorStore, embedder } = instance.running.adapters;
          const catalog = new IndexedCatalog(vectorStore, embedder);
          const indexed = await eventually(
            async () => {
              const hits = await catalog.searchProducts('gaming laptop', {
                store: 'default',
                filters: {},
                limit: 20,
                language: 'en',
              });
              return hits.find((h) => h.sku === sku && h.price === price);
            },
            INDEX_POLLS,
            POLL_INTERVAL_MS,
          );
          expect(indexed).toBeDefined();
        },
        TURN_TIMEOUT_MS + INDEX_POLLS * POLL_INTERVAL_MS,
      );
    });

    describe('bad input', () => {
      it('answers 400 with an error body and no stack trace, and keeps serving', async () => {
        const bad: (string | object)[] = [
          { message: '' },
          { message: 'x'.repeat(5000) },
          '{"message": "unterminated',
          { message: 'hello', store: 'no_such_store' },
        ];
        for (const body of bad) {
          const result = await chat.raw(body);
          expect(result.status, result.text).toBe(400);
          expect(errorBodySchema.safeParse(result.body).success, result.text).toBe(true);
          expect(result.text).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules/);
        }
        const health = await request(`${instance.sidecarUrl}/healthz`);
        expect(health.status).toBe(200);
        const after = await chat.send({ message: 'hello' });
        expect(after.reply.length).toBeGreaterThan(0);
      });
    });

    describe('order actions through the action engine', () => {
      /**
       * A complete order of the customer that the policy plainly allows a refund for: placed within the
       * store-wide return window and under the auto-approve amount.
       */
      async function refundableOrder(orders: Order[], config: VerityStoreConfig): Promise<Order> {
        const now = new Date(fixture().now).getTime();
        const storeWide = config.policy_rules.find((r) => r.category_id === null && r.channel === null);
        const window = storeWide?.return_window_days ?? 0;
        const order = orders.find(
          (o) =>
            o.state === 'complete' &&
            now - magentoTime(o.created_at) < window * 86_400_000 &&
            o.grand_total <= config.refund_bounds.auto_approve_max_amount,
        );
        if (!order) throw new Error('The demo customer has no recent small complete order.');
        return order;
      }

      async function auditEntries(orderNumber: string) {
        const audit = await request(`${instance.sidecarUrl}/api/audit?orderNumber=${orderNumber}`, {
          headers: operator(),
        });
        expect(audit.status).toBe(200);
        return (
          audit.body as {
            entries: { kind: string; orderNumber: string; intact: boolean; decision?: { verdict: string } }[];
          }
        ).entries;
      }

      /**
       * Answers the flow's questions the way a customer would: which items ("all of them"), then a yes to
       * the exact consequence. A decision that needs no confirmation (a refusal, a review) ends it early.
       */
      async function untilDecided(first: ChatReplyBody, token: string): Promise<ChatReplyBody> {
        let answer = first;
        for (let turn = 0; turn < 3 && answer.actions.length === 0; turn++) {
          const message = answer.quickReplies.includes('Yes') ? 'yes' : 'all of them';
          answer = await chat.send({ sessionId: answer.sessionId, message }, token);
        }
        return answer;
      }

      it(
        "decides a signed-in customer's refund request within the policy and replays it in the audit",
        async () => {
          const { customer, orders } = customerWithOrders();
          const order = await refundableOrder(orders, await verityConfig());
          const token = await instance.mintToken(customer);
          const asked = await chat.send(
            { message: `I want a refund for order ${order.increment_id}` },
            token,
          );
          expect(asked.intent).toBe('refund_request');
          const answer = await untilDecided(asked, token);
          expect(answer.actions.length).toBeGreaterThan(0);
          for (const action of answer.actions) expect(OUTCOMES).toContain(action.outcome);
          const entries = await auditEntries(order.increment_id);
          expect(entries.length).toBeGreaterThan(0);
          for (const entry of entries) {
            expect(entry.orderNumber).toBe(order.increment_id);
            expect(entry.intact).toBe(true);
          }
          const decisions = entries.filter((e) => e.kind === 'action_decision');
          expect(decisions.map((e) => e.decision?.verdict)).toContain(answer.actions[0]!.outcome);
          const unauthorised = await request(
            `${instance.sidecarUrl}/api/audit?orderNumber=${order.increment_id}`,
          );
          expect(unauthorised.status).toBe(401);
        },
        TURN_TIMEOUT_MS,
      );

      it(
        'answers a refund request over the auto-approve amount with its decision',
        async () => {
          const { customer, orders } = customerWithOrders();
          const bounds = (await verityConfig()).refund_bounds;
          const order = orders.find(
            (o) => o.state === 'complete' && o.grand_total > bounds.auto_approve_max_amount,
          )!;
          const token = await instance.mintToken(customer);
          const answer = await untilDecided(
            await chat.send({ message: `I want a refund for order ${order.increment_id}` }, token),
            token,
          );
          const decisions = (await auditEntries(order.increment_id)).filter(
            (e) => e.kind === 'action_decision',
          );
          expect(decisions.length).toBeGreaterThan(0);
          expect(answer.actions.length).toBeGreaterThan(0);
        },
        TURN_TIMEOUT_MS,
      );
    });
  });
}

/** A Magento `YYYY-MM-DD HH:MM:SS` (UTC) as epoch milliseconds. */
function magentoTime(value: string): number {
  return Date.parse(`${value.replace(' ', 'T')}Z`);
}
