import { describe, expect, it } from 'vitest';
import { attributeWords, factPhrase } from '../../../sidecar/replies/fact-phrases.js';
import { lintReply } from '../../../sidecar/replies/reply-lint.js';

describe('product facts in words', () => {
  it('moves a bracketed unit after the value', () => {
    expect(factPhrase('Battery Life (hours)', ['6'], 'en')).toBe('Battery Life: 6 hours');
    expect(factPhrase('Battery Life (hours)', ['1'], 'en')).toBe('Battery Life: 1 hour');
    expect(factPhrase('Weight (kg)', ['1.2'], 'en')).toBe('Weight: 1.2 kg');
    expect(factPhrase('Autonomie (heures)', ['11'], 'fr')).toBe('Autonomie : 11 heures');
  });

  it('keeps values that are words as they are, and codes become words', () => {
    expect(factPhrase('Color', ['Black', 'Red'], 'en')).toBe('Color: Black and Red');
    expect(factPhrase('Screen (in)', ['15.6"'], 'en')).toBe('Screen: 15.6"');
    expect(attributeWords('battery_life')).toEqual({ label: 'battery life' });
    expect(factPhrase('battery_life_hours', ['6'], 'en')).toBe('battery life hours: 6');
  });

  it('leaves nothing the reply scan flags', () => {
    for (const text of [
      factPhrase('Battery Life (hours)', ['6'], 'en'),
      factPhrase('battery_life', ['6'], 'en'),
    ])
      expect(lintReply(text, 'en')).toEqual([]);
  });
});
