import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { randomBytes } from 'node:crypto';
import { silentLogger, type Logger } from '../common/logger.js';
import { TokenStore } from './auth.js';
import type { Fixture } from './data/fixture-schema.js';
import { SandboxData } from './data/sandbox-data.js';
import { FaultKnobs, faultRuleSchema, type FaultRuleInput } from './faults.js';
import { graphqlRoute } from './graphql/graphql-route.js';
import { sendError } from './magento-response.js';
import { ProductNotifier, type NotifyTarget } from './notify.js';
import { mediaRoute } from './media/media-route.js';
import { restApi } from './rest/rest-api.js';

export interface SandboxAppOptions {
  fixture: Fixture;
  /** Bearer token accepted for admin resources. @default a random token */
  adminToken?: string;
  notify?: NotifyTarget;
  faults?: readonly FaultRuleInput[];
  logger?: Logger;
  /**
   * Builds the store's initial state again (regenerate with the same seed and clock, or reread the
   * fixture file) for `POST /__sandbox/reset`. Unset: the route answers 409.
   */
  initialState?: () => Fixture | Promise<Fixture>;
  /** Called after a REST write succeeded (refund, cancel, comment, product save): the store's state changed. */
  onChange?: () => void;
  /** Called after a reset put the initial state back (before `onChange`): e.g. to set storefront URLs again. */
  afterReset?: () => void;
}

export interface SandboxApp {
  app: Express;
  data: SandboxData;
  knobs: FaultKnobs;
  adminToken: string;
  notifier?: ProductNotifier;
  /** Puts the store back in its initial state (`initialState`); throws when none was given. */
  reset(): Promise<void>;
}

/** The sandbox store as an Express app (no listening socket), for in-process use and tests. */
export function createSandboxApp(options: SandboxAppOptions): SandboxApp {
  const logger = options.logger ?? silentLogger();
  const data = new SandboxData(options.fixture);
  const adminToken = options.adminToken ?? randomBytes(16).toString('hex');
  const tokens = new TokenStore(adminToken);
  const knobs = new FaultKnobs();
  for (const rule of options.faults ?? []) knobs.add(rule);
  const notifier = options.notify ? new ProductNotifier(options.notify, logger) : undefined;

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'extended');
  app.set('etag', false);

  app.get('/__sandbox/health', (_req, res) => {
    res.json({
      status: 'ok',
      products: data.fixture.products.length,
      orders: data.fixture.orders.length,
      now: data.fixture.now,
    });
  });
  app.get('/__sandbox/faults', (_req, res) => res.json(knobs.list()));
  app.post('/__sandbox/faults', express.json(), (req, res) => {
    const inputs: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    const parsed = inputs.map((i) => faultRuleSchema.safeParse(i));
    const bad = parsed.find((p) => !p.success);
    if (bad && !bad.success)
      return res
        .status(400)
        .json({ message: bad.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    res.status(201).json(parsed.map((p) => (p.success ? knobs.add(p.data) : undefined)));
  });
  app.delete('/__sandbox/faults', (req, res) => {
    const id = typeof req.query.id === 'string' ? Number(req.query.id) : undefined;
    knobs.remove(id);
    res.status(204).end();
  });

  const reset = async (): Promise<void> => {
    if (options.initialState === undefined)
      throw new Error('This sandbox was given a fixture object, not a way to rebuild it: it cannot reset.');
    data.restore(await options.initialState());
    options.afterReset?.();
    options.onChange?.();
  };
  app.post('/__sandbox/reset', async (_req, res) => {
    if (options.initialState === undefined)
      return res.status(409).json({ message: 'This sandbox has no initial state to reset to.' });
    await reset();
    res.status(204).end();
  });

  app.use(knobs.middleware());
  if (options.onChange) {
    const changed = options.onChange;
    app.use('/rest', (req, res, next) => {
      if (req.method !== 'GET') res.on('finish', () => res.statusCode < 400 && changed());
      next();
    });
  }
  app.use('/rest', restApi({ data, tokens, notifier }));
  app.use('/graphql', graphqlRoute({ data, tokens }));
  app.use('/media', mediaRoute(data));
  app.use((_req, res) => sendError(res, 404, 'Request does not match any route.'));
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    logger.error({ err: error }, 'sandbox route failed');
    sendError(
      res,
      500,
      'Internal Error. Details are available in Magento log file. Report ID: webapi-sandbox',
    );
  });
  return { app, data, knobs, adminToken, notifier, reset };
}
