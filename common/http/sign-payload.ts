import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying `sha256=<hex HMAC-SHA256 of the raw body>`, as the Magento module sends and expects. */
export const SIGNATURE_HEADER = 'x-verity-signature';

export function signPayload(body: string | Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Constant-time check of a signature header against the raw body. */
export function isValidSignature(body: string | Buffer, header: string | undefined, secret: string): boolean {
  if (!header) return false;
  const expected = Buffer.from(signPayload(body, secret));
  const presented = Buffer.from(header.trim());
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
