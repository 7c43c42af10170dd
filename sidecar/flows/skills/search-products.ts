import { unmetWords } from '../../../common/catalog/search-service.js';
import { lexicalTerms } from '../../../common/language/analyzer.js';
import { words } from '../../../common/language/tokenizer.js';
import { attributeWords } from '../../replies/fact-phrases.js';
import { joinAlternatives, joinClauses, render } from '../../replies/render.js';
import type { AttributeLabels } from '../../tools/attribute-labels.js';
import type { Locale } from '../../replies/templates.js';
import { containerIds } from '../../tools/match-categories.js';
import { readLiveProducts } from '../../tools/read-live-products.js';
import type { BudgetEntity, Entities } from '../../nlu/types.js';
import type { ChatDeps, ProductFilters, ProductHit } from '../flow-deps.js';
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
 * shown. A refinement ("cheaper", "in blue?") keeps the search's words and filters and adds its own;
 * "show me more" shows the next results of the same ranking. Both show only products of the kind the
 * search found ("boots"), and say when there is nothing more of it. When none of the products shown is
 * described by a word the shopper asked for ("waterproof"), the reply says so.
 */
export async function searchProducts(turn: Turn, deps: ChatDeps): Promise<SkillOutcome> {
  const { entities } = turn.understanding;
  const locale = turn.store.locale;
  const last = turn.state.lastSearch;
  const more = turn.understanding.flags.moreResults === true && last !== undefined;
  // The search this turn continues (its next page, or a refinement of it), if any.
  // The NLU's query: the customer's words less the budget and attribute phrases, which are filters.
  const words = more ? '' : (turn.understanding.searchQuery ?? turn.understanding.text);
  const continued = more ? last : await refinement(turn, words, deps);
  const search: LastSearch = more
    ? last
    : continued
      ? refinedSearch(continued, turn)
      : {
          query: words,
          ...keptFilters(turn),
          ...filtersFrom(entities),
          ...(turn.understanding.flags.includeSoldOut ? { includeOutOfStock: true } : {}),
        };
  const filters = indexFilters(search);
  const offset = more ? (last.offset ?? 0) : 0;
  const hits = await deps.catalog.searchProducts(search.query, {
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
  const kind = continued?.kind;
  // What a new search asks for: a kind no product is named by ("beanies"), that none of the
  // candidates means, when they meet none of the shopper's words either (alike in meaning only), is a
  // kind the store does not sell: say so instead of presenting whatever is alike as a match.
  const asked = continued ? undefined : hits.find((h) => h.kind)?.kind;
  if (asked?.missing && !hits.some((h) => h.kind?.named || h.matched.length > 0))
    return outcome(await notCarried(asked.missing, turn, deps), {
      quickReplies: [render('talk_to_human', locale)],
      state: { shownProducts: [] },
    });
  // A deeper page re-ranks a larger candidate set, so the last page's products can come back.
  const seen = new Set(more ? turn.state.shownProducts.map((p) => p.sku) : []);
  let presented: (PresentedProduct & { rank: number })[] = [];
  const floor = (hits[0]?.score ?? 0) * RELATIVE_FLOOR;
  hits.forEach((doc, rank) => {
    const product = live.get(doc.sku ?? doc.id);
    if (doc.score < floor || seen.has(doc.sku ?? doc.id)) return;
    // After a search for boots, "cheaper" or "in blue" is about boots, not whatever else the words meet.
    if (kind && !(doc.kind?.term === kind.term && doc.kind.named)) return;
    // The index may be a little behind Magento: the live price and stock decide whether a product fits.
    if (!product || !withinBudget(product.price, filters)) return;
    if (!product.inStock && !filters.includeOutOfStock) return;
    presented.push({ doc, live: product, rank });
  });
  // A search for a kind of product ("a rain jacket for hiking") shows products of that kind only when
  // there are some: a use word ("hiking") met by a first-aid kit does not make it a jacket.
  const ofAskedKind = presented.filter((p) => hits[p.rank]!.kind?.named);
  if (asked && ofAskedKind.length > 0) presented = ofAskedKind;
  const sorted = entities.budget?.qualitative === 'cheap' || entities.budget?.qualitative === 'premium';
  if (entities.budget?.qualitative === 'cheap') presented.sort((a, b) => a.live.price - b.live.price);
  if (entities.budget?.qualitative === 'premium') presented.sort((a, b) => b.live.price - a.live.price);
  presented = presented.slice(0, SHOWN);
  // Where the next page starts: after the last candidate shown, or after every candidate read when
  // they were re-sorted by price (the ones skipped over may have been cheaper).
  const consumed = sorted || presented.length === 0 ? hits.length : presented.at(-1)!.rank + 1;

  const labels = search.attributes ? await deps.attributeLabels(turn.store.code) : new Map<string, string>();
  if (presented.length === 0) {
    const quickReplies = [render('talk_to_human', locale)];
    if (kind && continued) {
      // The products shown before still stand: "compare the first two" is about them.
      const said = { kind: kind.word, constraints: constraintText(search, labels, locale, false) };
      const found = continued.found ?? 0;
      if (more)
        return outcome(
          found === 0
            ? render('search_kind_none', locale, said)
            : render(found === 1 ? 'search_kind_only_one' : 'search_kind_no_more', locale, said),
          { quickReplies },
        );
      if (search.cheaperThan !== continued.cheaperThan)
        return outcome(render('search_kind_none_cheaper', locale, said), { quickReplies });
      // "In blue" with no blue boots: still asked for, so "show me more" looks for more blue ones.
      return outcome(render('search_kind_none', locale, said), {
        quickReplies,
        state: {
          lastSearch: {
            ...search,
            offset: offset + consumed,
            kind,
            ...(continued.cheapest === undefined ? {} : { cheapest: continued.cheapest }),
            found: 0,
          },
        },
      });
    }
    const constraints = constraintText(search, labels, locale);
    return outcome(render(more ? 'search_no_more' : 'search_none', locale, { constraints }), {
      quickReplies,
      state: { shownProducts: [] },
    });
  }
  const constraints = constraintText(search, labels, locale);
  const unmet = unmetWords(presented.map((p) => hits[p.rank]!));
  // No product is named by the kind asked for; those shown only mean it (puzzles for "jigsaw"): say so.
  if (asked?.missing && !unmet.includes(asked.missing)) unmet.unshift(asked.missing);
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
  const searched = kind ?? kindOf(search.query, hits[presented[0]!.rank]!, locale);
  const ofKind = presented.filter((p) => !searched || hits[p.rank]!.kind?.named);
  const base = outcome(reply, {
    products: presented.map((p) => productCard(p, turn.store)),
    citations: presented.map(productCitation),
    // "Compare the first two" only when there are two to compare.
    quickReplies: [
      ...(presented.length >= 2 ? [render('chip_compare_first_two', locale)] : []),
      render('chip_warranty', locale),
    ],
    state: {
      shownProducts: shown,
      lastSearch: {
        ...search,
        offset: offset + consumed,
        ...(searched ? { kind: searched } : {}),
        // Over every page of the search: "cheaper" is cheaper than anything of the kind shown for it.
        ...(ofKind.length > 0
          ? { cheapest: Math.min(...ofKind.map((p) => p.live.price), (more && last.cheapest) || Infinity) }
          : {}),
        found: (more ? (last.found ?? 0) : 0) + ofKind.length,
      },
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
 * comparative ask, that names no product of its own nor another kind of product ("cheap tents" after
 * boots is a search for tents: its own words find products named by them). Returns the search it refines.
 */
async function refinement(turn: Turn, words: string, deps: ChatDeps): Promise<LastSearch | undefined> {
  const last = turn.state.lastSearch;
  const { entities, flags } = turn.understanding;
  if (!last || entities.products.length > 0) return undefined;
  const cheaper = asksCheaper(entities);
  // "for women" after a search narrows it to whom the products are for.
  const forWhom = (entities.audiences ?? []).length > 0;
  if (!flags.followUp && !cheaper && !forWhom && !flags.includeSoldOut) return undefined;
  const [own] = await deps.catalog.searchProducts(words, {
    store: turn.store.code,
    filters: {},
    limit: 1,
    language: turn.store.locale,
  });
  // Another kind is one products are named by: a word none is ("people", "cheaper") but some mean is not.
  return own?.kind?.named && own.kind.missing === undefined && own.kind.term !== last.kind?.term
    ? undefined
    : last;
}

/**
 * The last search with the refinement's filters: its words and filters kept, new attributes added, a
 * new budget replacing the old, "cheaper" under the cheapest product of the kind shown before.
 */
function refinedSearch(last: LastSearch, turn: Turn): LastSearch {
  const { entities } = turn.understanding;
  const next = filtersFrom(entities);
  const { offset: _page, cheapest, found: _found, ...kept } = last;
  const cheaper = asksCheaper(entities);
  // "What about for 4 people?": the refinement's own words join the search's ("tents … 4 people"), so
  // the ranking puts what they say first; the kind stays the search's.
  const own = cheaper ? '' : (turn.understanding.searchQuery ?? '').trim();
  const search: LastSearch = {
    ...kept,
    ...(own && !last.query.includes(own) ? { query: `${last.query} ${own}` } : {}),
    ...(last.attributes || next.attributes ? { attributes: { ...last.attributes, ...next.attributes } } : {}),
  };
  const audience = entities.audiences ?? [];
  if (audience.length > 0) search.audience = audience;
  if (turn.understanding.flags.includeSoldOut) search.includeOutOfStock = true;
  if (next.maxPrice !== undefined) search.maxPrice = next.maxPrice;
  if (next.minPrice !== undefined) search.minPrice = next.minPrice;
  const shown = turn.state.shownProducts.flatMap((p) => (p.price === undefined ? [] : [p.price]));
  const under = cheapest ?? (shown.length > 0 ? Math.min(...shown) : undefined);
  if (cheaper && under !== undefined) search.cheaperThan = under;
  return search;
}

/** "Cheap", "anything cheaper?", "cheaper ones?": a cheap budget or a comparative toward the cheapest. */
function asksCheaper(entities: Entities): boolean {
  return (
    entities.budget?.qualitative === 'cheap' ||
    entities.references.some((r) => r.kind === 'comparative' && r.comparative !== 'most_expensive')
  );
}

/**
 * A follow-up that asks for another kind of product ("what about a lantern?" after a gift around $50)
 * is a new search under the same budget and audience, unless it states its own budget.
 */
function keptFilters(turn: Turn): Partial<LastSearch> {
  const last = turn.state.lastSearch;
  const { flags, entities } = turn.understanding;
  if (!last || !flags.followUp || entities.budget) return {};
  return {
    ...(last.minPrice !== undefined ? { minPrice: last.minPrice } : {}),
    ...(last.maxPrice !== undefined ? { maxPrice: last.maxPrice } : {}),
    ...(last.audience ? { audience: last.audience } : {}),
  };
}

/** Top categories shown when the store has nothing of the kind asked for. */
const CARRIED_CATEGORIES = 6;

/**
 * "I couldn't find beanies in this store", with the store's top categories (the children of its root
 * containers) when its category tree can be read.
 */
async function notCarried(word: string, turn: Turn, deps: ChatDeps): Promise<string> {
  const locale = turn.store.locale;
  const categories = await topCategories(turn.store.code, deps).catch(() => []);
  return categories.length > 0
    ? render('search_not_carried_categories', locale, {
        kind: word,
        categories: joinClauses(categories.slice(0, CARRIED_CATEGORIES), locale),
      })
    : render('search_not_carried', locale, { kind: word });
}

async function topCategories(store: string, deps: ChatDeps): Promise<string[]> {
  const tree = await deps.policies.categoryTree(store);
  const containers = containerIds(tree);
  return [...tree]
    .filter(([id, node]) => !containers.has(id) && node.parentId !== null && containers.has(node.parentId))
    .map(([, node]) => node.name);
}

/** The index's filters for a search: the budget, and under the "cheaper" bound. */
function indexFilters(search: LastSearch): ProductFilters {
  const cap = Math.min(
    search.maxPrice ?? Infinity,
    search.cheaperThan === undefined ? Infinity : search.cheaperThan - 0.01,
  );
  return {
    ...(search.minPrice !== undefined ? { minPrice: search.minPrice } : {}),
    ...(cap !== Infinity ? { maxPrice: cap } : {}),
    ...(search.attributes ? { attributes: search.attributes } : {}),
    ...(search.audience ? { audience: search.audience } : {}),
    ...(search.includeOutOfStock ? { includeOutOfStock: true } : {}),
  };
}

/**
 * The kind of product a new search found: the query's head word when its best product names it, with
 * the shopper's word for it ("boots"). None when the best product is not of that kind (the words were
 * not a product's name: "show me something nice").
 */
function kindOf(query: string, best: ProductHit, locale: Locale): LastSearch['kind'] {
  if (!best.kind?.named) return undefined;
  const term = best.kind.term;
  // Misspelt ("rain jakets"), the shopper's word is not the term the search corrected it to: the kind is
  // still the search's, said by its term.
  const word = words(query, locale).find((w) => lexicalTerms(w, locale).includes(term));
  return { term, word: word ?? term };
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

/**
 * The constraints as words: " (within your budget, Color: Blue)". The budget is not repeated as an
 * amount: an amount in a reply must come from the store's data, and the verifier holds every reply to
 * that. Attributes are named by the store's labels. `cheaper`: whether to say the "cheaper" bound
 * (not when the reply is about it).
 */
function constraintText(search: LastSearch, labels: AttributeLabels, locale: Locale, cheaper = true): string {
  const parts: string[] = [];
  if (search.minPrice !== undefined || search.maxPrice !== undefined)
    parts.push(render('constraint_budget', locale));
  if (cheaper && search.cheaperThan !== undefined) parts.push(render('constraint_cheaper', locale));
  for (const [code, values] of Object.entries(search.attributes ?? {}))
    parts.push(
      render('fact_value', locale, {
        label: attributeWords(labels.get(code) ?? code).label,
        value: joinAlternatives(values, locale),
      }),
    );
  return parts.length === 0 ? '' : render('search_constraints', locale, { list: joinClauses(parts, locale) });
}

function countPhrase(count: number, locale: Locale): string {
  return count === 1 ? render('count_one_product', locale) : render('count_products', locale, { count });
}
