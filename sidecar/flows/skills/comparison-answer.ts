import { lexicalTerms } from '../../../common/language/analyzer.js';
import { attributeWords } from '../../replies/fact-phrases.js';
import { formatMoney, joinClauses, ratingText, render } from '../../replies/render.js';
import type { Locale, SlotlessTemplateKey } from '../../replies/templates.js';
import { attributeLabel, type AttributeLabels } from '../../tools/attribute-labels.js';
import { termsOverlap } from './term-overlap.js';
import {
  conceptNames,
  type ComparedConcept,
  type ComparisonQuestion,
  type Direction,
} from '../../nlu/entities/comparison-question.js';

interface ConceptEntry {
  /**
   * The live price, the live rating from reviews, or the attribute whose store label says one of the
   * concept's names (`conceptNames`).
   */
  source: 'price' | 'rating' | 'attribute';
  /** The concept as a noun in a sentence ("battery life", « l’autonomie »). */
  noun: SlotlessTemplateKey;
  /** The winner's phrase by direction: of two products, of three ("lasts longer", "lasts longest"). */
  said: Readonly<Record<Direction, readonly [SlotlessTemplateKey, SlotlessTemplateKey]>>;
}

/** How a comparison answers each concept the NLU reads in a question (`nlu/entities/comparison-question.ts`). */
const CONCEPTS: Readonly<Record<ComparedConcept, ConceptEntry>> = {
  price: {
    source: 'price',
    noun: 'compare_noun_price',
    said: {
      less: ['compare_price_less', 'compare_price_less_most'],
      more: ['compare_price_more', 'compare_price_more_most'],
    },
  },
  weight: {
    source: 'attribute',
    noun: 'compare_noun_weight',
    said: {
      less: ['compare_weight_less', 'compare_weight_less_most'],
      more: ['compare_weight_more', 'compare_weight_more_most'],
    },
  },
  battery: {
    source: 'attribute',
    noun: 'compare_noun_battery',
    said: {
      more: ['compare_battery_more', 'compare_battery_more_most'],
      less: ['compare_battery_less', 'compare_battery_less_most'],
    },
  },
  screen: {
    source: 'attribute',
    noun: 'compare_noun_screen',
    said: {
      more: ['compare_screen_more', 'compare_screen_more_most'],
      less: ['compare_screen_less', 'compare_screen_less_most'],
    },
  },
  capacity: {
    source: 'attribute',
    noun: 'compare_noun_capacity',
    said: {
      more: ['compare_capacity_more', 'compare_capacity_more_most'],
      less: ['compare_capacity_less', 'compare_capacity_less_most'],
    },
  },
  warranty: {
    source: 'attribute',
    noun: 'compare_noun_warranty',
    said: {
      more: ['compare_warranty_more', 'compare_warranty_more_most'],
      less: ['compare_warranty_less', 'compare_warranty_less_most'],
    },
  },
  rating: {
    source: 'rating',
    noun: 'compare_noun_rating',
    said: {
      more: ['compare_rating_more', 'compare_rating_more_most'],
      less: ['compare_rating_less', 'compare_rating_less_most'],
    },
  },
};

/** A compared product as the answer needs it: live name, price and rating, indexed attribute values by code. */
export interface ComparedItem {
  name: string;
  price: number;
  currency: string;
  /** The average of its reviews out of 5; null without reviews. */
  rating: number | null;
  reviewCount: number;
  attributes: Readonly<Record<string, readonly string[]>>;
}

/** The answer, and whether the store's data lacks the value (then a person is offered). */
export interface ComparisonAnswer {
  text: string;
  notListed: boolean;
}

/** One product's value: said as the shopper reads it, and as a number with its unit when it is one. */
interface Value {
  said: string;
  amount: number | null;
  unit: string;
}

const LEADING_NUMBER = /^\s*(\d+(?:[.,]\d+)?)\s*(.*)$/u;

/**
 * Answers the question on the products' own values: the winner and its value against the others'
 * ("Kestrel Nova G16 lasts longer: 9 hours, against 6 hours for Raptor X15."), a tie, each value when
 * they do not compare (different units, words), or that the store does not list it.
 */
