import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../sandbox/index.js';
import { ADMIN, getJson, startTestSandbox } from './sandbox-server.js';

/**
 * What the demo storefront needs from the sandbox store: product pictures at Magento's media paths and,
 * embedded, storefront URLs that point at the demo (kept across a reset).
 */
describe('sandbox store: product pictures and storefront URLs', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
  });
  afterAll(() => sandbox.close());

  it('serves every catalog image path (and its cache copies) as a picture; unknown files are 404', async () => {
    const product = sandbox.data.fixture.products.find((p) => p.media_gallery_entries.length > 0)!;
    const file = product.media_gallery_entries[0]!.file;
    for (const path of [`/media/catalog/product${file}`, `/media/catalog/product/cache/0f3e2a${file}`]) {
      const response = await fetch(`${sandbox.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      const svg = await response.text();
      expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 100 100"/);
      expect(svg).not.toMatch(/<script|on\w+=/i);
      // The same picture for the same product every time.
      expect(await (await fetch(`${sandbox.url}${path}`)).text()).toBe(svg);
    }
    expect((await fetch(`${sandbox.url}/media/catalog/product/n/o/nope.jpg`)).status).toBe(404);
  });

  it('points the store views’ URLs at a storefront, media at itself, and keeps them after a reset', async () => {
    sandbox.useStorefront('http://127.0.0.1:3999/');
    const check = async () => {
      const { body } = await getJson(`${sandbox.url}/rest/V1/store/storeConfigs`, ADMIN);
      const configs = body as Array<{
        code: string;
        base_url: string;
        secure_base_url: string;
        base_media_url: string;
      }>;
      const byCode = Object.fromEntries(configs.map((c) => [c.code, c]));
      expect(byCode.default?.secure_base_url).toBe('http://127.0.0.1:3999/');
      expect(byCode.fr?.base_url).toBe('http://127.0.0.1:3999/fr/');
      expect(byCode.eu_en?.base_media_url).toBe(`${sandbox.url}/media/`);
    };
    await check();
    expect((await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' })).status).toBe(204);
    await check();
  });
});
