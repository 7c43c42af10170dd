import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../sidecar/inbox/operator-passwords.js';
import {
  customerWithOrders,
  signInAs,
  ask,
  browserTestsEnabled,
  launchBrowser,
  openStorefront,
  screenshot,
  startDemoStore,
  widget,
  type DemoStore,
  type TestBrowser,
} from '../support/browser.js';

/** The widget polls every 4 s; the queue page refreshes every 5 s. */
const ARRIVAL_TIMEOUT_MS = 30_000;

describe.skipIf(!browserTestsEnabled())(
  'agent inbox in Chromium: a handoff from the widget to a person and back',
  () => {
    let store: DemoStore;
    let browser: TestBrowser;
    let customer: Page;
    let agent: Page;

    beforeAll(async () => {
      browser = await launchBrowser();
      store = await startDemoStore({
        INBOX_OPERATORS: `sam:agent:${await hashPassword('correct horse')}:Sam`,
      });
    }, 600_000);

    afterAll(async () => {
      await browser?.close();
      await store?.close();
    }, 60_000);

    it('signs an agent in and refuses a wrong password', { timeout: 60_000 }, async () => {
      // The storefront first: opening it clears the profile's cookies, the agent's sign-in comes after.
      customer = await openStorefront(browser, store.url);
      agent = await browser.context.newPage();
      await agent.goto(`${store.url}/inbox`);
      expect(new URL(agent.url()).pathname).toBe('/inbox/sign-in');
      await agent.fill('input[name=login]', 'sam');
      await agent.fill('input[name=password]', 'wrong');
      await agent.click('button[type=submit]');
      expect(await agent.locator('[role=alert]').textContent()).toContain('Wrong login or password');
      await agent.fill('input[name=login]', 'sam');
      await agent.fill('input[name=password]', 'correct horse');
      await agent.click('button[type=submit]');
      await agent.waitForURL(`${store.url}/inbox`);
      expect(await agent.locator('[data-operator]').getAttribute('data-operator')).toBe('sam');
      const cookie = (await browser.context.cookies(store.url)).find((c) => c.name === 'verity_inbox')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    });

    it(
      'shows a handoff arriving, with the transcript, the order link and a verified draft',
      { timeout: 180_000 },
      async () => {
        const { customer: person, order } = customerWithOrders(store);
        await signInAs(customer, person.id);
        await ask(customer, `Where is my order ${order.increment_id}?`);
        await ask(customer, 'I want to talk to a human');

        // The open queue refreshes itself: the new ticket appears without a click.
        const row = agent.locator('tr[data-ticket]').first();
        await row.waitFor({ timeout: ARRIVAL_TIMEOUT_MS });
        expect(await row.textContent()).toContain('customer_asked');
        await screenshot(agent, 'inbox-queue');
        await row.locator('a').click();

        await agent.locator('ol.transcript').waitFor();
        const transcript = await agent.locator('ol.transcript').textContent();
        expect(transcript).toContain(`Where is my order ${order.increment_id}?`);
        expect(transcript).toContain('I want to talk to a human');
        const link = agent.locator('a.order-link', { hasText: order.increment_id });
        expect(await link.getAttribute('href')).toMatch(
          new RegExp(`/admin/sales/order/view/order_id/${order.entity_id}/$`),
        );
        expect(await agent.locator('.draft p.ok').textContent()).toContain('Verified');
        expect(await agent.locator('.draft textarea').inputValue()).toContain(`Order ${order.increment_id}`);
        await screenshot(agent, 'inbox-ticket-open');
      },
    );

    it(
      "puts the agent's answer into the customer's open widget, labelled as a person, then resolves",
      { timeout: 120_000 },
      async () => {
        await agent.click('button.claim');
        await agent.locator('[data-status=claimed]').waitFor();
        const w = widget(customer);
        const fromPerson = w.host.locator('li.msg.person');
        await fromPerson.first().waitFor({ timeout: ARRIVAL_TIMEOUT_MS });
        expect(await fromPerson.first().locator('.who').textContent()).toBe('Sam, from our team');

        const answer = 'I checked it myself: it is on its way. Anything else?';
        await agent.fill('.draft textarea', answer);
        await agent.click('button.send');
        await expect
          .poll(() => fromPerson.allTextContents(), { timeout: ARRIVAL_TIMEOUT_MS })
          .toContainEqual(`Sam, from our team${answer}`);
        await screenshot(customer, 'widget-person-answer');

        // The customer answers; the assistant stays quiet and the agent reads it in the transcript.
        await w.input.fill('No, that is all, thank you');
        await w.input.press('Enter');
        await expect.poll(() => w.customerMessages.last().textContent()).toContain('that is all');
        // The widget shows the message as it sends it; the transcript has it once the server recorded it.
        await expect
          .poll(
            async () => {
              await agent.reload();
              return agent.locator('ol.transcript').textContent();
            },
            { timeout: ARRIVAL_TIMEOUT_MS },
          )
          .toContain('No, that is all, thank you');
        expect(await w.assistantMessages.last().textContent()).not.toContain('that is all');

        await agent.fill('input[name=reason]', 'Order status confirmed');
        await agent.click('button.resolve');
        await agent.locator('[data-status=resolved]').waitFor();
        await expect
          .poll(() => w.assistantMessages.last().textContent(), { timeout: ARRIVAL_TIMEOUT_MS })
          .toContain('Our team has closed this request');
        await screenshot(agent, 'inbox-ticket-resolved');
        await screenshot(customer, 'widget-after-resolve');
      },
    );

    it('charts the outcomes on the analytics page and offers the CSV', { timeout: 60_000 }, async () => {
      await agent.goto(`${store.url}/inbox/analytics`);
      expect(await agent.locator('svg[role=img]').count()).toBe(2);
      expect(await agent.locator('svg rect').count()).toBeGreaterThan(0);
      // The conversation above was handed to a person: it counts as escalated, by its reason.
      expect(await agent.locator('main').textContent()).toContain('customer_asked');
      const csv = await agent.locator('a.csv').getAttribute('href');
      const response = await agent.request.get(`${store.url}${csv}`);
      expect(response.headers()['content-type']).toContain('text/csv');
      expect((await response.text()).split('\n')[0]).toMatch(/^dimension,key,conversations,resolved/);
      await screenshot(agent, 'inbox-analytics');
    });
  },
);
