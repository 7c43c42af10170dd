import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startEmbedded, type RunningEmbedded } from '../../bin/start-embedded.js';
import { loadConfig } from '../../common/config/config.js';
import { buildGloveCache } from '../../common/embedding/glove-cache.js';
import { gloveCachePath } from '../../common/embedding/glove-sif-embedder.js';
import { silentLogger } from '../../common/logger.js';
import { buildWidget } from '../../widget/build-widget.js';

/** Debian's Chromium: CI installs it with `apt-get install -y chromium`; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Screenshots are kept as test artifacts here (gitignored). */
export const SCREENSHOT_DIR = path.join(root, 'test-results', 'browser');

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether the browser suites run: always in CI (a missing Chromium must fail there, not pass as
 * skipped), elsewhere only when Chromium is installed. Prints why when a suite is skipped.
 */
export function browserTestsEnabled(): boolean {
  if (process.env.CI || existsSync(CHROMIUM_PATH)) return true;
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  return false;
}

export interface DemoStore {
  embedded: RunningEmbedded;
  /** The demo storefront's address (the sidecar serves it). */
  url: string;
  close(): Promise<void>;
}

/**
 * Builds the widget bundle and starts the embedded default (sandbox store, sidecar with the demo
 * storefront, in-process indexer) on free ports with a throw-away data directory and no external
 * services (plus `settings`, e.g. inbox operators), and waits until
 * the catalog is indexed so the first question finds products.
 */
export async function startDemoStore(settings: Record<string, string> = {}): Promise<DemoStore> {
  await buildWidget();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'verity-browser-'));
  await shareGloveCache(dataDir);
  // Only these settings: the embedded default (PGlite, Orama, in-memory sessions), whatever the shell has.
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    SANDBOX_PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...settings,
  });
  const embedded = await startEmbedded(config, silentLogger());
  try {
    await embedded.indexed;
  } catch (error) {
    await embedded.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    embedded,
    url: embedded.sidecar.url,
    close: async () => {
      await embedded.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The word-vector cache takes a while to build: build it once in the project's `data/` (where
 * `npm start` keeps it too) and copy it into each throw-away data directory.
 */
async function shareGloveCache(dataDir: string): Promise<void> {
  const shared = gloveCachePath(path.join(root, 'data'));
  if (!existsSync(shared)) await buildGloveCache({ outPath: shared });
  const target = gloveCachePath(dataDir);
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(shared, target);
}

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh profile, so no storage leaks between runs. */
export async function launchBrowser(viewport = { width: 1280, height: 800 }): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is required in CI but missing at ${CHROMIUM_PATH} (apt-get install -y chromium).`,
    );
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'verity-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: LAUNCH_ARGS,
    viewport,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A new tab on the storefront as a first-time guest: the profile is shared by the tabs of a run, so
 * cookies (the demo sign-in) and storage (the widget's session) are cleared first.
 */
export async function openStorefront(browser: TestBrowser, url: string): Promise<Page> {
  await browser.context.clearCookies();
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.evaluate(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
  });
  await page.reload();
  return page;
}

/** Locators into the widget's shadow root (Playwright's CSS engine pierces open shadow roots). */
export function widget(page: Page) {
  const host = page.locator('#verity-widget');
  return {
    host,
    launcher: host.locator('button.launcher'),
    panel: host.locator('section.panel'),
    log: host.locator('ol.log'),
    input: host.locator('textarea'),
    human: host.locator('button.human'),
    assistantMessages: host.locator('li.msg.assistant'),
    customerMessages: host.locator('li.msg.customer'),
    /** The newest assistant message. */
    lastReply: (): Locator => host.locator('li.msg.assistant').last(),
  };
}

/**
 * Opens the widget and sends one message the way a customer does; resolves with what the widget shows
 * next: the reply, or an error notice (failed send, rate limit).
 */
export async function send(page: Page, message: string): Promise<Locator> {
  const w = widget(page);
  if (await w.panel.isHidden()) await w.launcher.click();
  const answers = w.host.locator('li.msg.assistant, li.msg.notice');
  const before = await answers.count();
  await w.input.fill(message);
  await w.input.press('Enter');
  const answer = answers.nth(before);
  await answer.waitFor({ state: 'visible', timeout: 60_000 });
  return answer;
}

/** Like `send`, but an error notice instead of a reply fails with the notice's text. */
export async function ask(page: Page, message: string): Promise<Locator> {
  const answer = await send(page, message);
  if (await answer.evaluate((li) => li.classList.contains('notice')))
    throw new Error(`The widget showed "${await answer.textContent()}" instead of a reply to "${message}".`);
  return answer;
}

/** Saves a full-page screenshot under `test-results/browser/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * A default-store customer with orders, their orders newest first, and an order of somebody else in the
 * same store (for ownership checks).
 */
export function customerWithOrders(store: DemoStore) {
  const { fixture } = store.embedded.sandbox.data;
  const defaultView = fixture.store_views.find((s) => s.code === 'default')!;
  const customer = fixture.customers.find(
    (c) => c.store_id === defaultView.id && fixture.orders.some((o) => o.customer_id === c.id),
  )!;
  const theirs = fixture.orders
    .filter((o) => o.customer_id === customer.id && o.store_id === defaultView.id)
    .sort((a, b) => b.created_at.localeCompare(a.created_at));
  const foreign = fixture.orders.find(
    (o) => o.customer_id !== undefined && o.customer_id !== customer.id && o.store_id === defaultView.id,
  )!;
  return { customer, order: theirs[0]!, foreign };
}

/** Signs the demo storefront in as a sandbox customer, the way its "Chat as" select does (it reloads). */
export async function signInAs(page: Page, customerId: number): Promise<void> {
  const select = page.locator('select#customer');
  await select.locator(`option[value="${customerId}"]`).waitFor({ state: 'attached' });
  await Promise.all([page.waitForEvent('load'), select.selectOption(String(customerId))]);
}
