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
const setFloors = z.object({
  heldOutIntentAccuracy: perLanguage,
  outOfScopeRecall: perLanguage,
  inScopeCalledOutOfScopeMax: perLanguage,
  escalationRecall: perLanguage,
});
const thresholds = z
  .object({
    heldOutIntentAccuracy: perLanguage,
    outOfScopeRecall: perLanguage,
    inScopeCalledOutOfScopeMax: perLanguage,
    escalationRecall: perLanguage,
    /** The same floors on the blind sixth set. */
    sixth: setFloors,
    productTypesAsSearch: share,
    entityAccuracy: share,
    flowReadings: share,
  })
  .parse(JSON.parse(readFileSync(new URL('../../fixtures/nlu/thresholds.json', import.meta.url), 'utf8')));

/**
 * The numbers `npm run eval:nlu` reports, as floors: the blind held-out set against the demo catalog.
 * The gate checks totals only, so a failure says a class of messages got worse, never which message.
 */
describe('NLU accuracy gate (evals/nlu/held-out-fifth.jsonl and held-out-sixth.jsonl)', () => {
  const { lexicon, categories } = demoCatalog();
  const utterances = loadUtterances();
  const model = buildNluModel({ examples: utterances, lexicon, categories, now: () => FIXED_NOW });
  const sets = [
    { name: 'fifth', floors: thresholds },
    { name: 'sixth', floors: thresholds.sixth },
  ] as const;

  it.each(sets.flatMap((set) => LANGUAGES.map((lang) => [set.name, lang, set.floors] as const)))(
    'keeps the %s set’s %s accuracy, out-of-scope and escalation at or above their floors',
    (name, lang, floors) => {
      const report = evaluateHeldOut(
        model,
        loadHeldOut(new URL(`../../../evals/nlu/held-out-${name}.jsonl`, import.meta.url).pathname),
      );
      const r = report.languages.find((l) => l.lang === lang);
      expect(r?.total).toBeGreaterThan(350);
      if (!r) return;
      expect(r.accuracy).toBeGreaterThanOrEqual(floors.heldOutIntentAccuracy[lang]);
      expect(r.outOfScope.recognised / r.outOfScope.total).toBeGreaterThanOrEqual(
        floors.outOfScopeRecall[lang],
      );
      expect(r.inScopeCalledOutOfScope.count / r.inScopeCalledOutOfScope.total).toBeLessThanOrEqual(
        floors.inScopeCalledOutOfScopeMax[lang],
      );
      expect(r.escalation.recalled / r.escalation.total).toBeGreaterThanOrEqual(
        floors.escalationRecall[lang],
      );
    },
  );

  it('starts no flow but a greeting for a message in a language the store does not serve', () => {
    const unsupported = evaluateHeldOut(
      model,
      loadHeldOut(new URL('../../../evals/nlu/other-languages.jsonl', import.meta.url).pathname),
    ).unsupported;
    expect(unsupported.total).toBeGreaterThan(25);
    expect(unsupported.examples).toEqual([]);
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
