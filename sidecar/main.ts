import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { Redis } from 'ioredis';
import type { Config } from '../common/config/config.js';
import { INDEX_QUEUE_NAME, type IndexJob, type IndexJobResult } from '../common/catalog/index-jobs.js';
import { createEmbedder } from '../common/embedding/create-embedder.js';
import type { Embedder } from '../common/embedding/embedder.js';
import type { JobQueue } from '../common/jobs/job-queue.js';
import { openJobQueue } from '../common/jobs/open-job-queue.js';
import type { Logger } from '../common/logger.js';
import {
  createMagentoClient,
  magentoClientOptionsFromConfig,
} from '../common/magento/create-magento-client.js';
import type { MagentoClient } from '../common/magento/magento-client.js';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { openRecordStore } from '../common/record-store/open-record-store.js';
import type { RecordStore } from '../common/record-store/record-store.js';
import { openSessionStore } from '../common/session-store/open-session-store.js';
import { DurableSessionStore } from '../common/session-store/durable-session-store.js';
import { DurableEnqueue } from '../common/jobs/durable-enqueue.js';
import { createVectorStore } from '../common/vector-store/create-vector-store.js';
import type { VectorStore } from '../common/vector-store/vector-store.js';
import { ActionService } from './actions/request-action.js';
import { AuditLog } from './audit/audit-log.js';
import { BoundedActions } from './flows/bounded-actions.js';
import { ChatService } from './chat/chat-service.js';
import type { ChatDeps } from './flows/flow-deps.js';
import { dialogueStateSchema } from './flows/dialogue-state.js';
import { HandoffDesk } from './escalation/handoff-tickets.js';
import { WebhookOutbox } from './escalation/webhook-outbox.js';
import { inboxAuth } from './http/inbox-auth.js';
import { createInboxApiRouter } from './http/routes/inbox-api-router.js';
import { createInboxPageRouter } from './http/routes/inbox-page-router.js';
import { createPrivacyRouters } from './http/routes/privacy-router.js';
import { RetentionJob } from './privacy/retention.js';
import { AfterHoursNotices } from './escalation/after-hours.js';
import { startTaskSchedule } from './inbox/scheduled-tasks.js';
import { CreditMemoWatch, creditMemosFrom } from './analytics/credit-memo-watch.js';
import { ConversationDirectory } from './inbox/conversation-directory.js';
import { InboxService } from './inbox/inbox-service.js';
import { OperatorDirectory } from './inbox/operators.js';
import { OperatorSessions } from './inbox/operator-sessions.js';
import { createApp } from './http/create-app.js';
import { operatorAuth } from './http/operator-auth.js';
import { openApiDocument } from './http/openapi.js';
import { createAuditRouter } from './http/routes/audit-router.js';
import { createChatRouter, StoreGreetings } from './http/routes/chat-router.js';
import { createDemoRouter, type DemoCustomer } from './http/routes/demo-router.js';
import { createHealthRouter } from './http/routes/health-router.js';
import { createIndexWebhookRouter } from './http/routes/index-webhook-router.js';
import { PolicySource } from './policy/policy-source.js';
import { DEFAULT_LLM_LIMITS } from './llm/llm-budget.js';
import { phraseReply, type PhraseContext } from './llm/phrase-reply.js';
import { generateCommands, type CommandContext } from './llm/generate-commands.js';
import { TurnAdmission } from './http/admission.js';
import { installOverrides, loadOverridesDirectory } from './replies/overrides.js';
import { loadPrompt } from './llm/prompt-registry.js';
import { RecordStoreSpendCounter } from './llm/record-store-spend-counter.js';
import type { ProtectedValue } from './safety/filter-output.js';
import type { TurnFacts } from './verifier/turn-facts.js';
import { ChatAttachments } from './records/chat-attachments.js';
import { ConversationRecords } from './records/conversation-records.js';
import { isLoopbackHost } from './http/loopback.js';
import { RequestLimits } from './http/request-limits.js';
import { SessionHistory } from './chat/session-history.js';
import { StoreNluRegistry } from './store-nlu-registry.js';
import { StoreAttributeLabels } from './tools/attribute-labels.js';
import { IndexedCatalog } from './tools/catalog-search.js';
import { OrderAccess } from './tools/order-access.js';
import { StoreDirectory } from './tools/store-directory.js';
import { StorePolicies } from './tools/store-policies.js';
import { storesNeverIndexed } from './tools/index-readiness.js';

