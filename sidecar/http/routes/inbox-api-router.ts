import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { typedText } from '../../../common/chat-api/chat-api.js';
import { NotFoundError } from '../../../common/errors.js';
import type { RateLimiter } from '../../../common/rate-limit/rate-limiter.js';
import { TICKET_STATUSES } from '../../escalation/handoff-tickets.js';
import type { ConversationDirectory } from '../../inbox/conversation-directory.js';
import type { InboxService } from '../../inbox/inbox-service.js';
import type { OperatorDirectory } from '../../inbox/operators.js';
import type { OperatorSessions } from '../../inbox/operator-sessions.js';
import { signIn } from '../../inbox/sign-in.js';
import { clearSessionCookie, inboxCaller, sessionToken, setSessionCookie } from '../inbox-auth.js';
import { outcomeCsv } from '../../analytics/outcome-analytics.js';
import { parseInput } from '../validate.js';
import { clientAddressKey } from '../client-address.js';
import { mountTicketActions, ticketParamsSchema } from './ticket-actions.js';

export const signInBodySchema = z.object({
  login: typedText(100),
  password: z.string().min(1).max(500),
});
export const ticketListQuerySchema = z.object({
  status: z
    .string()
    .transform((s) => s.split(','))
    .pipe(z.array(z.enum(TICKET_STATUSES)))
    .optional()
    .describe('Comma-separated statuses; default all'),
  store: z
    .string()
    .regex(/^[a-z0-9_]+$/)
    .optional(),
});
export const conversationListQuerySchema = z.object({
  customer: typedText(200).optional().describe('Magento customer id or e-mail'),
  store: z
    .string()
    .regex(/^[a-z0-9_]+$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const DAY_MS = 86_400_000;
/** Outcome analytics query; the period defaults to the last 30 days (UTC dates). */
export const outcomeQuerySchema = z
  .object({
    from: z.iso.date().or(z.iso.datetime()).optional(),
    to: z.iso.date().or(z.iso.datetime()).optional(),
    store: z
      .string()
      .regex(/^[a-z0-9_]+$/)
      .optional()
      .or(z.literal('').transform(() => undefined)),
    windowDays: z.coerce.number().int().min(1).max(90).default(7),
  })
  .transform((q) => {
    const to = q.to ?? new Date(Date.now() + DAY_MS).toISOString().slice(0, 10);
    const from = q.from ?? new Date(Date.parse(to) - 30 * DAY_MS).toISOString().slice(0, 10);
    return { ...q, from, to };
  })
  .refine((q) => new Date(q.from) < new Date(q.to), { message: 'from must be before to', path: ['from'] });

export const conversationParamsSchema = z.object({ conversationId: z.uuid() });

export interface InboxApiRouterDeps {
  inbox: InboxService;
  conversations: ConversationDirectory;
  directory: OperatorDirectory;
  sessions: OperatorSessions;
  limiter: RateLimiter;
  sessionHours: number;
  /** `inboxAuth(…)`: a signed-in operator (cookie + CSRF) or the operator key. */
  auth: RequestHandler;
}

/** The inbox's JSON API (documented in the OpenAPI document); the inbox page uses the same service. */
export function createInboxApiRouter(deps: InboxApiRouterDeps): Router {
  const router = Router();

  router.post('/api/inbox/session', async (req, res) => {
    const body = parseInput(signInBodySchema, req.body, 'sign-in');
    const { token, operator } = await signIn(deps, body, clientAddressKey(req.ip));
    setSessionCookie(req, res, token, deps.sessionHours);
    const session = await deps.sessions.find(token);
    res.json({ operator, csrfToken: session?.csrfToken });
  });

  router.delete('/api/inbox/session', deps.auth, async (req, res) => {
    await deps.sessions.end(sessionToken(req));
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  router.get('/api/inbox/session', deps.auth, (_req, res) => {
    res.json(inboxCaller(res));
  });

  router.get('/api/inbox/tickets', deps.auth, async (req, res) => {
    const query = parseInput(ticketListQuerySchema, req.query, 'ticket query');
    res.json({ tickets: await deps.inbox.queue(query) });
  });

  router.get('/api/inbox/tickets/:ticketId', deps.auth, async (req, res) => {
    const { ticketId } = parseInput(ticketParamsSchema, req.params, 'ticket id');
    res.json(await deps.inbox.view(ticketId));
  });

  mountTicketActions(router, '/api/inbox/tickets', deps, (_req, res, name, result) => {
    res.status(name === 'reply' ? 201 : 200).json(result);
  });

  router.get('/api/inbox/analytics', deps.auth, async (req, res) => {
    const query = parseInput(outcomeQuerySchema, req.query, 'analytics query');
    res.json(await deps.inbox.outcomes(query));
  });

  router.get('/api/inbox/analytics.csv', deps.auth, async (req, res) => {
    const query = parseInput(outcomeQuerySchema, req.query, 'analytics query');
    res
      .type('text/csv')
      .attachment(`verity-outcomes-${query.from.slice(0, 10)}-${query.to.slice(0, 10)}.csv`)
      .send(outcomeCsv(await deps.inbox.outcomes(query)));
  });

  router.get('/api/inbox/conversations', deps.auth, async (req, res) => {
    const query = parseInput(conversationListQuerySchema, req.query, 'conversation query');
    res.json({ conversations: await deps.conversations.list(query) });
  });

  router.get('/api/inbox/conversations/:conversationId', deps.auth, async (req, res) => {
    const { conversationId } = parseInput(conversationParamsSchema, req.params, 'conversation id');
    const conversation = await deps.conversations.read(conversationId);
    if (!conversation) throw new NotFoundError('No conversation with this id.');
    res.json(conversation);
  });

  return router;
}
