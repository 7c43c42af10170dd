import { stem } from '../../../common/language/stemmer.js';
import { words } from '../../../common/language/tokenizer.js';
import type { Language } from '../language.js';

/** Which end of a scale a question asks for: the most battery, the least weight. */
export type Direction = 'more' | 'less';

/**
 * What a comparison or a product question can be about: the live price, the live rating from reviews,
 * or an attribute the store labels so.
 */
export const COMPARED_CONCEPTS = [
  'price',
  'weight',
  'battery',
  'screen',
  'capacity',
  'warranty',
  'rating',
] as const;
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
  rating: 'more',
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
    rating: { names: 'rating ratings rated review reviews reviewed stars', comparatives: {} },
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
    rating: { names: 'avis note notes noté notée notés étoiles commentaires', comparatives: {} },
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

const opposite = (d: Direction): Direction => (d === 'more' ? 'less' : 'more');

/** The word lists of one language as stem sets, built once. */
interface StemmedWords {
  concepts: readonly { concept: ComparedConcept; names: Set<string>; more: Set<string>; less: Set<string> }[];
  modifiers: Record<Direction | 'better' | 'worse', Set<string>>;
  degrees: Record<Direction, Set<string>>;
}

const stemmed = new Map<Language, StemmedWords>();

function stemmedWords(language: Language): StemmedWords {
  const known = stemmed.get(language);
  if (known) return known;
  const set = (text: string) => new Set(stems(text, language));
  const modifiers = MODIFIERS[language];
  const built: StemmedWords = {
    concepts: COMPARED_CONCEPTS.map((concept) => {
      const said = CONCEPT_WORDS[language][concept];
      return {
        concept,
        names: set(said.names),
        more: set(said.comparatives.more ?? ''),
        less: set(said.comparatives.less ?? ''),
      };
    }),
    modifiers: {
      more: set(modifiers.more),
      less: set(modifiers.less),
      better: set(modifiers.better),
      worse: set(modifiers.worse),
    },
    degrees: { more: set(DEGREES[language].more), less: set(DEGREES[language].less) },
  };
  stemmed.set(language, built);
  return built;
}

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
  const lists = stemmedWords(language);
  for (const [i, term] of question.entries()) {
    for (const { concept, names, more, less } of lists.concepts) {
      const comparative = more.has(term) ? 'more' : less.has(term) ? 'less' : undefined;
      if (comparative !== undefined) {
        const turned = i > 0 && lists.degrees.less.has(question[i - 1]!);
        return { concept, direction: turned ? opposite(comparative) : comparative };
      }
      if (names.has(term)) return { concept, direction: directionIn(question, BETTER[concept], lists) };
    }
  }
  return undefined;
}

/**
 * The end the question's words say: the first word that says one (turned round after "less", « moins »),
 * else the first degree word, else the concept's better end.
 */
function directionIn(question: readonly string[], better: Direction, lists: StemmedWords): Direction {
  const { modifiers, degrees } = lists;
  for (const [i, term] of question.entries()) {
    const said: Direction | undefined = modifiers.more.has(term)
      ? 'more'
      : modifiers.less.has(term)
        ? 'less'
        : modifiers.better.has(term)
          ? better
          : modifiers.worse.has(term)
            ? opposite(better)
            : undefined;
    if (said !== undefined) return i > 0 && degrees.less.has(question[i - 1]!) ? opposite(said) : said;
  }
  if (question.some((t) => degrees.more.has(t))) return 'more';
  if (question.some((t) => degrees.less.has(t))) return 'less';
  return better;
}
