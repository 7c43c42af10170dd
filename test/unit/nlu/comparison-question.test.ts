import { describe, expect, it } from 'vitest';
import { readComparisonQuestion } from '../../../sidecar/nlu/entities/comparison-question.js';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { buildFixtureModel } from './support.js';

const names = ['Kestrel Nova G16 Gaming Laptop', 'Raptor X15 Gaming Laptop'];

describe('what a comparison question asks about', () => {
  it.each([
    ['which one has the better battery', 'en', 'battery', 'more'],
    ['which lasts longer?', 'en', 'battery', 'more'],
    ['which has the worse battery life', 'en', 'battery', 'less'],
    ['which is lighter', 'en', 'weight', 'less'],
    ['which one is heavier?', 'en', 'weight', 'more'],
    ['which is less heavy', 'en', 'weight', 'less'],
    ['is the nova g16 cheaper than the raptor x15?', 'en', 'price', 'less'],
    ['which is more expensive', 'en', 'price', 'more'],
    ['which has the bigger screen', 'en', 'screen', 'more'],
    ['which has the longest warranty', 'en', 'warranty', 'more'],
    ['laquelle est la plus légère ?', 'fr', 'weight', 'less'],
    ['lequel est le moins lourd ?', 'fr', 'weight', 'less'],
    ['lequel est le moins cher ?', 'fr', 'price', 'less'],
    ['lequel est le plus cher ?', 'fr', 'price', 'more'],
    ['laquelle a la meilleure autonomie ?', 'fr', 'battery', 'more'],
    ['lequel a le plus petit écran ?', 'fr', 'screen', 'less'],
    ['lequel a un écran moins grand ?', 'fr', 'screen', 'less'],
    ['which has less battery life', 'en', 'battery', 'less'],
  ] as const)('"%s" (%s) → %s, %s', (text, language, concept, direction) => {
    expect(readComparisonQuestion(text, language, names)).toEqual({ concept, direction });
  });

  it('names nothing when the question does not, or only a product name does', () => {
    expect(readComparisonQuestion('compare the first two', 'en', names)).toBeUndefined();
    expect(readComparisonQuestion('which one is better?', 'en', names)).toBeUndefined();
    expect(readComparisonQuestion('compare les deux premiers', 'fr', names)).toBeUndefined();
    expect(readComparisonQuestion('je cherche à comparer', 'fr', names)).toBeUndefined();
    expect(
      readComparisonQuestion('compare the powercube 10000 mah and the other one', 'en', [
        'Voltra PowerCube 10000 mAh',
      ]),
    ).toBeUndefined();
  });
});

describe('the comparison entity', () => {
  const model = buildFixtureModel();
  const shown = names.map((name, i) => ({ sku: `SKU-${i}`, name }));

  it('is read in the words of the message, not in the names of the products on screen', () => {
    const read = (text: string, storeLanguage: 'en' | 'fr') =>
      analyse(model, text, { shownProducts: shown, storeLanguage }).entities.comparison;
    expect(read('which one has the better battery?', 'en')).toEqual({
      concept: 'battery',
      direction: 'more',
    });
    expect(read('laquelle est la plus légère ?', 'fr')).toEqual({ concept: 'weight', direction: 'less' });
    // In the English store, a French question is read in French.
    expect(read('lequel est le moins cher ?', 'en')).toEqual({ concept: 'price', direction: 'less' });
    expect(read('compare the first two', 'en')).toBeUndefined();
    expect(
      analyse(model, 'compare the powercube 10000 mah and the other one', {
        shownProducts: [{ sku: 'PB', name: 'Voltra PowerCube 10000 mAh' }],
      }).entities.comparison,
    ).toBeUndefined();
  });
});
