import { Router, type RequestHandler } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import multer from 'multer';
import { z } from 'zod';
import {
  chatUpdatesSchema,
  ATTACHMENT_TYPES,
  attachmentCreatedSchema,
  chatHistorySchema,
  chatGreetingSchema,
  chatMessageBodySchema,
  feedbackBodySchema,
  greetingQuerySchema,
  type AttachmentType,
  type ChatGreeting,
} from '../../../common/chat-api/chat-api.js';
import type { MagentoClient } from '../../../common/magento/magento-client.js';
import { render } from '../../replies/render.js';
import { withReplyContext } from '../../replies/reply-context.js';
import type { StoreDirectory } from '../../tools/store-directory.js';
import { AppError, ForbiddenError, NotFoundError, ValidationError } from '../../../common/errors.js';
import { cleanInputText } from '../../../common/chat-api/clean-input.js';
import type { ChatAttachments } from '../../records/chat-attachments.js';
import { clientAddressKey } from '../client-address.js';
import type { RequestLimits } from '../request-limits.js';
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
const attachmentParamsSchema = z.object({ id: z.string().uuid() });
const uploadFieldsSchema = z.object({ sessionId: z.string().uuid() });

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
  limits: RequestLimits;
  attachments: ChatAttachments;
  /** Largest upload, in bytes (ATTACHMENT_MAX_BYTES). */
  attachmentMaxBytes: number;
  /** What the widget opens with; without it `GET /api/chat/greeting` is not served. */
  greetings?: StoreGreetings;
}

const GREETING_TTL_MS = 5 * 60_000;

/**
 * The greeting a widget opens with, per store view: the merchant's own (Stores › Configuration › Verity ›
 * Widget › Greeting, set per store view and so in its language; `{store}` in it becomes the store's name),
 * else Verity's greeting template (merchant overrides apply) with the store's name. The store's name is
 * Magento's store (group) name, "Cedar & Pine", never the store view's label. Cached for a few minutes.
 */
export class StoreGreetings {
  private readonly cache = new Map<string, { value: Promise<ChatGreeting>; expiresAt: number }>();

  constructor(
    private readonly magento: Pick<MagentoClient, 'listStoreGroups' | 'listStoreViews' | 'getVerityConfig'>,
    private readonly stores: Pick<StoreDirectory, 'resolve'>,
    private readonly now: () => number = Date.now,
  ) {}

  async greeting(code: string | undefined): Promise<ChatGreeting> {
    const store = await this.stores.resolve(code);
    const cached = this.cache.get(store.code);
    if (cached && cached.expiresAt > this.now()) return cached.value;
    const value = this.compose(store.code, store.locale, store.name);
    this.cache.set(store.code, { value, expiresAt: this.now() + GREETING_TTL_MS });
    value.catch(() => this.cache.delete(store.code));
    return value;
  }

  private async compose(code: string, locale: 'en' | 'fr', viewName: string): Promise<ChatGreeting> {
    const [groups, views, config] = await Promise.all([
      this.magento.listStoreGroups(),
      this.magento.listStoreViews(),
      // Without the module's settings the template greets; a greeting is never worth an error.
      this.magento.getVerityConfig(code).catch(() => null),
    ]);
    const groupId = views.find((v) => v.code === code)?.store_group_id;
    const storeName = groups.find((g) => g.id === groupId)?.name?.trim() || viewName;
    const configured = config?.widget.greeting.trim() ?? '';
    const greeting =
      configured !== ''
        ? configured.replaceAll('{store}', storeName)
        : withReplyContext({ store: code }, () => render('greeting', locale, { store: storeName }));
    return { store: code, storeName, locale, greeting };
  }
}

