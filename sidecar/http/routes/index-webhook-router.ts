import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { ValidationError } from '../../../common/errors.js';
import { indexJobId, type IndexJob, type IndexJobResult } from '../../../common/catalog/index-jobs.js';
import type { DurableEnqueue } from '../../../common/jobs/durable-enqueue.js';
import type { JobQueue } from '../../../common/jobs/job-queue.js';
import { SIGNATURE_HEADER } from '../../../common/http/sign-payload.js';
import { signedJson } from '../signed-json.js';
import { parseInput } from '../validate.js';

const storeCode = z.string().regex(/^[a-z0-9_]+$/, 'a store view code');

export const catalogWebhookSchema = z.object({
  skus: z.array(z.string().min(1).max(64)).min(1).max(1000),
  event: z.enum(['product_save', 'stock_change', 'product_delete']),
  store: storeCode.optional(),
});

export const reindexBodySchema = z
  .object({
    full: z.boolean().optional(),
    skus: z.array(z.string().min(1).max(64)).min(1).max(1000).optional(),
    since: z.iso.datetime({ offset: true }).optional(),
    store: storeCode.optional(),
    /** Wait for the jobs to finish and return their results. */
    wait: z.boolean().optional(),
  })
  .refine((b) => [b.full, b.skus, b.since].filter((v) => v !== undefined && v !== false).length <= 1, {
    message: 'give at most one of full, skus, since',
  });

export interface IndexWebhookDeps {
  queue: JobQueue<IndexJob, IndexJobResult>;
  /** Records each accepted job before the 202, so a Redis outage loses none (`DurableEnqueue`). */
  accepted: Pick<DurableEnqueue<IndexJob>, 'enqueue'>;
  /** Store views to index when a request names none. */
  storeCodes: () => Promise<string[]>;
  sharedSecret: string | undefined;
  operatorAuth: RequestHandler;
}

/**
 * Catalog change notifications from the Magento module (signed with the shared secret) and operator
 * reindex requests. Both only enqueue index jobs: the indexer worker does the work.
 */
export function createIndexWebhookRouter(deps: IndexWebhookDeps): Router {
  const router = Router();
  // The signature covers the exact bytes Magento sent, so this route reads the raw body itself.
  const [rawJson, signed] = signedJson(deps.sharedSecret) as [RequestHandler, RequestHandler];

  router.post('/api/webhooks/catalog', rawJson, signed, async (req, res) => {
    const body = parseInput(catalogWebhookSchema, req.body, 'catalog webhook');
    const stores = body.store ? [body.store] : await deps.storeCodes();
    const type = body.event === 'product_delete' ? 'delete-skus' : 'upsert-skus';
    // A product saved again while its upsert runs must not be swallowed by the running job's id.
    const receivedAt = new Date().toISOString();
    const jobs = await Promise.all(
      stores.map((store) => enqueue(deps.accepted, { type, store, skus: body.skus }, receivedAt)),
    );
    res.status(202).json({ accepted: true, jobs });
  });

  const reindex: RequestHandler = async (req, res) => {
    const body = parseInput(reindexBodySchema, req.body, 'reindex request');
    const stores = body.store ? [body.store] : await deps.storeCodes();
    const jobs: IndexJob[] = stores.map((store) =>
      body.skus
        ? { type: 'upsert-skus', store, skus: body.skus }
        : body.since
          ? { type: 'incremental', store, since: body.since }
          : { type: 'full', store },
    );
    const ids = await Promise.all(jobs.map((job) => enqueue(deps.accepted, job)));
    if (!body.wait) {
      res.status(202).json({ accepted: true, jobs: ids });
      return;
    }
    const results = await Promise.all(ids.map((id) => deps.queue.waitFor(id, 10 * 60_000)));
    res.json({ accepted: true, jobs: ids, results });
  };
  router.post('/api/index/reindex', rawJson, signedOrOperator(signed, deps.operatorAuth), reindex);
  return router;
}

/** The Magento console command signs its request; an operator uses the API key instead. */
function signedOrOperator(signed: RequestHandler, operatorAuth: RequestHandler): RequestHandler {
  return (req, res, next) => {
    if (req.get(SIGNATURE_HEADER)) {
      signed(req, res, next);
      return;
    }
    operatorAuth(req, res, (error?: unknown) => {
      if (error) {
        next(error);
        return;
      }
      try {
        const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
        req.body = raw ? JSON.parse(raw) : {};
        next();
      } catch {
        next(new ValidationError('The body is not valid JSON.'));
      }
    });
  };
}

async function enqueue(
  accepted: IndexWebhookDeps['accepted'],
  job: IndexJob,
  version?: string,
): Promise<string> {
  return accepted.enqueue(job, { jobId: indexJobId(job, version) });
}
