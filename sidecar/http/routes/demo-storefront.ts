import type { PageContext } from '../../../common/chat-api/chat-api.js';

/**
 * The HTML of the demo storefront: a small Magento store as Luma draws one (header with the store's
 * name, search and category navigation, product grids and product pages with pictures), and the widget
 * injected exactly as the Verity module's template does (`#verity-assistant` with `data-verity-config`
 * and `data-verity-page`, then the module's loader). Every value is escaped; nothing here runs
 * server data as code.
 */

export interface StorefrontView {
  code: string;
  /** The store view's label in the switcher, e.g. "France (Français)". */
  label: string;
  /** Where its pages live: `/` for the default store view, `/fr/` for another. */
  base: string;
}

export interface StorefrontCategory {
  id: number;
  name: string;
  children: StorefrontCategory[];
}

export interface StorefrontProduct {
  sku: string;
  name: string;
  href: string;
  imageUrl: string | null;
  price: number;
  regularPrice: number | null;
  currency: string;
  inStock: boolean;
  rating: number | null;
  reviewCount: number;
}

export interface DemoCustomerOption {
  id: number;
  label: string;
}

export interface StorefrontFrame {
  /** The store's name: Magento's store (group) name, e.g. "Cedar & Pine". */
  storeName: string;
  view: StorefrontView;
  views: StorefrontView[];
  /** BCP 47, e.g. `en-US`, `fr-FR`. */
  locale: string;
  categories: StorefrontCategory[];
  customers: DemoCustomerOption[];
  signedIn: number | null;
  /** The module's store-level settings (`data-verity-config`). */
  widgetConfig: Record<string, unknown>;
  page: PageContext;
  /** For the search box. */
  query?: string;
}

const T = {
  en: {
    search: 'Search entire store here…',
    searchButton: 'Search',
    chatAs: 'Chat as',
    guest: 'Guest',
    storeView: 'Store',
    home: 'Home',
    inStock: 'In stock',
    outOfStock: 'Out of stock',
    sku: 'SKU',
    colon: ': ',
    quoteOpen: '“',
    quoteClose: '”',
    addToCart: 'Add to Cart',
    demoCart: 'This demo store does not take orders.',
    reviews: (n: number) => `${n} review${n === 1 ? '' : 's'}`,
    results: (q: string, n: number) => `${n} result${n === 1 ? '' : 's'} for “${q}”`,
    noResults: 'Your search returned no results.',
    empty: 'We can’t find products matching the selection.',
    tagline: 'Outdoor gear, electronics, clothing and things for the home.',
    featured: 'Popular right now',
    askTitle: 'Questions? Ask our assistant',
    askHome: [
      'I’m looking for a gaming laptop under $1500',
      'compare the first two',
      'where is my order?',
      'what is your return policy?',
    ],
    askProduct: ['what’s the return window for this?', 'is this in stock?', 'how long is the warranty?'],
    demoNote:
      'A demo of Verity on a sandbox Magento store. Pick a customer under “Chat as” to ask about orders.',
  },
  fr: {
    search: 'Rechercher dans la boutique…',
    searchButton: 'Rechercher',
    chatAs: 'Discuter en tant que',
    guest: 'Invité',
    storeView: 'Boutique',
    home: 'Accueil',
    inStock: 'En stock',
    outOfStock: 'En rupture de stock',
    sku: 'Réf.',
    colon: '&nbsp;: ',
    quoteOpen: '«&nbsp;',
    quoteClose: '&nbsp;»',
    addToCart: 'Ajouter au panier',
    demoCart: 'Cette boutique de démonstration ne prend pas de commandes.',
    reviews: (n: number) => `${n} avis`,
    results: (q: string, n: number) => `${n} résultat${n === 1 ? '' : 's'} pour « ${q} »`,
    noResults: 'Votre recherche n’a donné aucun résultat.',
    empty: 'Aucun produit ne correspond à la sélection.',
    tagline: 'Équipement de plein air, high-tech, vêtements et maison.',
    featured: 'En ce moment',
    askTitle: 'Une question ? Demandez à notre assistant',
    askHome: [
      'je cherche une tente pour 4 personnes',
      'où en est ma commande ?',
      'quelle est votre politique de retour ?',
    ],
    askProduct: ['quel est le délai de retour pour cet article ?', 'est-ce en stock ?'],
    demoNote:
      'Démonstration de Verity sur une boutique Magento de test. Choisissez un client dans « Discuter en tant que » pour parler de ses commandes.',
  },
};

