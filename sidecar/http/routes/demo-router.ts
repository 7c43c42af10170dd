import { parse as parseCookies } from 'cookie';
import { Router, type Request, type RequestHandler } from 'express';
import { z } from 'zod';
import type { PageContext } from '../../../common/chat-api/chat-api.js';
import { ForbiddenError, NotFoundError } from '../../../common/errors.js';
import { signCustomerToken } from '../../../common/identity/sign-customer-token.js';
import type { MagentoClient, SearchFilter } from '../../../common/magento/magento-client.js';
import type { MagentoCategoryTree } from '../../../common/magento/shapes/catalog.js';
import type { MagentoProduct } from '../../../common/magento/shapes/product.js';
import type { StoreContext } from '../../flows/turn.js';
import type { StoreDirectory } from '../../tools/store-directory.js';
import {
  categoryPage,
  homePage,
  productPage,
  searchPage,
  type StorefrontCategory,
  type StorefrontFrame,
  type StorefrontProduct,
  type StorefrontView,
} from './demo-storefront.js';
import { isLoopbackHost } from '../loopback.js';
import { parseInput } from '../validate.js';

/** A sandbox customer the demo page can chat as. */
export interface DemoCustomer {
  id: number;
  email: string;
  name: string;
  storeCode: string;
  websiteCode: string;
}

export interface DemoRouterDeps {
  magento: MagentoClient;
  stores: StoreDirectory;
  customers: readonly DemoCustomer[];
  sharedSecret: string;
  /** Token lifetime, like the module's setting. @default 3600 */
  tokenTtlSeconds?: number;
}

const COOKIE = 'verity_demo_customer';
/** Headers a reverse proxy adds (nginx's X-Real-IP, RFC 7239's Forwarded, Via…): their presence means one is in between. */
const FORWARDING_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-real-ip',
  'x-client-ip',
  'true-client-ip',
  'via',
];

/** The host name of a Host header (`127.0.0.1:3000`, `[::1]:3000`, `localhost`); empty when absent. */
function hostOf(header: string | undefined): string {
  const host = (header ?? '').trim();
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '');
}
const signInSchema = z.object({ customerId: z.number().int().positive().nullable() });
const storeQuerySchema = z.object({
  store: z
    .string()
    .regex(/^[a-z0-9_]+$/)
    .optional(),
});

/** A storefront page's path after the store view prefix: category, search, product. */
const STOREFRONT_PAGE =
  /^(?:catalog\/category\/view\/id\/\d+\/?|catalogsearch\/result\/?|[a-z0-9][a-z0-9-]*\.html)$/;

/**
 * The demo storefront of the embedded default: the sandbox store as a small Magento storefront (home,
 * category, search and product pages with pictures) with the widget, loaded by the Magento module's own
 * loader with the page's context. Signing in as a sandbox customer sets a cookie; the customer-data
 * endpoint then mints the token exactly as the module's `verity` section does.
 */
