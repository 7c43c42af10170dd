import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evaluateEntities, evaluateIntents } from '../../../sidecar/nlu/evaluation.js';
import { buildFixtureModel, loadUtterances } from './support.js';

const thresholds = z
  .object({ heldOutIntentAccuracy: z.number().min(0).max(1), entityAccuracy: z.number().min(0).max(1) })
  .parse(JSON.parse(readFileSync(new URL('../../fixtures/nlu/thresholds.json', import.meta.url), 'utf8')));

describe('NLU accuracy gate', () => {
  const model = buildFixtureModel();
  const utterances = loadUtterances();

  it(`keeps held-out intent accuracy at or above ${thresholds.heldOutIntentAccuracy}`, () => {
    const result = evaluateIntents(
      model,
      utterances.filter((u) => u.split === 'test'),
    );
    expect(result.accuracy).toBeGreaterThanOrEqual(thresholds.heldOutIntentAccuracy);
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
