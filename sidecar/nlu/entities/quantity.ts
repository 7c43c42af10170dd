import { WORD_END, WORD_START } from '../text.js';
import { GROUP_SOURCE, NUMBER_WORDS_SOURCE, parseNumber } from '../number-words.js';

/**
 * How many of something the customer wants. Only a number tied to buying ("I need 3", "qty 4",
 * "200 units", "x2", "200 unités", "j'en voudrais trois") counts: "I have 3 kids" or "il y a 3 jours"
 * says nothing about a quantity.
 */

/** The words each language ties a number to buying with; fragments of regex source. */
interface QuantityWords {
  /** "qty: 4", "quantité : 4". */
  labels: readonly string[];
  /** What follows the number: "200 units", "5 of them", "200 unités", "3 de plus". */
  units: readonly string[];
  /** Verbs whose object is the number and a noun: "buy two jackets", "commander 50 ordinateurs". */
  buyVerbs: readonly string[];
  /** Hedges between the verb and the number: "order about 40 chairs". */
  hedges: readonly string[];
  /** Nouns after a buy verb's number that make it a duration: "need 2 days to decide". */
  durations: readonly string[];
  /** "for 100 employees", "équiper les 80 salariés". */
  headcountLeads: readonly string[];
  headcounts: readonly string[];
  /** "quote for 30 chairs", "une offre pour 300 casques". */
  priceWords: readonly string[];
  pricePrepositions: readonly string[];
  /** A pronoun standing for the product before a buy verb, so no noun follows: "j'en voudrais trois". */
  objectPronouns: readonly string[];
}

const LANGUAGE_WORDS: readonly QuantityWords[] = [
  {
    labels: ['qty', 'quantity', 'amount'],
    units: [
      'units?',
      'pieces?',
      'pcs',
      'items?',
      'packs?',
      'boxes',
      'cases',
      'pairs?',
      'copies',
      'sets?',
      'of (?:them|these|those|it|the)',
      'more',
    ],
    buyVerbs: ['buy', 'order', 'need', 'want', 'get', 'purchase', 'take', 'reserve', 'add'],
    hedges: ['like', 'about', 'around', 'maybe'],
    durations: ['days?', 'weeks?', 'months?', 'years?', 'hours?', 'minutes?', 'times?', 'ago'],
    headcountLeads: ['for', 'need', 'have'],
    headcounts: ['employees', 'staff', 'students', 'classrooms'],
    priceWords: ['quote', 'quotation', 'pricing', 'price', 'discount', 'deal'],
    pricePrepositions: ['for', 'on'],
    objectPronouns: [],
  },
  {
    labels: ['quantité', 'qté'],
    units: [
      'unités?',
      'pièces?',
      'articles?',
      'exemplaires?',
      'lots?',
      'paquets?',
      'boîtes?',
      'cartons?',
      'paires?',
      'jeux',
      "d['’]entre (?:eux|elles)",
      'de (?:ces|ceux-ci|celles-ci)',
      'de plus',
    ],
    buyVerbs: [
      'ach[eè]te\\w*',
      'commande[rz]?',
      'voudr\\w+',
      'veu[xt]',
      'voulons',
      'voulez',
      'prend\\w*',
      'prendr\\w+',
      'r[ée]serve\\w*',
      'ajoute\\w*',
      'faut',
      'faudrait',
      "besoin d(?:e|['’])",
    ],
    hedges: ['environ', 'à peu près', 'peut-être', 'genre'],
    durations: ['jours?', 'semaines?', 'mois', 'ans', 'années?', 'heures?', 'minutes?', 'fois'],
    headcountLeads: ['pour', 'équiper', 'avons', 'sommes'],
    headcounts: ['salariés', 'employés', 'collaborateurs', 'élèves', 'étudiants', 'postes', 'classes'],
    priceWords: ['devis', 'offre', 'tarifs?', 'prix', 'remise', 'réduction'],
    pricePrepositions: ['pour', 'sur'],
    objectPronouns: ['en'],
  },
];

/** One alternation of a kind of word over every language: the patterns are shared, the words are not. */
function any(pick: (words: QuantityWords) => readonly string[]): string {
  return `(?:${LANGUAGE_WORDS.flatMap(pick).join('|')})`;
}

const START = WORD_START;
const END = WORD_END;
/**
 * A count in digits or words. A bare "un"/"une" is the French article, not a count ("je veux un sac"),
 * while "une douzaine" is a group and "vingt et un" a number.
 */
const N = String.raw`(\d{1,6}|${GROUP_SOURCE}|(?!une?${END})${NUMBER_WORDS_SOURCE})`;
/** "besoin d'une douzaine": after an elided "de" the number follows without a space. */
const BUY_VERB = `${START}${any((w) => w.buyVerbs)}(?:\\s+${any((w) => w.hedges)})?(?:\\s+|(?<=['’]))`;

const PATTERNS: readonly RegExp[] = [
  String.raw`${START}${any((w) => w.labels)}\s*(?:(?:of|de)\s*)?[:=]?\s*${N}${END}`,
  String.raw`${START}${N}\s*(?:d(?:e\s+|['’]))?${any((w) => w.units)}${END}`,
  String.raw`(?:^|\s)(?:x\s?${N}|${N}\s?x)(?=\s|$|[.,!?])`,
  String.raw`${BUY_VERB}${N}\s+(?!${any((w) => w.durations)}${END})[a-zà-ÿ-]+`,
  String.raw`${START}${any((w) => w.objectPronouns)}\s+${BUY_VERB}${N}${END}`,
  String.raw`${START}${any((w) => w.headcountLeads)}\s+(?:(?:the|our|les|nos)\s+)?${N}\s+${any((w) => w.headcounts)}${END}`,
  String.raw`${START}${any((w) => w.priceWords)}(?:\s+request)?\s+${any((w) => w.pricePrepositions)}\s+${N}${END}`,
].map((source) => new RegExp(source, 'i'));

export function extractQuantity(text: string): number | undefined {
  for (const re of PATTERNS) {
    const m = re.exec(text);
    const raw = m?.slice(1).find((g) => g !== undefined);
    if (raw === undefined) continue;
    const value = parseNumber(raw);
    if (value !== null && value > 0) return value;
  }
  return undefined;
}
