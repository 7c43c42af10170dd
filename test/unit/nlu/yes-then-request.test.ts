import { describe, expect, it } from 'vitest';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { buildFixtureModel } from './support.js';

const model = buildFixtureModel();

describe('a yes that opens a request', () => {
  it.each([
    ['yes, and do you sell sleeping bags?', 'product_search'],
    ['ok then, do you have umbrellas?', 'product_search'],
    ['yeah, where is my order', 'order_status'],
    ['ok and what is your return policy', 'policy_question'],
    ['oui, et vous avez des gourdes ?', 'product_search'],
  ])('%j is the request, not a yes', (text, intent) => {
    expect(analyse(model, text).intent).toBe(intent);
  });

  it.each(['yes please', 'yes go ahead', 'ok', 'oui', 'sure thing'])('%j alone is a yes', (text) => {
    expect(analyse(model, text).intent).toBe('affirm');
  });

  it('while a confirmation waits, a yes with another request is no yes (the action is asked again)', () => {
    expect(analyse(model, 'yes, and also when will it arrive?', { awaiting: 'confirmation' }).intent).toBe(
      'order_status',
    );
    expect(analyse(model, 'yes please', { awaiting: 'confirmation' }).intent).toBe('affirm');
  });
});
