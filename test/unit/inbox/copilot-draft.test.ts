import { describe, expect, it } from 'vitest';
import {
  copilotDraft,
  withShownOrders,
  type RecordedDecision,
} from '../../../sidecar/inbox/copilot-draft.js';
import type { PolicyValues } from '../../../sidecar/policy/policy-types.js';
import type { PhraseResult } from '../../../sidecar/llm/phrase-reply.js';
import { emptyTurnFacts, type TurnFacts } from '../../../sidecar/verifier/turn-facts.js';

const VALUES: PolicyValues = {
  returnWindowDays: 30,
  returnShippingFee: 5,
  restockingFeePercent: 0,
  finalSale: false,
  exchangeAllowed: true,
  warrantyMonths: 12,
  priceMatch: false,
  priceMatchExclusions: [],
  freeShippingThreshold: null,
  deliveryRanges: [],
  currency: 'USD',
};

const FACTS: TurnFacts = {
  ...emptyTurnFacts(),
  policies: [
    { ruleId: 'default:default:r1', version: 'abc123def4567890', values: VALUES, appliesTo: 'Main Website' },
  ],
  orders: [
    {
      number: '000000042',
      status: 'complete',
      statusLabel: 'Complete',
      createdAt: '2026-10-01T10:00:00Z',
      grandTotal: 120,
      subtotal: 110,
      shippingAmount: 10,
      currency: 'USD',
      trackingNumbers: [],
      items: [],
    },
  ],
};

const DENIED: RecordedDecision = {
  action: 'refund',
  orderNumber: '000000042',
  verdict: 'deny',
  codes: ['outside_window'],
  reasons: ['The 30-day return window ended on 2026-11-01.'],
  amount: 0,
  currency: 'USD',
  executed: false,
};

const ticket = (facts: TurnFacts | undefined, locale: 'en' | 'fr' = 'en') => ({
  id: '00000000-0000-4000-8000-000000000001',
  conversationId: '00000000-0000-4000-8000-000000000002',
  context: { locale, currency: 'USD', ...(facts ? { facts } : {}) },
});

describe('co-pilot draft', () => {
  it('answers a denied refund from the order state, the decision and the policy values, verified', async () => {
    const draft = await copilotDraft(ticket(FACTS), DENIED);
    expect(draft.text).toBe(
      'Thank you for waiting. Order 000000042, placed on October 1, 2026, has shipped. Total: $120.00. ' +
        "I've looked at your refund request for order 000000042, and I'm sorry, but our policy does not allow it. " +
        'Our policy: returns are accepted within 30 days of delivery and return shipping costs $5.00. ' +
        'Is there anything else I can help with?',
    );
    expect(draft).toMatchObject({ verified: true, source: 'template', violations: [] });
    expect(draft.basis).toEqual({
      decision: DENIED,
      policy: { ruleId: 'default:default:r1', version: 'abc123def4567890', appliesTo: 'Main Website' },
      order: { number: '000000042', status: 'Complete' },
    });
  });

  it('writes the draft in the store view language', async () => {
    const draft = await copilotDraft(ticket(FACTS, 'fr'), { ...DENIED, verdict: 'needs_evidence' });
    expect(draft.text).toContain(
      'Pour donner suite à votre demande de remboursement pour la commande 000000042',
    );
    expect(draft.verified).toBe(true);
  });

  it('says only the opening and closing when nothing was recorded', async () => {
    const draft = await copilotDraft(ticket(undefined), null);
    expect(draft.text).toBe('Thank you for waiting. Is there anything else I can help with?');
    expect(draft.verified).toBe(true);
  });

  it("keeps an LLM's phrasing only as the verifier judges it", async () => {
    const phrased = (reply: string): Promise<PhraseResult> =>
      Promise.resolve({
        reply,
        source: 'llm',
        promptVersion: 'test',
        model: 'scripted',
        handoff: false,
        violations: [],
        leaks: [],
        usage: { promptTokens: 0, completionTokens: 0 },
        costUsd: 0,
      });
    const honest = await copilotDraft(ticket(FACTS), DENIED, {
      phrase: () =>
        phrased('Sorry for the wait! Your order 000000042 is complete; returns are accepted within 30 days.'),
    });
    expect(honest).toMatchObject({ source: 'llm', verified: true });
    const invented = await copilotDraft(ticket(FACTS), DENIED, {
      phrase: () => phrased('Good news: returns are accepted within 90 days, so we can refund you $120.00.'),
    });
    expect(invented.verified).toBe(false);
    expect(invented.violations.length).toBeGreaterThan(0);
  });

  it('takes an order the conversation showed when the handing-off turn had none', () => {
    const facts = withShownOrders(undefined, [
      {
        number: '000000007',
        status: 'processing',
        statusLabel: 'Processing',
        placedAt: '2026-11-02T09:00:00Z',
        total: 59.9,
        currency: 'USD',
        carrier: null,
        trackingNumbers: [],
        items: [{ sku: 'A', name: 'A', qty: 1 }],
      },
    ]);
    expect(facts.orders).toMatchObject([{ number: '000000007', status: 'processing', grandTotal: 59.9 }]);
  });
});
