import { z } from 'zod';
import { verityStoreConfigSchema } from './verity-config.js';
import type { MagentoStoreReader } from './magento-client.js';
import { parseEntity } from './parse-response.js';
import type { MagentoRestTransport } from './rest-transport.js';
import { storeConfigSchema, storeGroupSchema, storeViewSchema, websiteSchema } from './shapes/store.js';

/** Store structure (ACL `Magento_Backend::store`) and the Verity module's config (`Verity_Assistant::config`). */
export function createRestStoreReader(rest: MagentoRestTransport): MagentoStoreReader {
  return {
    async listStoreViews() {
      return parseEntity(
        z.array(storeViewSchema),
        await rest.get(null, '/store/storeViews'),
        'store views',
        'list',
      );
    },
    async listWebsites() {
      return parseEntity(z.array(websiteSchema), await rest.get(null, '/store/websites'), 'websites', 'list');
    },
    async listStoreGroups() {
      return parseEntity(
        z.array(storeGroupSchema),
        await rest.get(null, '/store/storeGroups'),
        'store groups',
        'list',
      );
    },
    async listStoreConfigs(storeCodes) {
      const query = new URLSearchParams();
      for (const code of storeCodes ?? []) query.append('storeCodes[]', code);
      const raw = await rest.get(null, '/store/storeConfigs', { query });
      return parseEntity(z.array(storeConfigSchema), raw, 'store configs', 'list');
    },
    async getVerityConfig(store) {
      const raw = await rest.get(store, '/verity/config');
      return parseEntity(verityStoreConfigSchema, raw, 'verity config of store', store);
    },
  };
}
