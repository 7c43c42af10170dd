import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { UnauthorizedError } from '../../common/errors.js';

/** Guards operator endpoints (analytics, audit, reindex) with `Authorization: Bearer <OPERATOR_API_KEY>`. */
export function operatorAuth(operatorKey: string): RequestHandler {
  const expected = Buffer.from(operatorKey);
  return (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const presented = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
      next(new UnauthorizedError('An operator API key is required for this endpoint.'));
      return;
    }
    next();
  };
}
