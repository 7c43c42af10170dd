import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageContextSchema } from '../../common/chat-api/chat-api.js';
import {
  ask,
  browserTestsEnabled,
  launchBrowser,
  openStorefront,
  screenshot,
  signInAs,
  startDemoStore,
  widget,
  type DemoStore,
  type TestBrowser,
} from '../support/browser.js';

/**
 * The demo storefront and what the widget shows on it (#16.2–4): the store's greeting on opening,
 * product cards with pictures and links to the store's product pages, a comparison shown once, the page
 * the shopper is on sent with the message, an order card after a cancellation, a phone-sized screen.
 * Screenshots of each go to test-results/browser/ (desktop and phone).
 */
/** A 1×1 PNG: the sidecar checks an upload's type by its content. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

describe.skipIf(!browserTestsEnabled())('demo storefront and widget in Chromium', () => {
  let store: DemoStore;
  let browser: TestBrowser;
  /** A guest's tab, shared by the product tests in order (search → compare). */
  let shopper: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    store = await startDemoStore();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await store?.close();
  }, 60_000);

  const sandboxUrl = () => store.embedded.sandbox.url;

  it('looks like a store: its name, departments, pictures that load', { timeout: 60_000 }, async () => {
    const page = await openStorefront(browser, store.url);
    expect(await page.locator('a.logo').innerText()).toContain('Cedar & Pine');
    expect(await page.locator('nav.navigation a').count()).toBeGreaterThanOrEqual(5);
    const pictures = page.locator('ol.products img');
    expect(await pictures.count()).toBeGreaterThanOrEqual(6);
    await expect
      .poll(() => pictures.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)))
      .toBe(true);
    await screenshot(page, 'storefront-home-desktop');
    await page.close();
  });

  it(
    'opens with the store’s greeting, its name in the title and starter chips',
    { timeout: 90_000 },
    async () => {
      shopper = await openStorefront(browser, store.url);
      const w = widget(shopper);
      await w.launcher.click();
      const welcome = w.host.locator('li.msg.welcome');
      await welcome.waitFor({ timeout: 15_000 });
      expect(await welcome.innerText()).toContain('Welcome to Cedar & Pine');
      expect(await w.host.locator('header h2').innerText()).toBe('Cedar & Pine assistant');
      // The panel is named by its title for a screen reader.
      expect(await w.panel.getAttribute('aria-labelledby')).toBe('verity-title');
      const chips = w.host.locator('.quick[role=group] button');
      expect(await chips.allTextContents()).toEqual([
        'Where is my order?',
        'What is your return policy?',
        'How long does delivery take?',
      ]);
      await screenshot(shopper, 'greeting-desktop');

      // A chip is sent as the shopper's message and answered.
      const before = await w.assistantMessages.count();
      await chips.nth(1).click();
      await w.assistantMessages.nth(before).waitFor({ timeout: 60_000 });
      expect(await w.customerMessages.last().innerText()).toContain('What is your return policy?');
      expect(await w.assistantMessages.nth(before).innerText()).toMatch(/30 days/);
      expect(await w.host.locator('li.msg.welcome').count()).toBe(1);
      await shopper.close();
    },
  );

  it('greets in the store view’s language on its own pages (/fr/)', { timeout: 60_000 }, async () => {
    const page = await openStorefront(browser, `${store.url}/fr/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    // Two store views of one store are told apart in the store picker by Magento's view names.
    const views = await page.locator('#store-view option').allTextContents();
    expect(new Set(views).size).toBe(views.length);
    expect(views).toContain('Cedar & Pine Europe · France (Français)');
    const w = widget(page);
    await w.launcher.click();
    const welcome = w.host.locator('li.msg.welcome');
    await welcome.waitFor({ timeout: 15_000 });
    expect(await welcome.innerText()).toContain('bienvenue chez Cedar & Pine');
    expect(await w.host.locator('header h2').innerText()).toMatch(/^Assistant Cedar & Pine/);
    expect(await w.host.locator('.quick button').first().innerText()).toBe('Où en est ma commande ?');
    await screenshot(page, 'greeting-fr-desktop');
    await page.close();
  });

  it(
    'shows product cards with pictures from the store’s media and links to its product pages',
    { timeout: 120_000 },
    async () => {
      shopper = await openStorefront(browser, store.url);
      const reply = await ask(shopper, 'I’m looking for a gaming laptop under $1500');
      const cards = reply.locator('ul.cards li.card');
      expect(await cards.count()).toBeGreaterThanOrEqual(2);
      const pictures = reply.locator('ul.cards img');
      expect(await pictures.count()).toBe(await cards.count());
      const sources = await pictures.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src));
      expect(sources.every((src) => src.startsWith(`${sandboxUrl()}/media/catalog/product/`))).toBe(true);
      await expect
        .poll(() =>
          pictures.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)),
        )
        .toBe(true);
      // Decorative: the name beside it says what it is.
      expect(await pictures.first().getAttribute('alt')).toBe('');
      await screenshot(shopper, 'product-cards-desktop');

      const first = cards.first().locator('a.name');
      const name = (await first.innerText()).trim();
      const href = await first.getAttribute('href');
      expect(href).toMatch(
        new RegExp(`^${store.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[a-z0-9-]+\\.html$`),
      );
      // The store's own page opens in place (the chat follows the shopper).
      expect(await first.getAttribute('target')).toBeNull();
      const product = await browser.context.newPage();
      await product.goto(href!);
      expect((await product.locator('h1').innerText()).trim()).toBe(name);
      const context = pageContextSchema.parse(
        JSON.parse((await product.locator('#verity-assistant').getAttribute('data-verity-page'))!),
      );
      expect(context).toMatchObject({ type: 'product', productName: name });
      await product.close();
    },
  );

  it(
    'shows a comparison once: one table with the products’ pictures, no repeated rows or cards',
    { timeout: 120_000 },
    async () => {
      const reply = await ask(shopper, 'compare the first two');
      expect(await reply.locator('table').count()).toBe(1);
      expect(await reply.locator('ul.cards').count()).toBe(0);
      const text = await reply.evaluate((li) => li.childNodes[1]?.textContent ?? '');
      expect(text).not.toContain(' | ');
      expect(await reply.locator('thead th img').count()).toBe(2);
      expect(await reply.locator('thead th a').count()).toBe(2);
      await reply.scrollIntoViewIfNeeded();
      await screenshot(shopper, 'comparison-desktop');
    },
  );

  it(
    'sends the page the shopper is on: a question on a product page carries its SKU',
    { timeout: 120_000 },
    async () => {
      const { fixture } = store.embedded.sandbox.data;
      const jacket = fixture.products.find(
        (p) =>
          p.visibility === 4 &&
          p.status === 1 &&
          (p.extension_attributes.category_links ?? []).some((l) => l.category_id === '14'),
      )!;
      const urlKey = jacket.custom_attributes.find((a) => a.attribute_code === 'url_key')!.value as string;
      const page = await openStorefront(browser, `${store.url}/${urlKey}.html`);
      expect((await page.locator('h1').innerText()).trim()).toBe(jacket.name);
      const sent: unknown[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/api/chat/message')) sent.push(request.postDataJSON());
      });
      await widget(page).launcher.click();
      // Starter chips suited to a product page.
      await expect
        .poll(() => widget(page).host.locator('.quick button').first().textContent())
        .toBe('Is this in stock?');
      const reply = await ask(page, 'what’s the return window for this jacket?');
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({
        page: { type: 'product', sku: jacket.sku, productName: jacket.name, categoryId: 14 },
      });
      expect(await reply.innerText()).toMatch(/30 days/);
      await screenshot(page, 'product-page-question-desktop');
      await page.close();
    },
  );

  it(
    'answers "this" on a product page for that product: a laptop’s own 15-day window, not the store’s 30',
    { timeout: 120_000 },
    async () => {
      const { fixture } = store.embedded.sandbox.data;
      const laptop = fixture.products.find((p) => p.sku === 'RAPTOR-X15')!;
      const urlKey = laptop.custom_attributes.find((a) => a.attribute_code === 'url_key')!.value as string;
      const page = await openStorefront(browser, `${store.url}/${urlKey}.html`);
      // Nothing in the words names the product: only the page does.
      const reply = await ask(page, 'what’s the return window for this?');
      const text = await reply.innerText();
      expect(text).toMatch(/15 days/);
      expect(text).not.toMatch(/30 days/);
      await screenshot(page, 'product-page-this-desktop');
      await page.close();
    },
  );

  it('shows the order card as it is after a cancellation', { timeout: 180_000 }, async () => {
    const { fixture } = store.embedded.sandbox.data;
    const emma = fixture.customers.find((c) => c.email === 'emma.shopper@example.com')!;
    const pending = fixture.orders.find((o) => o.customer_id === emma.id && o.state === 'new')!;
    const page = await openStorefront(browser, store.url);
    await signInAs(page, emma.id);
    const status = await ask(page, `where is my order ${pending.increment_id}?`);
    await expect.poll(() => status.locator('div.order').count()).toBe(1);
    const question = await ask(page, `please cancel order ${pending.increment_id}`);
    expect(await question.innerText()).toMatch(/cancel/i);
    const done = await ask(page, 'yes');
    const card = done.locator('div.order');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('strong').innerText()).toContain(pending.increment_id);
    expect(await card.locator('.status').innerText()).toMatch(/cancel/i);
    // The earlier card of the same order, still "not shipped yet", now says it changed.
    const earlier = status.locator('div.order');
    expect(await earlier.getAttribute('class')).toContain('earlier');
    expect(await earlier.innerText()).toContain('This order has changed: see below.');
    expect(await card.getAttribute('class')).not.toContain('earlier');
    await screenshot(page, 'order-cancelled-desktop');
    await page.close();
  });

  it(
    'sends photos as evidence with the next message, and refuses other files',
    { timeout: 120_000 },
    async () => {
      const page = await openStorefront(browser, store.url);
      const w = widget(page);
      await w.launcher.click();
      const input = w.host.locator('input[type=file]');
      // Before the conversation exists there is nothing to attach to: the shopper is told what to do.
      await input.setInputFiles({ name: 'early.png', mimeType: 'image/png', buffer: PNG });
      await expect
        .poll(() => w.host.locator('li.msg.notice').last().innerText())
        .toMatch(/what happened first/);

      await ask(page, 'the earbuds I got are broken');
      await input.setInputFiles([
        { name: 'earbuds.png', mimeType: 'image/png', buffer: PNG },
        { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') },
      ]);
      const pending = w.host.locator('ul.pending li');
      await expect.poll(() => pending.count()).toBe(1);
      expect(await pending.innerText()).toContain('earbuds.png');
      // The refusal notice is rendered after the accepted file is listed: wait for it, do not race it.
      await expect.poll(() => w.host.locator('li.msg.notice').last().innerText()).toMatch(/Only photos/);
      expect(await w.host.locator('button.attach').getAttribute('aria-label')).toBe('Add a photo or PDF');
      await screenshot(page, 'attachment-pending-desktop');

      const sent: Array<{ attachments?: string[] }> = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/api/chat/message')) sent.push(request.postDataJSON());
      });
      await ask(page, 'here is a photo');
      expect(sent[0]?.attachments).toHaveLength(1);
      expect(await w.customerMessages.last().innerText()).toContain('Attached: earbuds.png');
      expect(await pending.count()).toBe(0);
      await page.close();
    },
  );

  it('fits a phone: the store’s selects, the panel and the cards', { timeout: 180_000 }, async () => {
    const phone = await launchBrowser({ width: 375, height: 740 });
    try {
      const page = await openStorefront(phone, store.url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const chatAs = await page.locator('select#customer').boundingBox();
      expect(chatAs!.x + chatAs!.width).toBeLessThanOrEqual(375);
      await screenshot(page, 'storefront-home-phone');
      const w = widget(page);
      await w.launcher.click();
      await w.host.locator('li.msg.welcome').waitFor({ timeout: 15_000 });
      const panel = await w.panel.boundingBox();
      expect(panel!.width).toBeLessThanOrEqual(375);
      await screenshot(page, 'greeting-phone');
      await ask(page, 'I’m looking for a gaming laptop under $1500');
      await screenshot(page, 'product-cards-phone');
      await ask(page, 'compare the first two');
      await screenshot(page, 'comparison-phone');

      // A signed-in customer's order, then the way to a person, on the phone too.
      const emma = store.embedded.sandbox.data.fixture.customers.find(
        (c) => c.email === 'emma.shopper@example.com',
      )!;
      await signInAs(page, emma.id);
      const order = await ask(page, 'where is my order?');
      await expect.poll(() => order.locator('div.order').count()).toBeGreaterThan(0);
      await order.scrollIntoViewIfNeeded();
      await screenshot(page, 'order-card-phone');
      const before = await w.assistantMessages.count();
      await w.human.click();
      await w.assistantMessages.nth(before).waitFor({ timeout: 60_000 });
      await screenshot(page, 'handoff-phone');
    } finally {
      await phone.close();
    }
  });
});
