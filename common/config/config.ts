import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../errors.js';

const optionalUrl = z.url().optional();
const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every environment variable Verity reads, with its default. The README's configuration table is
 * generated from the descriptions here (`npm run docs:config`), so the two cannot drift apart.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development').describe('Runtime mode.'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Log level (pino).'),
  HOST: z
    .string()
    .min(1)
    .default('127.0.0.1')
    .describe('Interface the sidecar listens on (`0.0.0.0` in containers).'),
  PORT: port.default(3000).describe('Sidecar HTTP port.'),
  DATA_DIR: z
    .string()
    .min(1)
    .default('data')
    .describe('Directory for the embedded record store, vector index and embedding cache.'),
  PUBLIC_URL: optionalUrl.describe('Public base URL of the sidecar, used in links and the widget loader.'),

  MAGENTO_URL: optionalUrl.describe(
    'Base URL of the Magento store. Unset: the embedded sandbox store is started.',
  ),
  MAGENTO_TOKEN: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Magento integration/admin bearer token for REST admin resources. Required with `MAGENTO_URL`.',
    ),
  MAGENTO_STORE_CODES: z
    .string()
    .regex(/^[a-z0-9_]+(,[a-z0-9_]+)*$/, 'comma-separated store view codes, e.g. "default,fr"')
    .optional()
    .describe('Store views Verity serves. Unset: all store views Magento reports.'),
  MAGENTO_TIMEOUT_MS: positiveInt
    .default(10_000)
    .describe('Timeout of one Magento request, in milliseconds.'),
  MAGENTO_RETRIES: z.coerce
    .number()
    .int()
    .min(0)
    .max(10)
    .default(3)
    .describe('Retries on Magento 5xx/timeouts (exponential backoff).'),

  SANDBOX_PORT: port.default(8080).describe('Port of the embedded sandbox store (0 = any free port).'),
  SANDBOX_FIXTURE: z
    .string()
    .min(1)
    .optional()
    .describe('Load the sandbox store from this fixture file instead of generating the demo store.'),
  SANDBOX_SEED: z.coerce.number().int().default(42).describe('Seed of the demo store generator.'),
  SANDBOX_PRODUCTS: positiveInt
    .default(1200)
    .describe('Number of products the demo store generator creates.'),
  SANDBOX_FAULTS: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Fault rules for the sandbox store (JSON array: latency, 5xx, timeouts, malformed JSON per route; docs/sandbox.md).',
    ),

  DATABASE_URL: optionalUrl.describe(
    'PostgreSQL URL for the record store. Unset: embedded PGlite in `DATA_DIR`.',
  ),
  DATABASE_POOL_MAX: positiveInt
    .default(20)
    .describe(
      'PostgreSQL connections each process may open (the pool size). Keep processes × this below the server’s `max_connections`.',
    ),
  DATABASE_CONNECT_TIMEOUT_MS: positiveInt
    .default(10_000)
    .describe(
      'Time a statement may wait for a free PostgreSQL connection or a new one to open, in milliseconds; past it the request fails as the record store being unavailable (503).',
    ),
  REDIS_URL: optionalUrl.describe(
    'Redis URL for BullMQ jobs and chat sessions. Unset: in-process jobs, in-memory sessions.',
  ),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)*$/, 'letters, digits, `_`, `.`, `-`, parts joined by `:`')
    .max(100)
    .default('verity')
    .describe(
      'Namespace of every Redis key (`<prefix>:chat:…` sessions, `<prefix>:ratelimit:…`, BullMQ `<prefix>:<queue>:…`), so several deployments or test runs can share one Redis.',
    ),
  QDRANT_URL: optionalUrl.describe(
    'Qdrant URL for the search index. Unset: the embedded index in `DATA_DIR`.',
  ),
  QDRANT_API_KEY: z.string().min(1).optional().describe('Qdrant API key.'),

  EMBEDDER: z
    .enum(['glove', 'openai', 'transformers', 'hashing'])
    .default('glove')
    .describe(
      'Embedding backend: `glove` (offline word vectors), `openai`, `transformers` (local ONNX), `hashing` (tests only).',
    ),
  TRANSFORMERS_MODEL_DIR: z
    .string()
    .min(1)
    .optional()
    .describe('Local model directory for `EMBEDDER=transformers`.'),
  OPENAI_API_KEY: z
    .string()
    .min(1)
    .optional()
    .describe('Key for an OpenAI-compatible endpoint; enables the LLM layer.'),
  OPENAI_BASE_URL: optionalUrl.describe('Base URL of an OpenAI-compatible endpoint.'),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini').describe('Chat model for phrasing replies.'),
  OPENAI_EMBEDDING_MODEL: z
    .string()
    .min(1)
    .default('text-embedding-3-small')
    .describe('Embedding model for `EMBEDDER=openai`.'),

  VERITY_SHARED_SECRET: z
    .string()
    .min(32, 'at least 32 characters')
    .optional()
    .describe(
      'Secret shared with the Magento module: signs customer tokens (HS256) and webhooks. Required in production.',
    ),
  OPERATOR_API_KEY: z
    .string()
    .min(16, 'at least 16 characters')
    .optional()
    .describe('Key for operator endpoints (analytics, audit, reindex). Required in production.'),
  HANDOFF_WEBHOOK_URL: optionalUrl.describe(
    'Called (signed, with retries) when a conversation is handed to a human.',
  ),
  INBOX_OPERATORS: z
    .string()
    .regex(
      /^[a-z0-9._@-]+:(agent|admin):scrypt\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+(:[^:,]+)?(,[a-z0-9._@-]+:(agent|admin):scrypt\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+(:[^:,]+)?)*$/,
      'comma-separated login:role:password-hash[:display name], role agent or admin, hash from `verity operator hash-password`',
    )
    .optional()
    .describe(
      'Agent inbox sign-ins: `login:role:scrypt-hash[:Display name]`, comma-separated (role `agent` or `admin`; `verity operator hash-password` makes the hash). The operator key also signs in, as admin.',
    ),
  INBOX_SESSION_HOURS: positiveInt.default(8).describe('How long an inbox sign-in lasts, in hours.'),
  SESSION_TTL_SECONDS: positiveInt.default(1800).describe('Idle time after which a chat session expires.'),
  TURN_DEADLINE_MS: positiveInt
    .default(8000)
    .describe(
      'Time one chat turn may spend on Magento reads, retries included; past it the customer gets a reply saying the store is not answering, with a person offered.',
    ),
  CHAT_MAX_CONCURRENT_TURNS: positiveInt
    .default(16)
    .describe(
      'Chat turns one process works on at once; more wait (admission control). One process runs its turns on one thread, so more does not add throughput, only latency.',
    ),
  CHAT_MAX_QUEUED_TURNS: positiveInt
    .default(64)
    .describe(
      'Chat turns that may wait for a place in one process; past it a turn is refused at once with 503 and `Retry-After`.',
    ),
  CHAT_MAX_QUEUE_WAIT_MS: positiveInt
    .default(2000)
    .describe(
      'Longest a chat turn may wait for a place, in milliseconds; then it is refused with 503 and `Retry-After`, so an overloaded process answers quickly instead of queueing for seconds.',
    ),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(?:[0-9a-fA-F.:/]+|loopback|linklocal|uniquelocal)(?:\s*,\s*(?:[0-9a-fA-F.:/]+|loopback|linklocal|uniquelocal))*$/,
      'comma-separated proxy addresses, CIDR ranges or loopback/linklocal/uniquelocal',
    )
    .optional()
    .describe(
      "Reverse proxies whose `X-Forwarded-For` is believed (addresses, CIDR ranges, `loopback`, `uniquelocal`). Unset: none, the client address is the connection's.",
    ),
  RATE_LIMIT_PER_ADDRESS: positiveInt
    .default(60)
    .describe(
      'Chat messages, uploads and history reads one client address may make per minute; a sixth of it (10) may be chat turns in flight at once.',
    ),
  RATE_LIMIT_PER_SESSION: positiveInt
    .default(20)
    .describe('Chat messages one session, or one signed-in customer, may send per minute.'),
  ACTION_LIMIT_PER_CUSTOMER: positiveInt
    .default(10)
    .describe(
      'Returns, refunds, cancellations and coupons one customer (or guest session) may ask for per hour.',
    ),
  ACTION_LIMIT_PER_ADDRESS: positiveInt
    .default(30)
    .describe('Returns, refunds, cancellations and coupons one client address may ask for per hour.'),
  GUEST_VERIFICATION_LIMIT_PER_SESSION: positiveInt
    .default(5)
    .describe(
      'Guest order verifications (e-mail + last name or postcode) one session may try per 15 minutes.',
    ),
  GUEST_VERIFICATION_LIMIT_PER_ADDRESS: positiveInt
    .default(20)
    .describe('Guest order verifications one client address may try per 15 minutes.'),
  ATTACHMENT_MAX_BYTES: positiveInt
    .default(5 * 1024 * 1024)
    .describe('Largest evidence file a customer may upload (JPEG, PNG, WebP or PDF), in bytes.'),
  ATTACHMENT_LIMIT_PER_ADDRESS: positiveInt
    .default(30)
    .describe(
      'Evidence files one client address may upload per hour (each chat session at most 10): bounds what one address can store.',
    ),
  INDEX_CONCURRENCY: positiveInt.default(2).describe('Concurrent index jobs per worker.'),
  INDEX_ON_START: flag.default(true).describe('Reindex the catalog at start-up when the index is empty.'),
});

