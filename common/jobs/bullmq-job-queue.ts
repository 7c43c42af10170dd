import { randomUUID } from 'node:crypto';
import { Job, Queue, QueueEvents, UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { BackendUnavailableError, NotFoundError } from '../errors.js';
import type { Logger } from '../logger.js';
import { JobFailedError, JobQueueClosedError, JobWaitTimeoutError } from './job-errors.js';
import { checkProgressPercent, resolveEnqueueOptions, type ResolvedEnqueueOptions } from './job-options.js';
import {
  PermanentJobError,
  type EnqueueOptions,
  type JobHandler,
  type JobProgress,
  type JobQueue,
} from './job-queue.js';

export interface BullmqJobQueueOptions {
  /** `redis://…` */
  url: string;
  /** Namespace of every key (`<prefix>:<queue>:…`); tests use one each. @default 'verity' */
  prefix?: string;
  logger?: Logger;
  /** How long finished jobs stay readable by `waitFor`, in seconds. @default 86400 */
  keepFinishedSeconds?: number;
  /** Time allowed to reach Redis when opening, in milliseconds. @default 5000 */
  connectTimeoutMs?: number;
}

interface Waiter<R> {
  jobId: string;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * BullMQ's connections retry forever and cannot be torn down before they connect, so a dead Redis
 * is detected with one plain connection first.
 */
async function assertRedisReachable(url: string, timeoutMs: number): Promise<void> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause: unknown;
  probe.on('error', (error: Error) => {
    cause = error;
  });
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    cause ??= error;
    throw new BackendUnavailableError('redis', `Redis is unreachable: ${(cause as Error).message}`, cause);
  } finally {
    probe.disconnect();
  }
}

function toProgress(jobId: string, data: unknown): JobProgress | undefined {
  if (typeof data === 'number') return { jobId, percent: data };
  if (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { percent?: unknown }).percent === 'number'
  ) {
    const { percent, detail } = data as { percent: number; detail?: Record<string, unknown> };
    return { jobId, percent, ...(detail === undefined ? {} : { detail }) };
  }
  return undefined;
}

/**
 * Jobs on Redis through BullMQ: they survive restarts and are shared by every worker process.
 * PermanentJobError becomes BullMQ's UnrecoverableError (no retry); retries use BullMQ's
 * exponential backoff; progress and completion travel through one QueueEvents stream reader.
 */
export class BullmqJobQueue<J, R = unknown> implements JobQueue<J, R> {
  readonly name: string;
  readonly #connection: ConnectionOptions;
  readonly #prefix: string;
  readonly #logger: Logger | undefined;
  readonly #keepFinishedSeconds: number;
  readonly #queue: Queue;
  readonly #events: QueueEvents;
  readonly #waiters = new Set<Waiter<R>>();
  #worker: Worker | undefined;
  #closed = false;

