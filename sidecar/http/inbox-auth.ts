import { createHash, timingSafeEqual } from 'node:crypto';
import { parse as parseCookies } from 'cookie';
import type { Request, RequestHandler, Response } from 'express';
import { ForbiddenError, UnauthorizedError } from '../../common/errors.js';
import { OPERATOR_KEY_LOGIN, type Operator, type OperatorRole } from '../inbox/operators.js';
import { SESSION_COOKIE, type OperatorSessions } from '../inbox/operator-sessions.js';

/** Who is calling an inbox route, set by `inboxAuth`. */
export interface InboxCaller {
  operator: Operator;
  /** The CSRF token of a cookie session; null for the operator key (no cookie, no CSRF). */
  csrfToken: string | null;
}

export function sessionToken(req: Request): string | undefined {
  return parseCookies(req.get('cookie') ?? '')[SESSION_COOKIE];
}

export function inboxCaller(res: Response): InboxCaller {
  const caller = res.locals.inboxCaller as InboxCaller | undefined;
  if (!caller) throw new UnauthorizedError('Sign in to the inbox first.');
  return caller;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface InboxAuthOptions {
  sessions: OperatorSessions;
  operatorKey: string;
  /** Where a signed-out browser is sent (HTML pages); APIs answer 401. */
  signInPage?: string;
}

/**
 * Inbox authentication: the session cookie (HttpOnly, SameSite=Strict) of a signed-in operator, whose
 * state-changing requests must also carry the session's CSRF token (`x-csrf-token` header or `_csrf`
 * form field); or, for scripts, `Authorization: Bearer <OPERATOR_API_KEY>` (admin). Never a key in a URL.
 */
export function inboxAuth(options: InboxAuthOptions): RequestHandler {
  const keyDigest = createHash('sha256').update(options.operatorKey).digest();
  return async (req, res, next) => {
    const header = req.get('authorization');
    if (header?.startsWith('Bearer ')) {
      const presented = createHash('sha256').update(header.slice(7)).digest();
      if (!timingSafeEqual(presented, keyDigest)) {
        next(new UnauthorizedError('The operator API key is not valid.'));
        return;
      }
      res.locals.inboxCaller = {
        operator: { login: OPERATOR_KEY_LOGIN, role: 'admin', displayName: 'Operator' },
        csrfToken: null,
      } satisfies InboxCaller;
      next();
      return;
    }
    const token = sessionToken(req);
    const session = await options.sessions.find(token);
    if (!session || !token) {
      if (options.signInPage && req.method === 'GET') {
        res.redirect(303, options.signInPage);
        return;
      }
      next(new UnauthorizedError('Sign in to the inbox first.'));
      return;
    }
    if (!SAFE_METHODS.has(req.method)) {
      const presented = req.get('x-csrf-token') ?? (req.body as { _csrf?: unknown } | undefined)?._csrf;
      if (!options.sessions.csrfMatches(token, typeof presented === 'string' ? presented : undefined)) {
        next(new ForbiddenError('The form has expired. Reload the page and try again.'));
        return;
      }
    }
    res.locals.inboxCaller = {
      operator: session.operator,
      csrfToken: session.csrfToken,
    } satisfies InboxCaller;
    next();
  };
}

/** Refuses a caller below `role` (after `inboxAuth`). */
export function requireRole(role: OperatorRole): RequestHandler {
  return (_req, res, next) => {
    if (role === 'admin' && inboxCaller(res).operator.role !== 'admin') {
      next(new ForbiddenError('Only an admin may do this.'));
      return;
    }
    next();
  };
}

/** Sets the session cookie: HttpOnly, SameSite=Strict, Secure when served over HTTPS, scoped to the site. */
export function setSessionCookie(req: Request, res: Response, token: string, maxAgeHours: number): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: '/',
    maxAge: maxAgeHours * 3_600_000,
  });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
}
