import { afterAll, describe, expect, it } from 'vitest';
import { BackendUnavailableError } from '../../../common/errors.js';
import { BullmqJobQueue } from '../../../common/jobs/bullmq-job-queue.js';
import { openJobQueue } from '../../../common/jobs/open-job-queue.js';
import { deleteRedisKeys, redisPrefix } from '../../../common/testing/redis-prefix.js';
import { serviceAvailable, testRedisUrl } from '../../../common/testing/services.js';
import { describeJobQueueContract } from './job-queue-contract.js';

const hasRedis = await serviceAvailable('Redis', testRedisUrl());

describe.runIf(hasRedis)('BullMQ job queue', () => {
  const prefix = redisPrefix('jobs');
  let counter = 0;
  afterAll(async () => {
    await deleteRedisKeys(prefix);
  });

  describeJobQueueContract('BullMQ on Redis', async () =>
    BullmqJobQueue.open(`contract-${++counter}`, { url: testRedisUrl(), prefix }),
  );

  it('is what openJobQueue gives with REDIS_URL, and keeps its keys under the prefix', async () => {
    const queue = await openJobQueue<{ n: number }, number>('factory', {
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: prefix,
    });
    try {
      expect(queue).toBeInstanceOf(BullmqJobQueue);
      queue.process(async (job) => job.n * 2);
      await expect(queue.waitFor(await queue.enqueue({ n: 21 }), 10_000)).resolves.toBe(42);
    } finally {
      await queue.close();
    }
  });

  it('hands a job enqueued by one process to a worker in another', async () => {
    const producer = await BullmqJobQueue.open<{ n: number }, number>('shared', {
      url: testRedisUrl(),
      prefix,
    });
    const worker = await BullmqJobQueue.open<{ n: number }, number>('shared', {
      url: testRedisUrl(),
      prefix,
    });
    try {
      worker.process(async (job) => job.n + 1);
      await expect(producer.waitFor(await producer.enqueue({ n: 1 }), 10_000)).resolves.toBe(2);
    } finally {
      await Promise.all([producer.close(), worker.close()]);
    }
  });
});

describe('BullMQ job queue without Redis', () => {
  it('fails to open with BackendUnavailableError', async () => {
    await expect(
      BullmqJobQueue.open('down', { url: 'redis://127.0.0.1:1', connectTimeoutMs: 1000 }),
    ).rejects.toBeInstanceOf(BackendUnavailableError);
  });
});
