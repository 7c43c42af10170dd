import { Router } from 'express';
import type { SandboxData } from '../data/sandbox-data.js';
import { productImageSvg } from './product-image.js';

/**
 * Magento's media URLs for product images: `/media/catalog/product/w/b/wb04.jpg`, or the resized
 * copy under `/media/catalog/product/cache/<hash>/…`. The sandbox has no files: it draws the product's
 * placeholder (product-image.ts). An unknown file is a 404, as on a real store.
 */
export function mediaRoute(data: SandboxData): Router {
  const router = Router();
  let byFile: { fixture: unknown; map: Map<string, string> } | undefined;
  const skuOf = (file: string): string | undefined => {
    // Rebuilt when the store is reset or reloaded (a new fixture object).
    if (byFile?.fixture !== data.fixture) {
      const map = new Map<string, string>();
      for (const p of data.fixture.products)
        for (const entry of p.media_gallery_entries) map.set(entry.file.toLowerCase(), p.sku);
      byFile = { fixture: data.fixture, map };
    }
    return byFile.map.get(file.toLowerCase());
  };
  router.get(/^\/catalog\/product(?:\/cache\/[0-9a-f]+)?(\/.+)$/, (req, res) => {
    const file = (req.params as Record<string, string>)[0] ?? '';
    const sku = skuOf(file);
    const product = sku === undefined ? undefined : data.productBySku(sku);
    if (!product) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res
      .set({ 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' })
      .type('image/svg+xml')
      .send(productImageSvg(product));
  });
  return router;
}
