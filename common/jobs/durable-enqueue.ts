import { BackendUnavailableError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { RecordStore } from '../record-store/record-store.js';
import type { EnqueueOptions, JobQueue } from './job-queue.js';

export interface DurableEnqueueOptions {
  /** How long one hand-over to the queue may take before the job is left for the relay. @default 2000 */
  handOverTimeoutMs?: number;
  /** How often the relay retries jobs still waiting. @default 5000 */
  relayIntervalMs?: number;
  logger: Logger;
}

/**
 * Jobs accepted over HTTP, made durable before the caller is told "accepted": each is written to the
 * record store (migration 061), handed to the queue, and deleted once the queue holds it. While the
 * queue's Redis is away the row stays and a relay hands it over when Redis is back; the job id makes a
 * second hand-over of the same job a no-op. Jobs need an explicit `jobId`.
 */
export class DurableEnqueue<J> {
  private readonly timer: NodeJS.Timeout;
  private relaying: Promise<void> | undefined;

  constructor(
    private readonly queue: JobQueue<J, unknown>,
    private readonly db: RecordStore,
    private readonly options: DurableEnqueueOptions,
  ) {
    this.timer = setInterval(() => void this.relay(), options.relayIntervalMs ?? 5000);
    this.timer.unref();
  }

  async enqueue(job: J, options: EnqueueOptions & { jobId: string }): Promise<string> {
    await this.db.query(
      `INSERT INTO pending_index_jobs (job_id, job) VALUES ($1, $2) ON CONFLICT (job_id) DO NOTHING`,
      [options.jobId, JSON.stringify(job)],
    );
    await this.handOver(options.jobId, job);
    return options.jobId;
  }

  /** Hands every waiting job to the queue, oldest first; stops at the first outage. */
  relay(): Promise<void> {
    this.relaying ??= this.relayPending().finally(() => (this.relaying = undefined));
    return this.relaying;
  }

  /** Jobs accepted but not yet in the queue. */
  async pending(): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>(`SELECT count(*) AS n FROM pending_index_jobs`);
    return Number(rows[0]?.n ?? 0);
  }

  close(): void {
    clearInterval(this.timer);
  }

  private async relayPending(): Promise<void> {
    const { rows } = await this.db.query<{ job_id: string; job: J }>(
      `SELECT job_id, job FROM pending_index_jobs ORDER BY accepted_at LIMIT 500`,
    );
    for (const row of rows) if (!(await this.handOver(row.job_id, row.job))) return;
  }

  /** True when the queue took the job (and its row is gone). */
  private async handOver(jobId: string, job: J): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.queue.enqueue(job, { jobId }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new BackendUnavailableError('redis', 'the job queue did not answer in time')),
            this.options.handOverTimeoutMs ?? 2000,
          );
        }),
      ]);
    } catch (error) {
      if (!(error instanceof BackendUnavailableError)) throw error;
      this.options.logger.warn({ jobId, err: error }, 'job kept in the record store until the queue is back');
      await this.db.query(
        `UPDATE pending_index_jobs SET attempts = attempts + 1, last_error = $2 WHERE job_id = $1`,
        [jobId, error.message],
      );
      return false;
    } finally {
      clearTimeout(timer);
    }
    await this.db.query(`DELETE FROM pending_index_jobs WHERE job_id = $1`, [jobId]);
    return true;
  }
}
