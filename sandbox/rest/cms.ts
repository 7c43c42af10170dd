import { Router } from 'express';
import { requireAdmin } from '../auth.js';
import type { CmsPage } from '../data/fixture-schema.js';
import { sendError, sendMagento } from '../magento-response.js';
import type { FieldReader } from '../search-criteria.js';
import { intParam, sendList, type RestContext } from './context.js';

/** `Cms.PageInterface` has no store getter: the store assignment is filterable but not sent. */
function pageOut(page: CmsPage): Omit<CmsPage, 'store_id'> {
  const { store_id: _stores, ...out } = page;
  return out;
}

const readPageField: FieldReader<CmsPage> = (page, field) =>
  field === 'is_active' ? page.active : (page as Record<string, unknown>)[field];

export function cmsRouter(ctx: RestContext): Router {
  const router = Router();
  const guard = requireAdmin(ctx.tokens, 'Magento_Cms::page');
  router.get('/cmsPage/search', guard, (req, res) =>
    sendList(req, res, ctx.data.fixture.cms_pages, readPageField, pageOut),
  );
  router.get('/cmsPage/:pageId', guard, (req, res) => {
    const id = intParam(req.params.pageId);
    const page = ctx.data.fixture.cms_pages.find((p) => p.id === id);
    if (!page)
      return sendError(res, 404, 'The CMS page with the "%1" ID doesn\'t exist.', [req.params.pageId]);
    sendMagento(res, pageOut(page));
  });
  return router;
}
