/**
 * A job queue with one adapter per backend: BullMQ on Redis (REDIS_URL) and an in-process runner
 * (embedded default). Payloads are a discriminated union owned by the producer side's contract.
 */
export interface EnqueueOptions {
  /** Idempotency: a job with the id of a waiting/active job is not added twice. */
  jobId?: string;
  /** Attempts before the job fails. @default 3 */
  attempts?: number;
  /** First backoff delay in ms, doubled per attempt. @default 1000 */
  backoffMs?: number;
}

export interface JobProgress {
  jobId: string;
  /** 0–100 */
  percent: number;
  detail?: Record<string, unknown>;
}

export interface JobContext {
  jobId: string;
  attempt: number;
  reportProgress(percent: number, detail?: Record<string, unknown>): Promise<void>;
}

export type JobHandler<J, R> = (job: J, context: JobContext) => Promise<R>;

export interface JobQueue<J, R = unknown> {
  readonly name: string;
  enqueue(job: J, options?: EnqueueOptions): Promise<string>;
  /** Starts consuming with `concurrency` parallel jobs. Call once per process that works the queue. */
  process(handler: JobHandler<J, R>, options?: { concurrency?: number }): void;
  /** Resolves with the job's result, rejects with its final failure. */
  waitFor(jobId: string, timeoutMs?: number): Promise<R>;
  onProgress(listener: (progress: JobProgress) => void): () => void;
  close(): Promise<void>;
}

/** Thrown by a handler for failures that no retry can fix (bad payload, unknown SKU). */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}
