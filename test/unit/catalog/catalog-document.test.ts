import { describe, expect, it } from 'vitest';
import {
  documentChecksum,
  documentSearchText,
  parseCatalogDocument,
  pointId,
} from '../../../common/catalog/catalog-document.js';
import { catalogCollectionSpec } from '../../../common/catalog/catalog-collection.js';
import { ValidationError } from '../../../common/errors.js';

const doc = parseCatalogDocument({
  id: 'MB01',
  type: 'product',
  store: 'default',
  title: 'Trail Cargo Net',
  text: 'Stretch net for bike racks.',
  price: 24.5,
  currency: 'USD',
  category_ids: [3, 7],
  categories: ['Bike Accessories'],
  attributes: { color: ['Black'] },
});

describe('catalog document contract', () => {
  it('applies defaults and names the bad field of an invalid document', () => {
    expect(
      parseCatalogDocument({ id: 'x', type: 'cms_paragraph', store: 'default', title: 'Returns', text: '' }),
    ).toMatchObject({
      category_ids: [],
      attributes: {},
      in_stock: true,
    });
    expect(() => parseCatalogDocument({ ...doc, price: -1 })).toThrow(ValidationError);
    expect(() => parseCatalogDocument({ ...doc, price: -1 })).toThrow(/MB01: price/);
  });

  it('gives a deterministic RFC 9562 version-5 point id per (store, type, id)', () => {
    const id = pointId({ store: 'default', type: 'product', id: 'MB01' });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(pointId({ store: 'default', type: 'product', id: 'MB01' })).toBe(id);
    expect(pointId({ store: 'fr', type: 'product', id: 'MB01' })).not.toBe(id);
    expect(pointId({ store: 'default', type: 'review_summary', id: 'MB01' })).not.toBe(id);
  });

  it('checksums content independently of key order and changes with any field', () => {
    const reordered = parseCatalogDocument(Object.fromEntries(Object.entries(doc).reverse()));
    expect(documentChecksum(reordered)).toBe(documentChecksum(doc));
    expect(documentChecksum({ ...doc, price: 25 })).not.toBe(documentChecksum(doc));
    expect(documentChecksum({ ...doc, attributes: { color: ['Red'] } })).not.toBe(documentChecksum(doc));
  });

  it('builds the search text from title, categories, attribute labels and body', () => {
    expect(documentSearchText(doc)).toBe(
      'Trail Cargo Net. Bike Accessories. Black. Stretch net for bike racks.',
    );
    expect(documentSearchText(doc, 10)).toHaveLength(10);
  });

  it('records the embedder in the collection spec', () => {
    expect(catalogCollectionSpec({ id: 'hashing-64', dimensions: 64 })).toEqual({
      name: 'verity_catalog_v2',
      contractVersion: 2,
      embedderId: 'hashing-64',
      dimensions: 64,
    });
  });
});
