import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { demoCatalog, demoProductTypes, demoProductTypesFrench } from '../../../evals/nlu/demo-catalog.js';
import { evaluateEntities } from '../../../sidecar/nlu/evaluation.js';
import { evaluateHeldOut, loadHeldOut } from '../../../sidecar/nlu/held-out.js';
import { evaluateFlowReadings, loadFlowReadings } from '../../../sidecar/nlu/held-out-flows.js';
import { LANGUAGES } from '../../../sidecar/nlu/language.js';
import { analyse, buildNluModel } from '../../../sidecar/nlu/understand.js';
import { buildFixtureModel, FIXED_NOW, loadUtterances } from './support.js';

const share = z.number().min(0).max(1);
const perLanguage = z.record(z.enum(LANGUAGES), share);
const thresholds = z
  .object({
    heldOutIntentAccuracy: perLanguage,
    outOfScopeRecall: perLanguage,
    inScopeCalledOutOfScopeMax: perLanguage,
    escalationRecall: perLanguage,
    productTypesAsSearch: share,
    entityAccuracy: share,
    flowReadings: share,
    freshIntentAccuracy: perLanguage,
    freshOutOfScopeRecall: perLanguage,
    thirdIntentAccuracy: perLanguage,
    thirdOutOfScopeRecall: perLanguage,
    fourthIntentAccuracy: perLanguage,
    fourthOutOfScopeRecall: perLanguage,
    fourthEscalationRecall: perLanguage,
  })
  .parse(JSON.parse(readFileSync(new URL('../../fixtures/nlu/thresholds.json', import.meta.url), 'utf8')));

