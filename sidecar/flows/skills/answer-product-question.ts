import { lexicalTerms } from '../../../common/language/analyzer.js';
import type { Language } from '../../../common/language/language.js';
import { stem } from '../../../common/language/stemmer.js';
import { words } from '../../../common/language/tokenizer.js';
import { detectMessageLanguage } from '../../nlu/language-detection.js';
import { factPhrase } from '../../replies/fact-phrases.js';
import { joinClauses, ratingText, render } from '../../replies/render.js';
import { conceptNames, type ComparedConcept } from '../../nlu/entities/comparison-question.js';
import type { LiveProduct } from '../../tools/read-live-products.js';
import type { Locale } from '../../replies/templates.js';
import { detectInjection } from '../../safety/detect-injection.js';
import type { ChatDeps } from '../flow-deps.js';
import type { SkillOutcome, Turn } from '../turn.js';
import { outcome } from './outcome.js';
import { termsOverlap } from './term-overlap.js';
import { attributeLabel } from '../../tools/attribute-labels.js';
import {
  priceText,
  productCard,
  productCitation,
  productFact,
  stockPhrase,
  presentProducts,
  type PresentedProduct,
} from './product-facts.js';
import { contextProducts } from './target-products.js';
import { compareProducts } from './compare-products.js';

const QUOTE_MAX = 180;
/** Products answered at once when the question follows a list ("how's the battery life?" after a search). */
const MAX_ANSWERED = 3;

/**
 * Answers a question about products from their own data: the attributes the question is about, then
 * the live rating and a review that mentions the topic. Nothing in the answer comes from anywhere but
 * the products' records, Magento's live data and their reviews.
 */
export async function answerProductQuestion(turn: Turn, deps: ChatDeps): Promise<SkillOutcome> {
  const locale = turn.store.locale;
  const targets = contextProducts(turn, MAX_ANSWERED);
  // "Which one has the longest battery?" about several products asks which: the one with the most,
  // weighed across every product shown, not each one's value.
  if (turn.understanding.entities.comparison && targets.length > 1) return compareProducts(turn, deps);
  if (targets.length === 0) {
    return outcome(render('need_product', locale), {
      state: { awaiting: 'product', pendingIntent: 'product_question' },
    });
  }
  const skus = targets.map((t) => t.sku);
  const products = await presentProducts(turn, deps, skus);
  if (products.length === 0)
    return outcome(render('need_product', locale), {
      state: { focusProduct: undefined },
      misunderstood: true,
    });

  const language = turn.store.locale;
  const question = askedAbout(turn, products);
  const { asked, concept } = question;
  const asksRating = concept === 'rating';
  const conceptTerms =
    concept && concept !== 'rating' && concept !== 'price'
      ? lexicalTerms(conceptNames(concept, language), language)
      : [];
  // Matched by stem ("autonomie" meets "Autonomie de la batterie"); said back in the customer's words.
  const topic = [...asked.map((w) => stem(w, language)), ...conceptTerms];
  const terms = (text: string) => lexicalTerms(text, language);
  const single = products.length === 1;
  const sentences: string[] = [];
  let answered = 0;
  const [reviewPage, labels] = await Promise.all([
    deps.magento.getReviewSummaries(turn.store.code, skus, 10),
    deps.attributeLabels(turn.store.code),
  ]);
  const reviews = new Map(reviewPage.items.map((r) => [r.sku, r]));
  const quoted: string[] = [];
  const quotations: string[] = [];
  for (const product of products) {
    const { live: current, doc } = product;
    if (asksRating) {
      answered += 1;
      sentences.push(ratingSentence(current, single, locale));
      continue;
    }
    const matched = Object.entries(doc.attributes).filter(([code, values]) =>
      termsOverlap(
        topic,
        terms(`${attributeLabel(labels, code)} ${code.replace(/_/g, ' ')} ${values.join(' ')}`),
      ),
    );
    if (matched.length > 0) {
      answered += 1;
      // "Battery life: 9 hours", not the store's "Battery Life (hours): 9".
      const facts = matched.map(([code, values]) => factPhrase(attributeLabel(labels, code), values, locale));
      sentences.push(
        render('product_facts', locale, { name: current.name, facts: joinClauses(facts, locale) }),
      );
    }
    // No attribute says it: the store's own description may ("with a waterproof rainfly"), quoted as is.
    const described =
      matched.length === 0 && topic.length > 0
        ? sentencesOf(doc.text).find((sentence) => termsOverlap(topic, terms(sentence)))
        : undefined;
    if (described) {
      answered += 1;
      quotations.push(clip(described));
      sentences.push(
        render('product_description_quote', locale, { name: current.name, quote: clip(described) }),
      );
    }
    // Reviews are customers' words: quoted as data, and never one that tries to instruct the assistant.
    const quote =
      topic.length > 0
        ? reviews
            .get(current.sku)
            ?.reviews.find(
              (r) =>
                termsOverlap(topic, terms(`${r.summary} ${r.text}`)) &&
                inLanguage(`${r.summary} ${r.text}`, language) &&
                !detectInjection(r.text, 'retrieved').flagged,
            )
        : undefined;
    if (quote) {
      quoted.push(current.sku);
      quotations.push(clip(quote.text));
      sentences.push(
        single
          ? render('product_review_quote', locale, { quote: clip(quote.text) })
          : render('product_review_quote_named', locale, { name: current.name, quote: clip(quote.text) }),
      );
    }
    if (matched.length === 0 && !described && !quote && single) {
      sentences.push(
        topic.length > 0 && !question.inName
          ? render('product_no_fact', locale, { name: current.name, topic: asked.join(' ') })
          : render('product_summary', locale, {
              name: current.name,
              price: priceText(current, locale),
              stock: stockPhrase(current, locale),
            }),
      );
    }
  }
  if (!single && answered === 0 && quoted.length === 0) {
    // Nothing named to look for ("elle est en quoi ?" before material was read): what each one is.
    if (topic.length === 0)
      for (const { live } of products)
        sentences.push(
          render('product_summary', locale, {
            name: live.name,
            price: priceText(live, locale),
            stock: stockPhrase(live, locale),
          }),
        );
    else
      sentences.push(
        render('product_no_fact', locale, {
          name: joinClauses(
            products.map((p) => p.live.name),
            locale,
          ),
          topic: asked.join(' '),
        }),
      );
  }
  if (single && !asksRating) {
    const current = products[0]!.live;
    if (current.rating !== null && current.reviewCount > 0) {
      sentences.push(reviewSentence(current.rating, current.reviewCount, locale));
    }
  }

  const citations = [
    ...products.map(productCitation),
    ...products
      .filter((p) => quoted.includes(p.live.sku) || (single && p.live.reviewCount > 0))
      .map((p) => ({ source: 'review' as const, id: p.live.sku })),
  ];
  const result = outcome(sentences.join(' '), {
    products: products.map((p) => productCard(p, turn.store)),
    citations,
    state: {
      ...(single
        ? {
            focusProduct: {
              sku: products[0]!.live.sku,
              name: products[0]!.live.name,
              price: products[0]!.live.price,
            },
          }
        : {}),
      lastQuestion:
        asked.length > 0 || concept ? { words: asked, ...(concept ? { concept } : {}) } : undefined,
    },
    ...(answered === 0 && quoted.length === 0 && topic.length > 0
      ? { quickReplies: [render('talk_to_human', locale)] }
      : {}),
  });
  result.facts.products = products.map(productFact);
  result.facts.citations = citations;
  result.facts.quotes = quotations;
  return result;
}

