import { unmetWords } from '../../../common/catalog/search-service.js';
import { joinClauses, render } from '../../replies/render.js';
import type { Locale } from '../../replies/templates.js';
import { readLiveProducts } from '../../tools/read-live-products.js';
import type { BudgetEntity, Entities } from '../../nlu/types.js';
import type { ChatDeps, ProductFilters } from '../flow-deps.js';
import type { SkillOutcome, Turn } from '../turn.js';
import { outcome } from './outcome.js';
import {
  productCard,
  productCitation,
  productFact,
  productLines,
  type PresentedProduct,
} from './product-facts.js';

const SHOWN = 4;
const CANDIDATES = 12;
/**
 * A candidate scoring under this share of the best one is not shown: after the products that match
 * ("jackets": three fleece jackets near 1.0), the ranking's tail is likeness alone (a soccer ball at 0.3).
 */
const RELATIVE_FLOOR = 0.5;
/** "around 300" widens the budget by this share on both sides. */
const APPROXIMATE_SLACK = 0.15;

/**
 * Product search and recommendations: the index finds candidates under hard filters (budget,
 * attributes, in stock), Magento confirms price and stock live, and only products that still fit are
 * shown. "Show me more" after a search shows the next results of the same ranking; when none of the
 * products shown is described by a word the shopper asked for ("waterproof"), the reply says so.
 */
export async function searchProducts(turn: Turn, deps: ChatDeps): Promise<SkillOutcome> {
  const { entities } = turn.understanding;
  const locale = turn.store.locale;
  const last = turn.state.lastSearch;
  const more = turn.understanding.flags.moreResults === true && last !== undefined;
  const refined = more ? last : refinement(turn);
  const filters = more
    ? searchFilters(last)
    : refined
      ? refinedFilters(refined, turn)
      : filtersFrom(entities);
  const query = refined ? refined.query : searchText(turn.text, entities);
  const offset = more ? (last.offset ?? 0) : 0;
  const hits = await deps.catalog.searchProducts(query, {
    store: turn.store.code,
    filters,
    limit: CANDIDATES,
    offset,
    language: locale,
  });
  const live = await readLiveProducts(
    deps.magento,
    turn.store.code,
    hits.map((h) => h.sku ?? h.id),
    turn.store.currency,
  );
  let presented: (PresentedProduct & { rank: number })[] = [];
  const floor = (hits[0]?.score ?? 0) * RELATIVE_FLOOR;
  hits.forEach((doc, rank) => {
    const product = live.get(doc.sku ?? doc.id);
    if (doc.score < floor) return;
    // The index may be a little behind Magento: the live price and stock decide whether a product fits.
    if (!product || !withinBudget(product.price, filters)) return;
    if (!product.inStock && !filters.includeOutOfStock) return;
    presented.push({ doc, live: product, rank });
  });
  const sorted = entities.budget?.qualitative === 'cheap' || entities.budget?.qualitative === 'premium';
  if (entities.budget?.qualitative === 'cheap') presented.sort((a, b) => a.live.price - b.live.price);
  if (entities.budget?.qualitative === 'premium') presented.sort((a, b) => b.live.price - a.live.price);
  presented = presented.slice(0, SHOWN);
  // Where the next page starts: after the last candidate shown, or after every candidate read when
  // they were re-sorted by price (the ones skipped over may have been cheaper).
  const consumed = sorted || presented.length === 0 ? hits.length : presented.at(-1)!.rank + 1;

  const constraints = constraintText(entities, filters, locale);
  if (presented.length === 0) {
    return outcome(render(more ? 'search_no_more' : 'search_none', locale, { constraints }), {
      quickReplies: locale === 'fr' ? ['Parler à une personne'] : ['Talk to a human'],
      state: { shownProducts: [] },
    });
  }
  const unmet = unmetWords(presented.map((p) => hits[p.rank]!));
  const list = productLines(presented, locale);
  const reply =
    unmet.length > 0
      ? render('search_results_unmet', locale, { unmet: joinClauses(unmet, locale), constraints, list })
      : more
        ? render('search_more_results', locale, { constraints, list })
        : render('search_results', locale, {
            count_phrase: countPhrase(presented.length, locale),
            constraints,
            list,
          });
  const shown = presented.map((p) => ({ sku: p.live.sku, name: p.live.name, price: p.live.price }));
  const base = outcome(reply, {
    products: presented.map((p) => productCard(p, turn.store)),
    citations: presented.map(productCitation),
    quickReplies:
      locale === 'fr'
        ? ['Compare les deux premiers', 'Quelle est la garantie ?']
        : ['Compare the first two', "What's the warranty?"],
    state: {
      shownProducts: shown,
      lastSearch: { query, ...filters, offset: offset + consumed },
      ...(shown.length === 1 ? { focusProduct: shown[0] } : {}),
    },
  });
  base.facts.products = presented.map(productFact);
  base.facts.citations = base.citations;
  return base;
}