function words(locale: string) {
  return locale.toLowerCase().startsWith('fr') ? T.fr : T.en;
}

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function money(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

function stars(rating: number | null, reviewCount: number, locale: string): string {
  if (rating === null || reviewCount === 0) return '';
  const full = Math.round(rating);
  return `<span class="rating" aria-label="${escapeHtml(`${rating.toFixed(1)} / 5`)}"><span aria-hidden="true">${'★'.repeat(full)}${'☆'.repeat(5 - full)}</span> <span>${escapeHtml(words(locale).reviews(reviewCount))}</span></span>`;
}

function priceHtml(p: StorefrontProduct, locale: string): string {
  const regular =
    p.regularPrice !== null && p.regularPrice > p.price
      ? ` <s class="regular">${escapeHtml(money(p.regularPrice, p.currency, locale))}</s>`
      : '';
  return `<span class="price">${escapeHtml(money(p.price, p.currency, locale))}</span>${regular}`;
}

export function productGrid(products: readonly StorefrontProduct[], locale: string): string {
  return `<ol class="products">${products
    .map(
      (p) => `<li class="product">
  <a class="photo" href="${escapeHtml(p.href)}" tabindex="-1" aria-hidden="true">${
    p.imageUrl ? `<img src="${escapeHtml(p.imageUrl)}" alt="" loading="lazy" width="240" height="240">` : ''
  }</a>
  <a class="name" href="${escapeHtml(p.href)}">${escapeHtml(p.name)}</a>
  ${stars(p.rating, p.reviewCount, locale)}
  <div>${priceHtml(p, locale)}</div>
  ${p.inStock ? '' : `<div class="stock out">${escapeHtml(words(locale).outOfStock)}</div>`}
</li>`,
    )
    .join('')}</ol>`;
}

function askBox(frame: StorefrontFrame, questions: readonly string[]): string {
  const w = words(frame.locale);
  return `<aside class="ask" aria-label="${escapeHtml(w.askTitle)}"><strong>${escapeHtml(w.askTitle)}</strong><ul>${questions
    .map((q) => `<li>${w.quoteOpen}${escapeHtml(q)}${w.quoteClose}</li>`)
    .join('')}</ul></aside>`;
}

export function homePage(frame: StorefrontFrame, products: readonly StorefrontProduct[]): string {
  const w = words(frame.locale);
  return layout(
    frame,
    frame.storeName,
    `<section class="hero"><h1>${escapeHtml(frame.storeName)}</h1><p>${escapeHtml(w.tagline)}</p></section>
${askBox(frame, w.askHome)}
<h2>${escapeHtml(w.featured)}</h2>
${productGrid(products, frame.locale)}
<p class="note">${escapeHtml(w.demoNote)}</p>`,
  );
}

export function categoryPage(
  frame: StorefrontFrame,
  category: StorefrontCategory,
  trail: readonly StorefrontCategory[],
  products: readonly StorefrontProduct[],
): string {
  const w = words(frame.locale);
  const sub =
    category.children.length > 0
      ? `<nav class="subcategories" aria-label="${escapeHtml(category.name)}">${category.children
          .map((c) => `<a href="${escapeHtml(categoryHref(frame.view, c.id))}">${escapeHtml(c.name)}</a>`)
          .join('')}</nav>`
      : '';
  return layout(
    frame,
    `${category.name} | ${frame.storeName}`,
    `${breadcrumbs(frame, trail)}<h1>${escapeHtml(category.name)}</h1>${sub}
${products.length > 0 ? productGrid(products, frame.locale) : `<p>${escapeHtml(w.empty)}</p>`}`,
  );
}

export function searchPage(
  frame: StorefrontFrame,
  query: string,
  products: readonly StorefrontProduct[],
): string {
  const w = words(frame.locale);
  return layout(
    frame,
    `${query} | ${frame.storeName}`,
    `<h1>${escapeHtml(w.results(query, products.length))}</h1>
${products.length > 0 ? productGrid(products, frame.locale) : `<p>${escapeHtml(w.noResults)}</p>`}`,
  );
}

export function productPage(
  frame: StorefrontFrame,
  product: StorefrontProduct,
  description: string,
  trail: readonly StorefrontCategory[],
): string {
  const w = words(frame.locale);
  return layout(
    frame,
    `${product.name} | ${frame.storeName}`,
    `${breadcrumbs(frame, trail)}
<article class="product-view">
  <div class="gallery">${
    product.imageUrl
      ? `<img src="${escapeHtml(product.imageUrl)}" alt="${escapeHtml(product.name)}" width="480" height="480">`
      : ''
  }</div>
  <div class="info">
    <h1>${escapeHtml(product.name)}</h1>
    ${stars(product.rating, product.reviewCount, frame.locale)}
    <p class="big">${priceHtml(product, frame.locale)}</p>
    <p><span class="stock ${product.inStock ? 'in' : 'out'}">${escapeHtml(product.inStock ? w.inStock : w.outOfStock)}</span>
      <span class="sku">${escapeHtml(w.sku)}${w.colon}${escapeHtml(product.sku)}</span></p>
    <p><button type="button" class="tocart" disabled title="${escapeHtml(w.demoCart)}">${escapeHtml(w.addToCart)}</button></p>
    ${
      description
        ? `<div class="description">${description
            .split(/\n{2,}/)
            .map((para) => `<p>${escapeHtml(para)}</p>`)
            .join('')}</div>`
        : ''
    }
    ${askBox(frame, w.askProduct)}
  </div>
</article>`,
  );
}

export function categoryHref(view: StorefrontView, id: number): string {
  return `${view.base}catalog/category/view/id/${id}`;
}

function breadcrumbs(frame: StorefrontFrame, trail: readonly StorefrontCategory[]): string {
  const w = words(frame.locale);
  return `<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="${escapeHtml(frame.view.base)}">${escapeHtml(w.home)}</a>${trail
    .map((c) => ` › <a href="${escapeHtml(categoryHref(frame.view, c.id))}">${escapeHtml(c.name)}</a>`)
    .join('')}</nav>`;
}

/** JSON in a double-quoted attribute: escaped like the module's `escapeHtmlAttr`. */
const attrJson = (value: unknown) => escapeHtml(JSON.stringify(value));

function layout(frame: StorefrontFrame, title: string, main: string): string {
  const w = words(frame.locale);
  const nav = frame.categories
    .map((c) => `<li><a href="${escapeHtml(categoryHref(frame.view, c.id))}">${escapeHtml(c.name)}</a></li>`)
    .join('');
  const views = frame.views
    .map(
      (v) =>
        `<option value="${escapeHtml(v.base)}"${v.code === frame.view.code ? ' selected' : ''}>${escapeHtml(v.label)}</option>`,
    )
    .join('');
  const customers = frame.customers
    .map(
      (c) =>
        `<option value="${c.id}"${c.id === frame.signedIn ? ' selected' : ''}>${escapeHtml(c.label)}</option>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${escapeHtml(frame.locale.slice(0, 2))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header class="page-header">
  <div class="panel-bar">
    <label>${escapeHtml(w.storeView)} <select id="store-view" aria-label="${escapeHtml(w.storeView)}">${views}</select></label>
    <label>${escapeHtml(w.chatAs)} <select id="customer"><option value="">${escapeHtml(w.guest)}</option>${customers}</select></label>
  </div>
  <div class="header-main">
    <a class="logo" href="${escapeHtml(frame.view.base)}"><span class="mark" aria-hidden="true">▲</span>${escapeHtml(frame.storeName)}</a>
    <form class="search" role="search" action="${escapeHtml(frame.view.base)}catalogsearch/result/" method="get">
      <input type="search" name="q" aria-label="${escapeHtml(w.searchButton)}" placeholder="${escapeHtml(w.search)}" value="${escapeHtml(frame.query ?? '')}">
      <button type="submit">${escapeHtml(w.searchButton)}</button>
    </form>
  </div>
  <nav class="navigation" aria-label="Categories"><ul>${nav}</ul></nav>
</header>
<main>${main}</main>
<footer class="page-footer">© ${escapeHtml(frame.storeName)}</footer>
<div id="verity-assistant" hidden data-verity-config="${attrJson(frame.widgetConfig)}" data-verity-page="${attrJson(frame.page)}"></div>
<script>
(function () {
  var store = ${JSON.stringify(frame.view.code).replace(/</g, '\\u003c')};
  document.getElementById('store-view').addEventListener('change', function (e) { location.href = e.target.value; });
  var select = document.getElementById('customer');
  select.addEventListener('change', async function () {
    await fetch('/demo/api/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ customerId: select.value ? Number(select.value) : null }) });
    localStorage.removeItem('verity-session:' + store);
    location.reload();
  });
})();
</script>
<script src="/widget/verity-loader.js" defer></script>
</body>
</html>`;
}

const STYLES = `
*{box-sizing:border-box}
body{margin:0;font-family:"Open Sans","Helvetica Neue",Helvetica,Arial,sans-serif;color:#333;background:#fff;line-height:1.45}
a{color:#1979c3;text-decoration:none}a:hover{text-decoration:underline}
.panel-bar{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:8px 18px;padding:6px 20px;background:#f6f6f6;border-bottom:1px solid #e5e5e5;font-size:13px}
.panel-bar label{display:flex;align-items:center;gap:6px;max-width:100%}
.panel-bar select{max-width:min(320px,60vw);font:inherit;padding:2px 4px}
.header-main{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:12px;padding:18px 20px;max-width:1240px;margin:0 auto}
.logo{font-size:26px;font-weight:700;color:#2f4a35;letter-spacing:.3px}.logo:hover{text-decoration:none}
.logo .mark{color:#6b8f4e;margin-right:8px}
.search{display:flex;flex:1 1 260px;max-width:420px}
.search input{flex:1;min-width:0;padding:8px 10px;border:1px solid #c2c2c2;border-radius:2px 0 0 2px;font:inherit}
.search button{padding:8px 14px;border:1px solid #c2c2c2;border-left:0;background:#eee;cursor:pointer;font:inherit}
.navigation{background:#f0f0f0;border-top:1px solid #e5e5e5;border-bottom:1px solid #e5e5e5}
.navigation ul{display:flex;flex-wrap:wrap;gap:0;list-style:none;margin:0 auto;padding:0 10px;max-width:1240px}
.navigation a{display:block;padding:12px 14px;color:#575757;font-weight:600}
main{max-width:1240px;margin:0 auto;padding:20px}
h1{font-weight:300;font-size:32px;margin:10px 0 16px}
h2{font-weight:300;font-size:24px}
.hero{padding:36px 28px;border-radius:4px;background:linear-gradient(120deg,#2f4a35,#6b8f4e);color:#fff}
.hero h1{margin:0 0 6px;font-size:40px}.hero p{margin:0;font-size:18px}
.ask{margin:18px 0;padding:14px 18px;border-left:4px solid #6b8f4e;background:#f5f8f2}
.ask ul{margin:6px 0 0;padding-left:18px;color:#555}
.products{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:24px 18px;list-style:none;margin:0;padding:0}
.product{display:flex;flex-direction:column;gap:4px}
.product .photo img{width:100%;height:auto;aspect-ratio:1;object-fit:cover;background:#f5f5f5}
.product .name{color:#333}
.price{font-weight:600;font-size:16px}.regular{color:#999;margin-left:6px}
.rating{color:#f1a33a;font-size:13px}.rating span+span{color:#777}
.stock.in{color:#1e7e34;font-weight:600}.stock.out{color:#b00020;font-weight:600}
.sku{color:#777;margin-left:12px;font-size:13px}
.breadcrumbs{font-size:13px;color:#777}
.subcategories{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:18px}
.subcategories a{padding:4px 10px;border:1px solid #ccc;border-radius:999px;color:#333}
.product-view{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:32px}
.product-view .gallery img{width:100%;height:auto;background:#f5f5f5}
.product-view .big .price{font-size:28px}
.tocart{padding:12px 28px;border:0;border-radius:3px;background:#1979c3;color:#fff;font-size:17px;opacity:.7}
.description{color:#444}
.note{margin-top:32px;color:#777;font-size:13px}
.page-footer{margin-top:40px;padding:20px;background:#f6f6f6;color:#777;text-align:center;font-size:13px}
@media (max-width:640px){.product-view{grid-template-columns:1fr}.panel-bar{justify-content:flex-start}.panel-bar label{flex:1 1 100%;min-width:0}.panel-bar select{flex:1;min-width:0;width:100%;max-width:none}.header-main{padding:14px 16px}main{padding:16px}h1{font-size:26px}.hero h1{font-size:30px}}
`;
