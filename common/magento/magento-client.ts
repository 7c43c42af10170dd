import type { VerityStoreConfig } from './verity-config.js';
import type {
  MagentoAttributeOption,
  MagentoCategoryTree,
  MagentoProductAttribute,
  MagentoStockItem,
} from './shapes/catalog.js';
import type { MagentoCmsPage } from './shapes/cms.js';
import type { MagentoCustomer } from './shapes/customer.js';
import type {
  GraphqlCustomerOrder,
  GraphqlLiveProduct,
  GraphqlProductReview,
  GraphqlProductVariants,
} from './shapes/graphql.js';
import type { MagentoCreditMemo, MagentoInvoice, MagentoOrder, MagentoShipment } from './shapes/order.js';
import type { MagentoProduct } from './shapes/product.js';
import type {
  MagentoStoreConfig,
  MagentoStoreGroup,
  MagentoStoreView,
  MagentoWebsite,
} from './shapes/store.js';

/** The REST store code of Magento's admin scope: default-scope (untranslated, unscoped) values. */
export const ADMIN_STORE_CODE = 'all';

/**
 * The port through which Verity talks to Magento. Every method is store-scoped where Magento is
 * (`store` = a store view code; REST goes to `/rest/{store}/V1`, GraphQL sends `Store: {store}`).
 *
 * Failures: an outage, a 5xx or a timeout (after retries) rejects with `MagentoUnavailableError`;
 * 404 with `MagentoNotFoundError`; 401/403 with `MagentoAuthError`; a response that does not fit the
 * shape Verity relies on with `MagentoResponseError` naming the entity and field. List reads never
 * reject for one bad item: it is reported in `problems` and skipped. Writes return an expected refusal
 * (Magento's 400, "cannot cancel") as a value.
 */
export type MagentoClient = MagentoCatalogReader &
  MagentoSalesReader &
  MagentoCustomerReader &
  MagentoStoreReader &
  MagentoCmsReader &
  MagentoStorefront &
  MagentoSalesWriter;

/** Magento searchCriteria `condition_type` (shapes.md §6). */
export type ConditionType =
  | 'eq'
  | 'neq'
  | 'like'
  | 'nlike'
  | 'in'
  | 'nin'
  | 'gt'
  | 'lt'
  | 'gteq'
  | 'lteq'
  | 'from'
  | 'to'
  | 'null'
  | 'notnull'
  | 'finset';

export interface SearchFilter {
  field: string;
  /** For `in`/`nin`, a comma-separated list. */
  value: string;
  /** @default 'eq' */
  conditionType?: ConditionType;
}

/** Filters within a group are OR-ed, groups are AND-ed (Magento's semantics). */
export interface SearchCriteria {
  filterGroups?: SearchFilter[][];
  sortOrders?: { field: string; direction: 'ASC' | 'DESC' }[];
  /** Items per page. @default 100 */
  pageSize?: number;
  /** 1-based. @default 1 */
  currentPage?: number;
}

/** One list item that did not fit its shape: reported, skipped, never fatal to the list. */
export interface MagentoItemProblem {
  /** `product`, `order`, `cms page`, … */
  entity: string;
  /** SKU, increment id, identifier — or `#index` when the item has no readable key. */
  key: string;
  /** Path inside the item, e.g. `custom_attributes[2].value`. */
  field: string;
  /** Full sentence: `product VT-123: custom_attributes[2].value: expected string`. */
  message: string;
}

export interface MagentoPage<T> {
  items: T[];
  problems: MagentoItemProblem[];
  /** All matches, ignoring paging. */
  totalCount: number;
  currentPage: number;
  pageSize: number;
}

