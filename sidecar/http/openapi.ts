import { z } from 'zod';
import {
  chatGreetingSchema,
  chatHistorySchema,
  chatMessageBodySchema,
  chatUpdatesSchema,
  chatReplySchema,
  feedbackBodySchema,
} from '../../common/chat-api/chat-api.js';
import { analyticsQuerySchema, updatesQuerySchema } from './routes/chat-router.js';
import {
  outcomeQuerySchema,
  conversationListQuerySchema,
  signInBodySchema,
  ticketListQuerySchema,
} from './routes/inbox-api-router.js';
import { agentReplyBodySchema, closeTicketBodySchema } from './routes/ticket-actions.js';
import { customerDeletedWebhookSchema, customerRefSchema } from './routes/privacy-router.js';
import { catalogWebhookSchema, reindexBodySchema } from './routes/index-webhook-router.js';

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
};

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const errors = {
  '400': { description: 'Invalid input', ...json(errorSchema) },
  '401': { description: 'Missing or invalid credentials', ...json(errorSchema) },
  '403': { description: 'Not yours', ...json(errorSchema) },
  '429': { description: 'Rate limited', ...json(errorSchema) },
  '503': { description: 'A backend is unavailable', ...json(errorSchema) },
};
const bodyOf = (schema: z.ZodType) => ({
  required: true,
  ...json(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })),
});
const responseOf = (description: string, schema: z.ZodType) => ({
  description,
  ...json(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' })),
});

/** Query parameters from a zod object schema (all optional unless listed in `required`). */
const queryOf = (schema: z.ZodType, required: readonly string[] = []) =>
  Object.entries(
    (
      z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
        properties: Record<string, unknown>;
      }
    ).properties,
  ).map(([name, property]) => ({ name, in: 'query', required: required.includes(name), schema: property }));
