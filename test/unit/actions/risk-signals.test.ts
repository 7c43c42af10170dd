import { describe, expect, it } from 'vitest';
import { agentStyleTraits } from '../../../sidecar/actions/risk/agent-style-message.js';
import { assessRisk } from '../../../sidecar/actions/risk/risk-signals.js';
import {
  caseFacts,
  loadActionEvalCases,
  loadStoreFixtures,
} from '../../fixtures/actions/action-eval-case.js';

const stores = loadStoreFixtures();
const base = caseFacts(loadActionEvalCases()[0]!, stores);

describe('risk signals', () => {
  it('leaves ordinary customer writing alone', () => {
    expect(agentStyleTraits('Hi, the jacket is too small. Can I send it back? Thanks!')).toEqual([]);
    expect(agentStyleTraits('Too tight:\n- chest\n- sleeves\nThanks')).toEqual([]);
  });

  it('recognises long, structured and repetitive demands', () => {
    expect(agentStyleTraits('x'.repeat(1300))).toEqual(['very long (1300 characters)']);
    expect(agentStyleTraits(Array.from({ length: 7 }, (_, i) => `- item ${i}: refund`).join('\n'))).toContain(
      'structured (7 list or field lines)',
    );
    expect(agentStyleTraits('Refund me now. Refund me now. Refund me now.')).toContain('repeated demands');
  });

  it('flags split claims whose running total passes the bound, without denying', () => {
    const facts = { ...base, history: { ...base.history, auto_amount_in_period: 120 } };
    const signals = assessRisk(facts, 40);
    expect(signals).toEqual([
      expect.objectContaining({ code: 'split_claims_over_bound', verdict: 'human_review' }),
    ]);
    expect(assessRisk(facts, 30)).toEqual([]);
  });

  it('asks for evidence on a second fault claim and a person from the third claim on', () => {
    const fault = { ...base, claim: { reason: 'damaged' as const, evidence_provided: false } };
    const once = {
      ...fault,
      history: {
        ...fault.history,
        claims_in_period: [{ order_id: 5, reason: 'defective' as const, amount: 10 }],
      },
    };
    expect(assessRisk(once, 10).map((s) => s.verdict)).toEqual(['needs_evidence']);
    const thrice = {
      ...fault,
      history: {
        ...fault.history,
        claims_in_period: [1, 2, 3].map((n) => ({ order_id: n, reason: 'late' as const, amount: 0 })),
      },
    };
    expect(assessRisk(thrice, 10).map((s) => s.code)).toEqual(['repeated_claims']);
  });

  it('never produces a denial', () => {
    const noisy = {
      ...base,
      message: 'Refund now. '.repeat(200),
      history: {
        ...base.history,
        orders_in_period: 4,
        claims_in_period: [1, 2, 3, 4].map((n) => ({ order_id: n, reason: 'damaged' as const, amount: 50 })),
      },
    };
    const verdicts = assessRisk(noisy, 140).map((s) => s.verdict);
    expect(verdicts.length).toBeGreaterThan(2);
    expect(verdicts).not.toContain('deny');
  });
});
