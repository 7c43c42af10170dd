import { z } from 'zod';

/**
 * The claims of the customer token minted by the Magento module (`Verity_Assistant`, HS256 with the
 * shared secret) and handed to the widget through the `verity` customer-data section. The key order
 * here is the order both sides serialise, so a PHP- and a TypeScript-minted token for the same claims
 * and key are byte-identical.
 */
export const customerTokenClaimsSchema = z.object({
  /** Magento customer entity id, as a string. */
  sub: z.string().regex(/^[1-9][0-9]*$/, 'a Magento customer id'),
  email: z.string().min(3).includes('@'),
  /** Store view code the customer is logged in to. */
  store: z.string().min(1),
  /** Website code of that store view. */
  website: z.string().min(1),
  /** Issued at, seconds since the Unix epoch. */
  iat: z.number().int().nonnegative(),
  /** Expiry, seconds since the Unix epoch. */
  exp: z.number().int().positive(),
});
export type CustomerTokenClaims = z.infer<typeof customerTokenClaimsSchema>;

/** Who the verified token says the customer is. */
export interface CustomerIdentity {
  customerId: string;
  email: string;
  storeCode: string;
  websiteCode: string;
  issuedAt: Date;
  expiresAt: Date;
}

/** Header of every customer token, in this key order. */
export const CUSTOMER_TOKEN_HEADER = { alg: 'HS256', typ: 'JWT' } as const;
