import { describe, expect, it } from 'vitest';
import { attributeWords, factPhrase } from '../../../sidecar/replies/fact-phrases.js';
import { lintReply } from '../../../sidecar/replies/reply-lint.js';

describe('product facts in words', () => {
  it('moves a bracketed unit after the value', () => {
    expect(factPhrase('Battery Life (hours)', ['6'], 'en')).toBe('Battery life: 6 hours');
    expect(factPhrase('Battery Life (hours)', ['1'], 'en')).toBe('Battery life: 1 hour');
    expect(factPhrase('Screen Size (inches)', ['15.6'], 'en')).toBe('Screen size: 15.6 inches');
    expect(factPhrase('Autonomie de la batterie (heures)', ['9'], 'fr')).toBe(
      'Autonomie de la batterie : 9 heures',
    );
    expect(factPhrase('Poids [g]', ['320'], 'fr')).toBe('Poids : 320 g');
    expect(factPhrase('Weight (kg)', ['1.2'], 'en')).toBe('Weight: 1.2 kg');
    expect(factPhrase('Autonomie (heures)', ['11'], 'fr')).toBe('Autonomie : 11 heures');
  });

  it('writes a decimal number with the decimal comma in French', () => {
    expect(factPhrase('Poids (kg)', ['12.29'], 'fr')).toBe('Poids : 12,29 kg');
    expect(factPhrase('Poids', ['12.29 kg'], 'fr')).toBe('Poids : 12,29 kg');
    expect(factPhrase('Écran', ['15.6"'], 'fr')).toBe('Écran : 15.6"');
    expect(factPhrase('Écran (pouces)', ['15.6'], 'fr')).toBe('Écran : 15,6 pouces');
    expect(factPhrase('Weight (kg)', ['12.29'], 'en')).toBe('Weight: 12.29 kg');
  });

  it('keeps values that are words as they are, and codes become words', () => {
    expect(factPhrase('Color', ['Black', 'Red'], 'en')).toBe('Color: Black and Red');
    expect(factPhrase('Number of USB Ports', ['3'], 'en')).toBe('Number of USB ports: 3');
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
