import { Router } from 'express';
import { requireAdmin } from '../auth.js';
import { MESSAGES, sendError, sendMagento } from '../magento-response.js';
import { intParam, sendList, topLevel, type RestContext } from './context.js';
import { refundHandler } from './refunds.js';

/** Invoices, shipments (with tracks) and credit memos: lists with searchCriteria and get by id. */
export function salesDocumentsRouter(ctx: RestContext): Router {
  const router = Router();
  const invoices = requireAdmin(ctx.tokens, 'Magento_Sales::sales_invoice');
  const shipments = requireAdmin(ctx.tokens, 'Magento_Sales::shipment');
  const creditmemos = requireAdmin(ctx.tokens, 'Magento_Sales::sales_creditmemo');
  const byId = <T extends { entity_id: number }>(rows: readonly T[], id: unknown) => {
    const n = intParam(id);
    return rows.find((r) => r.entity_id === n);
  };

  router.get('/invoices', invoices, (req, res) => sendList(req, res, ctx.data.fixture.invoices, topLevel));
  router.get('/invoices/:id', invoices, (req, res) => {
    const invoice = byId(ctx.data.fixture.invoices, req.params.id);
    if (!invoice) return sendError(res, 404, MESSAGES.entityNotFound);
    sendMagento(res, invoice);
  });
  router.post('/invoice/:invoiceId/refund', invoices, refundHandler(ctx, 'invoice'));

  router.get('/shipments', shipments, (req, res) => sendList(req, res, ctx.data.fixture.shipments, topLevel));
  router.get('/shipment/:id', shipments, (req, res) => {
    const shipment = byId(ctx.data.fixture.shipments, req.params.id);
    if (!shipment) return sendError(res, 404, MESSAGES.entityNotFound);
    sendMagento(res, shipment);
  });

  router.get('/creditmemos', creditmemos, (req, res) =>
    sendList(req, res, ctx.data.fixture.creditmemos, topLevel),
  );
  router.get('/creditmemo/:id', creditmemos, (req, res) => {
    const memo = byId(ctx.data.fixture.creditmemos, req.params.id);
    if (!memo) return sendError(res, 404, MESSAGES.entityNotFound);
    sendMagento(res, memo);
  });

  return router;
}
