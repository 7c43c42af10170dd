import { describe, expect, it } from 'vitest';
import type { MagentoOrder, MagentoShipment } from '../../../common/magento/shapes/order.js';
import { newDialogueState } from '../../../sidecar/flows/dialogue-state.js';
import type { StepContext } from '../../../sidecar/flows/flow-engine.js';
import { checkNotShipped } from '../../../sidecar/flows/steps/order-steps.js';
import { verify } from '../../../sidecar/verifier/verify.js';
import { testTurn } from '../../support/flow-turn.js';

function context(locale: 'en' | 'fr', shipped: boolean): StepContext {
  const order = {
    increment_id: '000000008',
    status: 'complete',
    state: 'complete',
    created_at: '2026-11-11 10:00:00',
    grand_total: 120,
    items: [{ sku: 'NET', name: 'Cargo Net', qty_ordered: 1, qty_shipped: shipped ? 1 : 0, price: 120 }],
  } as MagentoOrder;
  const shipments = shipped
    ? ([
        { created_at: '2026-11-12 10:00:00', tracks: [{ track_number: '9400', title: 'USPS' }] },
      ] as MagentoShipment[])
    : [];
  const state = newDialogueState({
    sessionId: 's',
    conversationId: 'c',
    storeCode: 'default',
    customerId: '1',
  });
  return {
    turn: testTurn('can I send it to my office instead?', state, { intent: 'change_address', locale }),
    frame: { flow: 'change_address', slots: {} } as StepContext['frame'],
    slot: () => undefined,
    setSlot: () => undefined,
    scratch: new Map<string, unknown>([['order', { order, shipments }]]),
  } as StepContext;
}

describe('change of address on a shipped order', () => {
  it.each(['en', 'fr'] as const)(
    'says so with the order as its fact, which the verifier passes (%s)',
    async (locale) => {
      const result = await checkNotShipped(context(locale, true));
      expect(result.kind).toBe('end');
      if (result.kind !== 'end') return;
      expect(result.reply.escalate).toBe('action_needs_review');
      expect(result.reply.facts.orders.map((o) => o.number)).toEqual(['000000008']);
      const checked = verify(result.reply.reply, result.reply.facts, {
        locale: locale === 'fr' ? 'fr-FR' : 'en-US',
        currency: 'USD',
      });
      expect(checked.violations).toEqual([]);
    },
  );

  it('goes on when nothing has shipped', async () => {
    expect((await checkNotShipped(context('en', false))).kind).toBe('next');
  });
});
