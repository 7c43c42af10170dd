import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../errors.js';
import type { Logger } from '../logger.js';
import { JobFailedError, JobQueueClosedError, JobWaitTimeoutError } from './job-errors.js';
import { checkProgressPercent, jsonCopy, resolveEnqueueOptions, retryDelayMs } from './job-options.js';
import {
  PermanentJobError,
  type EnqueueOptions,
  type JobHandler,
  type JobProgress,
  type JobQueue,
} from './job-queue.js';

export interface InProcessJobQueueOptions {
  logger?: Logger;
  /** Finished jobs kept for `waitFor` (oldest dropped first). @default 1000 */
  keepFinished?: number;
}

type JobState = 'waiting' | 'active' | 'delayed' | 'completed' | 'failed';

interface Entry<J, R> {
  id: string;
  data: J;
  attempts: number;
  backoffMs: number;
  attemptsMade: number;
  state: JobState;
  result?: R;
  failure?: JobFailedError;
  retryTimer?: NodeJS.Timeout;
}

interface Waiter<R> {
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * Jobs run inside this process (the embedded default, no Redis): same semantics as the BullMQ
 * adapter — retries with exponential backoff, permanent failures, dedupe of pending job ids,
 * concurrency, progress — but jobs live in memory and are lost when the process stops.
 */
export class InProcessJobQueue<J, R = unknown> implements JobQueue<J, R> {
  readonly name: string;
  readonly #logger: Logger | undefined;
  readonly #keepFinished: number;
  readonly #entries = new Map<string, Entry<J, R>>();
  readonly #finished: string[] = [];
  readonly #ready: string[] = [];
  readonly #waiters = new Map<string, Set<Waiter<R>>>();
  readonly #progressListeners = new Set<(progress: JobProgress) => void>();
  #handler: JobHandler<J, R> | undefined;
  #concurrency = 1;
  #active = 0;
  #closed = false;
  #idle: Array<() => void> = [];

  constructor(name: string, options: InProcessJobQueueOptions = {}) {
    this.name = name;
    this.#logger = options.logger;
    this.#keepFinished = options.keepFinished ?? 1000;
  }

  async enqueue(job: J, options?: EnqueueOptions): Promise<string> {
    if (this.#closed) throw new JobQueueClosedError(this.name);
    const resolved = resolveEnqueueOptions(options);
    const id = resolved.jobId ?? randomUUID();
    const existing = this.#entries.get(id);
    if (existing && existing.state !== 'completed' && existing.state !== 'failed') return id;
    if (existing) this.#forgetFinished(id);
    this.#entries.set(id, {
      id,
      data: jsonCopy(job),
      attempts: resolved.attempts,
      backoffMs: resolved.backoffMs,
      attemptsMade: 0,
      state: 'waiting',
    });
    this.#ready.push(id);
    this.#pump();
    return id;
  }

