import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../common/logger.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import { HandoffDesk } from '../../../sidecar/escalation/handoff-tickets.js';
import { WebhookOutbox } from '../../../sidecar/escalation/webhook-outbox.js';

describe('a request withdrawn after the handoff is noted on its ticket', () => {
  let store: PgliteRecordStore;
  let desk: HandoffDesk;

  beforeAll(async () => {
    store = await PgliteRecordStore.open();
    await migrate(store, await loadMigrations());
    desk = new HandoffDesk(store, silentLogger(), new WebhookOutbox(store, silentLogger(), { secret: 'x' }));
  });
  afterAll(async () => {
    await store?.close();
  });

  async function ticket(session: string): Promise<string> {
    const { rows } = await store.query<{ id: string }>(
      `INSERT INTO conversations (session_id, store_code) VALUES ($1, 'default') RETURNING id`,
      [session],
    );
    const { ticketId } = await desk.open({
      conversationId: rows[0]!.id,
      storeCode: 'default',
      reason: 'action_needs_review',
      customer: { id: '1', email: null, verifiedOrders: [] },
      orders: [{ number: '000000002' }],
      transcript: [{ role: 'customer', text: 'return the cargo net', at: '2026-12-07T20:00:00Z' }],
      suggestedReply: '',
      context: { flow: { name: 'return_items', slots: { order: '000000002' } } },
    });
    return ticketId;
  }

  it('in the context the person and the co-pilot read, and in the ticket’s transcript', async () => {
    const id = await ticket('s-withdraw');
    expect(await desk.noteWithdrawal(id, "no, leave it, I'll keep it", '2026-12-07T20:01:00Z')).toBe(true);
    const noted = (await desk.get(id))!;
    expect(noted.context.withdrawn).toEqual({
      at: '2026-12-07T20:01:00Z',
      message: "no, leave it, I'll keep it",
    });
    expect(noted.context.flow?.name).toBe('return_items');
    expect(noted.transcript.map((m) => m.text)).toEqual([
      'return the cargo net',
      "no, leave it, I'll keep it",
    ]);
  });

  it('a closed ticket is left as it is', async () => {
    const id = await ticket('s-closed');
    await desk.handBack(id, 'agent', 'nothing to do');
    expect(await desk.noteWithdrawal(id, 'leave it', '2026-12-07T20:02:00Z')).toBe(false);
    expect((await desk.get(id))!.context.withdrawn).toBeUndefined();
  });
});
