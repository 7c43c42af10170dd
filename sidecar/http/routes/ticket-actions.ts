import type { Request, RequestHandler, Response, Router } from 'express';
import { z } from 'zod';
import { typedText } from '../../../common/chat-api/chat-api.js';
import type { InboxService } from '../../inbox/inbox-service.js';
import type { Operator } from '../../inbox/operators.js';
import { inboxCaller } from '../inbox-auth.js';
import { parseInput } from '../validate.js';

export const ticketParamsSchema = z.object({ ticketId: z.uuid() });
// Typed by a person: control characters (NUL, which the record store refuses) are cleaned at the boundary.
export const agentReplyBodySchema = z.object({ text: typedText(4000) });
export const closeTicketBodySchema = z.object({ reason: typedText(1000) });

interface TicketAction<S extends z.ZodType> {
  body: S;
  /** What the body is, in a 400's message. */
  what: string;
  run(inbox: InboxService, ticketId: string, operator: Operator, body: z.infer<S>): Promise<unknown>;
}

const action = <S extends z.ZodType>(a: TicketAction<S>) => a;

/** What a person can do to a ticket: one table for the JSON API and the pages' forms. */
export const TICKET_ACTIONS = {
  claim: action({
    body: z.object({}).loose(),
    what: 'claim',
    run: (inbox, id, operator) => inbox.claim(id, operator).then((ticket) => ({ ticket })),
  }),
  reply: action({
    body: agentReplyBodySchema,
    what: 'reply',
    run: (inbox, id, operator, body) => inbox.reply(id, operator, body.text),
  }),
  resolve: action({
    body: closeTicketBodySchema,
    what: 'resolution',
    run: (inbox, id, operator, body) =>
      inbox.resolve(id, operator, body.reason).then((ticket) => ({ ticket })),
  }),
  'hand-back': action({
    body: closeTicketBodySchema,
    what: 'hand-back note',
    run: (inbox, id, operator, body) =>
      inbox.handBack(id, operator, body.reason).then((ticket) => ({ ticket })),
  }),
};

/**
 * Mounts `POST {prefix}/:ticketId/{action}` for every ticket action; `respond` answers (JSON, or a
 * redirect back to the page).
 */
export function mountTicketActions(
  router: Router,
  prefix: string,
  deps: { inbox: InboxService; auth: RequestHandler },
  respond: (req: Request, res: Response, name: keyof typeof TICKET_ACTIONS, result: unknown) => void,
): void {
  for (const [name, spec] of Object.entries(TICKET_ACTIONS) as [
    keyof typeof TICKET_ACTIONS,
    TicketAction<z.ZodType>,
  ][]) {
    router.post(`${prefix}/:ticketId/${name}`, deps.auth, async (req, res) => {
      const { ticketId } = parseInput(ticketParamsSchema, req.params, 'ticket id');
      const body = parseInput(spec.body, req.body ?? {}, spec.what);
      respond(req, res, name, await spec.run(deps.inbox, ticketId, inboxCaller(res).operator, body));
    });
  }
}