export type Env = z.infer<typeof envSchema>;

/** The runtime configuration: every option resolved, no optionals where a default exists. */
export interface Config extends Env {
  /** Absolute path of DATA_DIR. */
  dataDir: string;
  /** True when Verity starts its own sandbox store (no MAGENTO_URL). */
  embeddedMagento: boolean;
}

/**
 * Reads and validates the environment once, at start-up. A bad or missing value stops the process
 * with a message that names the variable and what it expects.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '(environment)');
      const shown =
        input[name] === undefined ? 'missing' : `got ${JSON.stringify(redact(name, input[name]))}`;
      return `  ${name}: ${issue.message} (${shown})`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  const problems: string[] = [];
  if (values.MAGENTO_URL && !values.MAGENTO_TOKEN) {
    problems.push('  MAGENTO_TOKEN: required when MAGENTO_URL is set (a Magento integration access token)');
  }
  if (values.NODE_ENV === 'production') {
    if (!values.VERITY_SHARED_SECRET)
      problems.push('  VERITY_SHARED_SECRET: required in production (≥ 32 characters)');
    if (!values.OPERATOR_API_KEY)
      problems.push('  OPERATOR_API_KEY: required in production (≥ 16 characters)');
  }
  if (values.EMBEDDER === 'openai' && !values.OPENAI_API_KEY) {
    problems.push('  OPENAI_API_KEY: required when EMBEDDER=openai');
  }
  if (values.EMBEDDER === 'transformers' && !values.TRANSFORMERS_MODEL_DIR) {
    problems.push('  TRANSFORMERS_MODEL_DIR: required when EMBEDDER=transformers (a local model directory)');
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return {
    ...values,
    dataDir: path.resolve(cwd, values.DATA_DIR),
    embeddedMagento: values.MAGENTO_URL === undefined,
  };
}

function redact(name: string, value: string | undefined): string | undefined {
  return /SECRET|KEY|TOKEN|PASSWORD/.test(name) && value !== undefined ? '[redacted]' : value;
}
