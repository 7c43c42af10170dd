import { z } from 'zod';
import type { IndexJob } from '../../common/catalog/index-jobs.js';
import type { SqlExecutor } from '../../common/record-store/record-store.js';
import type { QualityReport } from '../normalize/quality-report.js';

export interface RunCounts {
  written: number;
  unchanged: number;
  deleted: number;
  skipped: number;
  invalid: number;
}

const runRowSchema = z.object({
  id: z.string(),
  job_id: z.string().nullable(),
  job_type: z.string(),
  store: z.string(),
  status: z.enum(['running', 'succeeded', 'failed']),
  processed: z.number(),
  total: z.number().nullable(),
  written: z.number(),
  unchanged: z.number(),
  deleted: z.number(),
  skipped: z.number(),
  invalid: z.number(),
  report: z.unknown().nullable(),
  error: z.string().nullable(),
  started_at: z.union([z.date(), z.string()]).transform((v) => new Date(v).toISOString()),
  finished_at: z
    .union([z.date(), z.string()])
    .nullable()
    .transform((v) => (v === null ? null : new Date(v).toISOString())),
});
export type IndexRun = z.output<typeof runRowSchema>;

/** Index runs in the record store (`index_runs`, migration 060): one row per job attempt that started. */
export class IndexRunRepository {
  constructor(private readonly db: SqlExecutor) {}

  async start(job: IndexJob, jobId: string | undefined): Promise<string> {
    const result = await this.db.query<{ id: string }>(
      `INSERT INTO index_runs (job_id, job_type, store, job, status) VALUES ($1, $2, $3, $4, 'running') RETURNING id`,
      [jobId ?? null, job.type, job.store, JSON.stringify(job)],
    );
    return result.rows[0]!.id;
  }

  async progress(runId: string, processed: number, total: number | null): Promise<void> {
    await this.db.query(`UPDATE index_runs SET processed = $2, total = $3 WHERE id = $1`, [
      runId,
      processed,
      total,
    ]);
  }

  async finish(
    runId: string,
    outcome: { status: 'succeeded' | 'failed'; counts: RunCounts; report: QualityReport; error?: string },
  ): Promise<void> {
    const { counts } = outcome;
    await this.db.query(
      `UPDATE index_runs SET status = $2, written = $3, unchanged = $4, deleted = $5, skipped = $6, invalid = $7,
         report = $8, error = $9, finished_at = now() WHERE id = $1`,
      [
        runId,
        outcome.status,
        counts.written,
        counts.unchanged,
        counts.deleted,
        counts.skipped,
        counts.invalid,
        JSON.stringify(outcome.report),
        outcome.error ?? null,
      ],
    );
  }

  async get(runId: string): Promise<IndexRun | undefined> {
    const result = await this.db.query(`SELECT * FROM index_runs WHERE id = $1`, [runId]);
    return result.rows[0] === undefined ? undefined : runRowSchema.parse(result.rows[0]);
  }

  /** The newest successful run of a type for a store view (e.g. the last full run's boilerplate list). */
  async lastSucceeded(store: string, jobType: IndexJob['type']): Promise<IndexRun | undefined> {
    const result = await this.db.query(
      `SELECT * FROM index_runs WHERE store = $1 AND job_type = $2 AND status = 'succeeded'
        ORDER BY finished_at DESC LIMIT 1`,
      [store, jobType],
    );
    return result.rows[0] === undefined ? undefined : runRowSchema.parse(result.rows[0]);
  }

  async latest(store: string, limit = 10): Promise<IndexRun[]> {
    const result = await this.db.query(
      `SELECT * FROM index_runs WHERE store = $1 ORDER BY started_at DESC LIMIT $2`,
      [store, limit],
    );
    return result.rows.map((row) => runRowSchema.parse(row));
  }
}
