import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { recordIsIntact, type AuditLog } from '../../audit/audit-log.js';
import { parseInput } from '../validate.js';

export interface AuditRouterDeps {
  auditLog: AuditLog;
  /** Guards the route with the operator key (`operatorAuth(config.OPERATOR_API_KEY)`). */
  operatorAuth: RequestHandler;
}

const auditQuerySchema = z.object({
  orderNumber: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, 'an order increment id, e.g. 000000123'),
});

/**
 * `GET /api/audit?orderNumber=…` (operator key): the full replay of one order — every decision,
 * execution and recovery, oldest first, each with its chain fields and whether its stored record still
 * matches its hash. Errors reach the app's error handler as `{"error":{"code","message"}}`.
 */
export function createAuditRouter(deps: AuditRouterDeps): Router {
  const router = Router();
  router.get('/api/audit', deps.operatorAuth, async (req, res) => {
    const { orderNumber } = parseInput(auditQuerySchema, req.query, 'audit query');
    const entries = await deps.auditLog.replayByOrder(orderNumber);
    res.json({
      orderNumber,
      count: entries.length,
      entries: entries.map((entry) => ({ ...entry, intact: recordIsIntact(entry) })),
    });
  });
  return router;
}