/** Adapters the all-in-one process shares between the sidecar and its in-process indexer. */
export interface SharedAdapters {
  magento: MagentoClient;
  records: RecordStore;
  vectorStore: VectorStore;
  embedder: Embedder;
  queue: JobQueue<IndexJob, IndexJobResult>;
}

export interface StartSidecarOptions {
  config: Config;
  logger: Logger;
  /** Built by the caller when shared with an in-process indexer; otherwise built here from the config. */
  adapters?: SharedAdapters;
  /** Serve the demo storefront (embedded default only): the sandbox customers one can chat as. */
  demo?: { customers: DemoCustomer[] };
  /** Base URL of the Magento admin's store (order links in the inbox). @default MAGENTO_URL */
  magentoBaseUrl?: string;
}

export interface RunningSidecar {
  url: string;
  sharedSecret: string;
  operatorKey: string;
  chat: ChatService;
  handoffs: HandoffDesk;
  close(): Promise<void>;
}

/** Must stay well above MAGENTO_TIMEOUT_MS so an execution still under way is never taken for a crash. */
const ACTION_RECOVERY_INTERVAL_MS = 2 * 60_000;
const WIDGET_DIST = fileURLToPath(new URL('../widget/dist/', import.meta.url));

/** Builds the adapters this process needs from the configuration. */
export async function openSharedAdapters(
  config: Config,
  logger: Logger,
  magentoUrl: string,
  magentoToken?: string,
): Promise<SharedAdapters> {
  const magento = createMagentoClient({
    ...magentoClientOptionsFromConfig(config, magentoUrl),
    ...(magentoToken ? { token: magentoToken } : {}),
    logger,
  });
  const records = await openRecordStore(config, { logger });
  const vectorStore = createVectorStore(config);
  const embedder = await createEmbedder(config);
  const queue = await openJobQueue<IndexJob, IndexJobResult>(INDEX_QUEUE_NAME, config, { logger });
  return { magento, records, vectorStore, embedder, queue };
}

/**
 * The sidecar's composition root: every adapter is built here (or handed in by the all-in-one
 * process) and passed down as an interface. Development without secrets gets random ones, printed once.
 */
