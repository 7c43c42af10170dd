import { describe, expect, it } from 'vitest';
import { categoryTreeFromRows } from '../../../sidecar/policy/category-tree.js';
import { matchCategories } from '../../../sidecar/tools/match-categories.js';

const tree = categoryTreeFromRows([
  { id: 1, parent_id: 0, name: 'Root Catalog' },
  { id: 2, parent_id: 1, name: 'Default Category' },
  { id: 10, parent_id: 2, name: 'Electronics' },
  { id: 11, parent_id: 10, name: 'Laptops' },
  { id: 12, parent_id: 10, name: 'Headphones' },
  { id: 20, parent_id: 2, name: 'Outdoor' },
  { id: 21, parent_id: 20, name: 'Camping Gear' },
  { id: 30, parent_id: 2, name: 'Clearance' },
]);

describe('matchCategories', () => {
  it.each([
    ['What is your return policy for laptops?', [11]],
    ['warranty on headphones', [12]],
    ['Can I return clearance items?', [30]],
    ['returns for camping gear', [21]],
    ['what about electronics in general', [10]],
    ['laptops and headphones: return window?', [11, 12]],
  ])('%j → %j', (text, ids) => {
    expect(matchCategories(text, tree).sort()).toEqual(ids);
  });

  it('matches store-view names in their language, connectives optional', () => {
    const fr = categoryTreeFromRows([
      { id: 2, parent_id: 0, name: 'Default Category' },
      { id: 4, parent_id: 2, name: 'Ordinateurs portables' },
      { id: 17, parent_id: 2, name: 'Maison et cuisine' },
      { id: 20, parent_id: 2, name: 'Déstockage' },
    ]);
    expect(matchCategories('Quelle est la garantie des ordinateurs portables ?', fr)).toEqual([4]);
    expect(matchCategories('retours pour la maison, la cuisine ?', fr)).toEqual([17]);
    expect(matchCategories('Combien de temps pour retourner les articles en destockage ?', fr)).toEqual([20]);
    expect(matchCategories('un ordinateur pour la maison', fr)).toEqual([]);
  });

  it('keeps the specific category when its parent is named too', () => {
    expect(matchCategories('electronics laptops warranty', tree)).toEqual([11]);
  });

  it('treats the root the REST API returns ("Default Category") as a container, and its children as categories', () => {
    const storeRoot = categoryTreeFromRows([
      { id: 2, parent_id: 0, name: 'Default Category' },
      { id: 4, parent_id: 2, name: 'Laptops' },
      { id: 20, parent_id: 2, name: 'Clearance' },
    ]);
    expect(matchCategories('Are there any fees if I return clearance items?', storeRoot)).toEqual([20]);
    expect(matchCategories('default category', storeRoot)).toEqual([]);
  });

  it('needs every word of a multi-word name and ignores the container levels', () => {
    expect(matchCategories('camping trip', tree)).toEqual([]);
    expect(matchCategories('default category root catalog', tree)).toEqual([]);
    expect(matchCategories('what is your return policy?', tree)).toEqual([]);
  });
});
