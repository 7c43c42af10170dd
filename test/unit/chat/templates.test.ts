import { describe, expect, it } from 'vitest';
import { render } from '../../../sidecar/replies/render.js';
import { LOCALES, TEMPLATES } from '../../../sidecar/replies/templates.js';

const slotsOf = (text: string) => [...text.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]!).sort();

describe('reply templates', () => {
  it('have every locale, with the same slots in each', () => {
    for (const [key, byLocale] of Object.entries(TEMPLATES)) {
      const reference = slotsOf(byLocale.en);
      for (const locale of LOCALES) expect(slotsOf(byLocale[locale]), `${key}.${locale}`).toEqual(reference);
    }
  });

  it('fill exactly the slots the template names, checked by the compiler', () => {
    expect(render('order_tracking', 'en', { shipped: 'May 2', carrier: 'UPS', tracking: '1Z' })).toBe(
      'It shipped on May 2 with UPS, tracking number 1Z.',
    );
    expect(render('thanks', 'fr')).toBe('Avec plaisir ! Puis-je vous aider pour autre chose ?');
    // @ts-expect-error a template with slots cannot be rendered without them (the build fails, not a turn)
    expect(() => render('order_tracking', 'en')).toThrow(/needs slot/);
    // @ts-expect-error an unknown slot name is a compile error too
    render('order_tracking', 'en', { shipped: 'x', carrier: 'y', tracking: 'z', extra: 1 });
  });
});