/** The numbers `npm run eval:nlu` reports, as floors: the held-out set against the demo catalog. */
describe('NLU accuracy gate (evals/nlu/held-out.jsonl)', () => {
  const { lexicon, categories } = demoCatalog();
  const utterances = loadUtterances();
  const model = buildNluModel({ examples: utterances, lexicon, categories, now: () => FIXED_NOW });
  const report = evaluateHeldOut(
    model,
    loadHeldOut(new URL('../../../evals/nlu/held-out.jsonl', import.meta.url).pathname),
  );

  it.each(LANGUAGES)(
    'keeps %s held-out accuracy, out-of-scope and escalation at or above their floors',
    (lang) => {
      const r = report.languages.find((l) => l.lang === lang);
      expect(r?.total).toBeGreaterThan(150);
      if (!r) return;
      expect(r.accuracy).toBeGreaterThanOrEqual(thresholds.heldOutIntentAccuracy[lang]);
      expect(r.outOfScope.recognised / r.outOfScope.total).toBeGreaterThanOrEqual(
        thresholds.outOfScopeRecall[lang],
      );
      expect(r.inScopeCalledOutOfScope.count / r.inScopeCalledOutOfScope.total).toBeLessThanOrEqual(
        thresholds.inScopeCalledOutOfScopeMax[lang],
      );
      expect(r.escalation.recalled / r.escalation.total).toBeGreaterThanOrEqual(
        thresholds.escalationRecall[lang],
      );
    },
  );

  it.each(LANGUAGES)('keeps %s accuracy and out-of-scope recall on the second held-out set', (lang) => {
    const fresh = evaluateHeldOut(
      model,
      loadHeldOut(new URL('../../../evals/nlu/held-out-fresh.jsonl', import.meta.url).pathname),
    ).languages.find((l) => l.lang === lang);
    expect(fresh?.total).toBeGreaterThan(50);
    if (!fresh) return;
    expect(fresh.accuracy).toBeGreaterThanOrEqual(thresholds.freshIntentAccuracy[lang]);
    expect(fresh.outOfScope.recognised / fresh.outOfScope.total).toBeGreaterThanOrEqual(
      thresholds.freshOutOfScopeRecall[lang],
    );
    expect(fresh.escalation.recalled / fresh.escalation.total).toBeGreaterThanOrEqual(
      thresholds.escalationRecall[lang],
    );
  });

  const third = evaluateHeldOut(
    model,
    loadHeldOut(new URL('../../../evals/nlu/held-out-third.jsonl', import.meta.url).pathname),
  );

  it.each(LANGUAGES)('keeps %s accuracy, out-of-scope and escalation on the third held-out set', (lang) => {
    const r = third.languages.find((l) => l.lang === lang);
    expect(r?.total).toBeGreaterThan(80);
    if (!r) return;
    expect(r.accuracy).toBeGreaterThanOrEqual(thresholds.thirdIntentAccuracy[lang]);
    expect(r.outOfScope.recognised / r.outOfScope.total).toBeGreaterThanOrEqual(
      thresholds.thirdOutOfScopeRecall[lang],
    );
    expect(r.inScopeCalledOutOfScope.count / r.inScopeCalledOutOfScope.total).toBeLessThanOrEqual(
      thresholds.inScopeCalledOutOfScopeMax[lang],
    );
    expect(r.escalation.recalled / r.escalation.total).toBeGreaterThanOrEqual(
      thresholds.escalationRecall[lang],
    );
  });

  const fourth = evaluateHeldOut(
    model,
    loadHeldOut(new URL('../../../evals/nlu/held-out-fourth.jsonl', import.meta.url).pathname),
  );

  it.each(LANGUAGES)(
    'keeps %s accuracy, out-of-scope and escalation on the fourth (blind) held-out set',
    (lang) => {
      const r = fourth.languages.find((l) => l.lang === lang);
      expect(r?.total).toBeGreaterThan(300);
      if (!r) return;
      expect(r.accuracy).toBeGreaterThanOrEqual(thresholds.fourthIntentAccuracy[lang]);
      expect(r.outOfScope.recognised / r.outOfScope.total).toBeGreaterThanOrEqual(
        thresholds.fourthOutOfScopeRecall[lang],
      );
      expect(r.inScopeCalledOutOfScope.count / r.inScopeCalledOutOfScope.total).toBeLessThanOrEqual(
        thresholds.inScopeCalledOutOfScopeMax[lang],
      );
      expect(r.escalation.recalled / r.escalation.total).toBeGreaterThanOrEqual(
        thresholds.fourthEscalationRecall[lang],
      );
    },
  );

  it('starts no flow but a greeting for a message in a language the store does not serve', () => {
    expect(report.unsupported.total).toBeGreaterThan(15);
    expect(report.unsupported.examples).toEqual([]);
    expect(third.unsupported.examples).toEqual([]);
  });

  it('reads the demo catalog product types alone as a product search', () => {
    const types = demoProductTypes(lexicon);
    const searches = types.filter((t) => analyse(model, t.toLowerCase()).intent === 'product_search');
    expect(searches.length / types.length).toBeGreaterThanOrEqual(thresholds.productTypesAsSearch);
  });

  it('reads them as shoppers type them too: plural, and as the French store view names them', () => {
    const plural = demoProductTypes(lexicon).map((t) => `${t.toLowerCase()}s`);
    const french = demoProductTypesFrench(lexicon).map((t) => t.toLowerCase());
    expect(french.length).toBeGreaterThan(60);
    const misses = [
      ...plural.filter((t) => analyse(model, t).intent !== 'product_search'),
      ...french.filter((t) => analyse(model, t, { storeLanguage: 'fr' }).intent !== 'product_search'),
    ];
    expect(misses.length / (plural.length + french.length)).toBeLessThanOrEqual(
      1 - thresholds.productTypesAsSearch,
    );
  });

  it(`reads the flow readings (evals/nlu/held-out-flows.jsonl) at or above ${thresholds.flowReadings}`, () => {
    const readings = loadFlowReadings(
      new URL('../../../evals/nlu/held-out-flows.jsonl', import.meta.url).pathname,
    );
    const flow = evaluateFlowReadings(model, readings);
    const correct = flow.reduce((s, r) => s + r.correct, 0);
    expect(readings.length).toBeGreaterThan(100);
    expect(correct / readings.length).toBeGreaterThanOrEqual(thresholds.flowReadings);
  });

  it(`keeps entity accuracy on labeled entities at or above ${thresholds.entityAccuracy}`, () => {
    // The labels name the NLU fixture catalog's SKUs.
    const result = evaluateEntities(buildFixtureModel(), utterances);
    expect(result.total).toBeGreaterThan(50);
    expect(result.correct / result.total).toBeGreaterThanOrEqual(thresholds.entityAccuracy);
  });
});
