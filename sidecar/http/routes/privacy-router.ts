import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { CustomerRef } from '../../records/customer-conversations.js';
import { eraseCustomerData, exportCustomerData, type PrivacyDeps } from '../../privacy/customer-data.js';
import { requireRole } from '../inbox-auth.js';
import { signedJson } from '../signed-json.js';
import { parseInput } from '../validate.js';

export const customerRefSchema = z
  .object({
    customerId: z.string().regex(/^\d+$/, 'a Magento customer id').optional(),
    email: z.email().toLowerCase().optional(),
  })
  .refine((ref) => ref.customerId !== undefined || ref.email !== undefined, {
    message: 'give customerId, email or both',
  });

/** What the module's customer-delete observer sends (signed). */
export const customerDeletedWebhookSchema = z.object({
  event: z.literal('customer.deleted'),
  customer_id: z.number().int().positive(),
  email: z.email().toLowerCase(),
});

export interface PrivacyRouterDeps extends PrivacyDeps {
  /** `inboxAuth(…)`: an admin's session or the operator key. */
  auth: RequestHandler;
  sharedSecret: string | undefined;
}

const ref = (r: z.infer<typeof customerRefSchema>): CustomerRef => ({
  ...(r.customerId ? { customerId: r.customerId } : {}),
  ...(r.email ? { email: r.email } : {}),
});

/** Data-subject requests: export and erasure by an admin, and erasure when Magento deletes a customer. */
export function createPrivacyRouters(deps: PrivacyRouterDeps): { raw: Router; json: Router } {
  const json = Router();
  json.post('/api/privacy/export', deps.auth, requireRole('admin'), async (req, res) => {
    const body = parseInput(customerRefSchema, req.body, 'export request');
    res.json(await exportCustomerData(deps, ref(body)));
  });
  json.post('/api/privacy/erase', deps.auth, requireRole('admin'), async (req, res) => {
    const body = parseInput(customerRefSchema, req.body, 'erasure request');
    res.json(await eraseCustomerData(deps, ref(body)));
  });

  const raw = Router();
  raw.post('/api/webhooks/customer-deleted', ...signedJson(deps.sharedSecret, '16kb'), async (req, res) => {
    const body = parseInput(customerDeletedWebhookSchema, req.body, 'customer-deleted webhook');
    res.json(await eraseCustomerData(deps, { customerId: String(body.customer_id), email: body.email }));
  });
  return { raw, json };
}
