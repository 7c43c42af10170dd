import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  customerWithOrders as ordersOf,
  signInAs as signIn,
  ask,
  send,
  browserTestsEnabled,
  launchBrowser,
  openStorefront,
  screenshot,
  startDemoStore,
  widget,
  type DemoStore,
  type TestBrowser,
} from '../support/browser.js';

describe.skipIf(!browserTestsEnabled())(
  'widget in Chromium: a signed-in customer and the way to a human',
  () => {
    let store: DemoStore;
    let browser: TestBrowser;
    /** Signed in as the customer with orders; shared by the order tests, in order. */
    let customerPage: Page;

    beforeAll(async () => {
      // The browser first: in CI a missing Chromium fails here, before the store is started.
      browser = await launchBrowser();
      store = await startDemoStore();
    }, 600_000);

    afterAll(async () => {
      await browser?.close();
      await store?.close();
    }, 60_000);

    const customerWithOrders = () => ordersOf(store);

    async function signInAs(page: Page, customerId: number): Promise<void> {
      await signIn(page, customerId);
      await expect.poll(() => page.locator('select#customer').inputValue()).toBe(String(customerId));
    }

    it('shows a signed-in customer the card of their own order', { timeout: 180_000 }, async () => {
      const { customer, order } = customerWithOrders();
      customerPage = await openStorefront(browser, store.url);
      await signInAs(customerPage, customer.id);

      const reply = await ask(customerPage, `Where is my order ${order.increment_id}?`);
      const card = reply.locator('div.order');
      await expect.poll(() => card.count()).toBe(1);
      expect(await card.locator('strong').textContent()).toBe(`Order ${order.increment_id}`);
      const items = await card.locator('ul.items li').allTextContents();
      for (const item of order.items)
        expect(items.some((line) => line.endsWith(`× ${item.name}`))).toBe(true);
      await screenshot(customerPage, 'customer-order-desktop');
    });

    it(
      'shows the same order card, sources and quick replies again after a page reload',
      { timeout: 120_000 },
      async () => {
        const { order } = customerWithOrders();
        const w = widget(customerPage);
        const live = w.lastReply();
        const rendered = await live.evaluate((li) => li.outerHTML);
        const sources = await live.locator('p.sources').textContent();
        // Titled for people: "Order 000000004", not the source's code.
        expect(sources).toMatch(/^Sources: Order \d+/);
        const quickReplies = await w.host.locator('.quick button').allTextContents();

        await customerPage.reload();
        await w.launcher.click();
        await expect.poll(() => w.assistantMessages.count(), { timeout: 30_000 }).toBe(1);
        const restored = w.lastReply();
        expect(await restored.locator('div.order strong').textContent()).toBe(`Order ${order.increment_id}`);
        expect(await restored.locator('p.sources').textContent()).toBe(sources);
        // Rendered by the same code from the same payload: the restored message is the live one.
        expect(await restored.evaluate((li) => li.outerHTML)).toBe(rendered);
        expect(await w.host.locator('.quick button').allTextContents()).toEqual(quickReplies);
        expect(await w.log.locator('li.msg.notice').first().textContent()).toMatch(/as they were then/);
        await screenshot(customerPage, 'customer-order-after-reload-desktop');
      },
    );

    it("never shows a signed-in customer another customer's order", { timeout: 120_000 }, async () => {
      const { foreign } = customerWithOrders();
      await send(customerPage, `What is the status of order ${foreign.increment_id}?`);
      const log = widget(customerPage).log;
      const cards = await log.locator('div.order strong').allTextContents();
      expect(cards).not.toContain(`Order ${foreign.increment_id}`);
      expect(await log.textContent()).not.toContain(foreign.customer_email);
    });

    it(
      "tells a signed-in customer in words that another customer's order is not in their account",
      { timeout: 120_000 },
      async () => {
        const { foreign } = customerWithOrders();
        const reply = await ask(customerPage, `Is order ${foreign.increment_id} shipped yet?`);
        // The number is not repeated: a reply states only order facts the customer may see.
        expect(await reply.textContent()).toMatch(/couldn't find that order number in your account/);
        expect(await reply.locator('div.order').count()).toBe(0);
      },
    );

    it(
      'hands the conversation to a person from the "Talk to a human" button',
      { timeout: 120_000 },
      async () => {
        const page = await openStorefront(browser, store.url);
        const w = widget(page);
        await w.launcher.click();
        expect(await w.human.isVisible()).toBe(true);
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/chat/message'), { timeout: 60_000 }),
          w.human.click(),
        ]);
        const body = (await response.json()) as { escalation: { ticketId: string } | null };
        expect(body.escalation).not.toBeNull();
        expect(await store.embedded.sidecar.handoffs.get(body.escalation!.ticketId)).not.toBeNull();
        const reply = w.assistantMessages.first();
        await reply.waitFor({ timeout: 60_000 });
        expect(await w.customerMessages.first().textContent()).toContain('I want to talk to a human');
        await expect
          .poll(() => reply.locator('p.sources').allTextContents())
          .toContain('Their reply will appear here, in this chat.');
        expect(((await reply.textContent()) ?? '').length).toBeGreaterThan(0);
        await screenshot(page, 'escalation-desktop');
        await page.reload();
        await w.launcher.click();
        await expect
          .poll(() => w.assistantMessages.first().locator('p.sources').allTextContents(), { timeout: 30_000 })
          .toContain('Their reply will appear here, in this chat.');
        await page.close();
      },
    );
  },
);
