import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, UnauthorizedError, ValidationError } from '../../../common/errors.js';
import { customerTokenClaimsSchema } from '../../../common/identity/customer-token-claims.js';
import { signCustomerToken } from '../../../common/identity/sign-customer-token.js';
import { verifyCustomerToken } from '../../../common/identity/verify-customer-token.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtureDir = path.join(root, 'test/fixtures/tokens');
const input = z
  .object({ secret: z.string().min(32), claims: z.array(customerTokenClaimsSchema) })
  .parse(JSON.parse(readFileSync(path.join(fixtureDir, 'claims.json'), 'utf8')));
const phpMinted = z
  .array(z.string())
  .length(input.claims.length)
  .parse(JSON.parse(readFileSync(path.join(fixtureDir, 'php-minted.json'), 'utf8')));
const { secret } = input;
const [janeClaims, zoeClaims, expiredClaims] = input.claims as [
  (typeof input.claims)[0],
  (typeof input.claims)[0],
  (typeof input.claims)[0],
];
const [janeToken, zoeToken, expiredToken] = phpMinted as [string, string, string];
/** Inside the lifetime of the first two fixture tokens, after the third expired. */
const now = new Date(1_700_001_000 * 1000);

function hasPhp(): boolean {
  try {
    execFileSync('php', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

async function rejection(promise: Promise<unknown>): Promise<UnauthorizedError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnauthorizedError);
  return error as UnauthorizedError;
}

describe('customer token (Magento module ↔ sidecar)', () => {
  it('accepts the tokens the PHP module minted and returns the identity', async () => {
    await expect(verifyCustomerToken(janeToken, secret, { now })).resolves.toEqual({
      customerId: '42',
      email: 'jane.doe+test@example.com',
      storeCode: 'default',
      websiteCode: 'base',
      issuedAt: new Date(1_700_000_000_000),
      expiresAt: new Date(1_700_003_600_000),
    });
    const zoe = await verifyCustomerToken(zoeToken, secret, { now });
    expect(zoe.email).toBe('zoë/müller@example.com');
    expect(zoe.storeCode).toBe('eu_en');
  });

  it('mints tokens byte-identical to the PHP module for the same claims and key', async () => {
    expect(await signCustomerToken(janeClaims, secret)).toBe(janeToken);
    expect(await signCustomerToken(zoeClaims, secret)).toBe(zoeToken);
    expect(await signCustomerToken(expiredClaims, secret)).toBe(expiredToken);
  });

  it.skipIf(!hasPhp())('the module still mints exactly the committed fixture (live php)', () => {
    const out = execFileSync('php', [path.join(root, 'magento-module/Test/bin/mint-customer-token.php')], {
      input: JSON.stringify(input),
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual(phpMinted);
  });

  it('rejects an expired token, saying so', async () => {
    const error = await rejection(verifyCustomerToken(expiredToken, secret, { now }));
    expect(error.message).toBe('Customer token expired.');
    expect(error.status).toBe(401);
  });

  it('allows the configured clock skew and no more', async () => {
    const justAfterExpiry = new Date((janeClaims.exp + 20) * 1000);
    await expect(verifyCustomerToken(janeToken, secret, { now: justAfterExpiry })).resolves.toBeDefined();
    const error = await rejection(
      verifyCustomerToken(janeToken, secret, { now: justAfterExpiry, clockToleranceSeconds: 0 }),
    );
    expect(error.message).toBe('Customer token expired.');
  });

  it('rejects a token whose payload was changed (another customer id)', async () => {
    const [header, , signature] = janeToken.split('.');
    const forged = JSON.stringify({ ...janeClaims, sub: '43' });
    const error = await rejection(
      verifyCustomerToken(`${header}.${base64url(forged)}.${signature}`, secret, { now }),
    );
    expect(error.message).toBe('Customer token has a bad signature.');
  });

  it('rejects a token whose signature was changed', async () => {
    const [header, payload, signature = ''] = janeToken.split('.');
    const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
    const error = await rejection(verifyCustomerToken(`${header}.${payload}.${flipped}`, secret, { now }));
    expect(error.message).toBe('Customer token has a bad signature.');
  });

  it('rejects a token signed with another secret', async () => {
    const error = await rejection(verifyCustomerToken(janeToken, `${secret}-rotated`, { now }));
    expect(error.message).toBe('Customer token has a bad signature.');
  });

  it.each([
    ['not a JWT', 'abc'],
    ['two parts', 'abc.def'],
    ['garbage JSON header', `${base64url('{nope')}.${base64url('{}')}.sig`],
    ['alg none', `${base64url('{"alg":"none","typ":"JWT"}')}.${base64url(JSON.stringify(janeClaims))}.`],
  ])('rejects a malformed token (%s)', async (_name, token) => {
    const error = await rejection(verifyCustomerToken(token, secret, { now }));
    expect(error.message).toMatch(/^Customer token is malformed/);
  });

  it('accepts only HS256', async () => {
    const token = await new SignJWT({ ...janeClaims })
      .setProtectedHeader({ alg: 'HS512', typ: 'JWT' })
      .sign(new TextEncoder().encode(secret));
    const error = await rejection(verifyCustomerToken(token, secret, { now }));
    expect(error.message).toBe('Customer token is malformed: only HS256 is accepted.');
  });

  it.each(['sub', 'email', 'store', 'website', 'exp', 'iat'] as const)(
    'rejects a correctly signed token without the "%s" claim',
    async (claim) => {
      const claims: Record<string, unknown> = { ...janeClaims };
      delete claims[claim];
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .sign(new TextEncoder().encode(secret));
      const error = await rejection(verifyCustomerToken(token, secret, { now }));
      expect(error.message).toBe(`Customer token is missing the "${claim}" claim.`);
    },
  );

  it('rejects a correctly signed token with an invalid claim', async () => {
    const token = await new SignJWT({ ...janeClaims, sub: 'admin' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(new TextEncoder().encode(secret));
    const error = await rejection(verifyCustomerToken(token, secret, { now }));
    expect(error.message).toBe('Customer token has an invalid "sub" claim.');
  });

  it('treats an empty secret as a configuration error, not a bad token', async () => {
    await expect(verifyCustomerToken(janeToken, '', { now })).rejects.toBeInstanceOf(ConfigError);
  });

  it('refuses to mint from invalid claims', async () => {
    await expect(signCustomerToken({ ...janeClaims, email: 'nobody' }, secret)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
