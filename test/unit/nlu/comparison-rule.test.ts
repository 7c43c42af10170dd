import { describe, expect, it } from 'vitest';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { buildFixtureModel } from './support.js';

/** Two products named with a comparative and "than"/« que », or "which one" with one: a comparison. */
describe('two products compared in so many words', () => {
  const model = buildFixtureModel();

  it.each([
    'is the Dell XPS 15 cheaper than the Legion Pro 16?',
    'is the Aero Daypack lighter than the Summit Trekking Pack?',
    'does the Legion Pro 16 have a better battery than the Dell XPS 15',
    "l'Aero Daypack est-il plus léger que le Summit Trekking Pack ?",
    'le Dell XPS 15 est moins cher que le Legion Pro 16 ?',
    // About the products at hand, after a comparison.
    'which one is cheaper?',
    'which has the bigger screen',
    'which is lighter',
  ])('%j is a comparison', (text) => {
    const reading = analyse(model, text);
    expect(reading.intent).toBe('comparison');
    expect(reading.flags.lowConfidence).toBe(false);
  });

  it.each([
    // One product, against another shop: not two products weighed.
    'is the Dell XPS 15 cheaper than on Amazon?',
    // "rather than" is no comparative.
    "I'd rather return the Dell XPS 15 than exchange it for the Legion Pro 16",
    // A superlative asks for a recommendation; "under" is no comparative.
    'which is the best tent for winter?',
    'which ones are under $50?',
  ])('%j is not', (text) => {
    expect(analyse(model, text).intent).not.toBe('comparison');
  });
});
