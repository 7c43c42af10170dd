import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import {
  chatUpdatesSchema,
  chatHistorySchema,
  chatMessageBodySchema,
  feedbackBodySchema,
} from '../../../common/chat-api/chat-api.js';
import { NotFoundError } from '../../../common/errors.js';
import type { RecordStore } from '../../../common/record-store/record-store.js';
import { chatAnalytics } from '../../analytics/chat-analytics.js';
import type { ChatService } from '../../chat/chat-service.js';
import type { HandoffDesk } from '../../escalation/handoff-tickets.js';
import type { ConversationRecords } from '../../records/conversation-records.js';
import type { SessionHistory } from '../../chat/session-history.js';
import { customerIdentity } from '../customer-identity.js';
import { parseInput } from '../validate.js';

const sessionParamsSchema = z.object({ sessionId: z.string().uuid() });
export const updatesQuerySchema = z.object({
  after: z.uuid().describe('Id of the last message the widget shows; only later messages are returned'),
});

export const analyticsQuerySchema = z
  .object({
    from: z.iso.date().or(z.iso.datetime()),
    to: z.iso.date().or(z.iso.datetime()),
    store: z
      .string()
      .regex(/^[a-z0-9_]+$/)
      .optional(),
  })
  .refine((q) => new Date(q.from) < new Date(q.to), { message: 'from must be before to', path: ['from'] });

export interface ChatRouterDeps {
  chat: ChatService;
  history: SessionHistory;
  records: ConversationRecords;
  db: RecordStore;
  handoffs: HandoffDesk;
  sharedSecret: string | undefined;
  operatorAuth: RequestHandler;
}

/** The chat API: thin routes that parse, authenticate and make one use-case call each. */
export function createChatRouter(deps: ChatRouterDeps): Router {
  const router = Router();

  router.post('/api/chat/message', async (req, res) => {
    const body = parseInput(chatMessageBodySchema, req.body, 'chat message');
    const identity = await customerIdentity(req, deps.sharedSecret);
    const reply = await deps.chat.handle({ ...body, identity, ip: req.ip ?? 'unknown' });
    res.json(reply);
  });

  router.get('/api/chat/history/:sessionId', async (req, res) => {
    const { sessionId } = parseInput(sessionParamsSchema, req.params, 'session id');
    const identity = await customerIdentity(req, deps.sharedSecret);
    const messages = await deps.history.restorable(sessionId, identity ?? null);
    // Parsed on the way out too: only the wire shape leaves (no conversation ids, no intents).
    res.json(chatHistorySchema.parse({ sessionId, messages }));
  });

  // Polled by the widget while a handoff is live (docs/inbox.md says why polling, not SSE).
  router.get('/api/chat/updates/:sessionId', async (req, res) => {
    const { sessionId } = parseInput(sessionParamsSchema, req.params, 'session id');
    const { after } = parseInput(updatesQuerySchema, req.query, 'updates query');
    const identity = await customerIdentity(req, deps.sharedSecret);
    const messages = await deps.history.restorable(sessionId, identity ?? null);
    const cursor = messages.findIndex((m) => m.id === after);
    const handoff = await deps.handoffs.customerState([...new Set(messages.map((m) => m.conversationId))]);
    res.json(
      chatUpdatesSchema.parse({
        sessionId,
        // Only what the widget did not write itself: the assistant's and the person's messages.
        messages:
          cursor < 0
            ? []
            : messages.slice(cursor + 1).filter((m) => m.role === 'assistant' || m.role === 'agent'),
        handoff,
      }),
    );
  });

  router.post('/api/chat/feedback', async (req, res) => {
    const body = parseInput(feedbackBodySchema, req.body, 'feedback');
    const message = await deps.records.findAssistantMessage(body.sessionId, body.messageId);
    if (!message) throw new NotFoundError('No assistant message with this id in this session.');
    await deps.records.recordFeedback({ conversationId: message.conversationId, ...body });
    res.status(201).json({ ok: true });
  });

  router.get('/api/chat/analytics', deps.operatorAuth, async (req, res) => {
    const query = parseInput(analyticsQuerySchema, req.query, 'analytics query');
    res.json(await chatAnalytics(deps.db, query));
  });

  return router;
}
