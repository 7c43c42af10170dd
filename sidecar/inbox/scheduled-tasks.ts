import type { ConnectionOptions } from 'bullmq';
import type { Logger } from '../../common/logger.js';

/** A task run on a fixed interval: the retention purge, the after-hours notices. */
export interface ScheduledTask {
  /** Unique among tasks; the BullMQ job scheduler id. */
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

export interface TaskScheduleOptions {
  logger: Logger;
  /** BullMQ on this Redis (production): one run per interval across every process. Unset: timers in this process. */
  redisUrl?: string;
  /** Key namespace on Redis. @default 'verity' */
  prefix?: string;
  /** In-process only: the first run waits this long after start. @default 60 000 */
  firstRunDelayMs?: number;
}

export interface TaskSchedule {
  readonly kind: 'bullmq' | 'in-process';
  close(): Promise<void>;
}

export const MAINTENANCE_QUEUE = 'verity-maintenance';

/**
 * Runs each task every `everyMs`. With Redis, each task is a BullMQ job scheduler (a repeatable job):
 * every sidecar process upserts the same scheduler ids and works the queue, and BullMQ hands each
 * occurrence to one worker, so a task runs once per interval however many processes there are. Without
 * Redis (the embedded default: one process), timers in this process. Tasks stay safe to run twice at
 * once (advisory lock, atomic marks), so a Redis outage falling back to timers costs nothing but work.
 */
export async function startTaskSchedule(
  tasks: readonly ScheduledTask[],
  options: TaskScheduleOptions,
): Promise<TaskSchedule> {
  if (options.redisUrl) {
    try {
      return await bullmqSchedule(tasks, { ...options, redisUrl: options.redisUrl });
    } catch (error) {
      options.logger.warn(
        { err: error },
        'scheduled tasks: Redis unavailable, running them on timers in this process',
      );
    }
  }
  return inProcessSchedule(tasks, options);
}

function runLogged(task: ScheduledTask, logger: Logger): Promise<unknown> {
  return task.run().catch((error: unknown) => {
    logger.error({ err: error, task: task.name }, 'scheduled task failed');
    throw error;
  });
}

function inProcessSchedule(tasks: readonly ScheduledTask[], options: TaskScheduleOptions): TaskSchedule {
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<unknown>>();
  const tick = (task: ScheduledTask) => {
    if (running.has(task.name)) return;
    const run = runLogged(task, options.logger)
      .catch(() => undefined)
      .finally(() => running.delete(task.name));
    running.set(task.name, run);
  };
  for (const task of tasks) {
    const first = setTimeout(
      () => {
        tick(task);
        const every = setInterval(() => tick(task), task.everyMs);
        every.unref();
        timers.push(every);
      },
      Math.min(options.firstRunDelayMs ?? 60_000, task.everyMs),
    );
    first.unref();
    timers.push(first);
  }
  return {
    kind: 'in-process',
    close: async () => {
      for (const timer of timers) {
        clearTimeout(timer);
        clearInterval(timer);
      }
      await Promise.allSettled(running.values());
    },
  };
}

async function bullmqSchedule(
  tasks: readonly ScheduledTask[],
  options: TaskScheduleOptions & { redisUrl: string },
): Promise<TaskSchedule> {
  const connection: ConnectionOptions = {
    url: options.redisUrl,
    maxRetriesPerRequest: 2,
    connectTimeout: 5000,
  };
  const prefix = options.prefix ?? 'verity';
  // Loaded only with Redis configured: the in-process schedule does not need BullMQ.
  const { Queue, Worker } = await import('bullmq');
  const queue = new Queue(MAINTENANCE_QUEUE, { connection, prefix });
  queue.on('error', (error) => options.logger.warn({ err: error }, 'maintenance queue error'));
  const byName = new Map(tasks.map((t) => [t.name, t]));
  try {
    await Promise.race([
      queue.waitUntilReady(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('Redis did not answer')), 5000).unref()),
    ]);
    // A task this build no longer has (renamed, removed) stops being scheduled.
    for (const scheduler of await queue.getJobSchedulers(0, -1))
      if (!byName.has(scheduler.key)) await queue.removeJobScheduler(scheduler.key);
    for (const task of tasks)
      await queue.upsertJobScheduler(
        task.name,
        { every: task.everyMs },
        { name: task.name, opts: { removeOnComplete: 100, removeOnFail: 100, attempts: 1 } },
      );
  } catch (error) {
    await queue.close().catch(() => undefined);
    throw error;
  }
  const worker = new Worker(
    MAINTENANCE_QUEUE,
    async (job) => {
      const task = byName.get(job.name);
      // A scheduler another version of the sidecar registered: not ours to run.
      if (!task) return null;
      return runLogged(task, options.logger);
    },
    // One slot per task: a long purge does not hold back the after-hours sweep.
    {
      connection: { ...connection, maxRetriesPerRequest: null },
      prefix,
      concurrency: Math.max(1, tasks.length),
    },
  );
  worker.on('error', (error) => options.logger.warn({ err: error }, 'maintenance worker error'));
  return {
    kind: 'bullmq',
    close: async () => {
      await worker.close();
      await queue.close();
    },
  };
}
