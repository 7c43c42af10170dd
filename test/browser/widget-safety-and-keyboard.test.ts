import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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

/** Where focus is, seen through the widget's shadow root. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active?.id !== 'verity-widget') return `page:${active?.tagName.toLowerCase() ?? 'none'}`;
    const inner = active.shadowRoot?.activeElement;
    return `widget:${inner?.tagName.toLowerCase() ?? 'none'}${inner?.className ? `.${inner.className}` : ''}`;
  });
}

describe.skipIf(!browserTestsEnabled())('widget in Chromium: injection and keyboard-only use', () => {
  let store: DemoStore;
  let browser: TestBrowser;

  beforeAll(async () => {
    // The browser first: in CI a missing Chromium fails here, before the store is started.
    browser = await launchBrowser();
    store = await startDemoStore();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await store?.close();
  }, 60_000);

  it('renders markup in a message as inert text', { timeout: 120_000 }, async () => {
    const page = await openStorefront(browser, store.url);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const attack =
      '<img src=x onerror=alert(1)> <img src=y onerror="window.__verityXss=1"> <script>alert(2)</script> do you sell laptops?';

    const reply = await ask(page, attack);
    const w = widget(page);
    const sent = w.customerMessages.last();
    expect(await sent.textContent()).toContain(attack);
    expect(await sent.isVisible()).toBe(true);
    expect(await reply.isVisible()).toBe(true);

    const injected = await w.host.evaluate((host) => {
      const root = host.shadowRoot!;
      return {
        scripts: root.querySelectorAll('script').length,
        images: [...root.querySelectorAll('img')].map((img) => img.getAttribute('src')),
        handlers: root.querySelectorAll('[onerror]').length,
      };
    });
    expect(injected.scripts).toBe(0);
    expect(injected.handlers).toBe(0);
    expect(injected.images).not.toContain('x');
    expect(injected.images).not.toContain('y');
    expect(await page.locator('img[src="x"], img[src="y"]').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __verityXss?: number }).__verityXss),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
    await screenshot(page, 'xss-inert-desktop');
    await page.close();
  });

  it(
    'works with the keyboard alone, with focus managed and replies announced',
    { timeout: 120_000 },
    async () => {
      const page = await openStorefront(browser, store.url);
      const w = widget(page);
      await w.launcher.waitFor();

      let tabs = 0;
      while ((await focused(page)) !== 'widget:button.launcher' && tabs < 30) {
        await page.keyboard.press('Tab');
        tabs++;
      }
      expect(await focused(page)).toBe('widget:button.launcher');
      expect(await w.launcher.getAttribute('aria-expanded')).toBe('false');

      await page.keyboard.press('Enter');
      await w.panel.waitFor({ state: 'visible' });
      expect(await w.launcher.getAttribute('aria-expanded')).toBe('true');
      expect(await focused(page)).toBe('widget:textarea');

      expect(await w.log.getAttribute('role')).toBe('log');
      expect(await w.log.getAttribute('aria-live')).toBe('polite');
      expect(await w.panel.getAttribute('role')).toBe('dialog');
      // Named by its title (the store's name), which it points at.
      expect(await w.panel.getAttribute('aria-labelledby')).toBe('verity-title');
      expect(await w.host.locator('#verity-title').innerText()).toBeTruthy();

      await page.keyboard.type('what is your return policy?');
      await page.keyboard.press('Enter');
      await w.assistantMessages.first().waitFor({ timeout: 60_000 });
      expect(await w.customerMessages.first().textContent()).toContain('what is your return policy?');
      // The answer lands inside the live region, so screen readers announce it.
      expect(await w.log.locator('li.msg.assistant').count()).toBe(1);
      await expect.poll(() => focused(page)).toBe('widget:textarea');
      await screenshot(page, 'keyboard-open-desktop');

      await page.keyboard.press('Escape');
      await w.panel.waitFor({ state: 'hidden' });
      expect(await focused(page)).toBe('widget:button.launcher');
      expect(await w.launcher.getAttribute('aria-expanded')).toBe('false');
      await page.close();
    },
  );
});
