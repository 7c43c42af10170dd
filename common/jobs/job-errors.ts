import { AppError } from '../errors.js';

/** A job ended in failure: its attempts ran out, or the handler threw PermanentJobError. */
export class JobFailedError extends AppError {
  constructor(queue: string, jobId: string, reason: string, attempts: number, cause?: unknown) {
    super('job_failed', `Job ${jobId} in queue ${queue} failed after ${attempts} attempt(s): ${reason}`, {
      status: 500,
      cause,
      details: { queue, jobId, attempts, reason },
    });
  }
}

/** `waitFor` gave up before the job finished; the job itself carries on. */
export class JobWaitTimeoutError extends AppError {
  constructor(queue: string, jobId: string, timeoutMs: number) {
    super('job_wait_timeout', `Job ${jobId} in queue ${queue} did not finish within ${timeoutMs} ms`, {
      status: 504,
      retryable: true,
      details: { queue, jobId, timeoutMs },
    });
  }
}

/** The queue was closed: no more jobs are accepted, and waits still pending were abandoned. */
export class JobQueueClosedError extends AppError {
  constructor(queue: string) {
    super('job_queue_closed', `Job queue ${queue} is closed`, { status: 503, details: { queue } });
  }
}
