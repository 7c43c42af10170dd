import type { ComparisonTable, OrderCard, ProductCard } from '../../common/chat-api/reply-payload.js';
import { el, money, safeUrl } from './dom.js';
import type { Strings } from './strings.js';

export function productCards(
  products: readonly ProductCard[],
  strings: Strings,
  locale: string,
): HTMLElement {
  return el(
    'ul',
    { class: 'cards', 'aria-label': strings.products },
    ...products.map((p) => {
      const href = safeUrl(p.url);
      const image = safeUrl(p.imageUrl);
      const price = el('span', { class: 'price' }, money(p.price, p.currency, locale));
      const regular =
        p.regularPrice !== null
          ? el('s', { class: 'regular' }, money(p.regularPrice, p.currency, locale))
          : null;
      const rating = p.rating !== null ? ratingLine(p.rating, p.reviewCount, strings, locale) : null;
      return el(
        'li',
        { class: image ? 'card' : 'card no-image' },
        // The picture repeats the name that follows it: decorative for a screen reader.
        image ? el('img', { src: image, alt: '', loading: 'lazy', width: '72', height: '72' }) : null,
        el(
          'div',
          { class: 'details' },
          href ? productLink(href, p.name) : el('span', { class: 'name' }, p.name),
          el('span', { class: 'meta' }, price, regular ? ' ' : null, regular),
          el(
            'span',
            { class: p.inStock ? 'stock in' : 'stock out' },
            p.inStock ? strings.inStock : strings.outOfStock,
          ),
          rating,
        ),
      );
    }),
  );
}

/**
 * "★ 4,5 (3 avis)": the decimal as the locale writes it. A screen reader hears "Rated 4.5 out of 5, 3
 * reviews" rather than the star's name.
 */
function ratingLine(rating: number, count: number, strings: Strings, locale: string): HTMLElement {
  const value = decimal(rating, locale);
  const reviews = `${count} ${count === 1 ? strings.review : strings.reviews}`;
  return el(
    'span',
    {
      class: 'rating',
      role: 'img',
      'aria-label': `${strings.rating.replace('{rating}', value)}, ${reviews}`,
    },
    `★ ${value} (${reviews})`,
  );
}

function decimal(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      value,
    );
  } catch {
    return value.toFixed(1);
  }
}

/** A link to the store's own product page opens in place (the chat follows); another site's in a new tab. */
function productLink(href: string, name: string): HTMLAnchorElement {
  const sameSite = new URL(href).origin === window.location.origin;
  return sameSite
    ? el('a', { href, class: 'name' }, name)
    : el('a', { href, class: 'name', target: '_blank', rel: 'noopener' }, name);
}

/** A date as the replies write it ("December 3, 2026", "3 décembre 2026"): one format per locale. */
export function longDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  } catch {
    return date.toDateString();
  }
}

export function orderCard(order: OrderCard, strings: Strings, locale: string): HTMLElement {
  return el(
    'div',
    {
      class: 'order',
      role: 'group',
      'aria-label': `${strings.order} ${order.number}`,
      'data-number': order.number,
      'data-status': order.status,
    },
    el('strong', {}, `${strings.order} ${order.number}`),
    el('span', { class: 'status' }, order.statusLabel),
    el('span', {}, `${longDate(order.placedAt, locale)} · ${money(order.total, order.currency, locale)}`),
    order.trackingNumbers.length > 0
      ? el(
          'span',
          {},
          `${strings.tracking}${strings.colon}${order.carrier ? `${order.carrier} ` : ''}${order.trackingNumbers.join(', ')}`,
        )
      : null,
    el('ul', { class: 'items' }, ...order.items.map((item) => el('li', {}, `${item.qty} × ${item.name}`))),
  );
}

/**
 * The reply's text without the rows a text-only channel reads ("Price: $1,299.00 | $1,499.00"): the
 * table shows them once.
 */
export function withoutComparisonLines(text: string, table: ComparisonTable): string {
  const labels = new Set(table.rows.map((r) => r.label));
  const names = table.columns.map((c) => c.name).join(' | ');
  return text
    .split('\n')
    .filter((line) => {
      const colon = line.indexOf(': ');
      if (colon < 0 || !line.includes(' | ')) return true;
      return !labels.has(line.slice(0, colon)) && line.slice(colon + 2) !== names;
    })
    .join('\n')
    .trim();
}

/** The comparison as one table; each column is headed by the product's picture and a link to its page. */
export function comparisonTable(
  table: ComparisonTable,
  products: readonly ProductCard[],
  strings: Strings,
): HTMLElement {
  const heading = (column: ComparisonTable['columns'][number]) => {
    const card = products.find((p) => p.sku === column.sku);
    const href = safeUrl(card?.url);
    const image = safeUrl(card?.imageUrl);
    return el(
      'th',
      { scope: 'col' },
      image ? el('img', { src: image, alt: '', loading: 'lazy', width: '56', height: '56' }) : null,
      href ? productLink(href, column.name) : column.name,
    );
  };
  return el(
    'div',
    { class: 'compare', tabindex: '0', role: 'region', 'aria-label': strings.comparison },
    el(
      'table',
      {},
      el('thead', {}, el('tr', {}, el('td', {}, ''), ...table.columns.map(heading))),
      el(
        'tbody',
        {},
        ...table.rows.map((row) =>
          el('tr', {}, el('th', { scope: 'row' }, row.label), ...row.values.map((v) => el('td', {}, v))),
        ),
      ),
    ),
  );
}
