import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadTrainingSet } from '../../../sidecar/nlu/training-set.js';
import { buildNluModel, type NluModel } from '../../../sidecar/nlu/understand.js';
import type { AttributeVocabulary, CatalogEntry, LabeledUtterance } from '../../../sidecar/nlu/types.js';

const fixtures = fileURLToPath(new URL('../../fixtures/nlu/', import.meta.url));

const catalogFixtureSchema = z.object({
  products: z.array(z.object({ sku: z.string(), name: z.string(), aliases: z.array(z.string()).optional() })),
  attributes: z.record(
    z.string(),
    z.array(z.object({ value: z.string(), label: z.string(), synonyms: z.array(z.string()).optional() })),
  ),
});

export function loadUtterances(): LabeledUtterance[] {
  return loadTrainingSet();
}

export function loadCatalogFixture(): { products: CatalogEntry[]; attributes: AttributeVocabulary } {
  return catalogFixtureSchema.parse(JSON.parse(readFileSync(`${fixtures}catalog.json`, 'utf8')));
}

/** Monday 23 November 2026, noon UTC. */
export const FIXED_NOW = new Date('2026-11-23T12:00:00Z');

/** The model as the engine builds it: train split, the fixture catalog and attributes, a fixed clock. */
export function buildFixtureModel(): NluModel {
  const { products, attributes } = loadCatalogFixture();
  return buildNluModel({
    examples: loadUtterances(),
    lexicon: products,
    attributes,
    now: () => FIXED_NOW,
  });
}
