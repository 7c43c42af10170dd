import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { MESSAGES, sendError } from '../magento-response.js';
import { catalogStructureRouter } from './catalog-structure.js';
import type { RestContext } from './context.js';
import { customersRouter } from './customers.js';
import { inventoryRouter } from './inventory.js';
import { cmsRouter } from './cms.js';
import { ordersRouter } from './orders.js';
import { productsRouter } from './products.js';
import { salesDocumentsRouter } from './sales-documents.js';
import { storeScope } from './store-scope.js';
import { storesRouter } from './stores.js';
import { verityConfigRouter } from './verity-config.js';

/** Everything under `/V1`, for one resolved store view. */
function v1(ctx: RestContext): Router {
  const router = Router();
  router.use(catalogStructureRouter(ctx)); // before products: `/products/attributes` is not a SKU
  router.use(productsRouter(ctx));
  router.use(inventoryRouter(ctx));
  router.use(ordersRouter(ctx));
  router.use(salesDocumentsRouter(ctx));
  router.use(customersRouter(ctx));
  router.use(storesRouter(ctx));
  router.use(cmsRouter(ctx));
  router.use(verityConfigRouter(ctx));
  router.use((_req, res) => sendError(res, 404, MESSAGES.noRoute));
  return router;
}

/** `/rest/V1/…` (default store view), `/rest/{store_code}/V1/…` and `/rest/all/V1/…`. */
export function restApi(ctx: RestContext): Router {
  const router = Router();
  router.use(express.json({ limit: '2mb' }));
  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (error instanceof SyntaxError) return sendError(res, 400, 'Decoding error: %1', ['Syntax error']);
    next(error);
  });
  const api = v1(ctx);
  router.use('/V1', storeScope(ctx.data), api);
  router.use('/:store/V1', storeScope(ctx.data), api);
  router.use((_req, res) => sendError(res, 404, MESSAGES.noRoute));
  return router;
}