/** The chat API: thin routes that parse, authenticate and make one use-case call each. */
export function createChatRouter(deps: ChatRouterDeps): Router {
  const router = Router();

  router.get('/api/chat/greeting', async (req, res) => {
    if (!deps.greetings) throw new NotFoundError('No greeting is configured.');
    const { store } = parseInput(greetingQuerySchema, req.query, 'greeting query');
    res.set('cache-control', 'public, max-age=300');
    res.json(chatGreetingSchema.parse(await deps.greetings.greeting(store)));
  });

  router.post('/api/chat/message', async (req, res) => {
    const body = parseInput(chatMessageBodySchema, req.body, 'chat message');
    const identity = await customerIdentity(req, deps.sharedSecret);
    // The address the flows' limits (guest proofs, actions) count under: an IPv6 client by its /56.
    const ip = clientAddressKey(req.ip);
    await deps.limits.message({
      ...(body.sessionId ? { sessionId: body.sessionId } : {}),
      ...(identity ? { customerId: identity.customerId } : {}),
    });
    const reply = await deps.chat.handle({ ...body, identity, ip });
    res.json(reply);
  });

  // Evidence for a claim: one file per request, kept in memory up to the limit, typed by its content.
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: deps.attachmentMaxBytes, files: 1, fields: 4, fieldSize: 256, parts: 6 },
  }).single('file');
  router.post('/api/chat/attachments', async (req, res) => {
    await deps.limits.uploadFrom(req.ip);
    if (!req.is('multipart/form-data'))
      throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data.', { status: 415 });
    await new Promise<void>((resolve, reject) =>
      upload(req, res, (error: unknown) => {
        if (!error) resolve();
        // Multer's own limits are mapped by the error handler; anything else is a body busboy could not read.
        else if (error instanceof multer.MulterError) reject(error);
        else reject(new ValidationError('The multipart body is malformed.'));
      }),
    );
    const { sessionId } = parseInput(uploadFieldsSchema, req.body, 'upload');
    await deps.limits.uploadInto(sessionId);
    const file = req.file;
    if (!file || file.size === 0) throw new ValidationError('file: a non-empty file is required.');
    const identity = await customerIdentity(req, deps.sharedSecret);
    const conversation = await deps.attachments.currentConversation(sessionId);
    if (!conversation)
      throw new NotFoundError('No conversation with this session id yet: send a message first.');
    if (conversation.customerId !== null && conversation.customerId !== identity?.customerId)
      throw new ForbiddenError('This chat session belongs to another customer.');
    const detected = await fileTypeFromBuffer(file.buffer);
    const type = ATTACHMENT_TYPES.find((t) => t === detected?.mime);
    if (!type)
      throw new AppError(
        'unsupported_file_type',
        'Only JPEG, PNG or WebP photos and PDF files can be sent.',
        {
          status: 415,
        },
      );
    const attachment = await deps.attachments.save({
      conversationId: conversation.conversationId,
      name: fileName(file.originalname, type),
      type,
      data: file.buffer,
    });
    res.status(201).json(attachmentCreatedSchema.parse({ attachment }));
  });

  // For the person reviewing a claim (operator key): the file, never rendered inline by the browser.
  router.get('/api/chat/attachments/:id', deps.operatorAuth, async (req, res) => {
    const { id } = parseInput(attachmentParamsSchema, req.params, 'attachment id');
    const file = await deps.attachments.file(id);
    if (!file) throw new NotFoundError('No attachment with this id.');
    res
      .set({
        'content-type': file.type,
        'content-disposition': `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"`,
        'cache-control': 'private, no-store',
        'content-security-policy': "default-src 'none'; sandbox",
      })
      .send(file.data);
  });

  router.get('/api/chat/history/:sessionId', async (req, res) => {
    await deps.limits.address(req.ip, 'history');
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
    await deps.limits.address(req.ip, 'feedback');
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

const EXTENSIONS: Record<AttachmentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

/** The name the customer's device gave, cleaned and bounded; a generic one when it gave none. */
function fileName(original: string | undefined, type: AttachmentType): string {
  const cleaned = cleanInputText(original ?? '')
    .replace(/[\\/]/g, '_')
    .trim()
    .slice(0, 120);
  return cleaned === '' ? `evidence.${EXTENSIONS[type]}` : cleaned;
}
