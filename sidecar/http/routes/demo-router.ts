import { parse as parseCookies } from 'cookie';
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { ForbiddenError, NotFoundError } from '../../../common/errors.js';
import { signCustomerToken } from '../../../common/identity/sign-customer-token.js';
import type { MagentoClient } from '../../../common/magento/magento-client.js';
import type { StoreDirectory } from '../../tools/store-directory.js';
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
const signInSchema = z.object({ customerId: z.number().int().positive().nullable() });
const storeQuerySchema = z.object({
  store: z
    .string()
    .regex(/^[a-z0-9_]+$/)
    .optional(),
});

/**
 * The demo storefront of the embedded default: a catalog page of the sandbox store with the widget,
 * loaded by the Magento module's own loader. Signing in as a sandbox customer sets a cookie; the
 * customer-data endpoint then mints the token exactly as the module's `verity` section does.
 */
export function createDemoRouter(deps: DemoRouterDeps): Router {
  const router = Router();
  // Mounted only when the sidecar listens on loopback; a request arriving from elsewhere anyway (a
  // forwarding proxy on this machine) is refused too.
  const localOnly: RequestHandler = (req, _res, next) => {
    next(
      isLoopbackHost(req.socket.remoteAddress ?? '') && !req.get('x-forwarded-for')
        ? undefined
        : new ForbiddenError('The demo storefront is only served to this machine.'),
    );
  };

  router.get('/', localOnly, async (req, res) => {
    const { store: code } = parseInput(storeQuerySchema, req.query, 'store');
    const store = await deps.stores.resolve(code);
    const stores = await deps.stores.list();
    const config = {
      sidecarUrl: `${req.protocol}://${req.get('host')}`,
      storeCode: store.code,
      locale: store.locale,
      rolloutPercentage: 100,
      sectionLoadUrl: '/demo/customer/section/load',
      widget: { position: 'right', primaryColor: '#1f5fbf', greeting: '' },
    };
    res.type('html').send(
      demoPage(
        config,
        store.name,
        stores.map((s) => ({ code: s.code, name: s.name })),
      ),
    );
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

/** A malformed Cookie header or value reads as no cookie (the `cookie` package never throws on bad encoding). */
function readCookie(header: string | undefined, name: string): string | undefined {
  return parseCookies(header ?? '')[name];
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function demoPage(
  config: Record<string, unknown>,
  storeName: string,
  stores: { code: string; name: string }[],
): string {
  const storeLinks = stores
    .map((s) => `<a href="/?store=${encodeURIComponent(s.code)}">${escapeHtml(s.name)}</a>`)
    .join(' · ');
  return `<!doctype html>
<html lang="${config.locale === 'fr' ? 'fr' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(storeName)} — Verity demo store</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:space-between;padding:16px 24px;background:#fff;border-bottom:1px solid #ddd}
main{padding:24px;max-width:1100px;margin:0 auto}
#products{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:16px;list-style:none;padding:0}
#products li{background:#fff;border:1px solid #e2e2e2;border-radius:10px;padding:12px}
.sku{color:#666;font-size:12px}.price{font-weight:600}
</style>
</head>
<body>
<header>
  <strong>${escapeHtml(storeName)}</strong>
  <nav aria-label="Store views">${storeLinks}</nav>
  <label>Chat as <select id="customer"><option value="">Guest</option></select></label>
</header>
<main>
  <h1>Demo catalog</h1>
  <p>A sandbox Magento store with a generated catalog. Open the chat (bottom right) and ask, for example,
  "I'm looking for a gaming laptop under $1500", then "how's the battery life?", then "what about warranty?".</p>
  <ul id="products" aria-live="polite"></ul>
</main>
<div id="verity-assistant" hidden data-verity-config="${escapeHtml(JSON.stringify(config))}"></div>
<script>
(async function () {
  var store = ${JSON.stringify(config.storeCode)};
  var list = document.getElementById('products');
  var catalog = await fetch('/demo/api/catalog?store=' + encodeURIComponent(store)).then(function (r) { return r.json(); });
  catalog.products.forEach(function (p) {
    var li = document.createElement('li');
    var name = document.createElement('div'); name.textContent = p.name;
    var sku = document.createElement('div'); sku.className = 'sku'; sku.textContent = p.sku;
    var price = document.createElement('div'); price.className = 'price';
    price.textContent = new Intl.NumberFormat(document.documentElement.lang, { style: 'currency', currency: p.currency }).format(p.price) + (p.inStock ? '' : ' (out of stock)');
    li.append(name, sku, price); list.append(li);
  });
  var select = document.getElementById('customer');
  var customers = (await fetch('/demo/api/customers').then(function (r) { return r.json(); })).customers;
  customers.filter(function (c) { return c.storeCode === store; }).forEach(function (c) {
    var option = document.createElement('option'); option.value = String(c.id); option.textContent = c.name + ' <' + c.email + '>';
    select.append(option);
  });
  select.value = sessionStorage.getItem('verity-demo-customer') || '';
  select.addEventListener('change', async function () {
    await fetch('/demo/api/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ customerId: select.value ? Number(select.value) : null }) });
    sessionStorage.setItem('verity-demo-customer', select.value);
    localStorage.removeItem('verity-session:' + store);
    location.reload();
  });
})();
</script>
<script src="/widget/verity-loader.js" defer></script>
</body>
</html>`;
}
