import { describe, expect, it } from 'vitest';
import type { MagentoOrder } from '../../../common/magento/shapes/order.js';
import type { RegisteredReturn } from '../../../sidecar/flows/action-desk.js';
import { refundedAlready, returnCovering } from '../../../sidecar/flows/steps/action-steps.js';

const order = (refunded: Record<string, number> = {}): MagentoOrder =>
  ({
    increment_id: '000000002',
    state: 'complete',
    items: [
      { sku: 'CYC-CARGO-NET', qty_ordered: 1, qty_shipped: 1, qty_refunded: refunded['CYC-CARGO-NET'] ?? 0 },
      { sku: 'GIFT-EARBUDS', qty_ordered: 1, qty_shipped: 1, qty_refunded: refunded['GIFT-EARBUDS'] ?? 0 },
    ],
  }) as MagentoOrder;

const earbudsReturn: RegisteredReturn = {
  lines: [{ sku: 'GIFT-EARBUDS', qty: 1 }],
  amount: 39.99,
  currency: 'USD',
  reference: 'RMA-1',
  done: true,
};

describe('returnCovering: a refund asked for items whose return is registered is that return’s refund', () => {
  it('finds the return registered for the items named', () => {
    expect(returnCovering([{ sku: 'GIFT-EARBUDS' }], order(), [earbudsReturn])).toBe(earbudsReturn);
  });

  it('a refund of another line of the order is a request of its own', () => {
    expect(returnCovering([{ sku: 'CYC-CARGO-NET' }], order(), [earbudsReturn])).toBeNull();
    expect(
      returnCovering([{ sku: 'CYC-CARGO-NET' }, { sku: 'GIFT-EARBUDS' }], order(), [earbudsReturn]),
    ).toBeNull();
  });

  it('once the items are refunded, the action engine says so (not "it comes with the return")', () => {
    expect(
      returnCovering([{ sku: 'GIFT-EARBUDS' }], order({ 'GIFT-EARBUDS': 1 }), [earbudsReturn]),
    ).toBeNull();
  });

  it('no return registered, or no item named: nothing to say here', () => {
    expect(returnCovering([{ sku: 'GIFT-EARBUDS' }], order(), [])).toBeNull();
    expect(returnCovering([], order(), [earbudsReturn])).toBeNull();
  });

  it('the newest return covering the items', () => {
    const later = { ...earbudsReturn, reference: 'RMA-2' };
    expect(returnCovering([{ sku: 'GIFT-EARBUDS' }], order(), [earbudsReturn, later])?.reference).toBe(
      'RMA-2',
    );
  });
});

describe('refundedAlready: a refund asked of an order refunded in full is its status, not a refusal', () => {
  const closed = { increment_id: '000000007', state: 'closed', total_refunded: 258 } as MagentoOrder;
  const denied = { outcome: 'denied' as const, codes: ['order_closed'] };
  it('says how much was refunded', () => {
    expect(refundedAlready({ ...denied, kind: 'refund' }, closed)).toBe(258);
    expect(refundedAlready({ ...denied, kind: 'return' }, closed)).toBe(258);
  });
  it('any other refusal stays a refusal', () => {
    expect(refundedAlready({ ...denied, kind: 'refund', codes: ['final_sale'] }, closed)).toBeNull();
    expect(refundedAlready({ ...denied, kind: 'refund' }, { ...closed, total_refunded: 0 })).toBeNull();
    expect(refundedAlready({ ...denied, kind: 'cancellation' }, closed)).toBeNull();
    expect(refundedAlready({ ...denied, kind: 'refund', outcome: 'human_review' }, closed)).toBeNull();
  });
});
