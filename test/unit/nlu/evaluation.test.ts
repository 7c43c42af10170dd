import { describe, expect, it } from 'vitest';
import {
  crossValidate,
  evaluateEntities,
  evaluateIntents,
  reliability,
} from '../../../sidecar/nlu/evaluation.js';
import { buildNluModel } from '../../../sidecar/nlu/understand.js';
import type { LabeledUtterance } from '../../../sidecar/nlu/types.js';

const set: LabeledUtterance[] = [
  { text: 'hello there', intent: 'greeting', split: 'train', lang: 'en' },
  { text: 'hi friend', intent: 'greeting', split: 'train', lang: 'en' },
  { text: 'hey hello', intent: 'greeting', split: 'test', lang: 'en' },
  { text: 'cancel my order', intent: 'cancel_order', split: 'train', lang: 'en' },
  { text: 'please cancel the order', intent: 'cancel_order', split: 'train', lang: 'en' },
  {
    text: 'cancel order 000000123',
    intent: 'cancel_order',
    split: 'test',
    lang: 'en',
    entities: { orderNumbers: ['000000123'], emails: ['x@y.com'] },
  },
];
const model = buildNluModel({ examples: set.filter((u) => u.split === 'train') });

describe('evaluation helpers', () => {
  it('scores intents with per-intent precision and recall', () => {
    const result = evaluateIntents(
      model,
      set.filter((u) => u.split === 'test'),
    );
    expect(result.accuracy).toBe(1);
    expect(result.confusions).toEqual([]);
    expect(result.perIntent.map((r) => [r.intent, r.precision, r.recall, r.support])).toEqual([
      ['cancel_order', 1, 1, 1],
      ['greeting', 1, 1, 1],
    ]);
  });

  it('counts every labeled entity and reports misses', () => {
    const result = evaluateEntities(model, set);
    expect(result.byKind).toEqual({
      orderNumbers: { correct: 1, total: 1 },
      emails: { correct: 0, total: 1 },
    });
    expect(result.misses).toEqual(['emails in "cancel order 000000123": expected ["x@y.com"], got []']);
  });

  it('buckets predictions by confidence', () => {
    const buckets = reliability(
      [
        { confidence: 0.1, correct: false },
        { confidence: 0.9, correct: true },
        { confidence: 1, correct: true },
        { confidence: 0.85, correct: false },
      ],
      [0, 0.5, 1.0001],
    );
    expect(buckets).toEqual([
      { from: 0, to: 0.5, count: 1, accuracy: 0 },
      { from: 0.5, to: 1, count: 3, accuracy: 2 / 3 },
    ]);
  });

  it('cross-validates over every utterance once', () => {
    const result = crossValidate(set, (examples) => buildNluModel({ examples }), 3);
    expect(result.predictions).toHaveLength(set.length);
    expect(result.accuracy).toBeGreaterThan(0.5);
  });
});