export async function startSidecar(options: StartSidecarOptions): Promise<RunningSidecar> {
  const { config, logger } = options;
  if (!options.adapters && !config.MAGENTO_URL)
    throw new Error('startSidecar needs MAGENTO_URL or shared adapters.');
  const adapters = options.adapters ?? (await openSharedAdapters(config, logger, config.MAGENTO_URL!));
  const { magento, records: db, vectorStore, embedder, queue } = adapters;
  const sharedSecret = config.VERITY_SHARED_SECRET ?? randomBytes(32).toString('hex');
  const operatorKey = config.OPERATOR_API_KEY ?? randomBytes(16).toString('hex');

  // ioredis and openai are loaded only when configured: the embedded default uses neither.
  const redis: Redis | undefined = config.REDIS_URL
    ? new (await import('ioredis')).Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2 })
    : undefined;
  // An outage is reported by the commands that fail (the rate limiter then counts in memory).
  redis?.on('error', (error: Error) =>
    logger.warn({ err: error.message }, 'Redis (rate limits) unavailable'),
  );
  const limiter: RateLimiter = redis
    ? new RedisRateLimiter(redis, config.REDIS_KEY_PREFIX)
    : new MemoryRateLimiter();
  // Written to the record store first and Redis second: a Redis outage or restart loses no session.
  const sessions = new DurableSessionStore(
    await openSessionStore(config, { schema: dialogueStateSchema, logger, namespace: 'chat' }),
    db,
    { schema: dialogueStateSchema, logger, defaultTtlSeconds: config.SESSION_TTL_SECONDS },
  );
  const stores = new StoreDirectory(
    magento,
    config.MAGENTO_STORE_CODES ? { allowedCodes: config.MAGENTO_STORE_CODES.split(',') } : {},
  );
  const policySource = new PolicySource({ fetchConfig: (store) => magento.getVerityConfig(store) });
  const policies = new StorePolicies(magento, policySource);
  const catalog = new IndexedCatalog(vectorStore, embedder);
  const nlu = new StoreNluRegistry({
    magento,
    logger,
    ...(config.EMBEDDER === 'hashing' ? {} : { embedder }),
  });
  const records = new ConversationRecords(db, logger);
  const attachments = new ChatAttachments(db);
  const audit = new AuditLog(db);
  const webhooks = new WebhookOutbox(db, logger, {
    ...(config.HANDOFF_WEBHOOK_URL ? { url: config.HANDOFF_WEBHOOK_URL } : {}),
    secret: sharedSecret,
  });
  // Deliveries a previous run left pending are sent now, then retried until they succeed or give up.
  webhooks.start();
  const handoffs = new HandoffDesk(db, logger, webhooks);
  const magentoBase = (options.magentoBaseUrl ?? config.MAGENTO_URL)?.replace(/\/$/, '');
  const adminOrderUrl = magentoBase
    ? (entityId: number) => `${magentoBase}/admin/sales/order/view/order_id/${entityId}/`
    : undefined;
  const actionService = new ActionService({ store: db, magento, auditLog: audit, logger });
  // Finish what a crash left mid-way, now and then periodically (rows stuck in `executing` become
  // eligible once stale, see recoverActions).
  const recover = () =>
    actionService.recover().then(
      (report) => logger.info({ report }, 'action outbox recovered'),
      (error: unknown) => logger.error({ err: error }, 'action recovery failed'),
    );
  await recover();
  const recoveryTimer = setInterval(() => void recover(), ACTION_RECOVERY_INTERVAL_MS);
  recoveryTimer.unref();
  const attributeLabels = new StoreAttributeLabels(magento, logger.child({ component: 'attribute-labels' }));
  // The merchant's wordings per store view ($DATA_DIR/replies/<store>.json, docs/replies.md).
  const overrides = loadOverridesDirectory(path.join(config.dataDir, 'replies'));
  installOverrides(overrides.byStore);
  for (const problem of overrides.rejected) logger.error({ problem }, 'reply override rejected');
  for (const problem of overrides.warnings) logger.warn({ problem }, 'reply override warning');
  const deps: ChatDeps = {
    magento,
    catalog,
    orders: new OrderAccess(magento),
    policies,
    actions: new BoundedActions({ service: actionService, magento, policies }),
    limiter,
    limits: {
      actionsPerCustomer: config.ACTION_LIMIT_PER_CUSTOMER,
      actionsPerAddress: config.ACTION_LIMIT_PER_ADDRESS,
      verificationsPerSession: config.GUEST_VERIFICATION_LIMIT_PER_SESSION,
      verificationsPerAddress: config.GUEST_VERIFICATION_LIMIT_PER_ADDRESS,
    },
    evidence: async (conversationId) => (await attachments.sentIn(conversationId)).map((a) => a.id),
    attributeLabels: (store) => attributeLabels.labels(store),
    understand: (store, text, context) => nlu.understand(store, text, context),
  };
  const llm = config.OPENAI_API_KEY
    ? new (await import('../common/llm/openai-llm.js')).OpenAiLlm({
        apiKey: config.OPENAI_API_KEY,
        model: config.OPENAI_MODEL,
        ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
      })
    : undefined;
  const secrets: ProtectedValue[] = [
    { label: 'shared secret', value: sharedSecret, kind: 'secret' },
    { label: 'operator key', value: operatorKey, kind: 'secret' },
    ...(config.MAGENTO_TOKEN
      ? [{ label: 'Magento token', value: config.MAGENTO_TOKEN, kind: 'secret' as const }]
      : []),
    ...(config.OPENAI_API_KEY
      ? [{ label: 'OpenAI key', value: config.OPENAI_API_KEY, kind: 'secret' as const }]
      : []),
  ];
  // LLM drafts are also checked for the prompts they were written from.
  const protectedValues: ProtectedValue[] = [
    ...secrets,
    ...(['phrase-reply', 'commands'] as const).map((name) => ({
      label: `${name} prompt`,
      value: loadPrompt(name).text,
      kind: 'prompt' as const,
    })),
  ];
  const phrase = llm
    ? (facts: TurnFacts, reply: string, context: PhraseContext) =>
        phraseReply(facts, reply, context, {
          llm,
          limits: DEFAULT_LLM_LIMITS,
          spend: new RecordStoreSpendCounter(db),
          protectedValues,
        })
    : undefined;
  const generate = llm
    ? (context: CommandContext) =>
        generateCommands(context, { llm, limits: DEFAULT_LLM_LIMITS, spend: new RecordStoreSpendCounter(db) })
    : undefined;
  const chat = new ChatService(deps, {
    records,
    sessions,
    handoffs,
    stores,
    logger,
    protectedValues: secrets,
    sessionTtlSeconds: config.SESSION_TTL_SECONDS,
    ...(phrase ? { phrase } : {}),
    ...(generate ? { generateCommands: generate } : {}),
    ...(adminOrderUrl ? { adminOrderUrl } : {}),
    attachments,
    turnDeadlineMs: config.TURN_DEADLINE_MS,
    escalationContact: async (store) => (await policySource.get(store)).config.escalation_contact || null,
  });

  const guard = operatorAuth(operatorKey);
  // Background tasks, once per interval across processes (BullMQ job schedulers with REDIS_URL, else
  // timers): transcripts past the store view's retention period are purged; a customer waiting outside
  // business hours is told when the team is back (docs/privacy.md, docs/inbox.md).
  const retention = new RetentionJob({
    deps: { db, auditLog: audit },
    storeCodes: async () => (await stores.list()).map((s) => s.code),
    retentionDays: async (store) => (await policySource.get(store)).config.retention_days,
    logger,
  });
  const afterHours = new AfterHoursNotices({
    desk: handoffs,
    records,
    storeHours: async (store) => {
      const [verity, view] = await Promise.all([magento.getVerityConfig(store), stores.resolve(store)]);
      return {
        businessHours: verity.business_hours,
        timeZone: view.timeZone,
        contact: verity.escalation_contact || null,
      };
    },
    logger,
  });
  // Credit memos created in Magento after a denied refund reverse that answer in the outcome analytics.
  const creditMemos = new CreditMemoWatch({ db, creditMemos: creditMemosFrom(magento), logger });
  const schedule = await startTaskSchedule([retention.task(), afterHours.task(), creditMemos.task()], {
    logger,
    ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}),
    prefix: config.REDIS_KEY_PREFIX,
  });
  const inbox = new InboxService({
    db,
    desk: handoffs,
    records,
    auditLog: audit,
    logger,
    adminOrderUrl: async (store, order) => {
      if (!adminOrderUrl) return null;
      if (order.entityId !== undefined) return adminOrderUrl(order.entityId);
      return adminOrderUrl((await magento.getOrderByIncrementId(store, order.number)).entity_id);
    },
    ...(phrase ? { copilot: { phrase } } : {}),
  });
  const operators = new OperatorDirectory(config.INBOX_OPERATORS, operatorKey);
  const operatorSessions = new OperatorSessions(db, operators, config.INBOX_SESSION_HOURS, sharedSecret);
  const privacy = createPrivacyRouters({
    db,
    records,
    auditLog: audit,
    forgetSession: (id) => sessions.delete(id),
    auth: inboxAuth({ sessions: operatorSessions, operatorKey }),
    sharedSecret,
  });
  const inboxDeps = {
    inbox,
    directory: operators,
    sessions: operatorSessions,
    limiter,
    sessionHours: config.INBOX_SESSION_HOURS,
    logger,
  };
  const accepted = new DurableEnqueue(queue, db, { logger });
  void accepted.relay();
  const publicUrl = config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`;
  const limits = new RequestLimits(limiter, {
    perAddress: config.RATE_LIMIT_PER_ADDRESS,
    perSession: config.RATE_LIMIT_PER_SESSION,
    uploadsPerAddress: config.ATTACHMENT_LIMIT_PER_ADDRESS,
  });
  const app = createApp({
    logger,
    trustProxy: config.TRUST_PROXY,
    chatGate: limits.messageGate(),
    // Overload answers 503 with Retry-After instead of queueing turns for seconds (docs/performance.md).
    admission: new TurnAdmission(
      {
        maxConcurrent: config.CHAT_MAX_CONCURRENT_TURNS,
        maxQueued: config.CHAT_MAX_QUEUED_TURNS,
        maxWaitMs: config.CHAT_MAX_QUEUE_WAIT_MS,
      },
      logger,
    ).handler(),
    rawBodyRouters: [
      privacy.raw,
      createIndexWebhookRouter({
        queue,
        accepted,
        storeCodes: async () => (await stores.list()).map((s) => s.code),
        sharedSecret,
        operatorAuth: guard,
      }),
    ],
    routers: [
      createHealthRouter([
        { name: 'magento', check: async () => void (await magento.listStoreViews()) },
        { name: `record-store (${db.kind})`, check: () => db.ping() },
        {
          name: `search-index (${vectorStore.kind})`,
          check: async () => {
            const codes = (await stores.list()).map((s) => s.code);
            await catalog.check(codes);
            const building = await storesNeverIndexed(db, codes);
            if (building.length > 0)
              throw new Error(
                `the first full index is not finished for store view(s): ${building.join(', ')}`,
              );
          },
        },
        { name: `sessions (${sessions.kind})`, check: () => sessions.ping() },
      ]),
      createChatRouter({
        chat,
        history: new SessionHistory(records, sessions),
        records,
        db,
        handoffs,
        sharedSecret,
        operatorAuth: guard,
        limits,
        attachments,
        attachmentMaxBytes: config.ATTACHMENT_MAX_BYTES,
        greetings: new StoreGreetings(magento, stores),
      }),
      createInboxApiRouter({
        ...inboxDeps,
        conversations: new ConversationDirectory(db, records, handoffs),
        auth: inboxAuth({ sessions: operatorSessions, operatorKey }),
      }),
      createInboxPageRouter({
        ...inboxDeps,
        auth: inboxAuth({ sessions: operatorSessions, operatorKey, signInPage: '/inbox/sign-in' }),
      }),
      privacy.json,
      createAuditRouter({ auditLog: audit, operatorAuth: guard }),
      express.Router().get('/api/openapi.json', (_req, res) => {
        res.json(openApiDocument(publicUrl));
      }),
      ...(demoAllowed(options.demo, config.HOST, logger)
        ? [createDemoRouter({ magento, stores, customers: options.demo.customers, sharedSecret })]
        : []),
    ],
    staticHandlers: [
      express.Router().use('/widget', express.static(path.resolve(WIDGET_DIST), { maxAge: '5m' })),
    ],
  });

  const server = await listen(app, config.HOST, config.PORT);
  const address = server.address() as AddressInfo;
  const url = `http://${config.HOST}:${address.port}`;
  logger.info({ url }, 'sidecar listening');
  return {
    url,
    sharedSecret,
    operatorKey,
    chat,
    handoffs,
    close: async () => {
      clearInterval(recoveryTimer);
      accepted.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      webhooks.stop();
      await schedule.close();
      await handoffs.drain();
      await sessions.close();
      redis?.disconnect();
      if (!options.adapters) {
        await queue.close();
        await vectorStore.close();
        await db.close();
      }
    },
  };
}

/**
 * The demo storefront signs anyone in as any sandbox customer and lists their e-mails: it exists only
 * in the embedded demo, and only while the sidecar listens on a loopback address.
 */
function demoAllowed(
  demo: StartSidecarOptions['demo'],
  host: string,
  logger: Logger,
): demo is NonNullable<StartSidecarOptions['demo']> {
  if (!demo) return false;
  if (isLoopbackHost(host)) return true;
  logger.warn({ host }, 'demo storefront not served: the sidecar listens beyond loopback');
  return false;
}

function listen(app: express.Express, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    // Longer than a load balancer's idle timeout (60 s), so the server never closes a kept-alive socket
    // just as a client reuses it (the request would be lost); headers must be allowed longer still.
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}
