import { SignJWT } from 'jose';
import { ValidationError, formatIssuePath } from '../errors.js';
import { CUSTOMER_TOKEN_HEADER, customerTokenClaimsSchema } from './customer-token-claims.js';
import type { CustomerTokenClaims } from './customer-token-claims.js';

/**
 * Mints a customer token exactly as the Magento module does (the module is the production issuer;
 * this serves tests, the sandbox and the demo page). Claims are serialised in the fixed order
 * sub, email, store, website, iat, exp.
 */
export async function signCustomerToken(claims: CustomerTokenClaims, secret: string): Promise<string> {
  const parsed = customerTokenClaimsSchema.safeParse(claims);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(
      `Invalid customer token claims: ${issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : 'unknown'}`,
    );
  }
  const { sub, email, store, website, iat, exp } = parsed.data;
  return new SignJWT({ sub, email, store, website, iat, exp })
    .setProtectedHeader({ ...CUSTOMER_TOKEN_HEADER })
    .sign(new TextEncoder().encode(secret));
}
