import { lexicalTerms } from '../../../common/language/analyzer.js';
import { stem } from '../../../common/language/stemmer.js';
import { words } from '../../../common/language/tokenizer.js';
import { attributeWords } from '../../replies/fact-phrases.js';
import { formatMoney, joinClauses, render } from '../../replies/render.js';
import type { Locale, SlotlessTemplateKey } from '../../replies/templates.js';
import { attributeLabel, type AttributeLabels } from '../../tools/attribute-labels.js';
import { termsOverlap } from './term-overlap.js';

/** Which end of a scale a question asks for: the most battery, the least weight. */
export type Direction = 'more' | 'less';

/** What a comparison question can be about: the live price, or an attribute the store labels so. */
export type ComparedConcept = 'price' | 'weight' | 'battery' | 'screen' | 'capacity' | 'warranty';

interface ConceptEntry {
  /** The live price, or the attribute whose store label says one of `names`. */
  source: 'price' | 'attribute';
  /** Which end "better" means ("the better battery": more hours; "better for weight": less). */
  better: Direction;
  /** Words that name the concept, in a question and in the store's attribute labels. */
  names: Readonly<Record<Locale, string>>;
  /** Words of a question that name the concept with a direction ("lighter": less weight). */
  comparatives: Readonly<Record<Locale, Partial<Record<Direction, string>>>>;
  /** The concept as a noun in a sentence ("battery life", « l’autonomie »). */
  noun: SlotlessTemplateKey;
  /** The winner's phrase by direction: of two products, of three ("lasts longer", "lasts longest"). */
  said: Readonly<Record<Direction, readonly [SlotlessTemplateKey, SlotlessTemplateKey]>>;
}

/** The concepts a comparison answers one by one; the order breaks ties between words of a question. */
const CONCEPTS: Readonly<Record<ComparedConcept, ConceptEntry>> = {
  price: {
    source: 'price',
    better: 'less',
    names: { en: 'price prices cost costs', fr: 'prix coût coûte coûtent cher chère tarif' },
    comparatives: {
      en: { less: 'cheaper cheapest cheap affordable', more: 'expensive pricier priciest pricey' },
      fr: { less: 'abordable économique' },
    },
    noun: 'compare_noun_price',
    said: {
      less: ['compare_price_less', 'compare_price_less_most'],
      more: ['compare_price_more', 'compare_price_more_most'],
    },
  },
  weight: {
    source: 'attribute',
    better: 'less',
    names: { en: 'weight weigh weighs', fr: 'poids pèse pèsent' },
    comparatives: {
      en: { less: 'lighter lightest light', more: 'heavier heaviest heavy' },
      fr: { less: 'léger légère légers légères', more: 'lourd lourde lourds lourdes' },
    },
    noun: 'compare_noun_weight',
    said: {
      less: ['compare_weight_less', 'compare_weight_less_most'],
      more: ['compare_weight_more', 'compare_weight_more_most'],
    },
  },
  battery: {
    source: 'attribute',
    better: 'more',
    names: { en: 'battery autonomy', fr: 'batterie autonomie' },
    comparatives: { en: { more: 'lasts' }, fr: { more: 'tient dure' } },
    noun: 'compare_noun_battery',
    said: {
      more: ['compare_battery_more', 'compare_battery_more_most'],
      less: ['compare_battery_less', 'compare_battery_less_most'],
    },
  },
  screen: {
    source: 'attribute',
    better: 'more',
    names: { en: 'screen display', fr: 'écran' },
    comparatives: { en: {}, fr: {} },
    noun: 'compare_noun_screen',
    said: {
      more: ['compare_screen_more', 'compare_screen_more_most'],
      less: ['compare_screen_less', 'compare_screen_less_most'],
    },
  },
  capacity: {
    source: 'attribute',
    better: 'more',
    names: { en: 'capacity storage mah', fr: 'capacité stockage contenance mah' },
    comparatives: { en: {}, fr: {} },
    noun: 'compare_noun_capacity',
    said: {
      more: ['compare_capacity_more', 'compare_capacity_more_most'],
      less: ['compare_capacity_less', 'compare_capacity_less_most'],
    },
  },
  warranty: {
    source: 'attribute',
    better: 'more',
    names: { en: 'warranty guarantee', fr: 'garantie' },
    comparatives: { en: {}, fr: {} },
    noun: 'compare_noun_warranty',
    said: {
      more: ['compare_warranty_more', 'compare_warranty_more_most'],
      less: ['compare_warranty_less', 'compare_warranty_less_most'],
    },
  },
};

