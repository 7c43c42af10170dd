import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { MESSAGES, sendError } from './magento-response.js';

/** Bearer tokens the sandbox accepts: admin/integration tokens and customer tokens (→ customer id). */
export class TokenStore {
  private readonly admin = new Set<string>();
  private readonly customers = new Map<string, number>();

  constructor(adminToken: string) {
    this.admin.add(adminToken);
  }

  issueAdmin(): string {
    const token = randomBytes(16).toString('hex');
    this.admin.add(token);
    return token;
  }

  issueCustomer(customerId: number): string {
    const token = randomBytes(16).toString('hex');
    this.customers.set(token, customerId);
    return token;
  }

  isAdmin(token: string | undefined): boolean {
    return token !== undefined && this.admin.has(token);
  }

  customerId(token: string | undefined): number | undefined {
    return token === undefined ? undefined : this.customers.get(token);
  }
}

export function bearer(req: Request): string | undefined {
  const header = req.get('authorization');
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** Admin resources: an admin or integration token; otherwise Magento's 401 naming the ACL resource. */
export function requireAdmin(tokens: TokenStore, resource: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (tokens.isAdmin(bearer(req))) return next();
    sendError(res, 401, MESSAGES.unauthorized, { resources: resource });
  };
}

/** `self` resources: a customer token only (admin tokens get 401 too, as in Magento). */
export function requireCustomer(tokens: TokenStore) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const id = tokens.customerId(bearer(req));
    if (id === undefined) return sendError(res, 401, MESSAGES.unauthorized, { resources: 'self' });
    res.locals.customerId = id;
    next();
  };
}