/** What a product question asks about, as the NLU read it. */
interface AskedAbout {
  /** The customer's words for it (folded). */
  asked: string[];
  /** "how heavy is it?" asks the weight, "any good reviews?" the rating. */
  concept?: ComparedConcept;
  /**
   * Every word asked is in the products' names ("does the second one have noise cancelling?"): looked
   * for in their data all the same, but not reported missing (the name may be all that says it).
   */
  inName: boolean;
}

/**
 * The topic of the question: the NLU's topic words less those of the products' names (unless the name
 * is all it asks about), and its concept; a question with neither that follows a product question
 * ("and the first one?", « et le premier ? ») asks the same thing of other products.
 */
function askedAbout(turn: Turn, products: readonly PresentedProduct[]): AskedAbout {
  const language = turn.store.locale;
  const { topicWords = [], comparison } = turn.understanding.entities;
  const nameWords = new Set(products.flatMap((p) => words(p.doc.title, language)));
  const own = topicWords.filter((w) => !nameWords.has(w));
  const concept = comparison?.concept;
  if (own.length > 0 || concept) return { asked: own, ...(concept ? { concept } : {}), inName: false };
  if (topicWords.length > 0) return { asked: topicWords, inName: true };
  const last = turn.state.lastIntent === 'product_question' ? turn.state.lastQuestion : undefined;
  if (last) return { asked: last.words, ...(last.concept ? { concept: last.concept } : {}), inName: false };
  return { asked: [], inName: false };
}

/** "Customers rate it 4.2 out of 5 across 12 reviews.", named after a list; or that it has none yet. */
function ratingSentence(product: LiveProduct, single: boolean, locale: Locale): string {
  if (product.rating === null || product.reviewCount === 0)
    return render('product_no_reviews', locale, { name: product.name });
  if (single) return reviewSentence(product.rating, product.reviewCount, locale);
  return render('product_reviews_named', locale, {
    name: product.name,
    rating: ratingText(product.rating, locale),
    count: product.reviewCount,
  });
}

export function reviewSentence(rating: number, count: number, locale: Locale): string {
  return render(count === 1 ? 'product_review_single' : 'product_reviews', locale, {
    rating: ratingText(rating, locale),
    count,
  });
}

/** A review is quoted to a shopper only in their language (or when its words do not tell). */
function inLanguage(text: string, language: Language): boolean {
  const { code } = detectMessageLanguage(text);
  return code === language || code === 'und';
}

/** The sentences of a product's description text, in order. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

function clip(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= QUOTE_MAX ? clean : `${clean.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
}
