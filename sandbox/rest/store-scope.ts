import type { NextFunction, Request, Response } from 'express';
import type { StoreView } from '../data/fixture-schema.js';
import type { SandboxData } from '../data/sandbox-data.js';
import { sendError } from '../magento-response.js';

/**
 * Resolves the store view of `/rest/{store_code}/V1/…`: no code = the default store view,
 * `all` = the admin store (id 0, default-scope values). Sets `res.locals.store`.
 */
export function storeScope(data: SandboxData) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const code = typeof req.params.store === 'string' ? req.params.store : 'default';
    const store = data.storeView(code === 'all' ? 'admin' : code);
    if (!store) {
      return sendError(
        res,
        404,
        "The store that was requested wasn't found. Verify the store and try again.",
      );
    }
    res.locals.store = store;
    next();
  };
}

export function currentStore(res: Response): StoreView {
  return res.locals.store as StoreView;
}