  private constructor(name: string, options: BullmqJobQueueOptions) {
    this.name = name;
    // Fail fast when Redis is down instead of queueing commands until it returns.
    this.#connection = {
      url: options.url,
      maxRetriesPerRequest: 2,
      connectTimeout: options.connectTimeoutMs ?? 5000,
    };
    this.#prefix = options.prefix ?? 'verity';
    this.#logger = options.logger;
    this.#keepFinishedSeconds = options.keepFinishedSeconds ?? 86_400;
    this.#queue = new Queue(name, { connection: this.#connection, prefix: this.#prefix });
    // Blocking readers must retry forever (BullMQ insists on it for QueueEvents and Worker).
    this.#events = new QueueEvents(name, {
      connection: { ...this.#connection, maxRetriesPerRequest: null },
      prefix: this.#prefix,
    });
    const logError = (error: Error) =>
      this.#logger?.error({ queue: name, err: error }, 'BullMQ connection error');
    this.#queue.on('error', logError);
    this.#events.on('error', logError);
    this.#events.on('completed', ({ jobId, returnvalue }) =>
      this.#settle(jobId, (w) => w.resolve(returnvalue as R)),
    );
    this.#events.on('failed', ({ jobId, failedReason }) => {
      // The event does not carry the attempt count; read it from the job for the error's details.
      void this.#failure(jobId, failedReason).then((error) => this.#settle(jobId, (w) => w.reject(error)));
    });
  }

  /** Connects the queue and its event reader; rejects with BackendUnavailableError when Redis is down. */
  static async open<J, R = unknown>(
    name: string,
    options: BullmqJobQueueOptions,
  ): Promise<BullmqJobQueue<J, R>> {
    await assertRedisReachable(options.url, options.connectTimeoutMs ?? 5000);
    const queue = new BullmqJobQueue<J, R>(name, options);
    // Events are read from the moment the reader is ready; waiting here means none are missed later.
    await Promise.all([queue.#queue.waitUntilReady(), queue.#events.waitUntilReady()]);
    return queue;
  }

  async enqueue(job: J, options?: EnqueueOptions): Promise<string> {
    if (this.#closed) throw new JobQueueClosedError(this.name);
    const resolved = resolveEnqueueOptions(options);
    const jobId = resolved.jobId ?? randomUUID();
    try {
      await this.#add(job, jobId, resolved);
    } catch (error) {
      throw new BackendUnavailableError(
        'redis',
        `Could not enqueue job ${jobId} in queue ${this.name}: ${(error as Error).message}`,
        error,
      );
    }
    return jobId;
  }

  async #add(job: J, jobId: string, resolved: ResolvedEnqueueOptions): Promise<void> {
    if (resolved.jobId !== undefined) {
      // BullMQ refuses an id it still keeps, even finished; a finished job may run again, like in-process.
      const existing = await this.#queue.getJob(jobId);
      if (existing) {
        const state = await existing.getState();
        if (state === 'completed' || state === 'failed') await existing.remove();
      }
    }
    await this.#queue.add(this.name, job, {
      jobId,
      attempts: resolved.attempts,
      backoff: { type: 'exponential', delay: resolved.backoffMs },
      removeOnComplete: { age: this.#keepFinishedSeconds },
      removeOnFail: { age: this.#keepFinishedSeconds },
    });
  }

  process(handler: JobHandler<J, R>, options: { concurrency?: number } = {}): void {
    if (this.#worker) throw new Error(`Queue ${this.name} is already being processed`);
    if (this.#closed) throw new JobQueueClosedError(this.name);
    this.#worker = new Worker<J, R>(
      this.name,
      async (job) => {
        try {
          return await handler(job.data, {
            jobId: job.id!,
            attempt: job.attemptsMade + 1,
            reportProgress: async (percent, detail) => {
              checkProgressPercent(percent);
              await job.updateProgress(detail === undefined ? { percent } : { percent, detail });
            },
          });
        } catch (error) {
          if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
          throw error;
        }
      },
      {
        connection: { ...this.#connection, maxRetriesPerRequest: null },
        prefix: this.#prefix,
        concurrency: Math.max(1, options.concurrency ?? 1),
      },
    );
    this.#worker.on('error', (error) =>
      this.#logger?.error({ queue: this.name, err: error }, 'BullMQ worker error'),
    );
    this.#worker.on('failed', (job, error) =>
      this.#logger?.warn(
        { queue: this.name, jobId: job?.id, attempt: job?.attemptsMade, err: error },
        'job attempt failed',
      ),
    );
  }

  async waitFor(jobId: string, timeoutMs?: number): Promise<R> {
    if (this.#closed) throw new JobQueueClosedError(this.name);
    return new Promise<R>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const waiter: Waiter<R> = {
        jobId,
        resolve: (result) => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          resolve(result);
        },
        reject: (error) => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          reject(error);
        },
      };
      // Listen first, then look: a job that finished before we listened is found by the lookup.
      this.#waiters.add(waiter);
      if (timeoutMs !== undefined) {
        timer = setTimeout(
          () => waiter.reject(new JobWaitTimeoutError(this.name, jobId, timeoutMs)),
          timeoutMs,
        );
      }
      this.#lookUp(jobId).then(
        (outcome) => {
          if (outcome.state === 'completed') waiter.resolve(outcome.result);
          else if (outcome.state === 'failed') waiter.reject(outcome.error);
          else if (outcome.state === 'unknown')
            waiter.reject(new NotFoundError(`No job ${jobId} in queue ${this.name}`));
        },
        (error: unknown) => waiter.reject(error),
      );
    });
  }

  onProgress(listener: (progress: JobProgress) => void): () => void {
    const onEvent = ({ jobId, data }: { jobId: string; data: unknown }) => {
      const progress = toProgress(jobId, data);
      if (!progress) return;
      try {
        listener(progress);
      } catch (error) {
        this.#logger?.warn({ queue: this.name, err: error }, 'progress listener threw');
      }
    };
    this.#events.on('progress', onEvent);
    return () => {
      this.#events.off('progress', onEvent);
    };
  }

  /** Waits for the active jobs of this process's worker, then disconnects; pending waits are rejected. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#worker?.close();
    await Promise.all([this.#events.close(), this.#queue.close()]);
    const closed = new JobQueueClosedError(this.name);
    for (const waiter of [...this.#waiters]) waiter.reject(closed);
  }

  async #lookUp(
    jobId: string,
  ): Promise<
    | { state: 'completed'; result: R }
    | { state: 'failed'; error: JobFailedError }
    | { state: 'unknown' | 'pending' }
  > {
    // State first: finished is final, so the job read after it carries its result. (Read the other
    // way round, a job finishing in between would show as completed without its return value.)
    const state = await this.#queue.getJobState(jobId);
    if (state === 'unknown') return { state };
    if (state !== 'completed' && state !== 'failed') return { state: 'pending' };
    const job = await Job.fromId<J, R>(this.#queue, jobId);
    if (!job) return { state: 'unknown' };
    if (state === 'completed') return { state, result: job.returnvalue };
    return { state, error: this.#failedError(jobId, job.failedReason, job.attemptsMade) };
  }

  async #failure(jobId: string, reason: string): Promise<JobFailedError> {
    const job = await Job.fromId(this.#queue, jobId).catch(() => undefined);
    return this.#failedError(jobId, reason, job?.attemptsMade ?? 0);
  }

  #failedError(jobId: string, reason: string, attempts: number): JobFailedError {
    return new JobFailedError(this.name, jobId, reason, attempts);
  }

  #settle(jobId: string, notify: (waiter: Waiter<R>) => void): void {
    for (const waiter of [...this.#waiters]) if (waiter.jobId === jobId) notify(waiter);
  }
}
