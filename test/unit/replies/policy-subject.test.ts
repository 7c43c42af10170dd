import { describe, expect, it } from 'vitest';
import { policyCitationTitle, policySubject } from '../../../sidecar/replies/policy-subject.js';
import { render } from '../../../sidecar/replies/render.js';
import { lintReply } from '../../../sidecar/replies/reply-lint.js';

describe('what a policy answer is about, in the shopper’s words', () => {
  it('names the products or category asked about, never a scope', () => {
    expect(policySubject(['Raptor X15 Gaming Laptop'], 'Laptops', 'en')).toBe(
      'Raptor X15 Gaming Laptop (Laptops)',
    );
    expect(policySubject(['Jackets'], 'Jackets', 'en')).toBe('Jackets');
    expect(policySubject([], 'Clearance', 'en')).toBe('Clearance');
    expect(policySubject([], undefined, 'fr')).toBe('tous les produits');
    const intro = render('policy_intro', 'en', { applies_to: policySubject(['Jackets'], undefined, 'en') });
    expect(intro).toBe('For Jackets:');
    expect(lintReply(intro, 'en', { scopeNames: ['Default Store View', 'Main Website'] })).toEqual([]);
  });

  it('titles the policy citation for people', () => {
    expect(policyCitationTitle(['Raptor X15 Gaming Laptop'], 'Laptops', 'en')).toBe(
      'Store policy: Raptor X15 Gaming Laptop',
    );
    expect(policyCitationTitle([], 'Clearance', 'fr')).toBe('Conditions du magasin : Clearance');
    expect(policyCitationTitle([], undefined, 'en')).toBe('Store policy');
  });
});
