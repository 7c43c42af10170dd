import { describe, expect, it } from 'vitest';
import {
  crossValidate,
  evaluateEntities,
  groupedFolds,
  reliability,
} from '../../../sidecar/nlu/evaluation.js';
import { evaluateHeldOut } from '../../../sidecar/nlu/held-out.js';
import { buildNluModel } from '../../../sidecar/nlu/understand.js';
import type { LabeledUtterance } from '../../../sidecar/nlu/types.js';

const set: LabeledUtterance[] = [
  { text: 'hello there', intent: 'greeting', lang: 'en' },
  { text: 'hi friend', intent: 'greeting', lang: 'en' },
  { text: 'hey hello', intent: 'greeting', lang: 'en' },
  { text: 'cancel my order', intent: 'cancel_order', lang: 'en' },
  { text: 'please cancel the order', intent: 'cancel_order', lang: 'en' },
  {
    text: 'cancel order 000000123',
    intent: 'cancel_order',
    lang: 'en',
    entities: { orderNumbers: ['000000123'], emails: ['x@y.com'] },
  },
];
const model = buildNluModel({ examples: set });

describe('evaluation helpers', () => {
  it('scores the held-out set per language, with out-of-scope, escalation and unsupported languages', () => {
    const report = evaluateHeldOut(model, [
      { text: 'hey hello', intent: 'greeting', lang: 'en' },
      { text: 'cancel the order please', intent: 'cancel_order', lang: 'en' },
      { text: 'what is the capital of peru', intent: 'out_of_scope', lang: 'en' },
      { text: '¿Dónde está mi pedido?', intent: 'order_status', lang: 'es' },
    ]);
    const en = report.languages.find((l) => l.lang === 'en');
    expect(en?.total).toBe(3);
    expect(en?.outOfScope.total).toBe(1);
    expect(en?.inScopeCalledOutOfScope.total).toBe(2);
    expect(en?.escalation.total).toBe(0);
    expect(en?.correct).toBe(en!.total - en!.confusions.reduce((s, c) => s + c.count, 0));
    expect(report.unsupported).toEqual({ total: 1, startedAFlow: 0, examples: [] });
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

  it('keeps near-duplicates in one fold and balances each intent over the folds', () => {
    const utterances = [
      { text: 'where is my order', intent: 'order_status' as const },
      { text: 'where is my order??', intent: 'order_status' as const },
      { text: 'where is my order please', intent: 'order_status' as const },
      { text: 'has my parcel shipped yet', intent: 'order_status' as const },
      { text: 'track the package', intent: 'order_status' as const },
      { text: 'any news on delivery', intent: 'order_status' as const },
      { text: 'hello there', intent: 'greeting' as const },
      { text: 'good morning', intent: 'greeting' as const },
    ];
    const fold = groupedFolds(utterances, 4);
    expect(fold).toHaveLength(utterances.length);
    // The three phrasings of one question share a fold; the rest spread over the other folds.
    expect(new Set(fold.slice(0, 3)).size).toBe(1);
    expect(fold.slice(3, 6)).not.toContain(fold[0]);
    expect(new Set(fold.slice(3, 6)).size).toBe(3);
    expect(fold[6]).not.toBe(fold[7]);
  });
});
