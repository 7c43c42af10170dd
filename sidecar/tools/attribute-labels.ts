import type { Logger } from '../../common/logger.js';
import type { MagentoClient } from '../../common/magento/magento-client.js';
import { iteratePages } from '../../common/magento/read-search-results.js';

const LABELS_TTL_MS = 10 * 60_000;
const PAGE_SIZE = 200;

/** Attribute code → the label a store view shows for it ("manufacturer" → "Brand", in `fr` "Marque"). */
export type AttributeLabels = ReadonlyMap<string, string>;

/**
 * Reads the store view's attribute labels from Magento (its `frontend_labels` entry, else the default
 * label) and caches them. Labels are presentation only: when Magento cannot be read, answers fall back
 * to the attribute code rather than fail.
 */
export class StoreAttributeLabels {
  private readonly cache = new Map<string, { labels: AttributeLabels; expiresAt: number }>();

  constructor(
    private readonly magento: Pick<MagentoClient, 'listStoreViews' | 'searchProductAttributes'>,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async labels(store: string): Promise<AttributeLabels> {
    const cached = this.cache.get(store);
    if (cached && cached.expiresAt > this.now()) return cached.labels;
    try {
      const labels = await this.read(store);
      this.cache.set(store, { labels, expiresAt: this.now() + LABELS_TTL_MS });
      return labels;
    } catch (error) {
      this.logger.warn({ err: error, store }, 'attribute labels unavailable; showing attribute codes');
      return new Map();
    }
  }

  private async read(store: string): Promise<AttributeLabels> {
    const storeId = (await this.magento.listStoreViews()).find((v) => v.code === store)?.id;
    const labels = new Map<string, string>();
    const pages = iteratePages((currentPage) =>
      this.magento.searchProductAttributes(store, { pageSize: PAGE_SIZE, currentPage }),
    );
    for await (const page of pages) {
      for (const a of page.items) {
        if (!a.attribute_code) continue;
        const label =
          a.frontend_labels?.find((l) => l.store_id === storeId)?.label ?? a.default_frontend_label;
        if (label) labels.set(a.attribute_code, label);
      }
    }
    return labels;
  }
}

/** The store view's label of an attribute, else its code made readable ("battery_life_hours"). */
export function attributeLabel(labels: AttributeLabels, code: string): string {
  return labels.get(code) ?? code.replace(/_/g, ' ');
}