const ticketId = [
  { name: 'ticketId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
];
const inboxSecurity = [{ inboxSession: [] }, { operatorKey: [] }];
const ticketChange = (summary: string, body?: z.ZodType) => ({
  post: {
    summary,
    security: inboxSecurity,
    parameters: ticketId,
    ...(body ? { requestBody: bodyOf(body) } : {}),
    responses: {
      '200': { description: 'The ticket after the change' },
      ...errors,
      '404': { description: 'Unknown ticket', ...json(errorSchema) },
      '409': { description: 'The ticket is not in a state that allows this', ...json(errorSchema) },
    },
  },
});

/** The sidecar's OpenAPI document; request and chat response schemas are generated from the zod schemas the routes use. */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Verity sidecar',
      version: '0.1.0',
      description: 'Grounded customer-service assistant for Magento stores.',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        customerToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'HS256 token minted by the Magento module.',
        },
        operatorKey: { type: 'http', scheme: 'bearer', description: 'OPERATOR_API_KEY' },
        inboxSession: {
          type: 'apiKey',
          in: 'cookie',
          name: 'verity_inbox',
          description:
            'Session cookie from POST /api/inbox/session (HttpOnly, SameSite=Strict); changes also need the X-CSRF-Token header it returned.',
        },
        signature: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Verity-Signature',
          description: 'sha256=<HMAC of the raw body with the shared secret>',
        },
      },
    },
    paths: {
      '/api/chat/message': {
        post: {
          summary: 'Send a customer message and get the grounded reply',
          security: [{}, { customerToken: [] }],
          requestBody: bodyOf(chatMessageBodySchema),
          responses: { '200': responseOf('The reply', chatReplySchema), ...errors },
        },
      },
      '/api/chat/greeting': {
        get: {
          summary:
            "The greeting the widget opens with: the store's name and the merchant's greeting for the store view",
          parameters: [{ name: 'store', in: 'query', required: false, schema: { type: 'string' } }],
          security: [{}],
          responses: {
            '200': responseOf("The greeting, plain text in the store view's language", chatGreetingSchema),
            ...errors,
          },
        },
      },
      '/api/chat/history/{sessionId}': {
        get: {
          summary: "A session's messages (to its customer, or to the guest holding the session id)",
          parameters: [
            { name: 'sessionId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          ],
          security: [{}, { customerToken: [] }],
          responses: {
            '200': responseOf(
              'Messages in order, each with what it showed when it was sent',
              chatHistorySchema,
            ),
            ...errors,
            '404': { description: 'Unknown session', ...json(errorSchema) },
          },
        },
      },
      '/api/chat/updates/{sessionId}': {
        get: {
          summary:
            "Messages after the widget's last one and the handoff's state (polled while a person may answer)",
          parameters: [
            { name: 'sessionId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
            ...queryOf(updatesQuerySchema, ['after']),
          ],
          security: [{}, { customerToken: [] }],
          responses: {
            '200': responseOf(
              'New assistant and agent messages; handoff null once no ticket is live',
              chatUpdatesSchema,
            ),
            ...errors,
            '404': { description: 'Unknown session', ...json(errorSchema) },
          },
        },
      },
      '/api/inbox/session': {
        post: {
          summary: 'Sign an operator in to the inbox: sets the session cookie, returns the CSRF token',
          requestBody: bodyOf(signInBodySchema),
          responses: { '200': { description: 'Signed in: { operator, csrfToken }' }, ...errors },
        },
        get: {
          summary: 'Who is signed in',
          security: inboxSecurity,
          responses: { '200': { description: '{ operator, csrfToken }' }, ...errors },
        },
        delete: {
          summary: 'Sign out',
          security: inboxSecurity,
          responses: { '204': { description: 'Signed out' }, ...errors },
        },
      },
      '/api/inbox/tickets': {
        get: {
          summary:
            'Handoff tickets with reason, status, store view and waiting time (open first, oldest first)',
          security: inboxSecurity,
          parameters: queryOf(ticketListQuerySchema),
          responses: { '200': { description: '{ tickets }' }, ...errors },
        },
      },
      '/api/inbox/tickets/{ticketId}': {
        get: {
          summary:
            'One ticket with its conversation, orders (admin links), products shown, policy versions, action decisions, audit replay and the verified co-pilot draft',
          security: inboxSecurity,
          parameters: ticketId,
          responses: {
            '200': { description: 'The ticket view' },
            ...errors,
            '404': { description: 'Unknown ticket', ...json(errorSchema) },
          },
        },
      },
      '/api/inbox/tickets/{ticketId}/claim': ticketChange(
        'Claim the ticket: the assistant stays quiet while a person holds it',
      ),
      '/api/inbox/tickets/{ticketId}/reply': ticketChange(
        "Answer into the customer's widget (the claiming agent only)",
        agentReplyBodySchema,
      ),
      '/api/inbox/tickets/{ticketId}/resolve': ticketChange(
        'Resolve the ticket with a reason',
        closeTicketBodySchema,
      ),
      '/api/inbox/tickets/{ticketId}/hand-back': ticketChange(
        'Hand the conversation back to the assistant',
        closeTicketBodySchema,
      ),
      '/api/inbox/analytics': {
        get: {
          summary:
            'Outcome analytics: resolution judged by outcome (no handoff, no repeat contact within windowDays, no refund granted after a denial), abandoned counted apart, CSAT beside; per day, store view and topic; escalations by reason',
          security: inboxSecurity,
          parameters: queryOf(outcomeQuerySchema),
          responses: { '200': { description: 'The report' }, ...errors },
        },
      },
      '/api/inbox/analytics.csv': {
        get: {
          summary: 'The same report as CSV (one row per day, store view, topic and escalation reason)',
          security: inboxSecurity,
          parameters: queryOf(outcomeQuerySchema),
          responses: { '200': { description: 'text/csv' }, ...errors },
        },
      },
      '/api/inbox/conversations': {
        get: {
          summary: 'Conversations, newest first, optionally of one customer (id or e-mail) or store view',
          security: inboxSecurity,
          parameters: queryOf(conversationListQuerySchema),
          responses: { '200': { description: '{ conversations }' }, ...errors },
        },
      },
      '/api/inbox/conversations/{conversationId}': {
        get: {
          summary: 'One conversation with its transcript and tickets',
          security: inboxSecurity,
          parameters: [
            {
              name: 'conversationId',
              in: 'path',
              required: true,
              schema: { type: 'string', format: 'uuid' },
            },
          ],
          responses: {
            '200': { description: 'The conversation' },
            ...errors,
            '404': { description: 'Unknown conversation', ...json(errorSchema) },
          },
        },
      },
      '/api/privacy/export': {
        post: {
          summary:
            'Everything Verity holds about a customer (conversations, messages, ratings, tickets, uploads, decisions, audit entries)',
          security: [{ inboxSession: [] }, { operatorKey: [] }],
          requestBody: bodyOf(customerRefSchema),
          responses: { '200': { description: 'The export (JSON)' }, ...errors },
        },
      },
      '/api/privacy/erase': {
        post: {
          summary:
            "Erase a customer's data; audit entries keep their hash chain with the personal fields erased",
          security: [{ inboxSession: [] }, { operatorKey: [] }],
          requestBody: bodyOf(customerRefSchema),
          responses: { '200': { description: 'What was erased (counts)' }, ...errors },
        },
      },
      '/api/webhooks/customer-deleted': {
        post: {
          summary: "Magento deleted a customer (the module's observer): erase their data",
          security: [{ signature: [] }],
          requestBody: bodyOf(customerDeletedWebhookSchema),
          responses: { '200': { description: 'What was erased (counts)' }, ...errors },
        },
      },
      '/api/chat/feedback': {
        post: {
          summary: 'Rate an assistant message',
          requestBody: bodyOf(feedbackBodySchema),
          responses: { '201': { description: 'Recorded' }, ...errors },
        },
      },
      '/api/chat/analytics': {
        get: {
          summary: 'Conversation metrics per period, intent and day',
          security: [{ operatorKey: [] }],
          parameters: queryOf(analyticsQuerySchema, ['from', 'to']),
          responses: { '200': { description: 'Metrics' }, ...errors },
        },
      },
      '/api/audit': {
        get: {
          summary: 'Full replay of every action decided for an order',
          security: [{ operatorKey: [] }],
          parameters: [{ name: 'orderNumber', in: 'query', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'Audit entries, hash-chained' }, ...errors },
        },
      },
      '/api/webhooks/catalog': {
        post: {
          summary: 'Catalog change notification from the Magento module',
          security: [{ signature: [] }],
          requestBody: bodyOf(catalogWebhookSchema),
          responses: { '202': { description: 'Index jobs queued' }, ...errors },
        },
      },
      '/api/index/reindex': {
        post: {
          summary: 'Queue a full, incremental or per-SKU reindex',
          security: [{ signature: [] }, { operatorKey: [] }],
          requestBody: bodyOf(reindexBodySchema),
          responses: {
            '202': { description: 'Queued' },
            '200': { description: 'Finished (wait: true)' },
            ...errors,
          },
        },
      },
      '/healthz': { get: { summary: 'Liveness', responses: { '200': { description: 'Alive' } } } },
      '/readyz': {
        get: {
          summary: 'Readiness of every backend',
          responses: { '200': { description: 'Ready' }, '503': { description: 'A backend is down' } },
        },
      },
    },
  };
}