export function createDemoRouter(deps: DemoRouterDeps): Router {
  const router = Router();
  const storefront = new Storefront(deps);
  // Mounted only when the sidecar listens on loopback; a request arriving from elsewhere anyway is
  // refused too: through a proxy on this machine (any forwarding header, whichever a proxy sets), or from
  // a web page that rebound its own domain name to 127.0.0.1 (its Host is not a loopback name).
  const localOnly: RequestHandler = (req, _res, next) => {
    next(
      isLoopbackHost(req.socket.remoteAddress ?? '') &&
        isLoopbackHost(hostOf(req.get('host'))) &&
        !FORWARDING_HEADERS.some((h) => req.get(h) !== undefined)
        ? undefined
        : new ForbiddenError('The demo storefront is only served to this machine.'),
    );
  };

  // The storefront: the default store view at `/`, another at `/<code>/` (Magento's "Add Store Code to
  // URLs"); `?store=` still picks one at `/`.
  router.get('/', localOnly, async (req, res) => {
    const { store: code } = parseInput(storeQuerySchema, req.query, 'store');
    const site = await storefront.site(code);
    res
      .type('html')
      .send(homePage(await storefront.frame(req, site, { type: 'home' }), await storefront.featured(site)));
  });

  // A store view's pages: `/<page>` for the default store view, `/<code>/<page>` for another.
  router.get(/^\/.+$/, async (req, res, next) => {
    const whole = req.path.slice(1);
    const slash = whole.indexOf('/');
    const prefixed = slash > 0 ? await storefront.siteOrNull(whole.slice(0, slash)).catch(() => null) : null;
    const path = prefixed ? whole.slice(slash + 1) : whole;
    if (!(prefixed && path === '') && !STOREFRONT_PAGE.test(path)) return next();
    await new Promise<void>((resolve, reject) =>
      localOnly(req, res, (e?: unknown) => (e ? reject(e) : resolve())),
    );
    const site = prefixed ?? (await storefront.site(undefined));
    if (path === '') {
      res
        .type('html')
        .send(homePage(await storefront.frame(req, site, { type: 'home' }), await storefront.featured(site)));
      return;
    }
    const category = /^catalog\/category\/view\/id\/(\d+)\/?$/.exec(path);
    if (category) {
      const found = site.categoryTrail(Number(category[1]));
      if (!found) return next();
      const { node, trail } = found;
      const page: PageContext = { type: 'category', categoryId: node.id, categoryName: node.name };
      res
        .type('html')
        .send(
          categoryPage(
            await storefront.frame(req, site, page),
            node,
            trail,
            await storefront.inCategory(site, node.id),
          ),
        );
      return;
    }
    if (/^catalogsearch\/result\/?$/.test(path)) {
      const query = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, 128) : '';
      const page: PageContext = { type: 'search', ...(query ? { query } : {}) };
      const frame = await storefront.frame(req, site, page, query);
      res.type('html').send(searchPage(frame, query, query ? await storefront.search(site, query) : []));
      return;
    }
    const product = /^([a-z0-9][a-z0-9-]*)\.html$/.exec(path);
    if (product) {
      const found = await storefront.productByUrlKey(site, product[1]!);
      if (!found) return next();
      const trail = site.trailOf(found.categoryIds);
      const category = trail.at(-1);
      const page: PageContext = {
        type: 'product',
        sku: found.card.sku,
        productName: found.card.name,
        ...(category ? { categoryId: category.id, categoryName: category.name } : {}),
      };
      res
        .type('html')
        .send(productPage(await storefront.frame(req, site, page), found.card, found.description, trail));
      return;
    }
    next();
  });

  router.get('/demo/api/catalog', localOnly, async (req, res) => {
    const { store: code } = parseInput(storeQuerySchema, req.query, 'store');
    const store = await deps.stores.resolve(code);
    const page = await deps.magento.searchProducts(store.code, {
      filterGroups: [[{ field: 'visibility', value: '4' }], [{ field: 'status', value: '1' }]],
      pageSize: 24,
      currentPage: 1,
    });
    const skus = page.items.map((p) => p.sku);
    const live = await deps.magento.getLiveProducts(store.code, skus);
    res.json({
      store: store.code,
      products: live.items.map((p) => ({
        sku: p.sku,
        name: p.name ?? p.sku,
        price: p.price_range.minimum_price.final_price.value,
        currency: p.price_range.minimum_price.final_price.currency ?? store.currency,
        inStock: p.stock_status === 'IN_STOCK',
      })),
    });
  });

  router.get('/demo/api/customers', localOnly, (_req, res) => {
    res.json({ customers: deps.customers });
  });

  router.post('/demo/api/sign-in', localOnly, (req, res) => {
    const { customerId } = parseInput(signInSchema, req.body, 'sign-in');
    if (customerId === null) {
      res.clearCookie(COOKIE).json({ signedIn: null });
      return;
    }
    const customer = deps.customers.find((c) => c.id === customerId);
    if (!customer) throw new NotFoundError('No such demo customer.');
    res.cookie(COOKIE, String(customer.id), { httpOnly: true, sameSite: 'lax' }).json({ signedIn: customer });
  });

  // Mirrors Magento's `customer/section/load?sections=verity`: private data, never cached.
  router.get('/demo/customer/section/load', localOnly, async (req, res) => {
    res.set('cache-control', 'no-store');
    const id = Number(readCookie(req.get('cookie'), COOKIE));
    const customer = deps.customers.find((c) => c.id === id);
    if (!customer) {
      res.json({ verity: { token: null, expires_at: null } });
      return;
    }
    const iat = Math.floor(Date.now() / 1000);
    const exp = iat + (deps.tokenTtlSeconds ?? 3600);
    const token = await signCustomerToken(
      {
        sub: String(customer.id),
        email: customer.email,
        store: customer.storeCode,
        website: customer.websiteCode,
        iat,
        exp,
      },
      deps.sharedSecret,
    );
    res.json({ verity: { token, expires_at: exp } });
  });

  return router;
}

/** One store view of the storefront: where its pages live, its name, its categories. */
interface Site {
  store: StoreContext;
  view: StorefrontView;
  views: StorefrontView[];
  storeName: string;
  /** BCP 47 from Magento's locale (`en_GB` → `en-GB`). */
  locale: string;
  /** Magento's media URL of the store view, e.g. `http://127.0.0.1:3921/media/`. */
  mediaBase: string;
  categories: StorefrontCategory[];
  categoryTrail(id: number): { node: StorefrontCategory; trail: StorefrontCategory[] } | null;
  /** The deepest category of these the navigation knows, with its parents. */
  trailOf(ids: readonly number[]): StorefrontCategory[];
}

