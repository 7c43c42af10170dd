import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMagentoClient } from '../../../common/magento/create-magento-client.js';
import type { MagentoClient } from '../../../common/magento/magento-client.js';
import { silentLogger } from '../../../common/logger.js';
import type { RunningSandbox } from '../../../sandbox/index.js';
import { buildStoreNlu } from '../../../sidecar/nlu-setup.js';
import { PolicySource } from '../../../sidecar/policy/policy-source.js';
import { matchCategories } from '../../../sidecar/tools/match-categories.js';
import { StorePolicies } from '../../../sidecar/tools/store-policies.js';
import { attributeLabel, StoreAttributeLabels } from '../../../sidecar/tools/attribute-labels.js';
import { startTestSandbox } from '../sandbox/sandbox-server.js';

/**
 * A French store view translates product and category names; customers still use the untranslated
 * (admin-scope) names they find in e-mails, reviews or other stores. Both must name the same thing.
 */
let sandbox: RunningSandbox;
let magento: MagentoClient;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  magento = createMagentoClient({ baseUrl: sandbox.url, token: sandbox.adminToken, timeoutMs: 5000 });
});
afterAll(() => sandbox.close());

describe('translated store views', () => {
  it('matches categories by their store-view name and by their admin name', async () => {
    const policies = new StorePolicies(
      magento,
      new PolicySource({ fetchConfig: (store) => magento.getVerityConfig(store) }),
    );
    const fr = await policies.categoryTree('fr');
    expect(fr.get(20)).toEqual({ parentId: 2, name: 'Déstockage', otherNames: ['Clearance'] });
    expect(matchCategories('Puis-je retourner les articles en déstockage ?', fr)).toEqual([20]);
    expect(matchCategories('Can I return clearance items?', fr)).toEqual([20]);
    // The default store view shows the admin names: nothing to add.
    const en = await policies.categoryTree('default');
    expect(en.get(20)).toEqual({ parentId: 2, name: 'Clearance' });
  });

  it('names a product by its translated or its admin name, and answers with the store view’s name', async () => {
    const nlu = await buildStoreNlu({ magento, store: 'fr', logger: silentLogger() });
    const byFrench = nlu.model.catalog.match('Quelle est la garantie du Ruban LED Lumio Glow ?');
    expect(byFrench[0]).toMatchObject({ sku: 'GIFT-LEDSTRIP', name: 'Ruban LED Lumio Glow 5 m' });
    const byAdminName = nlu.model.catalog.match(
      'Combien de temps ai-je pour retourner les Lumio Glow LED Strip Lights 16 ft ?',
    );
    expect(byAdminName.map((m) => m.sku)).toEqual(['GIFT-LEDSTRIP']);
    expect(byAdminName[0]?.name).toBe('Ruban LED Lumio Glow 5 m');
  });

  it('matches option values in the store view’s words ("noir" in fr, "black" in default)', async () => {
    const black = sandbox.data.fixture.attributes
      .find((a) => a.attribute_code === 'color')
      ?.options.find((o) => o.label === 'Black')?.value;
    const fr = await buildStoreNlu({ magento, store: 'fr', logger: silentLogger() });
    expect(fr.model.attributes.extract('Vous l’avez en noir, en coton ?')).toEqual([
      expect.objectContaining({ code: 'color', value: black, label: 'Noir' }),
      expect.objectContaining({ code: 'material', label: 'Coton' }),
    ]);
    const en = await buildStoreNlu({ magento, store: 'default', logger: silentLogger() });
    expect(en.model.attributes.extract('Do you have it in black?')).toEqual([
      expect.objectContaining({ code: 'color', value: black, label: 'Black' }),
    ]);
  });

  it('labels attributes as each store view does ("Marque" in fr, "Brand" elsewhere)', async () => {
    const labels = new StoreAttributeLabels(magento, silentLogger());
    expect(attributeLabel(await labels.labels('fr'), 'manufacturer')).toBe('Marque');
    expect(attributeLabel(await labels.labels('fr'), 'battery_life_hours')).toBe('Autonomie (heures)');
    expect(attributeLabel(await labels.labels('default'), 'manufacturer')).toBe('Brand');
  });
});
