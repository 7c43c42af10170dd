import { z } from 'zod';
import {
  chatHistorySchema,
  chatMessageBodySchema,
  chatReplySchema,
  feedbackBodySchema,
} from '../../common/chat-api/chat-api.js';
import { analyticsQuerySchema } from './routes/chat-router.js';
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
          parameters: Object.entries(
            (z.toJSONSchema(analyticsQuerySchema, { io: 'input' }) as { properties: Record<string, unknown> })
              .properties,
          ).map(([name, schema]) => ({
            name,
            in: 'query',
            required: name !== 'store',
            schema,
          })),
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