export interface MagentoCatalogReader {
  /** `GET /V1/products` with searchCriteria. */
  searchProducts(store: string, criteria: SearchCriteria): Promise<MagentoPage<MagentoProduct>>;
  /**
   * Every page of a product search, sorted by `entity_id` so paging is stable; yields one page at a time
   * (for progress). `currentPage` in `criteria` is ignored.
   */
  iterateProducts(store: string, criteria?: SearchCriteria): AsyncIterable<MagentoPage<MagentoProduct>>;
  /** `GET /V1/products/:sku`. Unknown SKU → `MagentoNotFoundError`. */
  getProduct(store: string, sku: string): Promise<MagentoProduct>;
  /** `GET /V1/configurable-products/:sku/children`; bad children are reported in `problems`. */
  getConfigurableChildren(store: string, sku: string): Promise<MagentoPage<MagentoProduct>>;
  /** `GET /V1/products/attributes` with searchCriteria (e.g. `frontend_input in select,multiselect`). */
  searchProductAttributes(
    store: string,
    criteria: SearchCriteria,
  ): Promise<MagentoPage<MagentoProductAttribute>>;
  /** `GET /V1/products/attributes/:code/options`, store-scoped labels; the empty option is dropped. */
  getAttributeOptions(store: string, attributeCode: string): Promise<MagentoAttributeOption[]>;
  /** `GET /V1/categories`: the store's root category with its sub-tree. */
  getCategoryTree(store: string): Promise<MagentoCategoryTree>;
  /** `GET /V1/stockItems/:sku`. */
  getStockItem(store: string, sku: string): Promise<MagentoStockItem>;
  /** `GET /V1/inventory/get-product-salable-quantity/:sku/:stockId` (MSI). @param stockId @default 1 */
  getSalableQty(store: string, sku: string, stockId?: number): Promise<number>;
}

export interface OrderSearch {
  customerId?: number;
  customerEmail?: string;
  /** @default 20 */
  pageSize?: number;
  /** @default 1 */
  currentPage?: number;
}

export interface MagentoSalesReader {
  /** `GET /V1/orders/:id` (entity id). */
  getOrder(store: string, orderId: number): Promise<MagentoOrder>;
  /** `GET /V1/orders?increment_id=…`. No match → `MagentoNotFoundError`. */
  getOrderByIncrementId(store: string, incrementId: string): Promise<MagentoOrder>;
  /** `GET /V1/orders` by customer id and/or email, newest first. */
  searchOrders(store: string, search: OrderSearch): Promise<MagentoPage<MagentoOrder>>;
  /** `GET /V1/invoices?order_id=…`. */
  listInvoices(store: string, orderId: number): Promise<MagentoPage<MagentoInvoice>>;
  /** `GET /V1/shipments?order_id=…` (with tracks). */
  listShipments(store: string, orderId: number): Promise<MagentoPage<MagentoShipment>>;
  /** `GET /V1/creditmemos?order_id=…`. */
  listCreditMemos(store: string, orderId: number): Promise<MagentoPage<MagentoCreditMemo>>;
}

export interface MagentoCustomerReader {
  /** `GET /V1/customers/me` with the customer's own bearer token (never the integration token). */
  getCurrentCustomer(store: string, customerToken: string): Promise<MagentoCustomer>;
  /** `GET /V1/customers/:id`. */
  getCustomer(store: string, customerId: number): Promise<MagentoCustomer>;
}

export interface MagentoStoreReader {
  /** `GET /V1/store/storeViews` (includes the admin store view, id 0). */
  listStoreViews(): Promise<MagentoStoreView[]>;
  /** `GET /V1/store/websites` (includes the admin website, id 0). */
  listWebsites(): Promise<MagentoWebsite[]>;
  /** `GET /V1/store/storeGroups` (includes the admin group, id 0): the stores' names as customers know them. */
  listStoreGroups(): Promise<MagentoStoreGroup[]>;
  /** `GET /V1/store/storeConfigs`, optionally for some store codes. */
  listStoreConfigs(storeCodes?: readonly string[]): Promise<MagentoStoreConfig[]>;
  /** `GET /rest/{store}/V1/verity/config` (Verity_Assistant module), parsed with `verityStoreConfigSchema`. */
  getVerityConfig(store: string): Promise<VerityStoreConfig>;
}

