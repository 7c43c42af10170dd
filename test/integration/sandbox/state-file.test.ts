import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../sandbox/index.js';

describe('the sandbox store keeps its state across restarts (statePath)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'verity-sandbox-state-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves a cancellation made before the restart, so recorded actions and the store agree', async () => {
    const statePath = path.join(dir, 'sandbox', 'state.json');
    const first = await startSandbox({ productCount: 60, statePath });
    const order = first.data.fixture.orders.find((o) => o.state === 'new')!;
    const cancel = await fetch(`${first.url}/rest/V1/orders/${order.entity_id}/cancel`, {
      method: 'POST',
      headers: { authorization: `Bearer ${first.adminToken}` },
    });
    expect(await cancel.json()).toBe(true);
    await first.close();

    const second = await startSandbox({ productCount: 60, statePath });
    try {
      const read = await fetch(`${second.url}/rest/V1/orders/${order.entity_id}`, {
        headers: { authorization: `Bearer ${second.adminToken}` },
      });
      expect(((await read.json()) as { state: string }).state).toBe('canceled');
    } finally {
      await second.close();
    }
  });
});
