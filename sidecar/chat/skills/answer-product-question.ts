import { lexicalTerms } from '../../../common/catalog/text-tokenizer.js';
import { joinClauses, render } from '../../replies/render.js';
import { readLiveProducts } from '../../tools/read-live-products.js';
import type { ChatDeps } from '../chat-deps.js';
import type { SkillOutcome, Turn } from '../turn.js';
import { outcome } from './outcome.js';
import {
  attributeLabel,
  priceText,
  productCard,
  productCitation,
  productFact,
  stockPhrase,
  type PresentedProduct,
} from './product-facts.js';
import { targetProducts } from './target-products.js';

const QUOTE_MAX = 180;

/**
 * Answers a question about one product from its own data: the attributes the question is about,
 * then the live rating and a review that mentions the topic. Nothing in the answer comes from
 * anywhere but the product's record, Magento's live data and its reviews.
 */
export async function answerProductQuestion(turn: Turn, deps: ChatDeps): Promise<SkillOutcome> {
  const locale = turn.store.locale;
  const [target] = targetProducts(turn, 1);
  if (!target) {
    return outcome(render('need_product', locale), {
      state: { awaiting: 'product', pendingIntent: 'product_question' },
    });
  }
  const [docs, live] = await Promise.all([
    deps.catalog.getProducts(turn.store.code, [target.sku]),
    readLiveProducts(deps.magento, turn.store.code, [target.sku], turn.store.currency),
  ]);
  const doc = docs[0];
  const current = live.get(target.sku);
  if (!doc || !current) {
    return outcome(render('need_product', locale), {
      state: { focusProduct: undefined },
      misunderstood: true,
    });
  }
  const product: PresentedProduct = { doc, live: current };
  const topic = topicTerms(turn.text, doc.title);
  const matched = Object.entries(doc.attributes).filter(([code, values]) =>
    overlaps(topic, lexicalTerms(`${code.replace(/_/g, ' ')} ${values.join(' ')}`)),
  );

  const sentences: string[] = [];
  if (matched.length > 0) {
    const facts = matched.map(([code, values]) => `${attributeLabel(code)}: ${values.join(', ')}`);
    sentences.push(
      render('product_facts', locale, { name: current.name, facts: joinClauses(facts, locale) }),
    );
  }
  const reviews = await deps.magento.getReviewSummaries(turn.store.code, [target.sku], 10);
  const summary = reviews.items[0];
  if (current.rating !== null && current.reviewCount > 0) {
    sentences.push(
      render('product_reviews', locale, { rating: current.rating.toFixed(1), count: current.reviewCount }),
    );
    const quote = summary?.reviews.find((r) => overlaps(topic, lexicalTerms(`${r.summary} ${r.text}`)));
    if (quote && topic.length > 0)
      sentences.push(render('product_review_quote', locale, { quote: clip(quote.text) }));
  }
  if (matched.length === 0) {
    const about = topic.length > 0 ? topic.join(' ') : locale === 'fr' ? 'ce point' : 'that';
    const summaryLine = render('product_summary', locale, {
      name: current.name,
      price: priceText(current, locale),
      stock: stockPhrase(current, locale),
    });
    sentences.unshift(
      topic.length > 0
        ? render('product_no_fact', locale, { name: current.name, topic: about })
        : summaryLine,
    );
  }

  const result = outcome(sentences.join(' '), {
    products: [productCard(product, turn.store)],
    citations: [
      productCitation(product),
      ...(current.reviewCount > 0 ? [{ source: 'review' as const, id: target.sku }] : []),
    ],
    state: { focusProduct: { sku: current.sku, name: current.name, price: current.price } },
    ...(matched.length === 0 && topic.length > 0
      ? { quickReplies: locale === 'fr' ? ['Parler à une personne'] : ['Talk to a human'] }
      : {}),
  });
  result.facts.products = [productFact(product)];
  result.facts.citations = result.citations;
  return result;
}

const QUESTION_WORDS = new Set(
  'how what which whats does do is are was the it its this that one good long much many about tell me any can could would will has have there their they them with for of on in to a an and or please'.split(
    ' ',
  ),
);

/** The words of the question that say what it is about (not the product's own name, not question words). */
function topicTerms(question: string, productName: string): string[] {
  const nameTerms = new Set(lexicalTerms(productName));
  return [...new Set(lexicalTerms(question))].filter(
    (t) => !QUESTION_WORDS.has(t) && !nameTerms.has(t) && t.length > 2,
  );
}

function overlaps(topic: readonly string[], terms: readonly string[]): boolean {
  return topic.some((t) =>
    terms.some(
      (term) =>
        term === t || (t.length >= 4 && term.startsWith(t)) || (term.length >= 4 && t.startsWith(term)),
    ),
  );
}

function clip(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= QUOTE_MAX ? clean : `${clean.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
}
