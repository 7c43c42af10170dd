import type { TokenStore } from '../auth.js';
import { categoryView } from './category-view.js';
import { magentoGraphQLError } from './graphql-errors.js';
import { orderView } from './order-view.js';
import { aggregations, searchProducts, type ProductFilter, type ProductSort } from './product-search.js';
import { productView, uid, type StoreContext } from './product-view.js';

/** Per-request context: the store view from the `Store` header and the customer from the bearer token. */
export interface GraphQLContext extends StoreContext {
  tokens: TokenStore;
  customerId: number | undefined;
}

function pageInfo(total: number, pageSize: number, currentPage: number) {
  return {
    current_page: currentPage,
    page_size: pageSize,
    total_pages: pageSize > 0 ? Math.ceil(total / pageSize) : 0,
  };
}

function checkPaging(pageSize: number, currentPage: number, total: number): void {
  if (currentPage < 1)
    throw magentoGraphQLError('currentPage value must be greater than 0.', 'graphql-input');
  if (pageSize < 1) throw magentoGraphQLError('pageSize value must be greater than 0.', 'graphql-input');
  const pages = Math.ceil(total / pageSize);
  if (total > 0 && currentPage > pages) {
    throw magentoGraphQLError(
      `currentPage value ${currentPage} specified is greater than the ${pages} page(s) available.`,
      'graphql-input',
    );
  }
}

