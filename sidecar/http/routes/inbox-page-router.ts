import express, { Router, type ErrorRequestHandler, type RequestHandler } from 'express';
import { isAppError } from '../../../common/errors.js';
import type { Logger } from '../../../common/logger.js';
import type { RateLimiter } from '../../../common/rate-limit/rate-limiter.js';
import type { InboxService } from '../../inbox/inbox-service.js';
import type { OperatorDirectory } from '../../inbox/operators.js';
import type { OperatorSessions } from '../../inbox/operator-sessions.js';
import { errorPage, queuePage, signInPage, ticketPage } from '../../inbox/pages/inbox-pages.js';
import { signIn } from '../../inbox/sign-in.js';
import {
  clearSessionCookie,
  inboxCaller,
  sessionToken,
  setSessionCookie,
  type InboxCaller,
} from '../inbox-auth.js';
import { parseInput } from '../validate.js';
import { outcomeQuerySchema, signInBodySchema, ticketListQuerySchema } from './inbox-api-router.js';
import { analyticsPage } from '../../inbox/pages/analytics-page.js';
import { mountTicketActions, ticketParamsSchema } from './ticket-actions.js';
import { clientAddressKey } from '../client-address.js';

export interface InboxPageRouterDeps {
  inbox: InboxService;
  directory: OperatorDirectory;
  sessions: OperatorSessions;
  limiter: RateLimiter;
  sessionHours: number;
  /** `inboxAuth({ …, signInPage: '/inbox/sign-in' })`. */
  auth: RequestHandler;
  logger: Logger;
}

/** The pages set no scripts at all; styles are inline. Forms post only to this origin. */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * The agent inbox as server-rendered HTML: every page is one read of `InboxService` and every button a
 * form that posts back (with the session's CSRF token) and redirects — no client bundle to build, and
 * nothing in the browser but what the service returned, escaped.
 */
export function createInboxPageRouter(deps: InboxPageRouterDeps): Router {
  const router = Router();
  router.use('/inbox', (_req, res, next) => {
    res.set({ 'content-security-policy': CSP, 'cache-control': 'no-store' });
    next();
  });
  router.use('/inbox', express.urlencoded({ extended: false, limit: '64kb' }));

  router.get('/inbox/sign-in', (_req, res) => {
    res.type('html').send(signInPage(null));
  });

  router.post('/inbox/sign-in', async (req, res) => {
    try {
      const body = parseInput(signInBodySchema, req.body, 'sign-in');
      const { token } = await signIn(deps, body, clientAddressKey(req.ip));
      setSessionCookie(req, res, token, deps.sessionHours);
      res.redirect(303, '/inbox');
    } catch (error) {
      if (!isAppError(error) || error.status >= 500) throw error;
      res.status(error.status).type('html').send(signInPage(error.message));
    }
  });

  router.post('/inbox/sign-out', deps.auth, async (req, res) => {
    await deps.sessions.end(sessionToken(req));
    clearSessionCookie(req, res);
    res.redirect(303, '/inbox/sign-in');
  });

  router.get('/inbox', deps.auth, async (req, res) => {
    const query = parseInput(ticketListQuerySchema, req.query, 'ticket query');
    const status = query.status?.[0] ?? 'open';
    const caller = inboxCaller(res);
    const tickets = await deps.inbox.queue({ ...query, status: [status] });
    res.type('html').send(queuePage(tickets, status, caller.operator, caller.csrfToken));
  });

  router.get('/inbox/tickets/:ticketId', deps.auth, async (req, res) => {
    const { ticketId } = parseInput(ticketParamsSchema, req.params, 'ticket id');
    const caller = inboxCaller(res);
    res.type('html').send(ticketPage(await deps.inbox.view(ticketId), caller.operator, caller.csrfToken));
  });

  router.get('/inbox/analytics', deps.auth, async (req, res) => {
    const query = parseInput(outcomeQuerySchema, req.query, 'analytics query');
    const caller = inboxCaller(res);
    res.type('html').send(analyticsPage(await deps.inbox.outcomes(query), caller.operator, caller.csrfToken));
  });

  mountTicketActions(router, '/inbox/tickets', deps, (req, res) => {
    res.redirect(303, `/inbox/tickets/${String(req.params.ticketId)}`);
  });

  // A person at a form sees what went wrong on a page, not a JSON body; server errors still go on to the
  // app's handler (logged there, answered without details).
  const pageErrors: ErrorRequestHandler = (error: unknown, req, res, next) => {
    if (!req.path.startsWith('/inbox') || !isAppError(error) || error.status >= 500 || res.headersSent) {
      next(error);
      return;
    }
    deps.logger.info({ path: req.path, code: error.code }, 'inbox request refused');
    const caller = res.locals.inboxCaller as InboxCaller | undefined;
    res
      .status(error.status)
      .type('html')
      .send(errorPage(error.message, caller?.operator, caller?.csrfToken ?? null));
  };
  router.use(pageErrors);
  return router;
}
