import { Router } from 'express';
import { requireAdmin } from '../auth.js';
import type { Product } from '../data/fixture-schema.js';
import type { SandboxData } from '../data/sandbox-data.js';
import { MESSAGES, sendError, sendMagento } from '../magento-response.js';
import type { RestContext } from './context.js';

/**
 * MSI salable quantity: qty − min_qty + reservations, where open orders (not yet shipped,
 * canceled or refunded) hold a negative reservation (Magento_InventorySales GetProductSalableQty).
 */
export function salableQty(data: SandboxData, product: Product): number {
  const item = product.extension_attributes.stock_item;
  if (!item || !item.is_in_stock) return 0;
  let reserved = 0;
  for (const order of data.fixture.orders) {
    if (order.state !== 'new' && order.state !== 'processing') continue;
    for (const line of order.items) {
      if (line.sku !== product.sku) continue;
      reserved += Math.max(0, line.qty_ordered - line.qty_shipped - line.qty_canceled - line.qty_refunded);
    }
  }
  return Math.max(0, item.qty - Number(item.min_qty ?? 0) - reserved);
}

export function inventoryRouter(ctx: RestContext): Router {
  const router = Router();
  const stock = requireAdmin(ctx.tokens, 'Magento_InventorySalesApi::stock');

  router.get(
    '/stockItems/:productSku',
    requireAdmin(ctx.tokens, 'Magento_Catalog::catalog_inventory'),
    (req, res) => {
      const product = ctx.data.productBySku(String(req.params.productSku));
      if (!product?.extension_attributes.stock_item) return sendError(res, 404, MESSAGES.productNotFound);
      sendMagento(res, product.extension_attributes.stock_item);
    },
  );

  const salable = (sku: string): { product: Product } | { status: number; message: string } => {
    const product = ctx.data.productBySku(sku);
    if (!product) return { status: 404, message: MESSAGES.productNotFound };
    if (product.type_id !== 'simple' && product.type_id !== 'virtual') {
      return {
        status: 400,
        message: "Can't check requested quantity for products without Source Items support.",
      };
    }
    return { product };
  };

  router.get('/inventory/get-product-salable-quantity/:sku/:stockId', stock, (req, res) => {
    const found = salable(String(req.params.sku));
    if ('status' in found) return sendError(res, found.status, found.message);
    sendMagento(res, salableQty(ctx.data, found.product));
  });

  router.get('/inventory/is-product-salable/:sku/:stockId', stock, (req, res) => {
    const product = ctx.data.productBySku(String(req.params.sku));
    sendMagento(res, product !== undefined && product.status === 1 && salableQty(ctx.data, product) > 0);
  });

  return router;
}
