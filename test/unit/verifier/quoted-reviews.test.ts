import { describe, expect, it } from 'vitest';
import { emptyTurnFacts } from '../../../sidecar/verifier/turn-facts.js';
import { verify } from '../../../sidecar/verifier/verify.js';

const options = { locale: 'en-US', currency: 'USD' };
const review = 'Battery lasts about 2 hours while gaming, 5–6 for browsing.';

describe('verify: attributed review quotes', () => {
  it('does not read claims inside a registered quote', () => {
    const draft = `A reviewer wrote: "${review}"`;
    expect(verify(draft, emptyTurnFacts(), options).ok).toBe(false);
    expect(verify(draft, { ...emptyTurnFacts(), quotes: [review] }, options)).toMatchObject({ ok: true });
  });

  it('still checks everything outside the quote', () => {
    const draft = `A reviewer wrote: "${review}" Returns are free within 90 days.`;
    const result = verify(draft, { ...emptyTurnFacts(), quotes: [review] }, options);
    expect(result.ok).toBe(false);
    expect(result.violations.map((v) => v.span.text).join(' ')).toMatch(/90 days|free/);
    for (const violation of result.violations)
      expect(draft.slice(violation.span.start, violation.span.end)).toBe(violation.span.text);
  });

  it('only exempts the exact registered text', () => {
    const altered = 'Battery lasts about 20 hours while gaming, 5–6 for browsing.';
    expect(
      verify(`A reviewer wrote: "${altered}"`, { ...emptyTurnFacts(), quotes: [review] }, options).ok,
    ).toBe(false);
  });
});
