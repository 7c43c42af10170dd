import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../common/logger.js';
import { MagentoUnavailableError } from '../../../common/errors.js';
import type { MagentoProductAttribute } from '../../../common/magento/shapes/catalog.js';
import { attributeLabel, StoreAttributeLabels } from '../../../sidecar/tools/attribute-labels.js';

const attributes: MagentoProductAttribute[] = [
  {
    attribute_code: 'manufacturer',
    frontend_input: 'select',
    default_frontend_label: 'Brand',
    frontend_labels: [{ store_id: 3, label: 'Marque' }],
  },
  { attribute_code: 'color', frontend_input: 'select', default_frontend_label: 'Color', frontend_labels: [] },
  { attribute_code: 'age_range', frontend_input: 'select', frontend_labels: null },
];

function fakeMagento(fail = false) {
  let reads = 0;
  return {
    get reads() {
      return reads;
    },
    listStoreViews: async () => [
      { id: 1, code: 'default', name: 'Default', website_id: 1, store_group_id: 1, is_active: 1 },
      { id: 3, code: 'fr', name: 'France', website_id: 2, store_group_id: 2, is_active: 1 },
    ],
    searchProductAttributes: async (
      _store: string,
      criteria: { pageSize?: number; currentPage?: number },
    ) => {
      reads++;
      if (fail) throw new MagentoUnavailableError('down');
      const size = criteria.pageSize ?? 100;
      const page = criteria.currentPage ?? 1;
      return {
        items: attributes.slice((page - 1) * size, page * size),
        problems: [],
        totalCount: attributes.length,
        currentPage: page,
        pageSize: size,
      };
    },
  };
}

describe('StoreAttributeLabels', () => {
  it('takes the store view’s label, else the default label, else the readable code', async () => {
    const labels = new StoreAttributeLabels(fakeMagento(), silentLogger());
    const fr = await labels.labels('fr');
    const en = await labels.labels('default');
    expect(attributeLabel(fr, 'manufacturer')).toBe('Marque');
    expect(attributeLabel(en, 'manufacturer')).toBe('Brand');
    expect(attributeLabel(fr, 'color')).toBe('Color');
    expect(attributeLabel(en, 'age_range')).toBe('age range');
  });

  it('caches per store view and refreshes after ten minutes', async () => {
    let now = 0;
    const magento = fakeMagento();
    const labels = new StoreAttributeLabels(magento, silentLogger(), () => now);
    await labels.labels('fr');
    await labels.labels('fr');
    expect(magento.reads).toBe(1);
    now += 10 * 60_000 + 1;
    await labels.labels('fr');
    expect(magento.reads).toBe(2);
  });

  it('falls back to attribute codes when Magento cannot be read, and tries again next time', async () => {
    const magento = fakeMagento(true);
    const labels = new StoreAttributeLabels(magento, silentLogger());
    expect(attributeLabel(await labels.labels('fr'), 'battery_life_hours')).toBe('battery life hours');
    await labels.labels('fr');
    expect(magento.reads).toBe(2);
  });
});
