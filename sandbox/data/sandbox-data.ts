import type { Category, Fixture, Order, Product, Review, StoreConfig, StoreView } from './fixture-schema.js';
import { customAttribute } from './product-builder.js';
import { magentoDate } from './random.js';

/**
 * The keys a looked-up value is filed under: lower case (Magento's catalog tables compare SKUs and URL
 * keys case-insensitively) and, for a number, its value (`searchCriteria` compares numbers as numbers).
 */
function lookupKeys(value: string): string[] {
  const trimmed = value.trim();
  const keys = [value.toLowerCase()];
  if (trimmed !== '' && !Number.isNaN(Number(trimmed))) keys.push(`#${Number(trimmed)}`);
  return keys;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * The sandbox store's live state: the fixture plus lookups, mutated by write routes
 * (product saves, refunds, cancellations, comments). One instance per running server.
 */
export class SandboxData {
  private current: Fixture;
  private nowValue: Date;
  private readonly productsBySku = new Map<string, Product>();
  private readonly productsById = new Map<number, Product>();
  /** Catalog order (the fixture's): what a lookup by key returns its products in, as a scan would. */
  private readonly productPositions = new Map<Product, number>();
  private readonly productsBySkuKey = new Map<string, Set<Product>>();
  /** URL key (default and store-scoped values) → products; rebuilt after a product save. */
  private productsByUrlKey: Map<string, Set<Product>> | undefined;
  /** Reviews per SKU, newest first. */
  private readonly reviewsBySku = new Map<string, Review[]>();
  private readonly ordersById = new Map<number, Order>();
  private readonly counters = new Map<string, number>();
  /** Real time at start: the store clock runs on from `now` (see `timestamp`). */
  private readonly startedAt = Date.now();
  /** Counts changes to products and their store values, so a result computed from them can tell it is stale. */
  private changes = 0;
  private readonly storeValues = new Map<string, Fixture['store_values']>();
  /** Attribute codes some store view overrides (a superset once values are cleared by saves). */
  private readonly storeScopedCodes = new Set<string>();
  private readonly scopedCategories = new Map<string, readonly Category[]>();
  /** Category id → products linked to it; recounted after a product save. */
  private categoryCounts: Map<string, number> | undefined;

  constructor(fixture: Fixture) {
    this.current = fixture;
    this.nowValue = new Date(fixture.now);
    this.index();
  }

  /** The live state: the fixture as the write routes have changed it. */
  get fixture(): Fixture {
    return this.current;
  }

  /** The store's clock at start (the fixture's `now`). */
  get now(): Date {
    return this.nowValue;
  }

  /**
   * Replaces the whole live state with `fixture` (the control route `POST /__sandbox/reset`): lookups,
   * id counters and caches start again from it, so the next credit memo gets the id it had the first time.
   */
  restore(fixture: Fixture): void {
    this.current = fixture;
    this.nowValue = new Date(fixture.now);
    for (const map of [this.productsBySku, this.productsById, this.ordersById, this.counters]) map.clear();
    this.productPositions.clear();
    this.productsBySkuKey.clear();
    this.productsByUrlKey = undefined;
    this.reviewsBySku.clear();
    this.storeValues.clear();
    this.storeScopedCodes.clear();
    this.scopedCategories.clear();
    this.categoryCounts = undefined;
    this.changes++;
    this.index();
  }

  private index(): void {
    const fixture = this.current;
    for (const [position, p] of fixture.products.entries()) {
      this.productsBySku.set(p.sku, p);
      this.productsById.set(p.id, p);
      this.productPositions.set(p, position);
      for (const key of lookupKeys(p.sku)) addTo(this.productsBySkuKey, key, p);
    }
    for (const r of fixture.reviews) {
      const list = this.reviewsBySku.get(r.sku);
      if (list) list.push(r);
      else this.reviewsBySku.set(r.sku, [r]);
    }
    for (const list of this.reviewsBySku.values())
      list.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
    for (const o of fixture.orders) this.ordersById.set(o.entity_id, o);
    for (const v of fixture.store_values) {
      this.storeScopedCodes.add(v.attribute_code);
      const key = `${v.store_code}\u0000${v.sku}`;
      const list = this.storeValues.get(key);
      if (list) list.push(v);
      else this.storeValues.set(key, [v]);
    }
  }

  /** The product as a store view sees it: store-scoped EAV values (price, name, …) applied over the defaults. */
  /**
   * Whether a store view may see another value of this product field than the default scope's: a
   * list filtered and sorted only on other fields gives the same page unscoped, and only the page's
   * products need scoping (a paged read of the whole catalog would otherwise copy every product for
   * every page).
   */
  mayBeStoreScoped(field: string): boolean {
    return field === 'name' || field === 'price' || this.storeScopedCodes.has(field);
  }

  scopedProduct(product: Product, storeCode: string): Product {
    const values = this.storeValues.get(`${storeCode}\u0000${product.sku}`);
    if (!values) return product;
    const scoped: Product = { ...product, custom_attributes: [...product.custom_attributes] };
    for (const v of values) {
      if (v.attribute_code === 'price') scoped.price = Number(v.value);
      else if (v.attribute_code === 'name') scoped.name = v.value;
      else {
        scoped.custom_attributes = scoped.custom_attributes.filter(
          (a) => a.attribute_code !== v.attribute_code,
        );
        scoped.custom_attributes.push({ attribute_code: v.attribute_code, value: v.value });
      }
    }
    return scoped;
  }

  /**
   * The category list as a store view sees it: store-scoped names applied over the defaults. An
   * unknown or admin scope (`all`, `default` without values) gets the default names.
   */
  categories(storeCode: string): readonly Category[] {
    const cached = this.scopedCategories.get(storeCode);
    if (cached) return cached;
    const names = new Map(
      this.fixture.category_store_values
        .filter((v) => v.store_code === storeCode && v.attribute_code === 'name')
        .map((v) => [v.category_id, v.value]),
    );
    const scoped = this.fixture.categories.map((c) => {
      const name = names.get(c.id);
      return name === undefined ? c : { ...c, name };
    });
    this.scopedCategories.set(storeCode, scoped);
    return scoped;
  }

  /**
   * Products whose SKU is one of these, compared as Magento compares them (case-insensitively; numbers
   * by value), in catalog order. May hold more than the exact matches: callers still apply their filter.
   */
  productsWithSkus(skus: readonly string[]): Product[] {
    return this.lookUp(this.productsBySkuKey, skus);
  }

  /** Products with these entity ids (numbers compared by value), in catalog order. */
  productsWithIds(ids: readonly string[]): Product[] {
    const found = ids.flatMap((id) => {
      const product = id.trim() === '' ? undefined : this.productsById.get(Number(id));
      return product ? [product] : [];
    });
    return this.inCatalogOrder([...new Set(found)]);
  }

  /** Products in the catalog's order (the fixture's), as a scan of the catalog would list them. */
  inCatalogOrder(products: Product[]): Product[] {
    return products.sort((a, b) => this.productPositions.get(a)! - this.productPositions.get(b)!);
  }

  /** Products whose URL key — the default value or any store view's — is one of these (case-insensitively), in catalog order. */
  productsWithUrlKeys(urlKeys: readonly string[]): Product[] {
    if (!this.productsByUrlKey) {
      const index = new Map<string, Set<Product>>();
      for (const p of this.fixture.products) {
        const value = customAttribute(p, 'url_key');
        if (value !== undefined) for (const key of lookupKeys(value)) addTo(index, key, p);
      }
      for (const values of this.storeValues.values())
        for (const v of values) {
          const product = this.productsBySku.get(v.sku);
          if (v.attribute_code === 'url_key' && product)
            for (const key of lookupKeys(v.value)) addTo(index, key, product);
        }
      this.productsByUrlKey = index;
    }
    return this.lookUp(this.productsByUrlKey, urlKeys);
  }

  /** Changes to products so far (saves, cleared store values, resets). */
  get version(): number {
    return this.changes;
  }

  /** Called after a product was saved: key indexes over changeable values are rebuilt on next use. */
  productSaved(): void {
    this.changes++;
    this.productsByUrlKey = undefined;
    this.categoryCounts = undefined;
  }

  /** Products linked to each category (by id): every category tree request shows them. */
  productCountsByCategory(): ReadonlyMap<string, number> {
    if (!this.categoryCounts) {
      const counts = new Map<string, number>();
      for (const p of this.fixture.products)
        for (const link of p.extension_attributes.category_links ?? [])
          counts.set(link.category_id, (counts.get(link.category_id) ?? 0) + 1);
      this.categoryCounts = counts;
    }
    return this.categoryCounts;
  }

  /** The product's reviews, newest first. */
  reviewsOf(sku: string): readonly Review[] {
    return this.reviewsBySku.get(sku) ?? [];
  }

  private lookUp(index: ReadonlyMap<string, ReadonlySet<Product>>, values: readonly string[]): Product[] {
    const found = new Set<Product>();
    for (const value of values)
      for (const key of lookupKeys(value)) for (const p of index.get(key) ?? []) found.add(p);
    return this.inCatalogOrder([...found]);
  }

  /** Drops a store-scoped value after a save at the default scope changed it everywhere (`PUT /rest/all/...`). */
  clearStoreValues(sku: string, attributeCode: string): void {
    this.changes++;
    for (const [key, list] of this.storeValues) {
      if (!key.endsWith(`\u0000${sku}`)) continue;
      this.storeValues.set(
        key,
        list.filter((v) => v.attribute_code !== attributeCode),
      );
    }
  }

  productBySku(sku: string): Product | undefined {
    return this.productsBySku.get(sku);
  }

  productById(id: number): Product | undefined {
    return this.productsById.get(id);
  }

  order(id: number): Order | undefined {
    return this.ordersById.get(id);
  }

  storeView(code: string): StoreView | undefined {
    return this.fixture.store_views.find((s) => s.code === code);
  }

  storeConfig(storeId: number): StoreConfig | undefined {
    return this.fixture.store_configs.find((s) => s.id === storeId);
  }

  websiteCode(websiteId: number): string | undefined {
    return this.fixture.websites.find((w) => w.id === websiteId)?.code;
  }

  /** Next id for a new entity of `kind`, above every id the fixture holds. */
  nextId(kind: 'creditmemo' | 'history'): number {
    const current =
      this.counters.get(kind) ??
      (kind === 'creditmemo'
        ? Math.max(0, ...this.fixture.creditmemos.map((c) => c.entity_id))
        : Math.max(0, ...this.fixture.orders.flatMap((o) => o.status_histories.map((h) => h.entity_id))));
    this.counters.set(kind, current + 1);
    return current + 1;
  }

  /**
   * Creation time of entities written at run time, as a Magento datetime: the store clock (`now`)
   * advanced by the real time since start, so new credit memos and comments sort after the fixture's.
   */
  timestamp(): string {
    return magentoDate(new Date(this.now.getTime() + (Date.now() - this.startedAt)));
  }
}
