import { stem } from '../../../common/language/stemmer.js';
import { words } from '../../../common/language/tokenizer.js';
import type { Language } from '../language.js';

/** Which end of a scale a question asks for: the most battery, the least weight. */
export type Direction = 'more' | 'less';

/** What a comparison question can be about: the live price, or an attribute the store labels so. */
export const COMPARED_CONCEPTS = ['price', 'weight', 'battery', 'screen', 'capacity', 'warranty'] as const;
export type ComparedConcept = (typeof COMPARED_CONCEPTS)[number];

/** What a comparison question asks about, and which end of it. */
export interface ComparisonQuestion {
  concept: ComparedConcept;
  direction: Direction;
}

/** How a concept is said in one language. */
interface ConceptWords {
  /** Words that name the concept, in a question and in the store's attribute labels. */
  names: string;
  /** Words of a question that name the concept with a direction ("lighter": less weight). */
  comparatives: Partial<Record<Direction, string>>;
}

/** Which end "better" means for each concept ("the better battery": more hours; "better for weight": less). */
const BETTER: Readonly<Record<ComparedConcept, Direction>> = {
  price: 'less',
  weight: 'less',
  battery: 'more',
  screen: 'more',
  capacity: 'more',
  warranty: 'more',
};

/**
 * The concepts' words per language; the order of {@link COMPARED_CONCEPTS} breaks ties between words of
 * a question. Typed by language and concept: a language or concept without its words does not compile.
 */
const CONCEPT_WORDS: Readonly<Record<Language, Readonly<Record<ComparedConcept, ConceptWords>>>> = {
  en: {
    price: {
      names: 'price prices cost costs',
      comparatives: { less: 'cheaper cheapest cheap affordable', more: 'expensive pricier priciest pricey' },
    },
    weight: {
      names: 'weight weigh weighs',
      comparatives: { less: 'lighter lightest light', more: 'heavier heaviest heavy' },
    },
    battery: { names: 'battery autonomy', comparatives: { more: 'lasts' } },
    screen: { names: 'screen display', comparatives: {} },
    capacity: { names: 'capacity storage mah', comparatives: {} },
    warranty: { names: 'warranty guarantee', comparatives: {} },
  },
  fr: {
    price: {
      names: 'prix coût coûte coûtent cher chère tarif',
      comparatives: { less: 'abordable économique' },
    },
    weight: {
      names: 'poids pèse pèsent',
      comparatives: { less: 'léger légère légers légères', more: 'lourd lourde lourds lourdes' },
    },
    battery: { names: 'batterie autonomie', comparatives: { more: 'tient dure' } },
    screen: { names: 'écran', comparatives: {} },
    capacity: { names: 'capacité stockage contenance mah', comparatives: {} },
    warranty: { names: 'garantie', comparatives: {} },
  },
};

/** Words that say which end without naming a concept ("bigger screen", "le plus petit écran", "better battery"). */
const MODIFIERS: Readonly<Record<Language, Record<Direction | 'better' | 'worse', string>>> = {
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
const DEGREES: Readonly<Record<Language, Record<Direction, string>>> = {
  en: { more: 'more most', less: 'less least' },
  fr: { more: 'plus', less: 'moins' },
};

/** The words that name a concept in `language`, for finding the attribute whose store label says it. */
export function conceptNames(concept: ComparedConcept, language: Language): string {
  return CONCEPT_WORDS[language][concept].names;
}

/** A text's words as the analyzer stems them, stop words kept ("more", "plus" decide a direction). */
function stems(text: string, language: Language): string[] {
  return words(text, language).map((w) => stem(w, language));
}

const stemSet = (text: string, language: Language) => new Set(stems(text, language));
const opposite = (d: Direction): Direction => (d === 'more' ? 'less' : 'more');

/**
 * The one thing a comparison question names and which end of it is wanted: "which one has the better
 * battery" → battery, more; "laquelle est la plus légère ?" → weight, less; "is X cheaper than Y?" →
 * price, less. Words of the compared products' names are not read ("Voltra PowerCube 10 000 mAh" does
 * not ask about capacity). Undefined when the question names none of the concepts.
 */
export function readComparisonQuestion(
  text: string,
  language: Language,
  productNames: readonly string[],
): ComparisonQuestion | undefined {
  const named = new Set(productNames.flatMap((n) => stems(n, language)));
  const question = stems(text, language).filter((s) => !named.has(s));
  const negators = stemSet(DEGREES[language].less, language);
  for (const [i, term] of question.entries()) {
    for (const concept of COMPARED_CONCEPTS) {
      const said = CONCEPT_WORDS[language][concept];
      const comparative = (['more', 'less'] as const).find((d) =>
        stemSet(said.comparatives[d] ?? '', language).has(term),
      );
      if (comparative !== undefined) {
        const turned = i > 0 && negators.has(question[i - 1]!);
        return { concept, direction: turned ? opposite(comparative) : comparative };
      }
      if (stemSet(said.names, language).has(term))
        return { concept, direction: directionIn(question, BETTER[concept], language) };
    }
  }
  return undefined;
}

/**
 * The end the question's words say: the first word that says one (turned round after "less", « moins »),
 * else the first degree word, else the concept's better end.
 */
function directionIn(question: readonly string[], better: Direction, language: Language): Direction {
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
