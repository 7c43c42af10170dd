import { bcp47, joinClauses, render } from '../../replies/render.js';
import { policyClauses, type PolicyTopic } from '../../replies/policy-clauses.js';
import { policyCitationTitle, policySubject } from '../../replies/policy-subject.js';
import type { PolicyFound } from '../../policy/policy-types.js';
import {
  emptyTurnFacts,
  type PolicyFact,
  type TurnCitation,
  type TurnFacts,
} from '../../verifier/turn-facts.js';
import { answersDetail, clipQuote, quotable } from './page-quote.js';
import type { ChatDeps } from '../flow-deps.js';
import type { SkillOutcome, Turn } from '../turn.js';
import { outcome } from './outcome.js';
import { categoryName, categoryPath, type CategoryTree } from '../../policy/category-tree.js';
import { containerIds, matchCategories } from '../../tools/match-categories.js';
import { contextProducts, namedProducts } from './target-products.js';

/** Products a policy answer covers at once. */
const MAX_PRODUCTS = 3;
/** Page paragraphs considered for a quote; the first that answers the detail and is quotable wins. */
const PAGE_CANDIDATES = 3;

/** Of the search's best matches, how many must share a category for it to be the one meant. */
const CATEGORY_QUORUM = 3;
const CATEGORY_SAMPLE = 5;

/**
 * The category the thing asked about (`target`: "ordis portables") means, by the store's own search: the
 * most specific category that at least {@link CATEGORY_QUORUM} of its {@link CATEGORY_SAMPLE} best
 * matches are in; none when they disagree. Only matches described by the target's own words count: the
 * search always finds something closest, and a category of closest things ("Pour Sports" for « les
 * ordis », "Jeux vidéo" for a mortgage) would be a wrong term stated as the store's.
 */
