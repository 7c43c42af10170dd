import { describe, expect, it } from 'vitest';
import type { MagentoCategoryTree } from '../../../common/magento/shapes/catalog.js';
import { resolveOptionLabels } from '../../../indexer/normalize/attribute-labels.js';
import { indexCategoryTree, productCategories } from '../../../indexer/normalize/category-paths.js';
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
