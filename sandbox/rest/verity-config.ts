import { Router } from 'express';
import { requireAdmin } from '../auth.js';
import { buildVerityConfig } from '../verity-config/build-verity-config.js';
import { sendError, sendMagento } from '../magento-response.js';
import type { RestContext } from './context.js';
import { currentStore } from './store-scope.js';

/** The Verity module's endpoint: `GET /rest/{store}/V1/verity/config` (ACL `Verity_Assistant::config`). */
export function verityConfigRouter(ctx: RestContext): Router {
  const router = Router();
  router.get('/verity/config', requireAdmin(ctx.tokens, 'Verity_Assistant::config'), (_req, res) => {
    const store = currentStore(res);
    const config = ctx.data.storeConfig(store.id);
    const websiteCode = ctx.data.websiteCode(store.website_id);
    if (!config || !websiteCode) {
      return sendError(
        res,
        400,
        'The Verity configuration is resolved per store view; call it with a store code.',
      );
    }
    const result = buildVerityConfig(ctx.data.fixture.core_config_data, {
      store_code: store.code,
      website_code: websiteCode,
      base_currency_code: config.base_currency_code,
    });
    if (!result.ok) return sendError(res, 400, result.problem.message, result.problem.parameters);
    sendMagento(res, result.config);
  });
  return router;
}
