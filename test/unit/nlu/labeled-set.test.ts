import { describe, expect, it } from 'vitest';
import { parseLabeledUtterances } from '../../../sidecar/nlu/training-set.js';
import { LANGUAGES } from '../../../sidecar/nlu/language.js';
import { INTENTS } from '../../../sidecar/nlu/types.js';
import { loadHeldOut } from '../../../sidecar/nlu/held-out.js';
import { loadFlowReadings } from '../../../sidecar/nlu/held-out-flows.js';
import { loadUtterances } from './support.js';

describe('labeled utterance set', () => {
  const utterances = loadUtterances();

  it('has at least 300 utterances and at least 12 per intent', () => {
    expect(utterances.length).toBeGreaterThanOrEqual(300);
    for (const intent of INTENTS) {
      expect(utterances.filter((u) => u.intent === intent).length, intent).toBeGreaterThanOrEqual(12);
    }
  });

  it.each(LANGUAGES)('covers every intent in %s with at least 12 utterances', (lang) => {
    const own = utterances.filter((u) => u.lang === lang);
    for (const intent of INTENTS) {
      expect(own.filter((u) => u.intent === intent).length, `${lang} ${intent}`).toBeGreaterThanOrEqual(12);
    }
  });

  it('shares no text with the held-out sets (evals/nlu/)', () => {
    const path = (file: string) => new URL(`../../../evals/nlu/${file}`, import.meta.url).pathname;
    const heldOut = new Set(
      [
        ...loadHeldOut(path('held-out-fifth.jsonl')),
        ...loadHeldOut(path('held-out-sixth.jsonl')),
        ...loadHeldOut(path('other-languages.jsonl')),
        ...loadFlowReadings(path('held-out-flows.jsonl')),
      ].map((u) => u.text.toLowerCase()),
    );
    expect(utterances.filter((u) => heldOut.has(u.text.toLowerCase())).map((u) => u.text)).toEqual([]);
  });

  it('has no duplicate texts', () => {
    const texts = utterances.map((u) => u.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('rejects a malformed line with its line number', () => {
    expect(() =>
      parseLabeledUtterances('{"text":"hi","intent":"greeting"}\n{"text":"x","intent":"nope"}', 'f'),
    ).toThrow(/f:2: intent/);
    expect(() => parseLabeledUtterances('not json', 'f')).toThrow(/f:1: not JSON/);
  });
});
