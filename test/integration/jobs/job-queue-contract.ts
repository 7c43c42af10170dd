import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotFoundError, ValidationError } from '../../../common/errors.js';
import { JobFailedError, JobQueueClosedError, JobWaitTimeoutError } from '../../../common/jobs/job-errors.js';
import { PermanentJobError, type JobProgress, type JobQueue } from '../../../common/jobs/job-queue.js';

interface TestJob {
  label: string;
}

/** A promise with its resolver outside, to hold a handler until the test lets it go. */
function gate(): { promise: Promise<void>; open(): void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Behaviour both adapters share. `open` returns a new, empty queue each time. */
export function describeJobQueueContract(label: string, open: <J, R>() => Promise<JobQueue<J, R>>): void {
  describe(`JobQueue contract: ${label}`, () => {
    const queues: Array<JobQueue<unknown, unknown>> = [];
    async function newQueue<R>(): Promise<JobQueue<TestJob, R>> {
      const queue = await open<TestJob, R>();
      queues.push(queue as JobQueue<unknown, unknown>);
      return queue;
    }
    afterEach(async () => {
      await Promise.all(queues.splice(0).map((queue) => queue.close()));
    });

    it('runs a job and hands its result to waitFor, with the job data as JSON', async () => {
      const queue = await newQueue<{ echoed: string; attempt: number }>();
      queue.process(async (job, context) => ({ echoed: job.label, attempt: context.attempt }));
      const id = await queue.enqueue({ label: 'hello' });
      await expect(queue.waitFor(id, 10_000)).resolves.toEqual({ echoed: 'hello', attempt: 1 });
      // Finished jobs stay readable.
      await expect(queue.waitFor(id, 10_000)).resolves.toEqual({ echoed: 'hello', attempt: 1 });
    });

    it('retries a failing job with backoff until it succeeds', async () => {
      const queue = await newQueue<string>();
      const attempts: number[] = [];
      queue.process(async (_job, context) => {
        attempts.push(context.attempt);
        if (context.attempt < 3) throw new Error(`flaky ${context.attempt}`);
        return 'done';
      });
      const id = await queue.enqueue({ label: 'flaky' }, { attempts: 3, backoffMs: 10 });
      await expect(queue.waitFor(id, 10_000)).resolves.toBe('done');
      expect(attempts).toEqual([1, 2, 3]);
    });

    it('fails a job once its attempts run out, with the last reason', async () => {
      const queue = await newQueue<string>();
      let calls = 0;
      queue.process(async () => {
        calls += 1;
        throw new Error(`still broken (${calls})`);
      });
      const id = await queue.enqueue({ label: 'broken' }, { attempts: 2, backoffMs: 5 });
      const failure = queue.waitFor(id, 10_000);
      await expect(failure).rejects.toBeInstanceOf(JobFailedError);
      await expect(failure).rejects.toMatchObject({
        details: { jobId: id, attempts: 2, reason: 'still broken (2)' },
      });
      expect(calls).toBe(2);
    });

    it('does not retry a PermanentJobError', async () => {
      const queue = await newQueue<string>();
      let calls = 0;
      queue.process(async () => {
        calls += 1;
        throw new PermanentJobError('unknown SKU XYZ');
      });
      const id = await queue.enqueue({ label: 'bad' }, { attempts: 5, backoffMs: 5 });
      await expect(queue.waitFor(id, 10_000)).rejects.toMatchObject({
        code: 'job_failed',
        details: { attempts: 1, reason: 'unknown SKU XYZ' },
      });
      expect(calls).toBe(1);
    });

    it('adds a job id only once while it is pending, and again once it has finished', async () => {
      const queue = await newQueue<string>();
      const release = gate();
      const seen: string[] = [];
      queue.process(async (job) => {
        seen.push(job.label);
        await release.promise;
        return job.label;
      });
      const first = await queue.enqueue({ label: 'first' }, { jobId: 'reindex-sku-A' });
      const second = await queue.enqueue({ label: 'second' }, { jobId: 'reindex-sku-A' });
      expect(second).toBe(first);
      release.open();
      await expect(queue.waitFor(first, 10_000)).resolves.toBe('first');

      const again = await queue.enqueue({ label: 'third' }, { jobId: 'reindex-sku-A' });
      expect(again).toBe(first);
      await expect(queue.waitFor(again, 10_000)).resolves.toBe('third');
      expect(seen).toEqual(['first', 'third']);
    });

    it('rejects job ids the Redis backend could not store', async () => {
      const queue = await newQueue<string>();
      await expect(queue.enqueue({ label: 'x' }, { jobId: '42' })).rejects.toBeInstanceOf(ValidationError);
      await expect(queue.enqueue({ label: 'x' }, { jobId: 'a:b' })).rejects.toBeInstanceOf(ValidationError);
      await expect(queue.enqueue({ label: 'x' }, { attempts: 0 })).rejects.toBeInstanceOf(ValidationError);
    });

    it('never runs more jobs at once than its concurrency', async () => {
      const queue = await newQueue<string>();
      const concurrency = 2;
      const full = gate();
      let running = 0;
      let maxRunning = 0;
      queue.process(
        async (job) => {
          running += 1;
          maxRunning = Math.max(maxRunning, running);
          if (running === concurrency) full.open();
          // Nobody finishes before the slots have filled up once, so the limit is really exercised.
          await full.promise;
          await new Promise((resolve) => setImmediate(resolve));
          running -= 1;
          return job.label;
        },
        { concurrency },
      );
      const ids = await Promise.all(
        Array.from({ length: 6 }, (_, i) => queue.enqueue({ label: `job-${i}` })),
      );
      const results = await Promise.all(ids.map((id) => queue.waitFor(id, 10_000)));
      expect(results).toEqual(ids.map((_, i) => `job-${i}`));
      expect(maxRunning).toBe(concurrency);
    });

    it('publishes progress to listeners until they unsubscribe', async () => {
      const queue = await newQueue<string>();
      const seen: JobProgress[] = [];
      const unsubscribe = queue.onProgress((progress) => seen.push(progress));
      queue.process(async (_job, context) => {
        await context.reportProgress(40, { done: 4, total: 10 });
        await context.reportProgress(100);
        return 'ok';
      });
      const id = await queue.enqueue({ label: 'progress' });
      await queue.waitFor(id, 10_000);
      await vi.waitFor(() =>
        expect(seen).toEqual([
          { jobId: id, percent: 40, detail: { done: 4, total: 10 } },
          { jobId: id, percent: 100 },
        ]),
      );
      unsubscribe();
      const next = await queue.enqueue({ label: 'unheard' });
      await queue.waitFor(next, 10_000);
      expect(seen.filter((p) => p.jobId === next)).toEqual([]);
    });

    it('fails a job whose handler reports progress out of range', async () => {
      const queue = await newQueue<string>();
      queue.process(async (_job, context) => {
        await context.reportProgress(140);
        return 'unreachable';
      });
      const id = await queue.enqueue({ label: 'bad-progress' }, { attempts: 1 });
      await expect(queue.waitFor(id, 10_000)).rejects.toThrow(/between 0 and 100/);
    });

    it('stops waiting after the timeout while the job carries on', async () => {
      const queue = await newQueue<string>();
      const release = gate();
      queue.process(async () => {
        await release.promise;
        return 'late';
      });
      const id = await queue.enqueue({ label: 'slow' });
      await expect(queue.waitFor(id, 50)).rejects.toBeInstanceOf(JobWaitTimeoutError);
      release.open();
      await expect(queue.waitFor(id, 10_000)).resolves.toBe('late');
    });

    it('says when it does not know a job', async () => {
      const queue = await newQueue<string>();
      await expect(queue.waitFor('no-such-job', 1000)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('closes cleanly: the active job finishes first, then nothing more is accepted', async () => {
      const queue = await open<TestJob, string>();
      const started = gate();
      const release = gate();
      let finished = false;
      queue.process(async () => {
        started.open();
        await release.promise;
        finished = true;
        return 'finished';
      });
      await queue.enqueue({ label: 'in-flight' });
      await started.promise;
      const closing = queue.close();
      release.open();
      await closing;
      expect(finished).toBe(true);
      await expect(queue.enqueue({ label: 'after' })).rejects.toBeInstanceOf(JobQueueClosedError);
      await expect(queue.waitFor('anything', 100)).rejects.toBeInstanceOf(JobQueueClosedError);
      await expect(queue.close()).resolves.toBeUndefined();
    });
  });
}
