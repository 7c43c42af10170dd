import { formatMoney, render } from '../../replies/render.js';
import type { Locale } from '../../replies/templates.js';
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
import type { ShownProductState } from '../dialogue-state.js';
import { targetProducts } from './target-products.js';
import { answerComparison } from './comparison-answer.js';

const MAX_COMPARED = 3;
/** A question across a list ("which has the longest battery?") weighs every product it shows (at most 4). */
const MAX_ASKED_ACROSS = 4;
const MAX_ATTRIBUTE_ROWS = 8;

/**
 * Compares two or three products attribute by attribute, with live price, stock and rating; a question
 * that names one thing (price, weight, battery…) is answered on that alone.
 */
export async function compareProducts(turn: Turn, deps: ChatDeps): Promise<SkillOutcome> {
  const locale = turn.store.locale;
  // What it asks about, read by the NLU (not in the names of the products compared).
  const question = turn.understanding.entities.comparison;
  let targets = namedByName(turn);
  if (targets.length < 2) targets = targetProducts(turn, MAX_COMPARED);
  // Nothing pointed at: a question is about the whole list shown, a table about its first two.
  if (targets.length < 2 && turn.state.shownProducts.length >= 2)
    targets = turn.state.shownProducts.slice(0, question ? MAX_ASKED_ACROSS : 2);
  if (targets.length < 2) return outcome(render('compare_need_two', locale));

  const products = await presentProducts(
    turn,
    deps,
    targets.map((t) => t.sku),
  );
  if (products.length < 2) return outcome(render('compare_need_two', locale));

  const labels = await deps.attributeLabels(turn.store.code);
  // "Which one has the better battery?" is answered in one sentence, not with the table again.
  const answer = question
    ? answerComparison(
        products.map((p) => ({
          name: p.live.name,
          price: p.live.price,
          currency: p.live.currency,
          rating: p.live.rating,
          reviewCount: p.live.reviewCount,
          attributes: p.doc.attributes,
        })),
        question,
        labels,
        locale,
      )
    : undefined;
  const table = answer ? undefined : comparisonTable(products, labels, locale);
  const result = outcome(table ? tableReply(table, locale) : (answer?.text ?? ''), {
    products: products.map((p) => productCard(p, turn.store)),
    ...(table ? { comparison: table } : {}),
    citations: products.map(productCitation),
    state: {
      shownProducts: products.map((p) => ({ sku: p.live.sku, name: p.live.name, price: p.live.price })),
    },
    ...(answer?.notListed ? { quickReplies: [render('talk_to_human', locale)] } : {}),
  });
  result.facts.products = products.map(productFact);
  result.facts.citations = result.citations;
  return result;
}

function tableReply(table: ComparisonTable, locale: Locale): string {
  const text = table.rows.map((row) => `${row.label}: ${row.values.join(' | ')}`).join('\n');
  const header = `${render('table_product', locale)}: ${table.columns.map((c) => c.name).join(' | ')}`;
  return render('compare_intro', locale, { table: `${header}\n${text}` });
}

/**
 * Two or more products named by name are the ones compared: in "is the Nova G16 cheaper than the Raptor
 * X15?" the word "cheaper" is no pointer to the cheapest product shown earlier.
 */
function namedByName(turn: Turn): ShownProductState[] {
  const named = new Map(turn.understanding.entities.products.map((p) => [p.sku, p.name]));
  return [...named].slice(0, MAX_COMPARED).map(([sku, name]) => ({ sku, name }));
}

function comparisonTable(
  products: readonly PresentedProduct[],
  labels: AttributeLabels,
  locale: 'en' | 'fr',
): ComparisonTable {
  const rows: ComparisonTable['rows'] = [
    {
      label: render('table_price', locale),
      values: products.map((p) => formatMoney(p.live.price, p.live.currency, locale)),
    },
    { label: render('table_stock', locale), values: products.map((p) => stockPhrase(p.live, locale)) },
    {
      label: render('table_rating', locale),
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
