import { Router } from 'express';
import { requireAdmin } from '../auth.js';
import { sendMagento } from '../magento-response.js';
import type { RestContext } from './context.js';

/** Store views, groups, websites and store configs: plain arrays, admin rows (id 0) included. */
export function storesRouter(ctx: RestContext): Router {
  const router = Router();
  const guard = requireAdmin(ctx.tokens, 'Magento_Backend::store');
  // Read per request: a reset replaces the live fixture.
  const f = () => ctx.data.fixture;
  router.get('/store/storeViews', guard, (_req, res) => sendMagento(res, f().store_views));
  router.get('/store/storeGroups', guard, (_req, res) => sendMagento(res, f().store_groups));
  router.get('/store/websites', guard, (_req, res) => sendMagento(res, f().websites));
  router.get('/store/storeConfigs', guard, (req, res) => {
    const raw = (req.query as Record<string, unknown>).storeCodes;
    const codes = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : undefined;
    sendMagento(res, codes ? f().store_configs.filter((c) => codes.includes(c.code)) : f().store_configs);
  });
  return router;
}
