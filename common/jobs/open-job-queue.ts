import type { Config } from '../config/config.js';
import type { Logger } from '../logger.js';
import { InProcessJobQueue } from './in-process-job-queue.js';
import type { JobQueue } from './job-queue.js';

export interface OpenJobQueueOptions {
  logger?: Logger;
}

/**
 * The queue named `name` on the backend the configuration asks for: BullMQ when REDIS_URL is set
 * (jobs shared across processes, kept across restarts; keys `<REDIS_KEY_PREFIX>:<name>:…`), else in
 * this process.
 */
export async function openJobQueue<J, R = unknown>(
  name: string,
  config: Pick<Config, 'REDIS_URL' | 'REDIS_KEY_PREFIX'>,
  options: OpenJobQueueOptions = {},
): Promise<JobQueue<J, R>> {
  if (config.REDIS_URL) {
    // Loaded only when configured: BullMQ and ioredis are ~14 MB of a process that does not use them.
    const { BullmqJobQueue } = await import('./bullmq-job-queue.js');
    return BullmqJobQueue.open<J, R>(name, {
      url: config.REDIS_URL,
      prefix: config.REDIS_KEY_PREFIX,
      logger: options.logger,
    });
  }
  return new InProcessJobQueue<J, R>(name, { logger: options.logger });
}