export function answerComparison(
  items: readonly ComparedItem[],
  question: ComparisonQuestion,
  labels: AttributeLabels,
  locale: Locale,
): ComparisonAnswer {
  const entry = CONCEPTS[question.concept];
  const noun = render(entry.noun, locale);
  let values: Value[];
  if (entry.source === 'price') {
    values = items.map((p) => ({
      said: formatMoney(p.price, p.currency, locale),
      amount: p.price,
      unit: p.currency,
    }));
  } else if (entry.source === 'rating') {
    const unrated = items.filter((p) => p.rating === null || p.reviewCount === 0);
    if (unrated.length > 0) {
      const names = joinClauses(
        unrated.map((p) => p.name),
        locale,
      );
      return { text: render('compare_answer_no_reviews', locale, { names }), notListed: false };
    }
    values = items.map((p) => ({
      said: render(p.reviewCount === 1 ? 'compare_rating_value_one' : 'compare_rating_value', locale, {
        rating: ratingText(p.rating!, locale),
        count: p.reviewCount,
      }),
      amount: p.rating,
      unit: '',
    }));
  } else {
    const code = attributeOf(items, question.concept, labels, locale);
    const missing = items.filter((p) => code === undefined || (p.attributes[code] ?? []).length === 0);
    if (code === undefined || missing.length > 0) {
      const names = joinClauses(
        missing.map((p) => p.name),
        locale,
      );
      return { text: render('compare_answer_not_listed', locale, { noun, names }), notListed: true };
    }
    const { unit } = attributeWords(attributeLabel(labels, code));
    values = items.map((p) => attributeValue(p.attributes[code]!, unit));
  }

  const listed = () =>
    joinClauses(
      items.map((p, i) => render('compare_answer_other', locale, { value: values[i]!.said, name: p.name })),
      locale,
    );
  const amounts = values.map((v) => v.amount);
  if (amounts.some((a) => a === null) || new Set(values.map((v) => v.unit)).size > 1)
    return { text: render('compare_answer_values', locale, { noun, values: listed() }), notListed: false };
  const numbers = amounts as number[];
  const best = question.direction === 'more' ? Math.max(...numbers) : Math.min(...numbers);
  const winners = numbers.flatMap((n, i) => (n === best ? [i] : []));
  if (winners.length === items.length)
    return {
      text: render('compare_answer_same', locale, { noun, value: values[0]!.said }),
      notListed: false,
    };
  // Two of three sharing the best: no one product wins, so each value is said.
  if (winners.length > 1)
    return { text: render('compare_answer_values', locale, { noun, values: listed() }), notListed: false };
  const winner = winners[0]!;
  const others = items.flatMap((p, i) =>
    i === winner ? [] : [render('compare_answer_other', locale, { value: values[i]!.said, name: p.name })],
  );
  const [two, many] = entry.said[question.direction];
  return {
    text: render('compare_answer', locale, {
      name: items[winner]!.name,
      phrase: render(items.length > 2 ? many : two, locale),
      value: values[winner]!.said,
      others: joinClauses(others, locale),
    }),
    notListed: false,
  };
}

/**
 * The attribute the concept is, by its store label ("Autonomie (heures)", "Battery Life (hours)") read in
 * the store's language and in English (labels a store view does not translate stay in the admin's
 * English): the one most of the products have.
 */
function attributeOf(
  items: readonly ComparedItem[],
  concept: ComparedConcept,
  labels: AttributeLabels,
  locale: Locale,
): string | undefined {
  const languages: Locale[] = locale === 'en' ? ['en'] : [locale, 'en'];
  const codes = [...new Set(items.flatMap((p) => Object.keys(p.attributes)))].sort();
  const matching = codes.filter((code) =>
    languages.some((language) =>
      termsOverlap(
        lexicalTerms(conceptNames(concept, language), language),
        lexicalTerms(attributeLabel(labels, code), language),
      ),
    ),
  );
  const count = (code: string) => items.filter((p) => (p.attributes[code] ?? []).length > 0).length;
  return matching.sort((a, b) => count(b) - count(a))[0];
}

/** "9" with the label's unit "hours" → "9 hours"; '16"' and "2 years" as the store wrote them. */
function attributeValue(raw: readonly string[], labelUnit: string | undefined): Value {
  const text = raw.join(', ').trim();
  const m = raw.length === 1 ? LEADING_NUMBER.exec(text) : null;
  if (!m) return { said: text, amount: null, unit: '' };
  const written = m[2]!.trim();
  const said = written === '' && labelUnit ? `${text} ${labelUnit}` : text;
  // "1 year" and "2 years" are one unit; "6 months" and "1 year" are not compared as numbers.
  const unit = (written || labelUnit || '').toLowerCase().replace(/s$/, '');
  return { said, amount: Number(m[1]!.replace(',', '.')), unit };
}
