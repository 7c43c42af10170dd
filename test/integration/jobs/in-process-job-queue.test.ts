import { describe, expect, it } from 'vitest';
import { InProcessJobQueue } from '../../../common/jobs/in-process-job-queue.js';
import { JobQueueClosedError } from '../../../common/jobs/job-errors.js';
import { openJobQueue } from '../../../common/jobs/open-job-queue.js';
import { describeJobQueueContract } from './job-queue-contract.js';

let counter = 0;
describeJobQueueContract('in-process', async () => new InProcessJobQueue(`contract-${++counter}`));

describe('in-process job queue', () => {
  it('is what openJobQueue gives without REDIS_URL', async () => {
    const queue = await openJobQueue('plain', { REDIS_URL: undefined, REDIS_KEY_PREFIX: 'verity' });
    expect(queue).toBeInstanceOf(InProcessJobQueue);
    await queue.close();
  });

  it('abandons jobs that never started when it closes, telling their waiters', async () => {
    const queue = new InProcessJobQueue<{ n: number }, number>('abandon');
    const id = await queue.enqueue({ n: 1 });
    const waiting = queue.waitFor(id);
    await queue.close();
    await expect(waiting).rejects.toBeInstanceOf(JobQueueClosedError);
  });

  it('forgets the oldest finished jobs beyond keepFinished', async () => {
    const queue = new InProcessJobQueue<{ n: number }, number>('retention', { keepFinished: 2 });
    queue.process(async (job) => job.n);
    const ids: string[] = [];
    for (let n = 0; n < 3; n += 1) {
      const id = await queue.enqueue({ n });
      await queue.waitFor(id);
      ids.push(id);
    }
    await expect(queue.waitFor(ids[0]!)).rejects.toMatchObject({ code: 'not_found' });
    await expect(queue.waitFor(ids[2]!)).resolves.toBe(2);
    await queue.close();
  });

  it('copies job data, so a producer changing its object later does not change the job', async () => {
    const queue = new InProcessJobQueue<{ skus: string[] }, string[]>('copy');
    const data = { skus: ['A'] };
    const id = await queue.enqueue(data);
    data.skus.push('B');
    queue.process(async (job) => job.skus);
    await expect(queue.waitFor(id)).resolves.toEqual(['A']);
    await queue.close();
  });
});