  process(handler: JobHandler<J, R>, options: { concurrency?: number } = {}): void {
    if (this.#handler) throw new Error(`Queue ${this.name} is already being processed`);
    this.#handler = handler;
    this.#concurrency = Math.max(1, options.concurrency ?? 1);
    this.#pump();
  }

  waitFor(jobId: string, timeoutMs?: number): Promise<R> {
    if (this.#closed) return Promise.reject(new JobQueueClosedError(this.name));
    const entry = this.#entries.get(jobId);
    if (!entry) return Promise.reject(new NotFoundError(`No job ${jobId} in queue ${this.name}`));
    if (entry.state === 'completed') return Promise.resolve(entry.result as R);
    if (entry.state === 'failed') return Promise.reject(entry.failure);
    return new Promise<R>((resolve, reject) => {
      const waiters = this.#waiters.get(jobId) ?? new Set<Waiter<R>>();
      this.#waiters.set(jobId, waiters);
      let timer: NodeJS.Timeout | undefined;
      const waiter: Waiter<R> = {
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      waiters.add(waiter);
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new JobWaitTimeoutError(this.name, jobId, timeoutMs));
        }, timeoutMs);
      }
    });
  }

  onProgress(listener: (progress: JobProgress) => void): () => void {
    this.#progressListeners.add(listener);
    return () => this.#progressListeners.delete(listener);
  }

  /** Stops taking jobs, waits for the active ones to finish, then abandons the rest. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const entry of this.#entries.values()) clearTimeout(entry.retryTimer);
    this.#ready.length = 0;
    if (this.#active > 0) await new Promise<void>((resolve) => this.#idle.push(resolve));
    const closed = new JobQueueClosedError(this.name);
    for (const waiters of this.#waiters.values()) for (const waiter of waiters) waiter.reject(closed);
    this.#waiters.clear();
    this.#progressListeners.clear();
  }

  #pump(): void {
    while (!this.#closed && this.#handler && this.#active < this.#concurrency && this.#ready.length > 0) {
      const entry = this.#entries.get(this.#ready.shift()!);
      if (entry) void this.#run(entry, this.#handler);
    }
  }

  async #run(entry: Entry<J, R>, handler: JobHandler<J, R>): Promise<void> {
    this.#active += 1;
    entry.state = 'active';
    entry.attemptsMade += 1;
    try {
      const result = await handler(jsonCopy(entry.data), {
        jobId: entry.id,
        attempt: entry.attemptsMade,
        reportProgress: async (percent, detail) => {
          checkProgressPercent(percent);
          this.#emitProgress({
            jobId: entry.id,
            percent,
            ...(detail === undefined ? {} : { detail: jsonCopy(detail) }),
          });
        },
      });
      entry.state = 'completed';
      entry.result = jsonCopy(result);
      this.#settle(entry, (waiter) => waiter.resolve(entry.result as R));
    } catch (error) {
      this.#failAttempt(entry, error);
    } finally {
      this.#active -= 1;
      if (this.#active === 0) for (const resolve of this.#idle.splice(0)) resolve();
      this.#pump();
    }
  }

  #failAttempt(entry: Entry<J, R>, error: unknown): void {
    const permanent = error instanceof PermanentJobError;
    if (!permanent && entry.attemptsMade < entry.attempts && !this.#closed) {
      entry.state = 'delayed';
      entry.retryTimer = setTimeout(
        () => {
          entry.retryTimer = undefined;
          entry.state = 'waiting';
          this.#ready.push(entry.id);
          this.#pump();
        },
        retryDelayMs(entry.attemptsMade, entry.backoffMs),
      );
      this.#logger?.warn(
        { queue: this.name, jobId: entry.id, attempt: entry.attemptsMade, err: error },
        'job attempt failed',
      );
      return;
    }
    const reason = error instanceof Error ? error.message : String(error);
    entry.state = 'failed';
    entry.failure = new JobFailedError(this.name, entry.id, reason, entry.attemptsMade, error);
    this.#logger?.error({ queue: this.name, jobId: entry.id, permanent, err: error }, 'job failed');
    this.#settle(entry, (waiter) => waiter.reject(entry.failure));
  }

  #settle(entry: Entry<J, R>, notify: (waiter: Waiter<R>) => void): void {
    const waiters = this.#waiters.get(entry.id);
    this.#waiters.delete(entry.id);
    for (const waiter of waiters ?? []) notify(waiter);
    this.#finished.push(entry.id);
    while (this.#finished.length > this.#keepFinished) this.#entries.delete(this.#finished.shift()!);
  }

  #forgetFinished(id: string): void {
    this.#entries.delete(id);
    const index = this.#finished.indexOf(id);
    if (index >= 0) this.#finished.splice(index, 1);
  }

  #emitProgress(progress: JobProgress): void {
    for (const listener of this.#progressListeners) {
      try {
        listener(progress);
      } catch (error) {
        this.#logger?.warn({ queue: this.name, err: error }, 'progress listener threw');
      }
    }
  }
}
