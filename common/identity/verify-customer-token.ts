import { errors, jwtVerify } from 'jose';
import { ConfigError, UnauthorizedError } from '../errors.js';
import { customerTokenClaimsSchema } from './customer-token-claims.js';
import type { CustomerIdentity } from './customer-token-claims.js';

export interface VerifyCustomerTokenOptions {
  /** The clock to check `exp` against. @default new Date() */
  now?: Date;
  /** Allowed clock skew between Magento and the sidecar, in seconds. @default 30 */
  clockToleranceSeconds?: number;
}

/**
 * Checks a customer token minted by the Magento module: HS256 only, signature with the shared secret,
 * not expired, every claim present and well-formed. Anything else throws `UnauthorizedError` saying
 * which of expired / bad signature / malformed / missing or invalid claim it was. An empty secret is
 * a deployment mistake, not the customer's: `ConfigError`.
 */
export async function verifyCustomerToken(
  token: string,
  secret: string,
  options: VerifyCustomerTokenOptions = {},
): Promise<CustomerIdentity> {
  if (secret === '')
    throw new ConfigError('VERITY_SHARED_SECRET is empty: customer tokens cannot be verified.');
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ['HS256'],
      typ: 'JWT',
      currentDate: options.now ?? new Date(),
      clockTolerance: options.clockToleranceSeconds ?? 30,
      requiredClaims: ['exp', 'iat'],
    }));
  } catch (error) {
    throw new UnauthorizedError(describeJoseFailure(error));
  }
  const parsed = customerTokenClaimsSchema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const claim = String(issue?.path[0] ?? '(payload)');
    const missing = payload[claim] === undefined;
    throw new UnauthorizedError(
      missing
        ? `Customer token is missing the "${claim}" claim.`
        : `Customer token has an invalid "${claim}" claim.`,
    );
  }
  const claims = parsed.data;
  return {
    customerId: claims.sub,
    email: claims.email,
    storeCode: claims.store,
    websiteCode: claims.website,
    issuedAt: new Date(claims.iat * 1000),
    expiresAt: new Date(claims.exp * 1000),
  };
}

function describeJoseFailure(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'Customer token expired.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'Customer token has a bad signature.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return error.reason === 'missing'
      ? `Customer token is missing the "${error.claim}" claim.`
      : `Customer token has an invalid "${error.claim}" claim.`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'Customer token is malformed: only HS256 is accepted.';
  return 'Customer token is malformed.';
}
