import { Router } from 'express';
import { z } from 'zod';
import { requireAdmin, requireCustomer } from '../auth.js';
import { MESSAGES, sendError, sendMagento } from '../magento-response.js';
import { intParam, sendList, topLevel, type RestContext } from './context.js';

const credentialsSchema = z.object({ username: z.string(), password: z.string() });

/** Token issue (`/V1/integration/*`), `customers/me`, and the admin customer routes. */
export function customersRouter(ctx: RestContext): Router {
  const router = Router();
  const admin = requireAdmin(ctx.tokens, 'Magento_Customer::customer');
  // Read per request: a reset replaces the live fixture.
  const f = () => ctx.data.fixture;

  router.post('/integration/customer/token', (req, res) => {
    const body = credentialsSchema.safeParse(req.body);
    if (!body.success) return sendError(res, 400, 'One or more input exceptions have occurred.');
    const known = f().credentials.customers.find(
      (c) => c.email.toLowerCase() === body.data.username.toLowerCase() && c.password === body.data.password,
    );
    const customer = known
      ? f().customers.find((c) => c.email.toLowerCase() === known.email.toLowerCase())
      : undefined;
    if (!customer) return sendError(res, 401, MESSAGES.signInFailed);
    sendMagento(res, ctx.tokens.issueCustomer(customer.id));
  });

  // Magento with TwoFactorAuth refuses here; the sandbox issues the token (see docs/sandbox.md).
  router.post('/integration/admin/token', (req, res) => {
    const body = credentialsSchema.safeParse(req.body);
    if (!body.success) return sendError(res, 400, 'One or more input exceptions have occurred.');
    const ok = f().credentials.admins.some(
      (a) => a.username === body.data.username && a.password === body.data.password,
    );
    if (!ok) return sendError(res, 401, MESSAGES.signInFailed);
    sendMagento(res, ctx.tokens.issueAdmin());
  });

  router.get('/customers/me', requireCustomer(ctx.tokens), (_req, res) => {
    const customer = f().customers.find((c) => c.id === res.locals.customerId);
    if (!customer)
      return sendError(res, 404, MESSAGES.noSuchEntity, {
        fieldName: 'customerId',
        fieldValue: res.locals.customerId,
      });
    sendMagento(res, customer);
  });

  router.get('/customers/search', admin, (req, res) => sendList(req, res, f().customers, topLevel));

  router.get('/customers/:customerId', admin, (req, res) => {
    const id = intParam(req.params.customerId);
    const customer = f().customers.find((c) => c.id === id);
    if (!customer) {
      return sendError(res, 404, MESSAGES.noSuchEntity, {
        fieldName: 'customerId',
        fieldValue: id ?? req.params.customerId,
      });
    }
    sendMagento(res, customer);
  });

  return router;
}