/** Words that say which end without naming a concept ("bigger screen", "le plus petit écran", "better battery"). */
const MODIFIERS: Readonly<Record<Locale, Record<Direction | 'better' | 'worse', string>>> = {
  en: {
    more: 'bigger biggest larger largest longer longest higher highest greater greatest',
    less: 'smaller smallest shorter shortest lower lowest fewer',
    better: 'better best',
    worse: 'worse worst',
  },
  fr: {
    more: 'grand grande gros grosse long longue élevé élevée',
    less: 'petit petite court courte faible',
    better: 'meilleur meilleure meilleurs meilleures mieux',
    worse: 'pire',
  },
};

/**
 * Degree words: alone they say the end ("le moins cher", "more expensive"); before a word that says one
 * they only grade it ("le plus petit"), and "less", « moins » turn it round ("less heavy", « moins lourd »).
 */
const DEGREES: Readonly<Record<Locale, Record<Direction, string>>> = {
  en: { more: 'more most', less: 'less least' },
  fr: { more: 'plus', less: 'moins' },
};

/** What a comparison question asks about, and which end of it. */
export interface ComparisonQuestion {
  concept: ComparedConcept;
  direction: Direction;
}

/** A question's words as the analyzer stems them, stop words kept ("more", "plus" decide a direction). */
function stems(text: string, language: Locale): string[] {
  return words(text, language).map((w) => stem(w, language));
}

const stemSet = (text: string, language: Locale) => new Set(stems(text, language));
const opposite = (d: Direction): Direction => (d === 'more' ? 'less' : 'more');

/**
 * The one thing a comparison question names and which end of it is wanted: "which one has the better
 * battery" → battery, more; "laquelle est la plus légère ?" → weight, less; "is X cheaper than Y?" →
 * price, less. Words of the compared products' names are not read ("Voltra PowerCube 10 000 mAh" does
 * not ask about capacity). Undefined when the question names none of the concepts.
 */
export function readComparisonQuestion(
  text: string,
  language: Locale,
  productNames: readonly string[],
): ComparisonQuestion | undefined {
  const named = new Set(productNames.flatMap((n) => stems(n, language)));
  const question = stems(text, language).filter((s) => !named.has(s));
  const negators = stemSet(DEGREES[language].less, language);
  for (const [i, term] of question.entries()) {
    for (const [concept, entry] of Object.entries(CONCEPTS) as Array<[ComparedConcept, ConceptEntry]>) {
      const comparative = (['more', 'less'] as const).find((d) =>
        stemSet(entry.comparatives[language][d] ?? '', language).has(term),
      );
      if (comparative !== undefined) {
        const turned = i > 0 && negators.has(question[i - 1]!);
        return { concept, direction: turned ? opposite(comparative) : comparative };
      }
      if (stemSet(entry.names[language], language).has(term))
        return { concept, direction: directionIn(question, entry.better, language) };
    }
  }
  return undefined;
}

/**
 * The end the question's words say: the first word that says one (turned round after "less", « moins »),
 * else the first degree word, else the concept's better end.
 */
function directionIn(question: readonly string[], better: Direction, language: Locale): Direction {
  const modifiers = MODIFIERS[language];
  const degrees = DEGREES[language];
  const negators = stemSet(degrees.less, language);
  for (const [i, term] of question.entries()) {
    const said: Direction | undefined = stemSet(modifiers.more, language).has(term)
      ? 'more'
      : stemSet(modifiers.less, language).has(term)
        ? 'less'
        : stemSet(modifiers.better, language).has(term)
          ? better
          : stemSet(modifiers.worse, language).has(term)
            ? opposite(better)
            : undefined;
    if (said !== undefined) return i > 0 && negators.has(question[i - 1]!) ? opposite(said) : said;
  }
  if (question.some((t) => stemSet(degrees.more, language).has(t))) return 'more';
  if (question.some((t) => stemSet(degrees.less, language).has(t))) return 'less';
  return better;
}

/** A compared product as the answer needs it: live name and price, indexed attribute values by code. */
export interface ComparedItem {
  name: string;
  price: number;
  currency: string;
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
  } else {
    const code = attributeOf(items, entry, labels, locale);
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
  entry: ConceptEntry,
  labels: AttributeLabels,
  locale: Locale,
): string | undefined {
  const languages: Locale[] = locale === 'en' ? ['en'] : [locale, 'en'];
  const codes = [...new Set(items.flatMap((p) => Object.keys(p.attributes)))].sort();
  const matching = codes.filter((code) =>
    languages.some((language) =>
      termsOverlap(
        lexicalTerms(entry.names[language], language),
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
