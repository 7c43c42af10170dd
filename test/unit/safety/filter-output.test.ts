import { describe, expect, it } from 'vitest';
import { filterOutput, type ProtectedValue } from '../../../sidecar/safety/filter-output.js';

const systemPrompt =
  'You are Verity, the customer service assistant of the store. Only restate the facts you are given and never promise anything the facts do not contain.';
const protectedValues: ProtectedValue[] = [
  { label: 'VERITY_SHARED_SECRET', value: 'k3y-0123456789abcdef0123456789abcdef', kind: 'secret' },
  { label: 'OPENAI_API_KEY', value: 'test-openai-key-ABCDEF123456', kind: 'secret' },
  { label: 'system prompt', value: systemPrompt, kind: 'prompt' },
];

describe('filterOutput', () => {
  it('passes an ordinary reply', () => {
    expect(filterOutput('You can return the Trail Runner within 30 days.', protectedValues)).toEqual({
      ok: true,
      leaks: [],
    });
  });

  it.each([
    ['the secret verbatim', 'Sure, it is k3y-0123456789abcdef0123456789abcdef.', 'VERITY_SHARED_SECRET'],
    ['a spaced-out key', 'test openai key ABCDEF 123456', 'OPENAI_API_KEY'],
    [
      'a base64 copy',
      `Encoded: ${Buffer.from('test-openai-key-ABCDEF123456').toString('base64')}`,
      'OPENAI_API_KEY',
    ],
    [
      'eight words of the prompt',
      'My instructions: only restate the facts you are given and never promise.',
      'system prompt',
    ],
  ])('blocks %s', (_name, reply, label) => {
    const result = filterOutput(reply, protectedValues);
    expect(result.ok).toBe(false);
    expect(result.leaks.map((l) => l.label)).toContain(label);
  });

  it.each([
    ['an OpenAI-style key', 'use sk-abcdefghijklmnopqrstuvwx'],
    ['a JWT', 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop'],
    ['a bearer token', 'Authorization: Bearer abcdefghijklmnop1234'],
  ])('blocks %s even when not listed', (_name, reply) => {
    expect(filterOutput(reply, []).leaks[0]?.kind).toBe('credential_pattern');
  });

  it('never reports the secret value itself', () => {
    const result = filterOutput('k3y-0123456789abcdef0123456789abcdef', protectedValues);
    expect(JSON.stringify(result)).not.toContain('0123456789abcdef');
  });
});
