import express, { type Express, type RequestHandler, type Router } from 'express';
import type { Logger } from '../../common/logger.js';
import { errorHandler, notFoundHandler } from './error-handler.js';

export interface AppParts {
  logger: Logger;
  /**
   * Proxies whose `X-Forwarded-For` is believed (TRUST_PROXY: addresses, CIDR ranges, `loopback`…).
   * Unset: none, so a client cannot choose its own address (and its rate-limit bucket) with a header.
   */
  trustProxy?: string | undefined;
  /** Routers that read the raw body themselves (signed webhooks); mounted before the JSON parser. */
  rawBodyRouters: Router[];
  routers: Router[];
  /**
   * Admission control of chat turns (TurnAdmission#handler), mounted on `POST /api/chat/message` before
   * the body is read: an overloaded process answers 503 at once instead of queueing.
   */
  admission?: RequestHandler;
  /**
   * The client address's share of chat messages (RequestLimits#messageGate), mounted on
   * `POST /api/chat/message` before admission control, so one address cannot fill the turn queue.
   */
  chatGate?: RequestHandler;
  /** Static assets (widget bundle, demo storefront), mounted last before the 404. */
  staticHandlers?: RequestHandler[];
}

/** The sidecar's express app: security headers, JSON bodies, the routers, one error handler. */
export function createApp(parts: AppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  // Every JSON answer is a request's own (a reply, a session's history): an ETag is a SHA-1 of each body
  // that no client sends back. Static files keep theirs (express.static sets its own).
  app.set('etag', false);
  app.set('trust proxy', parts.trustProxy ? parts.trustProxy.split(',').map((p) => p.trim()) : false);
  app.use((_req, res, next) => {
    res.set({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'DENY',
    });
    next();
  });
  // The widget runs on the store's own origin and calls the sidecar cross-origin; it sends no cookies.
  app.use('/api', (req, res, next) => {
    res.set({
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
    });
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  });
  if (parts.chatGate) app.post('/api/chat/message', parts.chatGate);
  if (parts.admission) app.post('/api/chat/message', parts.admission);
  for (const router of parts.rawBodyRouters) app.use(router);
  app.use(express.json({ limit: '64kb' }));
  for (const router of parts.routers) app.use(router);
  for (const handler of parts.staticHandlers ?? []) app.use(handler);
  app.use(notFoundHandler);
  app.use(errorHandler(parts.logger));
  return app;
}
