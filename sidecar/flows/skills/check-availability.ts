import { formatMoney, render } from '../../replies/render.js';
import type { ChatDeps } from '../flow-deps.js';
import type { SkillOutcome, Turn } from '../turn.js';
import { outcome } from './outcome.js';
import { productCard, productCitation, productFact, stockPhrase, presentProducts } from './product-facts.js';
import { targetProducts } from './target-products.js';

/** Few enough left that saying so helps the customer; above it the count is noise. */
const LOW_STOCK = 5;

/** Availability and price questions, answered from Magento's live data only. */
export async function checkAvailability(
  turn: Turn,
  deps: ChatDeps,
  focus: 'stock' | 'price',
): Promise<SkillOutcome> {
  const locale = turn.store.locale;
  const targets = targetProducts(turn, 3);
  if (targets.length === 0) {
    return outcome(render('need_product', locale), {
      state: { awaiting: 'product', pendingIntent: turn.understanding.intent },
    });
  }
  const products = await presentProducts(
    turn,
    deps,
    targets.map((t) => t.sku),
  );
  if (products.length === 0) return outcome(render('need_product', locale), { misunderstood: true });

  const sentences = products.map(({ live: p }) => {
    if (focus === 'price') {
      return p.regularPrice !== null
        ? render('price_special', locale, {
            name: p.name,
            price: formatMoney(p.price, p.currency, locale),
            regular_price: formatMoney(p.regularPrice, p.currency, locale),
          })
        : render('price_regular', locale, { name: p.name, price: formatMoney(p.price, p.currency, locale) });
    }
    const qty =
      p.inStock && p.qtyLeft !== null && p.qtyLeft <= LOW_STOCK
        ? locale === 'fr'
          ? ` (plus que ${p.qtyLeft})`
          : ` (only ${p.qtyLeft} left)`
        : '';
    return render('availability', locale, {
      name: p.name,
      stock: stockPhrase(p, locale),
      qty,
      price: formatMoney(p.price, p.currency, locale),
    });
  });
  const result = outcome(sentences.join(' '), {
    products: products.map((p) => productCard(p, turn.store)),
    citations: products.map(productCitation),
    state:
      products.length === 1
        ? { focusProduct: { sku: products[0]!.live.sku, name: products[0]!.live.name } }
        : {},
  });
  result.facts.products = products.map(productFact);
  result.facts.citations = result.citations;
  return result;
}
