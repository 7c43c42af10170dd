import express, { type RequestHandler } from 'express';
import { UnauthorizedError } from '../../common/errors.js';
import { isValidSignature, SIGNATURE_HEADER } from '../../common/http/sign-payload.js';

/**
 * Handlers for a JSON body signed by the Magento module (`X-Verity-Signature`, HMAC of the exact bytes
 * with the shared secret): the raw body is read, checked, then parsed. Mount before the JSON parser.
 */
export function signedJson(sharedSecret: string | undefined, limit = '256kb'): RequestHandler[] {
  const signed: RequestHandler = (req, _res, next) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!sharedSecret || !isValidSignature(raw, req.get(SIGNATURE_HEADER), sharedSecret)) {
      next(new UnauthorizedError('Missing or invalid X-Verity-Signature.'));
      return;
    }
    try {
      req.body = JSON.parse(raw.toString('utf8'));
      next();
    } catch {
      next(new UnauthorizedError('The signed body is not valid JSON.'));
    }
  };
  return [express.raw({ type: 'application/json', limit }), signed];
}
