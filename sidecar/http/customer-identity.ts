import type { Request } from 'express';
import { UnauthorizedError } from '../../common/errors.js';
import type { CustomerIdentity } from '../../common/identity/customer-token-claims.js';
import { verifyCustomerToken } from '../../common/identity/verify-customer-token.js';

/**
 * The customer behind a request: none without an Authorization header (a guest), the verified token's
 * customer with one. A bad or expired token is a 401, never a silent downgrade to guest.
 */
export async function customerIdentity(
  req: Request,
  secret: string | undefined,
): Promise<CustomerIdentity | null> {
  const header = req.get('authorization');
  if (!header) return null;
  if (!header.startsWith('Bearer '))
    throw new UnauthorizedError('Authorization must be "Bearer <customer token>".');
  if (!secret)
    throw new UnauthorizedError('Customer tokens are not accepted: no shared secret is configured.');
  return verifyCustomerToken(header.slice(7).trim(), secret);
}
