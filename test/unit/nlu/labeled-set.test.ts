import { describe, expect, it } from 'vitest';
import { parseLabeledUtterances } from '../../../sidecar/nlu/training-set.js';
import { LANGUAGES } from '../../../sidecar/nlu/language.js';
import { INTENTS } from '../../../sidecar/nlu/types.js';
import { loadUtterances } from './support.js';

describe('labeled utterance set', () => {
  const utterances = loadUtterances();

  it('has at least 300 utterances and at least 12 per intent', () => {
    expect(utterances.length).toBeGreaterThanOrEqual(300);
    for (const intent of INTENTS) {
      expect(utterances.filter((u) => u.intent === intent).length, intent).toBeGreaterThanOrEqual(12);
    }
  });

  it.each(LANGUAGES)('covers every intent in %s with at least 12 utterances, some held out', (lang) => {
    const own = utterances.filter((u) => u.lang === lang);
    for (const intent of INTENTS) {
      const examples = own.filter((u) => u.intent === intent);
      expect(examples.length, `${lang} ${intent}`).toBeGreaterThanOrEqual(12);
      expect(
        examples.some((u) => u.split === 'test'),
        `${lang} ${intent}`,
      ).toBe(true);
    }
  });

  it('holds out about a quarter, with every intent in the test split', () => {
    const test = utterances.filter((u) => u.split === 'test');
    expect(test.length / utterances.length).toBeGreaterThan(0.2);
    expect(test.length / utterances.length).toBeLessThan(0.3);
    for (const intent of INTENTS)
      expect(
        test.some((u) => u.intent === intent),
        intent,
      ).toBe(true);
  });

  it('has no duplicate texts (a duplicate across splits would leak)', () => {
    const texts = utterances.map((u) => u.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('rejects a malformed line with its line number', () => {
    expect(() =>
      parseLabeledUtterances(
        '{"text":"hi","intent":"greeting","split":"train"}\n{"text":"x","intent":"nope","split":"train"}',
        'f',
      ),
    ).toThrow(/f:2: intent/);
    expect(() => parseLabeledUtterances('not json', 'f')).toThrow(/f:1: not JSON/);
  });
});