/** Root resolvers of `sandbox/graphql/schema.graphqls`. */
export const rootValue = {
  products(
    args: {
      search?: string | null;
      filter?: ProductFilter | null;
      sort?: ProductSort | null;
      pageSize: number;
      currentPage: number;
    },
    ctx: GraphQLContext,
  ) {
    if (!args.search && !args.filter) {
      throw magentoGraphQLError("'search' or 'filter' input argument is required.", 'graphql-input');
    }
    const matched = searchProducts(ctx, args);
    checkPaging(args.pageSize, args.currentPage, matched.length);
    const start = (args.currentPage - 1) * args.pageSize;
    return {
      total_count: matched.length,
      page_info: pageInfo(matched.length, args.pageSize, args.currentPage),
      items: matched.slice(start, start + args.pageSize).map((p) => productView(ctx, p)),
      aggregations: () => aggregations(ctx, matched),
    };
  },

  storeConfig(_args: unknown, ctx: GraphQLContext) {
    const config = ctx.data.storeConfig(ctx.storeId);
    const view = ctx.data.fixture.store_views.find((s) => s.id === ctx.storeId);
    const website = ctx.data.fixture.websites.find((w) => w.id === ctx.websiteId);
    const group = ctx.data.fixture.store_groups.find((g) => g.id === view?.store_group_id);
    return {
      id: ctx.storeId,
      code: ctx.storeCode,
      store_code: ctx.storeCode,
      store_name: view?.name ?? null,
      store_group_code: group?.code ?? null,
      store_group_name: group?.name ?? null,
      website_code: website?.code ?? null,
      website_name: website?.name ?? null,
      locale: config?.locale ?? null,
      base_currency_code: config?.base_currency_code ?? null,
      default_display_currency_code: config?.default_display_currency_code ?? null,
      timezone: config?.timezone ?? null,
      weight_unit: config?.weight_unit ?? null,
      base_url: config?.base_url ?? null,
      secure_base_url: config?.secure_base_url ?? null,
      base_media_url: config?.base_media_url ?? null,
      secure_base_media_url: config?.secure_base_media_url ?? null,
      product_url_suffix: '.html',
      category_url_suffix: '.html',
      cms_home_page: 'home',
    };
  },

  cmsPage(args: { identifier?: string | null }, ctx: GraphQLContext) {
    // As Magento's storefront resolves an identifier: the store view's own page before the all-store-views one.
    const candidates = ctx.data.fixture.cms_pages.filter((p) => p.identifier === args.identifier && p.active);
    const page =
      candidates.find((p) => p.store_id.includes(ctx.storeId)) ??
      candidates.find((p) => p.store_id.includes(0));
    if (!page)
      throw magentoGraphQLError(
        `The CMS page with the "${args.identifier ?? ''}" ID doesn't exist.`,
        'graphql-no-such-entity',
      );
    return { ...page, url_key: page.identifier };
  },

  categoryList(
    args: {
      filters?: {
        ids?: { eq?: string; in?: string[] };
        parent_id?: { eq?: string; in?: string[] };
        url_key?: { eq?: string; in?: string[] };
        name?: { match?: string };
        category_uid?: { eq?: string; in?: string[] };
      } | null;
    },
    ctx: GraphQLContext,
  ) {
    const f = args.filters ?? {};
    const list = (x?: { eq?: string; in?: string[] }) =>
      x ? [x.eq, ...(x.in ?? [])].filter((v): v is string => typeof v === 'string') : undefined;
    const ids = list(f.ids);
    const uids = list(f.category_uid)?.map((u) => Buffer.from(u, 'base64').toString('utf8'));
    const parents = list(f.parent_id);
    const keys = list(f.url_key);
    const filtered = ids || uids || parents || keys || f.name;
    const group = ctx.data.fixture.store_groups.find((g) => g.website_id === ctx.websiteId);
    return ctx.data
      .categories(ctx.storeCode)
      .filter((c) => {
        if (!c.is_active) return false;
        if (!filtered) return c.id === group?.root_category_id;
        const key = c.custom_attributes?.find((a) => a.attribute_code === 'url_key')?.value ?? '';
        return (
          (!ids || ids.includes(String(c.id))) &&
          (!uids || uids.includes(String(c.id))) &&
          (!parents || parents.includes(String(c.parent_id))) &&
          (!keys || keys.includes(key)) &&
          (!f.name?.match || c.name.toLowerCase().includes(f.name.match.toLowerCase()))
        );
      })
      .map((c) => categoryView(ctx, c));
  },

  customer(_args: unknown, ctx: GraphQLContext) {
    const customer = ctx.data.fixture.customers.find((c) => c.id === ctx.customerId);
    if (!customer)
      throw magentoGraphQLError("The current customer isn't authorized.", 'graphql-authorization');
    return {
      firstname: customer.firstname,
      lastname: customer.lastname,
      email: customer.email,
      orders: (args: {
        filter?: {
          number?: { eq?: string | null; in?: string[] | null; match?: string | null } | null;
        } | null;
        currentPage: number;
        pageSize: number;
        sort?: { sort_field: 'NUMBER' | 'CREATED_AT'; sort_direction: 'ASC' | 'DESC' } | null;
      }) => {
        const n = args.filter?.number;
        const orders = ctx.data.fixture.orders
          .filter((o) => o.customer_id === customer.id && o.store_id === ctx.storeId)
          .filter((o) => !n?.eq || o.increment_id === n.eq)
          .filter((o) => !n?.in || n.in.includes(o.increment_id))
          .filter((o) => !n?.match || o.increment_id.includes(n.match));
        const field = args.sort?.sort_field === 'NUMBER' ? 'increment_id' : 'created_at';
        const sign = args.sort?.sort_direction === 'ASC' ? 1 : -1;
        orders.sort((a, b) => sign * (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : 0));
        const start = (args.currentPage - 1) * args.pageSize;
        return {
          total_count: orders.length,
          page_info: pageInfo(orders.length, args.pageSize, args.currentPage),
          items: orders.slice(start, start + args.pageSize).map((o) => orderView(ctx.data, o)),
        };
      },
    };
  },

  /** 2.4.8: number + e-mail + billing last name; orders of registered customers need a sign-in. */
  guestOrder(args: { input: { number: string; email: string; lastname: string } }, ctx: GraphQLContext) {
    const { number, email, lastname } = args.input;
    const order = ctx.data.fixture.orders.find(
      (o) =>
        o.increment_id === number &&
        o.store_id === ctx.storeId &&
        o.customer_email.toLowerCase() === email.trim().toLowerCase() &&
        o.billing_address.lastname.toLowerCase() === lastname.trim().toLowerCase(),
    );
    if (!order) {
      throw magentoGraphQLError(
        "We couldn't locate an order with the information provided.",
        'graphql-no-such-entity',
      );
    }
    if (order.customer_is_guest !== 1)
      throw magentoGraphQLError('Please login to view the order.', 'graphql-authorization');
    return orderView(ctx.data, order);
  },

  productReviewRatingsMetadata(_args: unknown, ctx: GraphQLContext) {
    const names = [
      ...new Set(ctx.data.fixture.reviews.flatMap((r) => r.ratings.map((x) => x.rating_name))),
    ].sort();
    return {
      items: names.map((name, i) => ({
        id: uid(i + 1),
        name,
        values: [1, 2, 3, 4, 5].map((v) => ({ value_id: uid(i * 5 + v), value: String(v) })),
      })),
    };
  },
};
