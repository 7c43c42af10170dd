import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningEmbedded } from '../../bin/start-embedded.js';
import { startThrowawayEmbedded } from '../../bin/start-throwaway-embedded.js';
import { signCustomerToken } from '../../common/identity/sign-customer-token.js';
import type { RunningSandbox } from '../../sandbox/index.js';
import type { Customer } from '../../sandbox/data/fixture-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Token options for {@link TestInstance.mintToken}. */
export interface MintTokenOptions {
  /** Lifetime from now, in seconds; negative for an already expired token. @default 3600 */
  expiresInSeconds?: number;
}

export interface TestInstance {
  /** The sidecar's base URL, e.g. `http://127.0.0.1:41234`. */
  sidecarUrl: string;
  /** The sandbox store: its URL, admin token and live data (`sandbox.data.fixture`). */
  sandbox: RunningSandbox;
  operatorKey: string;
  sharedSecret: string;
  /** A customer token for a sandbox customer, signed as the Magento module signs it. */
  mintToken(customer: Customer, options?: MintTokenOptions): Promise<string>;
  /** The whole embedded process, for checks the HTTP API does not expose (record store rows). */
  running: RunningEmbedded;
  /** The throw-away data directory (PGlite, search index, word vectors). */
  dataDir: string;
  /** Stops everything and deletes the throw-away data directory. */
  close(): Promise<void>;
}

/**
 * Starts the embedded instance (sandbox store, sidecar, in-process indexer) on free ports with a
 * throw-away data directory, and resolves once the catalog is indexed. Only the settings given here
 * and in `overrides` apply, never the shell's: the default is PGlite, Orama, in-memory sessions and
 * in-process jobs; pass `DATABASE_URL` / `REDIS_URL` / `HANDOFF_WEBHOOK_URL` … to change that.
 * Starting takes 20–60 s on 2 cores: use one instance per test file and a generous hook timeout.
 * The word-vector cache is built once in the project's `data/` (where `npm start` keeps it too).
 */
export async function startTestInstance(overrides: Record<string, string> = {}): Promise<TestInstance> {
  const { running, dataDir, close } = await startThrowawayEmbedded(
    { NODE_ENV: 'test', ...overrides },
    { gloveCacheFrom: path.join(root, 'data') },
  );
  const { sandbox, sidecar } = running;
  return {
    sidecarUrl: sidecar.url,
    sandbox,
    operatorKey: sidecar.operatorKey,
    sharedSecret: sidecar.sharedSecret,
    mintToken: (customer, options) => mintToken(sandbox, sidecar.sharedSecret, customer, options),
    running,
    dataDir,
    close,
  };
}

async function mintToken(
  sandbox: RunningSandbox,
  secret: string,
  customer: Customer,
  options: MintTokenOptions = {},
): Promise<string> {
  const { fixture } = sandbox.data;
  const store = fixture.store_views.find((s) => s.id === customer.store_id);
  const website = fixture.websites.find((w) => w.id === customer.website_id);
  if (!store || !website)
    throw new Error(`Customer ${customer.id} has no store view or website in the sandbox.`);
  const now = Math.floor(Date.now() / 1000);
  const exp = now + (options.expiresInSeconds ?? 3600);
  return signCustomerToken(
    {
      sub: String(customer.id),
      email: customer.email,
      store: store.code,
      website: website.code,
      iat: Math.min(now, exp - 1),
      exp,
    },
    secret,
  );
}