type LastSearch = NonNullable<Turn['state']['lastSearch']>;

/**
 * A refinement of the last search ("in blue?", "anything cheaper?"): a follow-up, a cheaper or
 * comparative ask, that names no product of its own. Returns the search it refines.
 */
function refinement(turn: Turn): LastSearch | undefined {
  const last = turn.state.lastSearch;
  const { entities, flags } = turn.understanding;
  if (!last || entities.products.length > 0) return undefined;
  const cheaper =
    entities.budget?.qualitative === 'cheap' || entities.references.some((r) => r.kind === 'comparative');
  return flags.followUp || cheaper ? last : undefined;
}

/** The last search's filters with the refinement's: new attributes added, "cheaper" under the best match shown. */
function refinedFilters(last: LastSearch, turn: Turn): ProductFilters {
  const { entities } = turn.understanding;
  const next = filtersFrom(entities);
  const filters: ProductFilters = {
    ...searchFilters(last),
    ...(last.attributes || next.attributes ? { attributes: { ...last.attributes, ...next.attributes } } : {}),
  };
  if (next.maxPrice !== undefined) filters.maxPrice = next.maxPrice;
  if (next.minPrice !== undefined) filters.minPrice = next.minPrice;
  // "Cheaper" than the best match shown (the first): under its price, still within the budget.
  const best = turn.state.shownProducts[0]?.price;
  if (entities.budget?.qualitative === 'cheap' && best !== undefined)
    filters.maxPrice = Math.min(filters.maxPrice ?? Infinity, best - 0.01);
  return filters;
}

/** The filters a search was made with, as remembered. */
function searchFilters(last: LastSearch): ProductFilters {
  return {
    ...(last.minPrice !== undefined ? { minPrice: last.minPrice } : {}),
    ...(last.maxPrice !== undefined ? { maxPrice: last.maxPrice } : {}),
    ...(last.attributes ? { attributes: last.attributes } : {}),
    ...(last.includeOutOfStock ? { includeOutOfStock: true } : {}),
  };
}

export function filtersFrom(entities: Entities): ProductFilters {
  const filters: ProductFilters = {};
  const budget = entities.budget;
  if (budget?.max !== undefined) filters.maxPrice = widen(budget, budget.max, +1);
  if (budget?.min !== undefined) filters.minPrice = widen(budget, budget.min, -1);
  if (entities.attributes.length > 0) {
    const attributes: Record<string, string[]> = {};
    for (const a of entities.attributes) (attributes[a.code] ??= []).push(a.label);
    filters.attributes = attributes;
  }
  return filters;
}

function widen(budget: BudgetEntity, amount: number, direction: 1 | -1): number {
  return budget.approximate ? Math.round(amount * (1 + direction * APPROXIMATE_SLACK) * 100) / 100 : amount;
}

function withinBudget(price: number, filters: ProductFilters): boolean {
  if (filters.maxPrice !== undefined && price > filters.maxPrice) return false;
  if (filters.minPrice !== undefined && price < filters.minPrice) return false;
  return true;
}

/** The customer's words minus the budget phrase, which is a filter, not something to match in text. */
function searchText(text: string, entities: Entities): string {
  const raw = entities.budget?.raw;
  const stripped = raw ? text.replace(raw, ' ') : text;
  return stripped.replace(/\s+/g, ' ').trim() || text;
}

/**
 * The constraints as words. The budget is not repeated as an amount: an amount in a reply must come
 * from the store's data, and the verifier holds every reply to that.
 */
function constraintText(entities: Entities, filters: ProductFilters, locale: Locale): string {
  const parts: string[] = [];
  if (filters.minPrice !== undefined || filters.maxPrice !== undefined)
    parts.push(locale === 'fr' ? 'dans votre budget' : 'within your budget');
  for (const a of entities.attributes) parts.push(`${a.code.replace(/_/g, ' ')}: ${a.label}`);
  return parts.length === 0 ? '' : ` (${joinClauses(parts, locale)})`;
}

function countPhrase(count: number, locale: Locale): string {
  if (locale === 'fr') return count === 1 ? 'un produit' : `${count} produits`;
  return count === 1 ? 'is one product' : `are ${count} products`;
}
