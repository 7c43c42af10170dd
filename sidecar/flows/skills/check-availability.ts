import { formatMoney, joinClauses, render } from '../../replies/render.js';
import type { ChatDeps } from '../flow-deps.js';
import type { SkillOutcome, Turn } from '../turn.js';
import { outcome } from './outcome.js';
import { searchProducts } from './search-products.js';
import { productCard, productCitation, productFact, stockPhrase, presentProducts } from './product-facts.js';
import { targetProducts } from './target-products.js';
import { readVariantStock, type VariantStock } from '../../tools/read-variant-stock.js';
import { attributeLabel, type AttributeLabels } from '../../tools/attribute-labels.js';
import { factPhrase } from '../../replies/fact-phrases.js';
import type { Locale } from '../../replies/templates.js';
import { variantAvailability, type VariantAnswer } from './variant-availability.js';

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
    // "How much is a rain jacket?", « la tente 4 places est encore disponible ? »: the message describes
    // a kind of product the store sells, so the products of that kind are shown, each with its live
    // price and stock, rather than asking which product.
    if ((turn.understanding.entities.catalogTerms ?? []).length > 0) {
      const found = await searchProducts(turn, deps);
      if (found.state.lastSearch?.kind && found.products.length > 0) return found;
    }
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
  // "is it available in XL?": the variants with the options asked for, read live.
  const wanted = turn.understanding.entities.attributes.map((a) => ({ code: a.code, label: a.label }));
  const askedOptions = focus === 'stock' && wanted.length > 0;
  const [variants, labels] = askedOptions
    ? await Promise.all([
        readVariantStock(
          deps.magento,
          turn.store.code,
          products.map((p) => p.live.sku),
        ),
        deps.attributeLabels(turn.store.code),
      ])
    : [new Map<string, VariantStock[]>(), null];
  const variantAnswers = new Map(
    [...variants].flatMap(([sku, list]) => {
      const answer = variantAvailability(list, wanted);
      return answer ? [[sku, answer] as const] : [];
    }),
  );

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
    const variant = variantAnswers.get(p.sku);
    if (variant) return variantSentence(p.name, variant, labels, locale);
    const qty =
      p.inStock && p.qtyLeft !== null && p.qtyLeft <= LOW_STOCK
        ? render('availability_few_left', locale, { count: p.qtyLeft })
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

/** "Northpeak Trail Fleece Jacket is in stock in XL (Color: Black, Blue and Orange)." */
function variantSentence(
  name: string,
  answer: VariantAnswer,
  labels: AttributeLabels | null,
  locale: Locale,
): string {
  const wanted = joinClauses(
    answer.wanted.map((w) => w.label),
    locale,
  );
  switch (answer.kind) {
    case 'in_stock': {
      const facts = answer.others.map((o) =>
        factPhrase(labels ? attributeLabel(labels, o.code) : o.code, o.values, locale),
      );
      return facts.length > 0
        ? render('variant_in_stock_options', locale, { name, wanted, options: facts.join('; ') })
        : render('variant_in_stock', locale, { name, wanted });
    }
    case 'sold_out':
      return answer.alternatives.length > 0
        ? render('variant_sold_out_alternatives', locale, {
            name,
            wanted,
            alternatives: joinClauses(answer.alternatives, locale),
          })
        : render('variant_sold_out', locale, { name, wanted });
    case 'not_offered':
      return render('variant_not_offered', locale, {
        name,
        wanted,
        offered: joinClauses(answer.offered, locale),
      });
  }
}
