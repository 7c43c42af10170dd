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
    { class: 'cards', 'aria-label': 'Products' },
    ...products.map((p) => {
      const href = safeUrl(p.url);
      const image = safeUrl(p.imageUrl);
      const price = el('span', { class: 'price' }, money(p.price, p.currency, locale));
      const regular =
        p.regularPrice !== null
          ? el('s', { class: 'regular' }, money(p.regularPrice, p.currency, locale))
          : null;
      const rating =
        p.rating !== null
          ? el(
              'span',
              { class: 'rating' },
              `★ ${p.rating.toFixed(1)} (${p.reviewCount} ${p.reviewCount === 1 ? strings.review : strings.reviews})`,
            )
          : null;
      return el(
        'li',
        { class: 'card' },
        image ? el('img', { src: image, alt: '', loading: 'lazy' }) : null,
        href
          ? el('a', { href, target: '_blank', rel: 'noopener' }, p.name)
          : el('span', { class: 'name' }, p.name),
        el('span', { class: 'meta' }, price, regular ? ' ' : null, regular),
        el(
          'span',
          { class: p.inStock ? 'stock in' : 'stock out' },
          p.inStock ? strings.inStock : strings.outOfStock,
        ),
        rating,
      );
    }),
  );
}

export function orderCard(order: OrderCard, strings: Strings, locale: string): HTMLElement {
  return el(
    'div',
    { class: 'order', role: 'group', 'aria-label': `${strings.order} ${order.number}` },
    el('strong', {}, `${strings.order} ${order.number}`),
    el('span', { class: 'status' }, order.statusLabel),
    el(
      'span',
      {},
      `${new Date(order.placedAt).toLocaleDateString(locale)} · ${money(order.total, order.currency, locale)}`,
    ),
    order.trackingNumbers.length > 0
      ? el(
          'span',
          {},
          `${strings.tracking}: ${order.carrier ? `${order.carrier} ` : ''}${order.trackingNumbers.join(', ')}`,
        )
      : null,
    el('ul', { class: 'items' }, ...order.items.map((item) => el('li', {}, `${item.qty} × ${item.name}`))),
  );
}

export function comparisonTable(table: ComparisonTable): HTMLElement {
  return el(
    'div',
    { class: 'compare', tabindex: '0', role: 'region', 'aria-label': 'Comparison' },
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, ''),
          ...table.columns.map((c) => el('th', { scope: 'col' }, c.name)),
        ),
      ),
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