const SITE_TTL_MS = 5 * 60_000;
const GRID_SIZE = 12;

/** Reads what the storefront shows from Magento, as a theme would: REST for the catalog, GraphQL for live prices. */
class Storefront {
  private readonly sites = new Map<string, { value: Promise<Site>; expiresAt: number }>();

  constructor(private readonly deps: DemoRouterDeps) {}

  async site(code: string | undefined): Promise<Site> {
    const store = await this.deps.stores.resolve(code);
    const cached = this.sites.get(store.code);
    if (cached && cached.expiresAt > Date.now()) return cached.value;
    const value = this.load(store);
    this.sites.set(store.code, { value, expiresAt: Date.now() + SITE_TTL_MS });
    value.catch(() => this.sites.delete(store.code));
    return value;
  }

  /** The store view of a `/<code>/` path, or null when the code names none (another route's path). */
  async siteOrNull(code: string | undefined): Promise<Site | null> {
    if (!code) return null;
    const known = (await this.deps.stores.list()).some((s) => s.code === code);
    return known ? this.site(code) : null;
  }

  private async load(store: StoreContext): Promise<Site> {
    const [stores, groups, views, configs, tree] = await Promise.all([
      this.deps.stores.list(),
      this.deps.magento.listStoreGroups(),
      this.deps.magento.listStoreViews(),
      this.deps.magento.listStoreConfigs([store.code]),
      this.deps.magento.getCategoryTree(store.code),
    ]);
    const groupId = views.find((v) => v.code === store.code)?.store_group_id;
    const storeName = groups.find((g) => g.id === groupId)?.name?.trim() || store.name;
    const config = configs.find((c) => c.code === store.code);
    const first = stores[0]?.code;
    // Two store views of one store ("Cedar & Pine Europe" in English and in French) are told apart by
    // Magento's own store view names, as its language switcher does: "Cedar & Pine Europe · France (Français)".
    const viewOf = (s: StoreContext): StorefrontView => ({
      code: s.code,
      label:
        stores.filter((x) => x.name === s.name).length > 1
          ? `${s.name} · ${views.find((v) => v.code === s.code)?.name?.trim() || s.code}`
          : s.name,
      base:
        s.code === 'default' || (s.code === first && !stores.some((x) => x.code === 'default'))
          ? '/'
          : `/${s.code}/`,
    });
    // The tree is Magento's root (id 1) → the store's root category → the navigation.
    const roots = tree.children_data ?? [];
    const storeRoot = roots.length === 1 && tree.id === 1 ? roots[0]! : tree;
    const toCategory = (node: MagentoCategoryTree): StorefrontCategory[] =>
      node.is_active === false || node.id === undefined
        ? []
        : [
            {
              id: node.id,
              name: node.name ?? String(node.id),
              children: (node.children_data ?? []).flatMap(toCategory),
            },
          ];
    const categories = (storeRoot.children_data ?? []).flatMap(toCategory);
    const trail = (
      id: number,
      nodes: StorefrontCategory[],
      above: StorefrontCategory[],
    ): StorefrontCategory[] | null => {
      for (const node of nodes) {
        if (node.id === id) return [...above, node];
        const found = trail(id, node.children, [...above, node]);
        if (found) return found;
      }
      return null;
    };
    return {
      store,
      view: viewOf(store),
      views: stores.map(viewOf),
      storeName,
      locale: (config?.locale ?? (store.locale === 'fr' ? 'fr_FR' : 'en_US')).replace('_', '-'),
      mediaBase: config?.secure_base_media_url ?? config?.base_media_url ?? '/media/',
      categories,
      categoryTrail: (id) => {
        const found = trail(id, categories, []);
        return found ? { node: found.at(-1)!, trail: found.slice(0, -1) } : null;
      },
      trailOf: (ids) =>
        ids
          .map((id) => trail(id, categories, []) ?? [])
          .reduce((deepest, t) => (t.length > deepest.length ? t : deepest), [] as StorefrontCategory[]),
    };
  }

  async frame(req: Request, site: Site, page: PageContext, query?: string): Promise<StorefrontFrame> {
    const signedIn = Number(readCookie(req.get('cookie'), COOKIE)) || null;
    return {
      storeName: site.storeName,
      view: site.view,
      views: site.views,
      locale: site.locale,
      categories: site.categories,
      customers: this.deps.customers
        .filter((c) => c.storeCode === site.store.code)
        .map((c) => ({ id: c.id, label: `${c.name} <${c.email}>` })),
      signedIn,
      widgetConfig: {
        sidecarUrl: `${req.protocol}://${req.get('host')}`,
        storeCode: site.store.code,
        locale: site.locale,
        rolloutPercentage: 100,
        sectionLoadUrl: '/demo/customer/section/load',
        widget: { position: 'right', primaryColor: '#2f4a35', greeting: '' },
      },
      page,
      ...(query !== undefined ? { query } : {}),
    };
  }

