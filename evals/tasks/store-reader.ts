import { z } from 'zod';
import { verityStoreConfigSchema, type VerityStoreConfig } from '../../common/magento/verity-config.js';
import type {
  Creditmemo,
  Customer,
  Invoice,
  Order,
  Product,
  Shipment,
} from '../../sandbox/data/fixture-schema.js';

/**
 * Everything the admin REST API shows that a chat could change: the state a task's end is judged on.
 * Stock is read for the SKUs of the task's orders (a refund may return them to stock); any other refund
 * shows in its order, which is read in full.
 */
export interface StoreSnapshot {
  orders: Order[];
  invoices: Invoice[];
  shipments: Shipment[];
  creditmemos: Creditmemo[];
  customers: Customer[];
  /** SKU → stock item, for the SKUs the snapshot was asked for. */
  stock: Record<string, unknown>;
  /** Adobe Commerce RMAs (`GET /V1/returns`); null where the store has none (Magento Open Source). */
  returns: Array<Record<string, unknown>> | null;
}

/** The module config as a task is judged on (its coupon rules included: `coupon_rules` of the contract). */
export type TaskStoreConfig = VerityStoreConfig;

const listSchema = z.object({ items: z.array(z.unknown()), total_count: z.number() });

/** Reads the store through Magento's admin REST API with an admin (integration) token. */
export class StoreReader {
  private readonly configs = new Map<string, Promise<TaskStoreConfig>>();
  private readonly products = new Map<string, Promise<Product | null>>();
  private readonly catalogs = new Map<string, Promise<Product[]>>();
  private colorLabels: Promise<Map<string, string>> | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly adminToken: string,
  ) {}

  async get(path: string, store = 'all'): Promise<unknown> {
    const response = await fetch(new URL(`/rest/${store}/V1/${path}`, this.baseUrl), {
      headers: { authorization: `Bearer ${this.adminToken}` },
    });
    if (response.status === 404) return null;
    const body: unknown = await response.json();
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${JSON.stringify(body)}`);
    return body;
  }

  /** Every row of a `searchCriteria` list, page by page; null when the route does not exist. */
  async list(path: string, store = 'all', filter = ''): Promise<unknown[] | null> {
    const rows: unknown[] = [];
    for (let page = 1; ; page++) {
      const sep = path.includes('?') ? '&' : '?';
      const body = await this.get(
        `${path}${sep}searchCriteria[pageSize]=500&searchCriteria[currentPage]=${page}${filter}`,
        store,
      );
      if (body === null) return null;
      const parsed = listSchema.parse(body);
      rows.push(...parsed.items);
      if (parsed.items.length === 0 || rows.length >= parsed.total_count) return rows;
    }
  }

  async snapshot(stockSkus: readonly string[]): Promise<StoreSnapshot> {
    const [orders, invoices, shipments, creditmemos, customers, returns, stock] = await Promise.all([
      this.list('orders'),
      this.list('invoices'),
      this.list('shipments'),
      this.list('creditmemos'),
      this.list('customers/search'),
      this.list('returns'),
      this.stock(stockSkus),
    ]);
    return {
      orders: (orders ?? []) as Order[],
      invoices: (invoices ?? []) as Invoice[],
      shipments: (shipments ?? []) as Shipment[],
      creditmemos: (creditmemos ?? []) as Creditmemo[],
      customers: (customers ?? []) as Customer[],
      stock,
      returns: returns as Array<Record<string, unknown>> | null,
    };
  }

  /** SKU → stock item of these products. */
  async stock(skus: readonly string[]): Promise<Record<string, unknown>> {
    if (skus.length === 0) return {};
    const inSkus = `&searchCriteria[filter_groups][0][filters][0][field]=sku&searchCriteria[filter_groups][0][filters][0][value]=${encodeURIComponent([...skus].sort().join(','))}&searchCriteria[filter_groups][0][filters][0][condition_type]=in`;
    const products = ((await this.list('products', 'all', inSkus)) ?? []) as Product[];
    const out: Record<string, unknown> = {};
    for (const p of products) out[p.sku] = p.extension_attributes?.stock_item ?? null;
    return out;
  }

  /** The Verity module's configuration for a store view (policy rules, bounds, coupon rules once they exist). */
  config(store: string): Promise<TaskStoreConfig> {
    let cached = this.configs.get(store);
    if (cached === undefined) {
      cached = this.get('verity/config', store).then((body) => verityStoreConfigSchema.parse(body));
      this.configs.set(store, cached);
    }
    return cached;
  }

  /** A product as the store view shows it (name, price), or null. Products do not change during a run. */
  product(store: string, sku: string): Promise<Product | null> {
    const key = `${store}\u0000${sku}`;
    let cached = this.products.get(key);
    if (cached === undefined) {
      cached = this.get(`products/${encodeURIComponent(sku)}`, store) as Promise<Product | null>;
      this.products.set(key, cached);
    }
    return cached;
  }

  /** The variants of a configurable product. */
  async children(sku: string): Promise<Product[]> {
    return ((await this.get(`configurable-products/${encodeURIComponent(sku)}/children`)) ?? []) as Product[];
  }

  /** Every product of the store view, with its store-scoped price and name. */
  catalog(store: string): Promise<Product[]> {
    let cached = this.catalogs.get(store);
    if (cached === undefined) {
      cached = this.list('products', store).then((rows) => (rows ?? []) as Product[]);
      this.catalogs.set(store, cached);
    }
    return cached;
  }

  /** Option value → label of a select attribute in the store view. */
  async optionLabels(store: string, code: string): Promise<Map<string, string>> {
    const body = await this.get(`products/attributes/${encodeURIComponent(code)}/options`, store);
    return new Map(
      z
        .array(z.object({ label: z.string(), value: z.string() }))
        .parse(body ?? [])
        .map((o) => [o.value, o.label]),
    );
  }

  /** Colour option id → admin label. */
  colors(): Promise<Map<string, string>> {
    this.colorLabels ??= this.get('products/attributes/color/options').then(
      (body) =>
        new Map(
          z
            .array(z.object({ label: z.string(), value: z.string() }))
            .parse(body ?? [])
            .map((o) => [o.value, o.label]),
        ),
    );
    return this.colorLabels;
  }
}
