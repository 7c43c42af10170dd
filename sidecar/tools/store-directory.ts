import { ValidationError } from '../../common/errors.js';
import type { MagentoClient } from '../../common/magento/magento-client.js';
import { localeOf } from '../replies/render.js';
import type { StoreContext } from '../flows/turn.js';

const TTL_MS = 10 * 60_000;

/**
 * The store views Verity serves, as Magento describes them (name, website, locale, currency, URL).
 * Read once and refreshed every few minutes; an unknown store code is the caller's error.
 */
export class StoreDirectory {
  private cache: { stores: Map<string, StoreContext>; expiresAt: number } | undefined;
  private loading: Promise<Map<string, StoreContext>> | undefined;

  constructor(
    private readonly magento: MagentoClient,
    private readonly options: { allowedCodes?: readonly string[]; now?: () => number } = {},
  ) {}

  async resolve(code: string | undefined): Promise<StoreContext> {
    const stores = await this.all();
    const wanted = code ?? this.defaultCode(stores);
    const store = stores.get(wanted);
    if (!store)
      throw new ValidationError(`Unknown store view "${wanted}". Known: ${[...stores.keys()].join(', ')}.`);
    return store;
  }

  async list(): Promise<StoreContext[]> {
    return [...(await this.all()).values()];
  }

  private defaultCode(stores: Map<string, StoreContext>): string {
    return stores.has('default') ? 'default' : ([...stores.keys()][0] ?? 'default');
  }

  private async all(): Promise<Map<string, StoreContext>> {
    const now = (this.options.now ?? Date.now)();
    if (this.cache && this.cache.expiresAt > now) return this.cache.stores;
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    try {
      const stores = await this.loading;
      this.cache = { stores, expiresAt: now + TTL_MS };
      return stores;
    } catch (error) {
      // Store views rarely change: while Magento is away, the last list keeps serving (stale if error).
      if (this.cache) return this.cache.stores;
      throw error;
    }
  }

  private async load(): Promise<Map<string, StoreContext>> {
    const [views, websites, configs, groups] = await Promise.all([
      this.magento.listStoreViews(),
      this.magento.listWebsites(),
      this.magento.listStoreConfigs(),
      this.magento.listStoreGroups(),
    ]);
    const stores = new Map<string, StoreContext>();
    for (const view of views) {
      // Store view 0 is Magento's admin; inactive views serve no customers.
      if (view.id === 0 || view.is_active === 0) continue;
      if (this.options.allowedCodes && !this.options.allowedCodes.includes(view.code)) continue;
      const config = configs.find((c) => c.code === view.code);
      const website = websites.find((w) => w.id === view.website_id);
      stores.set(view.code, {
        code: view.code,
        websiteCode: website?.code ?? 'base',
        // The store's name as shoppers know it (the store group: "Cedar & Pine"), not the view's label.
        name: groups.find((g) => g.id === view.store_group_id)?.name?.trim() || view.name || view.code,
        locale: localeOf(config?.locale ?? undefined),
        currency: config?.default_display_currency_code ?? config?.base_currency_code ?? 'USD',
        timeZone: config?.timezone ?? 'UTC',
        baseUrl: config?.secure_base_url ?? config?.base_url ?? '',
        channel: 'web',
      });
    }
    return stores;
  }
}
