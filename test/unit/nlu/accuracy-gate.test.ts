import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evaluateEntities, evaluateIntents } from '../../../sidecar/nlu/evaluation.js';
import { LANGUAGES } from '../../../sidecar/nlu/language.js';
import { buildFixtureModel, loadUtterances } from './support.js';

const share = z.number().min(0).max(1);
const thresholds = z
  .object({ heldOutIntentAccuracy: z.record(z.enum(LANGUAGES), share), entityAccuracy: share })
  .parse(JSON.parse(readFileSync(new URL('../../fixtures/nlu/thresholds.json', import.meta.url), 'utf8')));

describe('NLU accuracy gate', () => {
  const model = buildFixtureModel();
  const utterances = loadUtterances();

  it.each(LANGUAGES)('keeps held-out intent accuracy in %s at or above its floor', (lang) => {
    const floor = thresholds.heldOutIntentAccuracy[lang];
    const test = utterances.filter((u) => u.split === 'test' && u.lang === lang);
    expect(test.length).toBeGreaterThan(100);
    expect(evaluateIntents(model, test).accuracy).toBeGreaterThanOrEqual(floor);
  });

  it(`keeps entity accuracy on labeled entities at or above ${thresholds.entityAccuracy}`, () => {
    const result = evaluateEntities(model, utterances);
    expect(result.total).toBeGreaterThan(50);
    expect(result.correct / result.total).toBeGreaterThanOrEqual(thresholds.entityAccuracy);
  });

  it('is better calibrated when right than when wrong', () => {
    const result = evaluateIntents(
      model,
      utterances.filter((u) => u.split === 'test'),
    );
    expect(result.meanConfidenceRight).toBeGreaterThan(result.meanConfidenceWrong);
  });
});
