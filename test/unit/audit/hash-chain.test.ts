import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../../sidecar/audit/audit-entry.js';
import { recordIsIntact } from '../../../sidecar/audit/audit-log.js';
import { chainHash, GENESIS_HASH } from '../../../sidecar/audit/hash-chain.js';
import { canonicalJson } from '../../../sidecar/policy/policy-version.js';

const entry = {
  kind: 'action_decision' as const,
  at: '2026-04-01T12:00:00.000Z',
  conversationId: null,
  customerKey: '7',
  storeCode: 'default',
  orderNumber: '000000012',
  action: 'refund',
  idempotencyKey: 'refund:12:abc',
  inputs: { b: 1, a: [2, 3] },
  policy: [],
  bounds: null,
  decision: { verdict: 'approve', codes: [], reasons: [] },
  customerText: 'Your refund of 40.00 USD for order 000000012 has been issued.',
  toolCalls: [],
  timings: { authorize: 0.3 },
};

function stored(overrides: Partial<AuditRecord> = {}): AuditRecord {
  const seq = 1;
  const recordedAt = '2026-04-01T12:00:00.005Z';
  const hash = chainHash(GENESIS_HASH, canonicalJson({ ...entry, seq, recordedAt }));
  return { ...entry, seq, recordedAt, prevHash: GENESIS_HASH, hash, ...overrides };
}

describe('audit hash chain', () => {
  it('hashes the previous hash and the record, so either changing changes the hash', () => {
    const a = chainHash(GENESIS_HASH, '{"x":1}');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, '{"x":2}')).not.toBe(a);
    expect(chainHash(a, '{"x":1}')).not.toBe(a);
  });

  it('recognises an intact record regardless of key order, and any edited field', () => {
    expect(recordIsIntact(stored())).toBe(true);
    expect(recordIsIntact(stored({ inputs: { a: [2, 3], b: 1 } }))).toBe(true);
    expect(
      recordIsIntact(
        stored({ customerText: 'Your refund of 400.00 USD for order 000000012 has been issued.' }),
      ),
    ).toBe(false);
    expect(recordIsIntact(stored({ seq: 2 }))).toBe(false);
    expect(recordIsIntact(stored({ prevHash: 'f'.repeat(64) }))).toBe(false);
  });
});
