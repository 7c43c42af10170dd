import { formatMoney, render } from '../../replies/render.js';
import type { ChatDeps } from '../flow-deps.js';
import type { ComparisonTable, SkillOutcome, Turn } from '../turn.js';
import { outcome } from './outcome.js';
import { attributeLabel, type AttributeLabels } from '../../tools/attribute-labels.js';
import {
  productCard,
  productCitation,
  productFact,
  stockPhrase,
  type PresentedProduct,
  presentProducts,
} from './product-facts.js';
import { targetProducts } from './target-products.js';

const MAX_COMPARED = 3;
const MAX_ATTRIBUTE_ROWS = 8;

/** Compares two or three products attribute by attribute, with live price, stock and rating. */
export async function compareProducts(turn: Turn, deps: ChatDeps): Promise<SkillOutcome> {
  const locale = turn.store.locale;
  let targets = targetProducts(turn, MAX_COMPARED);
  if (targets.length < 2 && turn.state.shownProducts.length >= 2)
    targets = turn.state.shownProducts.slice(0, 2);
  if (targets.length < 2) return outcome(render('compare_need_two', locale));

  const products = await presentProducts(
    turn,
    deps,
    targets.map((t) => t.sku),
  );
  if (products.length < 2) return outcome(render('compare_need_two', locale));

  const table = comparisonTable(products, await deps.attributeLabels(turn.store.code), locale);
  const text = table.rows.map((row) => `${row.label}: ${row.values.join(' | ')}`).join('\n');
  const header = `${locale === 'fr' ? 'Produit' : 'Product'}: ${table.columns.map((c) => c.name).join(' | ')}`;
  const result = outcome(render('compare_intro', locale, { table: `${header}\n${text}` }), {
    products: products.map((p) => productCard(p, turn.store)),
    comparison: table,
    citations: products.map(productCitation),
    state: {
      shownProducts: products.map((p) => ({ sku: p.live.sku, name: p.live.name, price: p.live.price })),
    },
  });
  result.facts.products = products.map(productFact);
  result.facts.citations = result.citations;
  return result;
}

function comparisonTable(
  products: readonly PresentedProduct[],
  labels: AttributeLabels,
  locale: 'en' | 'fr',
): ComparisonTable {
  const rows: ComparisonTable['rows'] = [
    {
      label: locale === 'fr' ? 'Prix' : 'Price',
      values: products.map((p) => formatMoney(p.live.price, p.live.currency, locale)),
    },
    { label: locale === 'fr' ? 'Stock' : 'Stock', values: products.map((p) => stockPhrase(p.live, locale)) },
    {
      label: locale === 'fr' ? 'Note' : 'Rating',
      values: products.map((p) =>
        p.live.rating === null ? '–' : `${p.live.rating.toFixed(1)}/5 (${p.live.reviewCount})`,
      ),
    },
  ];
  // Attributes that at least two products have, so the table compares like with like.
  const counts = new Map<string, number>();
  for (const p of products)
    for (const code of Object.keys(p.doc.attributes)) counts.set(code, (counts.get(code) ?? 0) + 1);
  const shared = [...counts]
    .filter(([, n]) => n >= 2)
    .map(([code]) => code)
    .sort()
    .slice(0, MAX_ATTRIBUTE_ROWS);
  for (const code of shared) {
    rows.push({
      label: attributeLabel(labels, code),
      values: products.map((p) => p.doc.attributes[code]?.join(', ') ?? '–'),
    });
  }
  return { columns: products.map((p) => ({ sku: p.live.sku, name: p.live.name })), rows };
}