  /** A few products of every department, so the home page shows the whole store. */
  async featured(site: Site): Promise<StorefrontProduct[]> {
    const perDepartment = Math.max(1, Math.ceil(GRID_SIZE / Math.max(1, site.categories.length)));
    const lists = await Promise.all(
      site.categories.map((c) =>
        this.products(site, [[{ field: 'category_id', value: String(c.id) }]], perDepartment),
      ),
    );
    const seen = new Set<string>();
    return lists
      .flat()
      .filter((p) => !seen.has(p.sku) && seen.add(p.sku))
      .slice(0, GRID_SIZE);
  }

  inCategory(site: Site, categoryId: number): Promise<StorefrontProduct[]> {
    return this.products(site, [[{ field: 'category_id', value: String(categoryId) }]], 24);
  }

  search(site: Site, query: string): Promise<StorefrontProduct[]> {
    const like = `%${query.replace(/[%_\\]/g, '')}%`;
    return this.products(site, [[{ field: 'name', value: like, conditionType: 'like' }]], 24);
  }

  async productByUrlKey(
    site: Site,
    urlKey: string,
  ): Promise<{ card: StorefrontProduct; description: string; categoryIds: number[] } | null> {
    const page = await this.deps.magento.searchProducts(site.store.code, {
      filterGroups: [[{ field: 'url_key', value: urlKey }], ...VISIBLE],
      pageSize: 1,
    });
    const product = page.items[0];
    if (!product) return null;
    const [card] = await this.cards(site, [product]);
    if (!card) return null;
    return {
      card,
      description: plainText(
        attribute(product, 'description') ?? attribute(product, 'short_description') ?? '',
      ),
      categoryIds: (product.extension_attributes?.category_links ?? []).map((l) => Number(l.category_id)),
    };
  }

  private async products(
    site: Site,
    filters: SearchFilter[][],
    pageSize: number,
  ): Promise<StorefrontProduct[]> {
    const page = await this.deps.magento.searchProducts(site.store.code, {
      filterGroups: [...filters, ...VISIBLE],
      pageSize,
      currentPage: 1,
    });
    return this.cards(site, page.items);
  }

  /** Catalog products with their live price, stock and rating; one the storefront does not show is left out. */
  private async cards(site: Site, products: readonly MagentoProduct[]): Promise<StorefrontProduct[]> {
    if (products.length === 0) return [];
    const live = await this.deps.magento.getLiveProducts(
      site.store.code,
      products.map((p) => p.sku),
    );
    return products.flatMap((p) => {
      const now = live.items.find((l) => l.sku === p.sku);
      const urlKey = attribute(p, 'url_key');
      if (!now || !urlKey) return [];
      const price = now.price_range.minimum_price;
      const file =
        p.media_gallery_entries?.find((m) => m.types?.includes('small_image'))?.file ??
        p.media_gallery_entries?.[0]?.file;
      return [
        {
          sku: p.sku,
          name: now.name ?? p.name ?? p.sku,
          href: `${site.view.base}${urlKey}.html`,
          imageUrl: file ? `${site.mediaBase}catalog/product${file}` : null,
          price: price.final_price.value ?? 0,
          regularPrice: price.regular_price.value ?? null,
          currency: price.final_price.currency ?? site.store.currency,
          inStock: now.stock_status === 'IN_STOCK',
          rating: now.review_count > 0 ? now.rating_summary / 20 : null,
          reviewCount: now.review_count,
        },
      ];
    });
  }
}

/** Shown in the catalog: enabled, visible in catalog or search. */
const VISIBLE: SearchFilter[][] = [
  [{ field: 'status', value: '1' }],
  [{ field: 'visibility', value: '2,4', conditionType: 'in' }],
];

function attribute(product: MagentoProduct, code: string): string | undefined {
  const value = product.custom_attributes?.find((a) => a.attribute_code === code)?.value;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Magento's description is HTML: the demo page shows its text only (paragraphs kept). */
function plainText(html: string): string {
  return html
    .replace(/<\/(p|div|li|h[1-6])>|<br\s*\/?>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, 4000);
}

/** A malformed Cookie header or value reads as no cookie (the `cookie` package never throws on bad encoding). */
function readCookie(header: string | undefined, name: string): string | undefined {
  return parseCookies(header ?? '')[name];
}