export interface MagentoCmsReader {
  /** `GET /V1/cmsPage/search`. */
  searchCmsPages(store: string, criteria: SearchCriteria): Promise<MagentoPage<MagentoCmsPage>>;
  /**
   * The active CMS pages the store view shows, page by page: its own, then the all-store-views pages
   * whose identifier it does not override (as the storefront resolves them); never another store view's.
   */
  iterateCmsPages(store: string): AsyncIterable<MagentoPage<MagentoCmsPage>>;
}

/** Review summary of one product. */
export interface ProductReviewSummary {
  sku: string;
  /** Average rating in percent (0–100), as Magento reports it; 0 when there are no reviews. */
  ratingSummary: number;
  reviewCount: number;
  /** Newest first, at most the requested number. */
  reviews: GraphqlProductReview[];
}

export interface CustomerOrdersPage {
  orders: GraphqlCustomerOrder[];
  problems: MagentoItemProblem[];
  totalCount: number;
  totalPages: number;
}

/** Storefront GraphQL reads: what a shopper would see right now. */
export interface MagentoStorefront {
  /**
   * Live price and stock for these SKUs (GraphQL `products(filter: {sku: {in}})`). SKUs Magento does not
   * return (unknown, disabled, not visible) are simply absent from the result.
   */
  getLiveProducts(store: string, skus: readonly string[]): Promise<MagentoPage<GraphqlLiveProduct>>;
  /**
   * The variants of configurable products with their option labels and live stock (GraphQL
   * `ConfigurableProduct.variants`); read only when a customer asks for a size or colour.
   */
  getProductVariants(store: string, skus: readonly string[]): Promise<MagentoPage<GraphqlProductVariants>>;
  /** Rating summary and latest reviews of products. @param pageSize reviews per product @default 5 */
  getReviewSummaries(
    store: string,
    skus: readonly string[],
    pageSize?: number,
  ): Promise<MagentoPage<ProductReviewSummary>>;
  /** The signed-in customer's own orders (GraphQL `customer.orders`, newest first) with their token. */
  getCustomerOrders(
    store: string,
    customerToken: string,
    options?: { number?: string; page?: number; pageSize?: number },
  ): Promise<CustomerOrdersPage>;
}

/** An expected refusal of a write is a value, not an exception. */
export type MagentoWriteResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      violations: { code: 'magento_rejected' | 'not_cancelable' | 'comment_rejected'; message: string }[];
    };

export interface RefundRequest {
  /** Order item ids and quantities; empty/absent refunds everything refundable. */
  items?: { orderItemId: number; qty: number }[];
  /** E-mail the customer. @default false */
  notify?: boolean;
  /** Comment added to the credit memo (internal unless `visibleOnFront`). */
  comment?: { text: string; visibleOnFront?: boolean };
  /** Shipping refunded, in the order currency. */
  shippingAmount?: number;
  adjustmentPositive?: number;
  adjustmentNegative?: number;
  /** Order item ids whose quantities go back to stock. */
  returnToStockItems?: number[];
}

export interface OrderComment {
  comment: string;
  /** Must be a status of the order's current state; becomes the order status. */
  status?: string;
  /** @default false */
  notifyCustomer?: boolean;
  /** @default false */
  visibleOnFront?: boolean;
}

/**
 * Writes for the actions layer. Never retried by the client (a timed-out refund may have happened):
 * the caller's outbox decides, after reading the order again.
 */
export interface MagentoSalesWriter {
  /** `POST /V1/order/:orderId/refund` (offline credit memo) → credit memo id. */
  refundOrder(store: string, orderId: number, request: RefundRequest): Promise<MagentoWriteResult<number>>;
  /** `POST /V1/invoice/:invoiceId/refund` → credit memo id. @param online refund through the gateway @default false */
  refundInvoice(
    store: string,
    invoiceId: number,
    request: RefundRequest & { online?: boolean },
  ): Promise<MagentoWriteResult<number>>;
  /** `POST /V1/orders/:id/cancel`; Magento's `false` becomes `not_cancelable`. */
  cancelOrder(store: string, orderId: number): Promise<MagentoWriteResult<true>>;
  /** `POST /V1/orders/:id/comments`. */
  addOrderComment(store: string, orderId: number, comment: OrderComment): Promise<MagentoWriteResult<true>>;
}