async function categoryMeant(
  turn: Turn,
  deps: ChatDeps,
  tree: CategoryTree,
  target: string,
): Promise<number[]> {
  const hits = await deps.catalog.searchProducts(target, {
    store: turn.store.code,
    language: turn.store.locale,
    filters: { includeOutOfStock: true },
    limit: CATEGORY_SAMPLE,
  });
  const counts = new Map<number, number>();
  for (const hit of hits.filter((h) => h.matched.length > 0))
    for (const id of new Set(hit.category_ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const depth = (id: number) => categoryPath(tree, id)?.length ?? 0;
  const containers = containerIds(tree);
  const shared = [...counts]
    .filter(([id, n]) => n >= CATEGORY_QUORUM && depth(id) > 0 && !containers.has(id))
    .sort(([a, n], [b, m]) => depth(b) - depth(a) || m - n);
  return shared.length > 0 ? [shared[0]![0]] : [];
}

/**
 * Answers from the merchant's configured policy for the product in context (through the policy
 * engine), names what and where it applies to, and cites the rule and the policy page. No rule →
 * no guess: the conversation goes to a person.
 */
export async function answerPolicyQuestion(
  turn: Turn,
  deps: ChatDeps,
  /** A flow that states the terms of its own request (an exchange) says which; no page is quoted then. */
  asked?: { topics: PolicyTopic[] },
): Promise<SkillOutcome> {
  const locale = turn.store.locale;
  const question = turn.understanding.entities.policy;
  // What the question is about: a product it names, else a category it names ("…for laptops?"),
  // else the products the conversation is about, else the whole store.
  const named = namedProducts(turn, MAX_PRODUCTS);
  const tree = named.length === 0 ? await deps.policies.categoryTree(turn.store.code) : undefined;
  let categoryIds = tree ? matchCategories(turn.text, tree) : [];
  // "…sur les ordis portables ?": words the category tree lacks may still be what the store's search
  // finds; the category most of its best matches share is the one asked about.
  if (tree && categoryIds.length === 0 && question?.target !== undefined)
    categoryIds = await categoryMeant(turn, deps, tree, question.target);
  const targets = named.length > 0 || categoryIds.length > 0 ? named : contextProducts(turn, MAX_PRODUCTS);
  const docs =
    targets.length > 0
      ? await deps.catalog.getProducts(
          turn.store.code,
          targets.map((t) => t.sku),
        )
      : [];
  const lookupFor = (ids: readonly number[], productName?: string) =>
    deps.policies.lookup({
      store: turn.store.code,
      channel: turn.store.channel,
      categoryIds: ids,
      ...(productName ? { productName } : {}),
    });
  // "…for ordinateurs portables?" names something neither the catalog nor the category tree knows: the
  // store-wide rule might not be the one that applies to it, so ask instead of answering for everything.
  if (docs.length === 0 && categoryIds.length === 0 && question?.target !== undefined) {
    return outcome(render('policy_which_product', locale), {
      state: { awaiting: 'product', pendingIntent: 'policy_question' },
    });
  }
  const lookups =
    docs.length > 0
      ? await Promise.all(
          docs.map(async (doc) => ({
            doc,
            subject: doc.title,
            lookup: await lookupFor(doc.category_ids, doc.title),
          })),
        )
      : categoryIds.length > 0 && tree
        ? await Promise.all(
            categoryIds.map(async (id) => ({
              doc: undefined,
              // The category asked about, even when its rule is the store-wide one ("For Shoes: …").
              subject: categoryName(tree, id),
              lookup: await lookupFor([id]),
            })),
          )
        : [{ doc: undefined, subject: undefined, lookup: await lookupFor([]) }];

  const missing = lookups.filter((l) => !l.lookup.ok);
  if (missing.length > 0) {
    if (
      docs.length === 0 &&
      missing.some((l) => !l.lookup.ok && l.lookup.violations.some((v) => v.code === 'no_policy_registered'))
    ) {
      return outcome(render('policy_which_product', locale), {
        state: { awaiting: 'product', pendingIntent: 'policy_question' },
      });
    }
    return outcome(render('policy_none', locale), { escalate: 'no_policy_registered' });
  }

  // Products governed by the same rule are answered together ("Raptor X15 and Nova G16 (Laptops)").
  const groups = new Map<string, { lookup: PolicyFound; names: string[] }>();
  for (const { subject, lookup } of lookups) {
    if (!lookup.ok) continue;
    const group = groups.get(lookup.ruleId) ?? { lookup, names: [] };
    if (subject) group.names.push(subject);
    groups.set(lookup.ruleId, group);
  }
  // None named: the return essentials.
  const topics = asked?.topics ?? (question?.topics.length ? question.topics : ['returns', 'fees']);
  const sentences: string[] = [];
  const citations: TurnCitation[] = [];
  const facts: PolicyFact[] = [];
  for (const { lookup, names } of groups.values()) {
    const category = lookup.appliesTo.category?.name;
    // What the answer is about, as a shopper says it: never the store view, website or channel.
    const appliesTo = policySubject(names, category, locale);
    sentences.push(
      `${render('policy_intro', locale, { applies_to: appliesTo })} ${joinClauses(policyClauses(lookup.values, topics, locale), locale)}.`,
    );
    citations.push({
      source: 'policy',
      id: lookup.ruleId,
      version: lookup.version.hash,
      title: policyCitationTitle(names, category, locale),
    });
    facts.push({ ruleId: lookup.ruleId, version: lookup.version.hash, values: lookup.values, appliesTo });
  }
  const turnFacts: TurnFacts = {
    ...emptyTurnFacts(),
    policies: facts,
    deliveryRanges: facts.flatMap((f) =>
      f.values.deliveryRanges.map((r) => ({ ...r, source: 'policy' as const })),
    ),
  };
  const paragraphs = await deps.catalog.searchPolicyText(
    turn.store.code,
    asked ? topics.join(' ') : `${topics.join(' ')} ${turn.text}`,
    { limit: PAGE_CANDIDATES, language: locale },
  );
  // A detail the configured values do not answer ("what does the warranty not cover?") is answered in
  // the merchant's own words, quoted from the page, when the quote states no figure of its own.
  const verifyOptions = { locale: bcp47(locale), currency: turn.store.currency };
  const names = [
    ...turn.understanding.entities.products.map((p) => p.raw),
    ...[...groups.values()].flatMap((g) => g.names),
  ];
  const quoted = paragraphs
    .filter((p) => !asked && answersDetail(question?.details ?? [], p.text, names, locale))
    .map((p) => ({ page: p, quote: clipQuote(p.text) }))
    .find(({ quote }) => quotable(quote, verifyOptions));
  const paragraph = quoted?.page ?? paragraphs[0];
  if (quoted) sentences.push(render('policy_page_quote', locale, { quote: quoted.quote }));
  if (paragraph) {
    if (!quoted) sentences.push(render('policy_more', locale));
    citations.push({
      source: 'cms',
      id: paragraph.id,
      title: paragraph.title,
      ...(paragraph.updated_at ? { version: paragraph.updated_at } : {}),
    });
  }
  const result = outcome(sentences.join(' '), {
    citations,
    state: targets.length === 1 ? { focusProduct: targets[0] } : {},
  });
  result.facts = { ...turnFacts, citations };
  return result;
}
