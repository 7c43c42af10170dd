import { describe, expect, it } from 'vitest';
import type { MagentoCategoryTree } from '../../../common/magento/shapes/catalog.js';
import { resolveOptionLabels } from '../../../indexer/normalize/attribute-labels.js';
import { indexCategoryTree, productCategories } from '../../../indexer/normalize/category-paths.js';
import { resolvePrice } from '../../../indexer/normalize/prices.js';
import { productSchema } from '../../../common/magento/shapes/product.js';

const node = (
  id: number,
  name: string,
  children: MagentoCategoryTree[] = [],
  active = true,
): MagentoCategoryTree => ({
  id,
  parent_id: null,
  name,
  is_active: active,
  position: 0,
  level: null,
  product_count: 0,
  children_data: children,
});

describe('resolvePrice', () => {
  const now = new Date('2026-03-15T12:00:00Z');

  it('applies a special price inside its window, the to-date inclusive', () => {
    expect(
      resolvePrice(100, { price: '80.000000', from: '2026-03-01 00:00:00', to: '2026-03-15 00:00:00' }, now),
    ).toEqual({
      regular: 100,
      special: 80,
      final: 80,
    });
  });

  it('ignores an expired, a future and a higher special price', () => {
    expect(resolvePrice(100, { price: '80', from: '2026-01-01', to: '2026-03-14' }, now).final).toBe(100);
    expect(resolvePrice(100, { price: '80', from: '2026-03-16' }, now).final).toBe(100);
    expect(resolvePrice(100, { price: '120' }, now).final).toBe(100);
  });

  it('applies an open-ended special price and ignores a missing one', () => {
    expect(resolvePrice(50, { price: '45' }, now).final).toBe(45);
    expect(resolvePrice(50, {}, now)).toEqual({ regular: 50, special: undefined, final: 50 });
  });
});

describe('category paths', () => {
  const tree = node(2, 'Default Category', [
    node(10, 'Outdoor', [node(11, 'Camping', [node(12, 'Tents')]), node(13, 'Hidden', [], false)]),
  ]);
  const index = indexCategoryTree(tree);

  it('gives each assigned category its ancestors (below the store root) and full path labels', () => {
    expect(productCategories([12], index)).toEqual({
      ids: [10, 11, 12],
      labels: ['Tents', 'Outdoor > Camping > Tents'],
      unknown: [],
    });
  });

  it('reports categories outside the store tree or inactive', () => {
    expect(productCategories([99, 13, 10], index)).toEqual({
      ids: [10],
      labels: ['Outdoor'],
      unknown: [99, 13],
    });
  });
});

describe('resolveOptionLabels', () => {
  const labels = new Map([
    ['color', new Map([['49', 'Red']])],
    [
      'material',
      new Map([
        ['31', 'Cotton'],
        ['34', 'Polyester'],
      ]),
    ],
  ]);

  it('maps select and multiselect option ids to store-view labels and reports unknown ids', () => {
    const product = productSchema.parse({
      sku: 'X',
      custom_attributes: [
        { attribute_code: 'color', value: '49' },
        { attribute_code: 'material', value: '31,34,99' },
        { attribute_code: 'url_key', value: 'x' },
      ],
    });
    expect(resolveOptionLabels(product, labels)).toEqual({
      attributes: { color: ['Red'], material: ['Cotton', 'Polyester'] },
      unknown: [{ attribute: 'material', value: '99' }],
    });
  });
});
