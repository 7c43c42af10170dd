import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  currentDeadline,
  withAttemptSignal,
  withDeadline,
  withTimeLimit,
} from '../../../common/magento/request-deadline.js';

describe('withTimeLimit', () => {
  it('is the deadline of the work inside it, and aborts it with a TimeoutError when the time is up', async () => {
    const reason = await withTimeLimit(1, async () => {
      const deadline = currentDeadline()!;
      await once(deadline, 'abort');
      return deadline.reason as DOMException;
    });
    expect(reason.name).toBe('TimeoutError');
    expect(currentDeadline()).toBeUndefined();
  });

  it('passes on the work’s result and its error', async () => {
    await expect(withTimeLimit(60_000, async () => 'done')).resolves.toBe('done');
    await expect(withTimeLimit(60_000, async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
  });
});

describe('withAttemptSignal', () => {
  it('aborts the attempt with a TimeoutError after its own timeout', async () => {
    const reason = await withAttemptSignal(1, async (signal) => {
      await once(signal, 'abort');
      return signal.reason as DOMException;
    });
    expect(reason.name).toBe('TimeoutError');
  });

  it('aborts the attempt with the reason of the work’s deadline, when that passes first', async () => {
    const controller = new AbortController();
    const passed = new Error('the turn is over');
    const reason = await withDeadline(controller.signal, () =>
      withAttemptSignal(60_000, async (signal) => {
        controller.abort(passed);
        return signal.reason as unknown;
      }),
    );
    expect(reason).toBe(passed);
  });

  it('starts aborted when the deadline has already passed', async () => {
    const passed = AbortSignal.abort(new Error('late'));
    const aborted = await withDeadline(passed, () =>
      withAttemptSignal(60_000, async (signal) => signal.aborted),
    );
    expect(aborted).toBe(true);
  });
});
