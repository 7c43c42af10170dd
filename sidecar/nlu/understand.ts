import type { Embedder } from '../../common/embedding/embedder.js';
import { detectInjection } from '../safety/detect-injection.js';
import type {
  AttributeVocabulary,
  CatalogLexicon,
  Entities,
  Intent,
  IntentScore,
  LanguageReading,
  NluContext,
  OutOfScopeReason,
  RequestReading,
  Understanding,
} from './types.js';
import {
  classifyIntent,
  trainIntentModel,
  type IntentModel,
  type TrainingExample,
} from './intent-classifier.js';
import { applyIntentRules, withoutAbuse, type RuleHit } from './intent-rules.js';
import { conceptOf } from './concepts.js';
import { LANGUAGE_PACKS } from './language-packs.js';
import { clean, normalize, words } from './text.js';
import { createAttributeMatcher, type AttributeMatcher } from './entities/attributes.js';
import { createCatalogMatcher, type CatalogMatcher } from './entities/catalog-matcher.js';
import { extractBudget } from './entities/budget.js';
import { asksContents } from './entities/contents-question.js';
import { extractAccountTopic } from './entities/account-topic.js';
import { extractClaimReason } from './entities/claim-reason.js';
import { extractDates } from './entities/dates.js';
import { extractEmails } from './entities/email.js';
import { extractBareLastName, extractLastName } from './entities/last-name.js';
import { extractItemMentions } from './entities/item-mentions.js';
import { extractOrderRecency, extractOrderReferences } from './entities/order-reference.js';
import { isCorrection } from './entities/correction.js';
import {
  afterChangeOfMind,
  asksForMoreOrders,
  asksForMoreResults,
  asksForSoldOut,
  asksIfBot,
  closingStart,
  isChangeOfMind,
  isHesitation,
  isLeaveTaking,
  openingLength,
} from './conversation-moves.js';
import { asksSomething, splitClauses } from './requests.js';
import { loadLexicon } from '../../common/language/lexicon.js';
import {
  asksAboutTheWorld,
  asksForGroceries,
  asksWhetherSold,
  buildCatalogVocabulary,
  catalogTermsIn,
  hasDomainEvidence,
  isCatalogSearch,
  lifeMatterRest,
  isOffTopic,
  isShopMatter,
  type CatalogVocabulary,
} from './catalog-vocabulary.js';
import { foldDiacritics } from '../../common/language/tokenizer.js';
import { isStopword } from '../../common/language/stopwords.js';
import { detectLanguage, LANGUAGES } from './language.js';
import {
  asksForPersonInOtherLanguage,
  detectMessageLanguage,
  isNluLanguage,
  socialIntentOf,
} from './language-detection.js';
import { extractOrderNumbers } from './entities/order-number.js';
import { findStreetAddress } from './entities/street-address.js';
import { extractPostcodes } from './entities/postcode.js';
import { extractQuantity } from './entities/quantity.js';
import { extractReferences } from './entities/references.js';
import { extractSentiment } from './entities/sentiment.js';
import { searchQuery } from './entities/search-query.js';
import { detailsAsked, topicWords } from './entities/topic-words.js';
import { readComparisonQuestion } from './entities/comparison-question.js';
import { readPolicyQuestion } from './policy-questions.js';
import { audiencesIn } from '../../common/language/audience.js';

/**
 * Below this confidence the engine should treat the turn as not understood (ask again, then hand
 * off). Chosen from the cross-validated calibration table in docs/nlu.md: below 0.5 the intent is
 * right less than half the time, above it about nine times in ten.
 */
export const LOW_CONFIDENCE_THRESHOLD = 0.5;
/** A clause's own intent counts as a second request from this confidence. */
const SECONDARY_INTENT_THRESHOLD = 0.5;
/** A request after a change of mind ("nvm, do you have tents") needs this much when only the classifier read it. */
const NEW_REQUEST_CONFIDENCE = 0.6;
/** Social moves are not requests: "hi, where is my order" is one request. */
const NOT_A_REQUEST = new Set<Intent>(['greeting', 'thanks', 'goodbye', 'affirm', 'deny', 'out_of_scope']);
/**
 * Above this confidence the classifier's reading stands even without shop words ("is the strap
 * adjustable" names no catalog word in a store without straps, yet is a product question). Below it
 * the classifier is right at most four times in five (calibration in docs/nlu.md), and a question
 * with no shop word is more likely off topic.
 */
const OFF_TOPIC_CEILING = 0.8;
/** Social moves, never out of scope. */
const SOCIAL = new Set<Intent>([
  'greeting',
  'thanks',
  'goodbye',
  'affirm',
  'deny',
  'out_of_scope',
  'guest_verification',
]);
/** Moves of the conversation itself, which need no shop words: "thank you so much", "nah i'm good". */
const CONVERSATIONAL = new Set<Intent>([
  'greeting',
  'thanks',
  'goodbye',
  'affirm',
  'deny',
  'out_of_scope',
  'guest_verification',
  'human_agent',
  'complaint',
]);
const CLAUSE_BREAK = /[.?!;]+|\b(?:also|and also|plus|btw|by the way|oh and)\b/;
/** Intents whose follow-up fragments ("and the second one?") keep the same intent. */
const FOLLOWABLE = new Set<Intent>([
  'product_search',
  'product_question',
  'comparison',
  'recommendation',
  'availability',
  'price_promotion',
  'policy_question',
  'order_status',
]);
const FRAGMENT_LEAD =
  /^(?:and|what about|how about|what of|same for|also|ok and|and what about|et|et pour|et sinon|sinon)\b/;
/** Words that carry no request of their own in a fragment such as "and the blue one?". */
const FRAGMENT_FILLER = new Set(
  'and what about how of same for also ok the a an one ones this that it them those these please pls then in with without size color colour anything something any et en le la les un une des quelque chose truc qqch sinon svp stp taille couleur'.split(
    ' ',
  ),
);

export interface NluModel {
  readonly intents: IntentModel;
  readonly catalog: CatalogMatcher;
  readonly attributes: AttributeMatcher;
  readonly vocabulary: CatalogVocabulary;
  /** Folded words of the training examples of greetings, thanks, goodbyes, yes and no ("cheers", "nope"). */
  readonly socialWords: ReadonlySet<string>;
  readonly now: () => Date;
}

export interface NluModelOptions {
  /** Labeled examples (the train split only). */
  examples: readonly TrainingExample[];
  lexicon?: CatalogLexicon;
  attributes?: AttributeVocabulary;
  /** The store view's category names, for the catalog vocabulary ("Rain Jackets", "Vestes de pluie"). */
  categories?: readonly string[];
  /** Clock for resolving relative dates. @default () => new Date() */
  now?: () => Date;
  /** Whether a folded word is an English word (a dictionary), for the speller: see `spellingVocabulary`. */
  isWord?: (word: string) => boolean;
  /** Whether a folded word is a French word (a dictionary): French messages are spelling-corrected with it. */
  isFrenchWord?: (word: string) => boolean;
}

/** Builds the indexes once: classifier, catalog matcher, attribute matcher. */
export function buildNluModel(
  options: NluModelOptions & { vectors?: readonly Float32Array[]; denseWeight?: number },
): NluModel {
  return {
    intents: trainIntentModel(options.examples, {
      vectors: options.vectors,
      denseWeight: options.denseWeight,
      ...(options.isWord ? { isWord: options.isWord } : {}),
      ...(options.isFrenchWord ? { isFrenchWord: options.isFrenchWord } : {}),
    }),
    catalog: createCatalogMatcher(options.lexicon ?? []),
    attributes: createAttributeMatcher(options.attributes ?? {}),
    vocabulary: buildCatalogVocabulary(options),
    socialWords: new Set([
      ...options.examples.filter((e) => SOCIAL_MOVES.has(e.intent)).flatMap((e) => words(e.text)),
      ...LANGUAGES.flatMap((l) => [...LANGUAGE_PACKS[l].social]),
    ]),
    now: options.now ?? (() => new Date()),
  };
}

const SOCIAL_MOVES = new Set<Intent>(['greeting', 'thanks', 'goodbye', 'affirm', 'deny']);
/** Words a search by keywords may have besides its keywords ("bras and tanks", "pantalon de jogging"). */
const KEYWORD_GLUE = new Set(
  'and or with for in without an de du des un une et ou en pour avec sans a au aux sur'.split(' '),
);
/** Concept groups (`concepts.ts`) of words that ask for nothing but that ("annulation", "remboursment"). */
const REQUEST_CONCEPTS = new Set(['refund', 'cancel']);
/** Manners around keywords ("une lampe frontale rechargeable svp"), as `words()` spells them. */
const POLITE = new Set('please pls plz merci thanks'.split(' '));
/** `words()` without "s'il vous plaît" / "s'il te plaît" ("svp", "stp" expand to them). */
function withoutPlease(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (
      ws[i] === 's' &&
      ws[i + 1] === 'il' &&
      (ws[i + 2] === 'vous' || ws[i + 2] === 'te') &&
      ws[i + 3] === 'plait'
    )
      i += 3;
    else out.push(ws[i]!);
  }
  return out;
}
/**
 * Words that ask for something other than a product, or for advice ("order status", "best tent"): a
 * message with one of them is not a bare search. Folded stems' first letters are enough here.
 */
const NOT_A_KEYWORD =
  /^(?:order|refund|return|cancel|deliver|ship|track|parcel|package|password|account|login|log|email|mail|address|invoice|receipt|price|pricing|cost|discount|coupon|code|promo|sale|stock|warrant|guarantee|policy|human|agent|person|manager|complain|help|contact|hours|status|problem|issue|question|service|support|best|better|good|recomm?end|compare|vs|versus|difference|gift|idea|commande|rembours|retour|annul|livr|colis|suivi|mot|passe|compte|adresse|factur|prix|solde|garantie|conseil|humain|reclamation|aide|probleme|question|meilleur|mieux|bon|bonne|cadeau|idee|compar|urgent|asap|quick|now|still|nothing|anything|whatever|same|again|newsletter|subscri|unsubscri|job|career|hour|horaire|location|phone|telephone|numero|number|website|site|app|abonn|desabonn|rien|toujours|encore|vite|battery|batterie|autonomie|weigh|poids|dimension|compatib|how|what|why|when|where|who|which|combien|comment|pourquoi|quand|quoi|quel|qui|ou$|buyer|customer|client|acheteu|member|membre|student|etudiant|exchang|echang|swap)/;

/**
 * A message of keywords only — one to five keywords, no question but a closing question mark, no function words but "and", "de",
 * "in"…, none that asks for anything but a product, and no word of a greeting, thanks, yes or no:
 * "sweatpants", "bras and tanks", "waterproof headlamp", "pantalon de jogging". A search, in any store,
 * whatever the classifier makes of words it never saw.
 */
/**
 * A negation that qualifies a word of a product phrase ("non-stick pan", "non slip socks", "not too
 * pricey", "pas cher", "pas trop lourde"): no "no". Matches the negation and its adverb only.
 */
const NEGATION_IN_PHRASE =
  /\b(?:non(?=-[a-z])|non(?= (?:stick|slip|skid|toxic|iron|marking|woven|spill|fog|scratch|drip|allergenic|polarized|wired|electric|alcoholic|dairy|gmo|breakable)\b)|not (?:too|so|very|overly|super)(?= [a-z])|pas (?:trop|tres|si)(?= [a-z])|pas(?= chere?s?\b))/g;

/** The text without negations inside product phrases ("non stick frying pan" → " stick frying pan"). */
function withoutPhraseNegation(folded: string): string {
  return folded.replace(NEGATION_IN_PHRASE, ' ');
}

function isKeywordSearch(text: string, model: NluModel, entities: Entities): boolean {
  // "des lunettes de soleil pour enfant ?": keywords asked as a question are still keywords; one keyword
  // with a question mark ("warranty?", "cheaper?") may ask about the words instead.
  const asked = /\?\s*$/.test(text);
  if (/!|\?(?!\s*$)/.test(text) || entities.sentiment.polarity !== 'neutral' || entities.claimReason)
    return false;
  const ws = withoutPlease(
    words(withoutPhraseNegation(foldDiacritics(text.toLowerCase())).replace(/[$€£?]/g, ' ')),
  );
  // Up to five keywords, glue words aside ("des lunettes de soleil pour enfant").
  if (ws.length === 0 || ws.filter((w) => !KEYWORD_GLUE.has(w)).length > 5) return false;
  let keywords = 0;
  for (const w of ws) {
    // Numbers and measures ("2l", "500ml", "10kg") are values, not keywords.
    if (/\d/.test(w)) continue;
    // "t-shirt", "taille M": a letter alone is part of a name or a size; "svp", "please" are manners.
    if (KEYWORD_GLUE.has(w) || w.length === 1 || POLITE.has(w)) continue;
    // A clothing size ("hoodie XL", "XXS") is part of what is searched.
    if (/^(?:x{1,4}[sl]|\d?xl)$/.test(w)) continue;
    // Misspelt ("retrun polcy?") the word still asks for what it means: read it as the classifier does.
    const meant = model.intents.speller.correct(w);
    if (
      NOT_A_KEYWORD.test(w) ||
      NOT_A_KEYWORD.test(meant) ||
      REQUEST_CONCEPTS.has(conceptOf(meant) ?? '') ||
      LANGUAGES.some((l) => isStopword(w, l))
    )
      return false;
    // Adverbs and participles ("seriously", "arrived damaged") say how, not what, unless the catalog
    // has them; a participle before a noun describes it ("insulated parka", "padded shorts").
    if (/ly$/.test(w) && !model.vocabulary.has(w)) return false;
    if (/ed$/.test(w) && !model.vocabulary.has(w) && w === ws[ws.length - 1]) return false;
    if (isSocialWord(w, model)) {
      if (!model.vocabulary.has(w)) return false;
      // "plus" in "à plus" is a catalog word too ("Smart Bulb Plus"), but no keyword alone.
      continue;
    }
    // Typed nonsense ("zzkq wpxv") is no keyword: a word has a vowel and no run of five consonants.
    if (!/[aeiouy]/.test(w) || /[^aeiouy\d]{5}/.test(w)) return false;
    keywords++;
  }
  return asked ? keywords >= 2 : keywords > 0;
}

/** "trail runner ou city runner ?": a choice between two things, asked, is no search for either. */
const ASKS_A_CHOICE = /\b(?:or|ou)\b[^?]*\?\s*$/;

/** "à plus", "ok super": words of greetings, thanks, yes and no, whatever the catalog also calls "Plus". */
function onlySocialWords(text: string, model: NluModel): boolean {
  const ws = words(text).filter((w) => w.length > 1 && !KEYWORD_GLUE.has(w));
  return ws.length > 0 && ws.every((w) => isSocialWord(w, model));
}

/**
 * A word of a greeting, thanks, goodbye, yes or no as shoppers type it: drawn out ("heyyy", "merciii"),
 * or misspelt ("thnks", "bonjoir") when a dictionary says it is no word ("tanks" is one) and the store
 * sells nothing by that name.
 */
function isSocialWord(w: string, model: NluModel): boolean {
  if (model.socialWords.has(w)) return true;
  const short = w.replace(/(\p{L})\1{2,}/gu, '$1');
  if (
    short !== w &&
    (model.socialWords.has(short) || model.socialWords.has(short.replace(/(\p{L})\1/gu, '$1')))
  )
    return true;
  const speller = model.intents.speller;
  if (!speller.knowsWords || model.vocabulary.has(w)) return false;
  return [speller.correct(w), speller.correct(w, 'fr')].some(
    (meant) => meant !== w && model.socialWords.has(meant),
  );
}

/**
 * A question about a property of a thing ("la frontale est rechargeable ?", "is the parka warm enough for
 * -20", "the tent is waterproof?"): about that product, not a search for it, even in catalog words only.
 * `folded`: lower-cased, no accents.
 */
const ABOUT_A_PROPERTY =
  /^(?:(?:is|are|does|do|will|can|est-ce que) (?:the|this|that|these|those|le|la|les|l'|ce|cet|cette|ces)\b|(?:the|this|that|le|la|les|l'|ce|cet|cette|ces) ?\S+(?: \S+){0,3} (?:is|are|est|sont|fait|marche|tient|supporte|passe|resiste)\b)/;

/** Every entity in one message. Pure given the model (its clock aside). */
export function extractEntities(model: NluModel, text: string, context: NluContext = {}): Entities {
  const normalized = normalize(text);
  const orderNumbers = extractOrderNumbers(text);
  const emails = extractEmails(text);
  // "order 000000086, lucas@example.com, 97201": an order number with its e-mail is a guest's proof
  // being given, so a bare code beside them is its postcode, asked for or not.
  const expectingVerification =
    context.awaiting === 'verification' ||
    context.awaiting === 'order_number' ||
    context.awaiting === 'email' ||
    (orderNumbers.length > 0 && emails.length > 0);
  const budget = extractBudget(text);
  const quantity = extractQuantity(text);
  const claimReason = extractClaimReason(normalized);
  const accountTopic = extractAccountTopic(normalized);
  const contents = asksContents(normalized);
  const catalogTerms = catalogTermsIn(text, model.vocabulary);
  const postcodes = extractPostcodes(text, { expectingVerification });
  // Asked for verification details, or giving them with the order number and e-mail ("order 000000086
  // lucas@example.com lucas tanaka"), a name may come alone ("Smith", "jane@x.com smith").
  const lastName =
    extractLastName(text) ??
    (context.awaiting === 'verification' || (orderNumbers.length > 0 && emails.length > 0)
      ? extractBareLastName(text, [...emails, ...orderNumbers.map((o) => o.value), ...postcodes])
      : undefined);
  const orderRecency = extractOrderRecency(normalized);
  const streetAddress = findStreetAddress(text);
  const products = model.catalog.match(text);
  return {
    orderNumbers,
    products,
    ...(budget ? { budget } : {}),
    attributes: model.attributes.extract(text),
    ...(quantity !== undefined ? { quantity } : {}),
    dates: extractDates(text, model.now(), context.storeLanguage),
    emails,
    postcodes,
    ...(lastName ? { lastName } : {}),
    references: extractReferences(normalized, context.shownProducts ?? [], context.focusProduct),
    itemMentions: readItemMentions(text),
    // A number the order-number extractor took whole is not also a partial one.
    orderReferences: extractOrderReferences(text).filter(
      (r) => !orderNumbers.some((o) => r.start < o.end && r.end > o.start),
    ),
    ...(streetAddress ? { streetAddress } : {}),
    ...(orderRecency ? { orderRecency } : {}),
    ...(claimReason ? { claimReason } : {}),
    ...(accountTopic ? { accountTopic } : {}),
    ...(contents ? { asksContents: true as const } : {}),
    ...(catalogTerms.length > 0 ? { catalogTerms } : {}),
    sentiment: extractSentiment(text),
  };
}

/**
 * What the flows read of a whole message besides its entities, so that no flow reads its words: whom
 * products are for, what a policy, product or comparison question asks about. `code`: the message's
 * language as detected (`und` when its words do not tell). Not read for the clauses the NLU weighs
 * inside a message: a clause a flow serves is understood on its own.
 */
function readForFlows(
  model: NluModel,
  text: string,
  context: NluContext,
  entities: Entities,
  code: string,
): Pick<Entities, 'audiences' | 'policy' | 'topicWords' | 'comparison'> {
  const own = LANGUAGES.find((l) => l === code);
  // Whom products are for: in the store view's language and the message's, or every one when undetermined.
  const all = [
    ...new Set([...(context.storeLanguage ? [context.storeLanguage] : []), ...(own ? [own] : LANGUAGES)]),
  ];
  const folded = foldDiacritics(normalize(text));
  const spelled = words(folded)
    .map((w) => model.intents.speller.correct(w))
    .join(' ');
  // A comparison is read in the shopper's language when the words tell it, else the store view's.
  const comparison = readComparisonQuestion(text, own ?? context.storeLanguage ?? 'en', [
    ...entities.products.map((p) => p.name),
    ...(context.shownProducts ?? []).map((p) => p.name),
    ...(context.focusProduct ? [context.focusProduct.name] : []),
  ]);
  const pointing = new Set(entities.references.flatMap((r) => words(r.raw)));
  return {
    audiences: [...new Set(all.flatMap((l) => audiencesIn(text, l)))],
    policy: readPolicyQuestion(folded, spelled),
    // "The cheapest one, how warm is it?", « la moins chère elle garde le froid » point at a product:
    // the pointing words are no topic of the question.
    topicWords: topicWords(text, context.storeLanguage ?? own ?? 'en').filter((w) => !pointing.has(w)),
    ...(comparison ? { comparison } : {}),
  };
}

/**
 * Item mentions in the message's language; a short answer (three words at most) whose words do not
 * tell ("tout", "les deux" read as English) is read in the other language when its own finds nothing.
 */
function readItemMentions(text: string): Entities['itemMentions'] {
  const language = detectLanguage(words(text));
  const own = extractItemMentions(text, language);
  if (own.length > 0 || words(text).length > 3) return own;
  for (const other of LANGUAGES) {
    if (other === language) continue;
    const found = extractItemMentions(text, other);
    if (found.length > 0) return found;
  }
  return own;
}

/** Intents a moment of the conversation, not a request: never listed in `requests` next to one. */
const SOCIAL_OPENERS = new Set<Intent>(['greeting', 'thanks', 'goodbye']);
/**
 * Entities that only a request about the shop's goods or orders carries. Catalog words alone are not
 * enough: "aide" in "merci pour ton aide" is one letter from "aid" (First Aid Kit).
 */
function namesShopThings(e: Entities): boolean {
  return (
    e.orderNumbers.length > 0 ||
    e.orderReferences.length > 0 ||
    e.dates.length > 0 ||
    e.products.length > 0 ||
    e.claimReason !== undefined
  );
}
/** A message that starts by saying yes or no. `folded`: lower-cased, no accents. */
const OPENS_WITH_YES_OR_NO =
  /^(?:yes|yeah|yep|yup|ok|okay|sure|no|nope|nah|oui|ouais|non|nan|d'accord|daccord)(?![\p{L}'])/u;
/** Longer than this, a message is no bare yes or no (a change of mind is read by its own rule). */
const SHORT_ANSWER_WORDS = 5;
/** Rules read from the shape of a question about products, which a question about the world can share. */
const PRODUCT_SHAPED_RULES = new Set(['property_question', 'what_to_choose', 'comes_in_variant']);
/** Rules whose pattern spans clauses ("raptor or kestrel, which is better?"): the message is one request. */
const WHOLE_MESSAGE_RULES = new Set(['which_of_two']);
/** Rules that a change of mind does not override: a person, the law, a complaint. */
const STANDING_RULES = new Set<Intent>(['human_agent', 'legal_privacy', 'complaint']);

/**
 * The pure core of a turn: rules first, then the classifier, then the dialogue context for
 * fragments. `vector` is the message's embedding when the model was built with an embedder.
 */
export function analyse(
  model: NluModel,
  rawText: string,
  context: NluContext = {},
  vector?: Float32Array,
): Understanding {
  return analyseMessage(model, rawText, context, vector, true);
}

function analyseMessage(
  model: NluModel,
  rawText: string,
  context: NluContext,
  vector: Float32Array | undefined,
  whole: boolean,
): Understanding {
  const injection = [...new Set(detectInjection(rawText).findings.map((f) => f.kind))];
  const text = clean(rawText);
  const normalized = normalize(text);
  const entities = extractEntities(model, text, context);
  const ranked = classifyIntent(model.intents, text, vector);
  const top = ranked[0] ?? { intent: 'out_of_scope' as const, confidence: 0 };

  let intent: Intent = top.intent;
  let confidence = top.confidence;
  let source: Understanding['flags']['source'] = 'classifier';
  const folded = foldDiacritics(normalized);
  const lifeRest = entities.products.length === 0 ? lifeMatterRest(folded, model.vocabulary) : undefined;
  const offTopic =
    context.awaiting === undefined &&
    (((isOffTopic(folded) || (asksForGroceries(text, model.vocabulary) && entities.products.length === 0)) &&
      !isShopMatter(folded, entities)) ||
      (lifeRest !== undefined && !isShopMatter(lifeRest, entities)));
  let rule = applyIntentRules(normalized, entities);
  if (rule?.rule === 'abuse') rule = requestBeneathAbuse(model, folded, entities) ?? rule;
  // "my laptop from another store won't turn on" is no claim here: off topic beats every rule but a
  // person, the law, a complaint, and an empty message.
  // A lower price elsewhere is what a price match is about: "c'est 15 € de moins sur un autre site".
  if (
    rule &&
    offTopic &&
    !STANDING_RULES.has(rule.intent) &&
    rule.intent !== 'price_match' &&
    rule.rule !== 'no_words'
  )
    rule = undefined;
  // "how tall is the eiffel tower" is shaped like a question about a product's property, and is none.
  if (
    rule &&
    PRODUCT_SHAPED_RULES.has(rule.rule) &&
    asksAboutTheWorld(folded) &&
    !hasDomainEvidence(text, entities, model.vocabulary)
  )
    rule = undefined;
  if (rule) {
    intent = rule.intent;
    confidence = Math.max(rule.confidence, ranked.find((r) => r.intent === rule.intent)?.confidence ?? 0);
    source = 'rule';
  } else if (asksADetailOfShown(text, entities, context, model.vocabulary)) {
    // "et les couleurs ?", "what fabric?" with products on screen: a question about them, not a search.
    intent = 'product_question';
    confidence = Math.max(0.7, ranked.find((r) => r.intent === 'product_question')?.confidence ?? 0);
    source = 'context';
  } else if (isFollowUpFragment(normalized, entities, context, top.confidence)) {
    intent = context.previousIntent as Intent;
    // A fragment is as clear as the turn it continues; the engine still sees the classifier's view.
    confidence = Math.max(0.7, ranked.find((r) => r.intent === intent)?.confidence ?? 0);
    source = 'context';
  } else if (offTopic) {
    // The weather, a film, the customer's own computer, goods bought elsewhere: whatever catalog
    // words it uses ("how much ram does my computer have" in a store that sells computers).
    intent = 'out_of_scope';
    confidence = Math.max(0.8, ranked.find((r) => r.intent === 'out_of_scope')?.confidence ?? 0);
    source = 'rule';
  } else if (
    context.awaiting === undefined &&
    !entities.references.some((r) => r.resolved.length > 0) &&
    !ASKS_A_CHOICE.test(folded) &&
    ((isCatalogSearch(text, model.vocabulary) &&
      !ABOUT_A_PROPERTY.test(folded) &&
      !onlySocialWords(text, model)) ||
      asksWhetherSold(
        folded,
        words(folded)
          .map((w) => model.intents.speller.correct(w))
          .join(' '),
      ) ||
      isKeywordSearch(text, model, entities))
  ) {
    // Catalog words and search framing only ("sweatpants", "yoga shorts under $30", "do you sell
    // gift cards?"): a product search, whatever the classifier makes of a few bare nouns.
    intent = 'product_search';
    confidence = Math.max(0.8, ranked.find((r) => r.intent === 'product_search')?.confidence ?? 0);
    source = 'rule';
  } else if (
    (intent === 'product_search' ||
      (intent === 'comparison' && confidence < LOW_CONFIDENCE_THRESHOLD && pointsAtOne(entities))) &&
    entities.references.some((r) => r.kind !== 'all' && r.resolved.length === 1) &&
    !isCatalogSearch(text, model.vocabulary)
  ) {
    // "is the first one any good?", « la 2e elle vaut le coup ? »: a question about a product shown,
    // not a new search (which would name a kind of product of its own), nor an unsure comparison of
    // one product.
    intent = 'product_question';
    confidence = Math.max(0.7, ranked.find((r) => r.intent === 'product_question')?.confidence ?? 0);
    source = 'rule';
  } else if (
    intent === 'comparison' &&
    confidence < LOW_CONFIDENCE_THRESHOLD &&
    entities.budget !== undefined &&
    !pointsAtTwo(entities)
  ) {
    // "which ones are under $50?": a budget over what is shown narrows the search; nothing is weighed.
    intent = 'product_search';
    confidence = Math.max(confidence, ranked.find((r) => r.intent === 'product_search')?.confidence ?? 0);
    source = 'rule';
  } else if (
    (!SOCIAL.has(intent) || asksAboutTheWorld(folded)) &&
    context.awaiting === undefined &&
    words(normalized).length >= 3 &&
    (asksAboutTheWorld(folded) || (!CONVERSATIONAL.has(intent) && confidence < OFF_TOPIC_CEILING)) &&
    !hasDomainEvidence(text, entities, model.vocabulary, {
      framing: !asksAboutTheWorld(folded),
      // French neighbours of domain words are often words ("lièvre"/"livré"); English typos often
      // spell a rare dictionary word, so only a French message's words are checked.
      isWord: (w) =>
        detectLanguage(words(normalized)) === 'fr' && model.intents.speller.isDictionaryWord(w, 'fr'),
    })
  ) {
    // A question with no word of a shop's business, no catalog word and no entity: "where was John
    // Denver born", "how much ram does my computer have". The classifier only knows in-scope intents
    // well; this keeps such questions from becoming a search or a policy answer. It is as sure as the
    // classifier was of its own reading: gibberish stays unsure.
    intent = 'out_of_scope';
    confidence = Math.max(top.confidence, ranked.find((r) => r.intent === 'out_of_scope')?.confidence ?? 0);
    source = 'rule';
  } else if (intent === 'out_of_scope' && namesTheShopsThings(folded, entities)) {
    // The classifier learnt out of scope from the world's questions ("tell me about the universe", "what
    // does a tomatillo look like"); a message that names the shop's goods or matters ("tell me about the
    // sonique earbuds", "ya quoi comme drones chez vous ?") takes its next reading, unsure as it is.
    const other = ranked.find((r) => r.intent !== 'out_of_scope');
    if (other) {
      intent = other.intent;
      confidence = other.confidence;
    }
  }

  if (!rule && isLeaveTaking(folded)) {
    intent = 'goodbye';
    confidence = Math.max(0.9, ranked.find((r) => r.intent === 'goodbye')?.confidence ?? 0);
    source = 'rule';
  }

  // "r u a bot?": a question about who answers, which the command generator answers honestly with a
  // person one tap away (human_agent, so that a person stays always heard).
  if (asksIfBot(folded)) {
    intent = 'human_agent';
    confidence = Math.max(0.9, confidence);
    source = 'rule';
  }

  // "show me more", "d'autres ?" right after a search: the same search's next results, whatever the
  // classifier makes of words that name nothing.
  const moreResults = asksForMoreResults(folded);
  if (moreResults && context.awaiting === undefined && continuesASearch(context)) {
    intent = 'product_search';
    confidence = Math.max(0.8, ranked.find((r) => r.intent === 'product_search')?.confidence ?? 0);
    source = 'context';
  }

  // Moves of the conversation: dropping the request ("never mind, I'll keep it") is a deny; a
  // hesitation ("wait", "hmm not sure", "what happens if I do?") is never a yes (nor a no).
  const changeOfMind = isChangeOfMind(folded);
  const hesitation = !changeOfMind && isHesitation(folded);
  // "actually nvm, do u have tents": the drop cancels what was pending, and the request after it is read.
  const after = changeOfMind && whole ? afterChangeOfMind(folded) : '';
  // One word is a request only when it names what the store sells ("nah, actually headphones").
  const next =
    words(after).length >= 2 || (after !== '' && isCatalogSearch(after, model.vocabulary))
      ? analyseMessage(model, after, context, undefined, false)
      : undefined;
  if (
    next &&
    !NOT_A_REQUEST.has(next.intent) &&
    !(rule && STANDING_RULES.has(rule.intent)) &&
    (next.flags.source !== 'classifier' || next.confidence >= NEW_REQUEST_CONFIDENCE)
  ) {
    intent = next.intent;
    confidence = next.confidence;
    source = next.flags.source;
  } else if (changeOfMind && !(rule && STANDING_RULES.has(rule.intent))) {
    intent = 'deny';
    confidence = Math.max(0.9, ranked.find((r) => r.intent === 'deny')?.confidence ?? 0);
    source = 'rule';
  } else if (
    source === 'classifier' &&
    (intent === 'affirm' || intent === 'deny') &&
    (words(normalized).length > SHORT_ANSWER_WORDS ||
      words(withoutPhraseNegation(folded)).length < words(folded).length) &&
    !OPENS_WITH_YES_OR_NO.test(withoutPhraseNegation(folded).trim())
  ) {
    // Yes and no are short answers: a longer message the classifier reads as one for its negations
    // ("the reset link doesn't work", "ne l'envoyez pas, je n'en veux plus") says something else,
    // unless it says yes or no first ("non c bon pas besoin").
    const other = ranked.find((r) => r.intent !== 'affirm' && r.intent !== 'deny');
    if (other) {
      intent = other.intent;
      confidence = other.confidence;
    }
  } else if (hesitation && (intent === 'affirm' || intent === 'deny')) {
    const other = ranked.find((r) => r.intent !== 'affirm' && r.intent !== 'deny');
    intent = other?.intent ?? 'out_of_scope';
    // Unsure by construction: the engine asks again rather than act on it.
    confidence = Math.min(other?.confidence ?? 0, LOW_CONFIDENCE_THRESHOLD - 0.05);
    source = 'rule';
  }

  // "où en est ma commande merci d'avance": a polite closing makes no request thanks.
  const closing = whole ? closingStart(text) : text.length;
  if (closing < text.length && SOCIAL_OPENERS.has(intent) && !changeOfMind) {
    const before = analyseMessage(model, text.slice(0, closing), context, undefined, false);
    if (!SOCIAL_OPENERS.has(before.intent) && before.intent !== 'out_of_scope') {
      intent = before.intent;
      confidence = before.confidence;
      source = before.flags.source;
    }
  }

  // "hi, I'd like to return the earbuds", "bonjour, où en est ma commande ?": the greeting or thanks
  // before a request is no request; the rest of the message is read on its own.
  const opening = whole ? openingLength(text) : 0;
  // "ok then, do you have umbrellas?", "yes, and do you sell sleeping bags?": with nothing asked, the
  // yes only opens the request. While a question waits, the yes is its answer, and what follows it
  // restates ("yes, just the one puzzle") — the flow reads it.
  const yesAwaited = intent === 'affirm' && context.awaiting !== undefined;
  const openingYes = intent === 'affirm' && !yesAwaited;
  if (
    opening > 0 &&
    !changeOfMind &&
    !yesAwaited &&
    (SOCIAL_OPENERS.has(intent) || source === 'classifier')
  ) {
    const rest = analyseMessage(model, text.slice(opening), context, undefined, false);
    // An unsure rest does not outweigh the opening ("merci pour ton aide !!" is thanks), unless it names
    // things of the shop: "Hi! I ordered a laptop about 2 weeks ago, has it been delivered?".
    // After a hello, whatever follows is the message ("bonjour, je voudrais savoir où est mon colis").
    if (
      !SOCIAL_OPENERS.has(rest.intent) &&
      rest.intent !== 'out_of_scope' &&
      (rest.confidence >= LOW_CONFIDENCE_THRESHOLD ||
        rest.flags.source !== 'classifier' ||
        namesShopThings(rest.entities) ||
        intent === 'greeting') &&
      (SOCIAL_OPENERS.has(intent) ||
        (openingYes && (rest.flags.source !== 'classifier' || namesShopThings(rest.entities))) ||
        rest.confidence > confidence)
    ) {
      intent = rest.intent;
      confidence = rest.confidence;
      source = rest.flags.source;
    } else if (
      source === 'classifier' &&
      !SOCIAL_OPENERS.has(intent) &&
      confidence < LOW_CONFIDENCE_THRESHOLD &&
      rest.confidence < LOW_CONFIDENCE_THRESHOLD
    ) {
      // Neither the whole nor the rest is clear: the thanks or greeting it opens with is what it says.
      const opener = classifyIntent(model.intents, text.slice(0, opening))[0];
      if (opener && SOCIAL_OPENERS.has(opener.intent)) {
        intent = opener.intent;
        confidence = opener.confidence;
      }
    }
  }

  const language = readLanguage(text, context);
  const read = whole ? readForFlows(model, text, context, entities, language.code) : {};
  let outOfScope: OutOfScopeReason | undefined =
    rule?.rule === 'no_words' ? 'no_words' : intent === 'out_of_scope' ? 'off_topic' : undefined;
  let alternatives = rescaleAlternatives(ranked, intent, confidence);
  let requests: RequestReading[] = [];
  if (whole) {
    const oneRequest = rule !== undefined && WHOLE_MESSAGE_RULES.has(rule.rule);
    const read = readRequests(
      model,
      text,
      context,
      opening,
      { intent, confidence: round(confidence) },
      oneRequest,
    );
    requests = read;
    const first = read[0];
    if (first && first.intent !== intent) {
      // Requests are served in the order they were made: the first one is the message's intent.
      intent = first.intent;
      confidence = first.confidence;
      alternatives = rescaleAlternatives(ranked, intent, confidence);
      outOfScope = intent === 'out_of_scope' ? 'off_topic' : undefined;
    }
  }
  let secondaryIntents = findSecondaryIntents(model, normalized, intent, requests);
  if (!language.supported) {
    // Read as English or French, a Spanish or German message means nothing reliable: say hello back,
    // or say which languages are spoken — never start a request chosen by accident.
    const social = asksForPersonInOtherLanguage(text) ? 'human_agent' : socialIntentOf(text);
    intent = social ?? 'out_of_scope';
    confidence = language.confidence;
    outOfScope = social ? undefined : 'unsupported_language';
    source = 'rule';
    alternatives = [];
    secondaryIntents = [];
    requests = [{ intent, confidence: round(confidence), text, start: 0, end: text.length }];
  }
  return {
    text,
    intent,
    confidence: round(confidence),
    alternatives,
    secondaryIntents,
    requests,
    entities: { ...entities, ...read },
    flags: {
      injection,
      followUp: source === 'context',
      lowConfidence: confidence < LOW_CONFIDENCE_THRESHOLD,
      multiIntent: secondaryIntents.length > 0 || requests.length > 1,
      correction: isCorrection(normalized, givesValue(entities)),
      hesitation,
      changeOfMind,
      // "show me more orders": the next orders of the list (never the next results of a search).
      ...(moreResults || asksForMoreOrders(folded) ? { moreResults: true as const } : {}),
      ...(asksForSoldOut(folded) ? { includeSoldOut: true as const } : {}),
      ...(asksIfBot(folded) ? { asksIfBot: true as const } : {}),
      source,
    },
    language,
    ...(outOfScope ? { outOfScope } : {}),
    // "ok then, got any rain jackets": the greeting, thanks or yes it opens with is no word to search for.
    searchQuery: searchQuery(opening > 0 ? text.slice(opening) : text, entities),
  };
}

/**
 * Swearing is tone, not a request: "wtf where is my package", "bordel il est où mon colis" ask where the
 * parcel is. The message without its swear words, read by the rules and the classifier: a request read
 * surely there is the message's; otherwise (abuse and nothing else) it stays a complaint.
 */
function requestBeneathAbuse(model: NluModel, folded: string, entities: Entities): RuleHit | undefined {
  const calm = withoutAbuse(folded);
  if (words(calm).length < 2) return undefined;
  const rule = applyIntentRules(calm, entities);
  if (rule) return rule.rule === 'abuse' ? undefined : rule;
  const top = classifyIntent(model.intents, calm)[0];
  return top && !CONVERSATIONAL.has(top.intent) && top.confidence >= LOW_CONFIDENCE_THRESHOLD
    ? { intent: top.intent, confidence: top.confidence, rule: 'request_beneath_abuse' }
    : undefined;
}

function readLanguage(text: string, context: NluContext): LanguageReading {
  const detected = detectMessageLanguage(text);
  const served = context.servedLanguages ?? (context.storeLanguage ? [context.storeLanguage] : LANGUAGES);
  const und = detected.code === 'und';
  return {
    code: detected.code,
    supported: und || isNluLanguage(detected.code),
    served: und || served.includes(detected.code),
    confidence: detected.confidence,
  };
}

/** The products a message points at, by reference or by name. */
function pointedSkus(entities: Entities): Set<string> {
  return new Set([
    ...entities.references.flatMap((r) => r.resolved.map((p) => p.sku)),
    ...entities.products.map((p) => p.sku),
  ]);
}

/** Exactly one product pointed at: nothing to compare it with. */
const pointsAtOne = (entities: Entities): boolean => pointedSkus(entities).size === 1;
/** Two products or more pointed at: something to weigh. */
const pointsAtTwo = (entities: Entities): boolean => pointedSkus(entities).size >= 2;

/** Intents after which products are on screen, so "show me more" pages through them. */
const SEARCHES = new Set<Intent>(['product_search', 'recommendation']);

function continuesASearch(context: NluContext): boolean {
  return (
    (context.previousIntent !== undefined && SEARCHES.has(context.previousIntent)) ||
    (context.shownProducts?.length ?? 0) > 1
  );
}

/** Words at most in a question about a detail of the products shown ("and what colours does it come in?"). */
const DETAIL_QUESTION_MAX_WORDS = 8;

/**
 * A short question that asks a detail stores label ("what's it made of?", « et les couleurs ? ») while
 * products are on screen and nothing else is asked or named.
 */
function asksADetailOfShown(
  text: string,
  entities: Entities,
  context: NluContext,
  vocabulary: CatalogVocabulary,
): boolean {
  if (context.awaiting !== undefined) return false;
  if ((context.shownProducts?.length ?? 0) === 0 && context.focusProduct === undefined) return false;
  if (entities.products.length > 0 || words(text).length > DETAIL_QUESTION_MAX_WORDS) return false;
  const { named, rest } = detailsAsked(text, context.storeLanguage ?? detectLanguage(words(text)));
  // "boots in other colours" names a kind of product of its own: a search.
  return named.length > 0 && catalogTermsIn(rest, vocabulary).length === 0;
}

/**
 * "and the second one?", "what about the blue one", "the cheaper one?" right after a product or
 * order turn: a fragment with a reference or a lead-in and nothing else that names a request.
 */
function isFollowUpFragment(
  normalized: string,
  entities: Entities,
  context: NluContext,
  topConfidence: number,
): boolean {
  if (!context.previousIntent || !FOLLOWABLE.has(context.previousIntent)) return false;
  const ws = words(normalized);
  if (ws.length === 0 || ws.length > 8) return false;
  const lead = FRAGMENT_LEAD.test(normalized);
  // "cheaper?", "moins cher ?": a budget alone refines what was shown.
  if (
    !lead &&
    entities.references.length === 0 &&
    entities.attributes.length === 0 &&
    entities.budget === undefined
  )
    return false;
  const covered = new Set<string>();
  for (const r of entities.references) for (const w of words(r.raw)) covered.add(w);
  for (const a of entities.attributes) for (const w of words(a.raw)) covered.add(w);
  for (const p of entities.products) for (const w of words(p.raw)) covered.add(w);
  if (entities.budget) for (const w of words(entities.budget.raw)) covered.add(w);
  const content = ws.filter((w) => !FRAGMENT_FILLER.has(w) && !covered.has(w));
  // Nothing but pointers: certainly a continuation. Otherwise only when the classifier is unsure.
  return content.length === 0 || (lead && topConfidence < 0.5);
}

/**
 * Classifies each clause of a multi-clause message on its own and keeps the confident requests
 * that differ from the primary intent, with the other requests `readRequests` found. Lexical only:
 * clause embeddings would cost an embed call each.
 */
function findSecondaryIntents(
  model: NluModel,
  normalized: string,
  primary: Intent,
  requests: readonly RequestReading[],
): IntentScore[] {
  const out = new Map<Intent, number>();
  for (const r of requests.slice(1))
    if (r.intent !== primary && !NOT_A_REQUEST.has(r.intent) && r.confidence > (out.get(r.intent) ?? 0))
      out.set(r.intent, r.confidence);
  const clauses = normalized.split(CLAUSE_BREAK).filter((c) => words(c).length >= 2);
  if (clauses.length >= 2) {
    for (const clause of clauses) {
      const top = classifyIntent(model.intents, clause)[0];
      if (!top || top.intent === primary || NOT_A_REQUEST.has(top.intent)) continue;
      if (top.confidence >= SECONDARY_INTENT_THRESHOLD && top.confidence > (out.get(top.intent) ?? 0)) {
        out.set(top.intent, top.confidence);
      }
    }
  }
  return [...out]
    .map(([intent, c]) => ({ intent, confidence: round(c) }))
    .sort((a, b) => b.confidence - a.confidence);
}

/** A clause that opens with its subject tells something rather than asks: "i travel a lot", "my order is late". */
const STATEMENT =
  /^(?:i|i'm|im|i've|we|my|our|it|it's|its|this|that|the|je|j'|nous|mon|ma|mes|il|elle|c'est|ce|le|la|les)\b/iu;

/** A clause of the message as the request reader sees it. */
interface ClauseReading extends RequestReading {
  /** It asks for something (a question, a request verb), rather than telling context. */
  asks: boolean;
}

/**
 * The requests of a message, in order: each clause (`splitClauses`) read on its own — rules, catalog
 * words and classifier, as a whole message is — then greetings and thanks dropped, clauses that ask
 * nothing ("my order is late again") or are unsure joined to the request next to them, and adjacent
 * clauses with the same intent joined. One request when the message makes one; its intent is then the
 * message's own reading.
 */
function readRequests(
  model: NluModel,
  text: string,
  context: NluContext,
  opening: number,
  primary: IntentScore,
  oneRequest: boolean,
): RequestReading[] {
  const single = (): RequestReading[] => {
    const start = Math.min(opening, text.length);
    return [{ ...primary, text: text.slice(start), start, end: text.length }];
  };
  const spans = splitClauses(text).filter((s) => s.end > opening);
  if (oneRequest || spans.length < 2) return single();
  const clauses: ClauseReading[] = [];
  for (const span of spans) {
    const start = Math.max(span.start, opening);
    const clauseText = text.slice(start, span.end);
    const u = analyseMessage(model, clauseText, context, undefined, false);
    if (SOCIAL_OPENERS.has(u.intent) || u.outOfScope === 'no_words') continue;
    clauses.push({
      intent: u.intent,
      confidence: u.confidence,
      text: clauseText,
      start,
      end: span.end,
      // A rule's reading asks (a person, a search by catalog words…) unless the clause tells
      // context ("i travel a lot", "le produit est défectueux" before "je veux un remboursement").
      // "… ? et aussi j'ai oublié mon mot de passe": a connector makes a statement a request of its own.
      asks:
        asksSomething(clauseText) ||
        span.connected ||
        (u.flags.source === 'rule' && u.intent !== 'return_request' && !STATEMENT.test(clauseText)),
    });
  }
  const isRequest = (c: ClauseReading) =>
    c.asks &&
    c.confidence >= SECONDARY_INTENT_THRESHOLD &&
    c.intent !== 'out_of_scope' &&
    c.intent !== 'affirm' &&
    c.intent !== 'deny';
  const asked = clauses.filter(isRequest);
  // "my order arrived a week late, can you give me a discount?": told context, then one request — the
  // message is that request, whatever the context alone would have read as.
  const [only] = asked;
  if (
    asked.length === 1 &&
    only &&
    clauses.some((c) => !c.asks) &&
    changesRequest(primary.intent, only.intent)
  ) {
    const start = Math.min(opening, text.length);
    return [
      { intent: only.intent, confidence: only.confidence, text: text.slice(start), start, end: text.length },
    ];
  }
  if (asked.length < 2) return single();
  // Context and unsure clauses join the request after them (or before, at the end).
  const out: RequestReading[] = [];
  let pending: ClauseReading | undefined;
  for (const c of clauses) {
    if (!isRequest(c)) {
      pending ??= c;
      continue;
    }
    const start = pending ? pending.start : c.start;
    pending = undefined;
    const last = out[out.length - 1];
    if (last && last.intent === c.intent) {
      last.end = c.end;
      last.confidence = Math.max(last.confidence, c.confidence);
    } else out.push({ intent: c.intent, confidence: c.confidence, text: '', start, end: c.end });
  }
  const tail = out[out.length - 1];
  if (pending && tail) tail.end = pending.end;
  for (const r of out) r.text = text.slice(r.start, r.end);
  return out.length > 1 ? out : single();
}

/** Requests to do something about an order: said after its story, they are what the message asks. */
const ORDER_REQUESTS = new Set<Intent>([
  'coupon_request',
  'return_request',
  'refund_request',
  'cancel_order',
  'exchange',
  'change_address',
  'price_match',
]);

/**
 * The one request clause of a message decides over the whole when it asks for something to be done
 * ("…a week late, can you give me a discount?"), unless the whole is off topic ("my laptop from another
 * store won't turn on, what do i do"). A question clause does not: "La garantie de l'enceinte, c'est
 * combien ?" asks about the part before it.
 */
function changesRequest(whole: Intent, clause: Intent): boolean {
  return whole !== clause && whole !== 'out_of_scope' && ORDER_REQUESTS.has(clause);
}

/** The message gives a value a correction can replace: a postcode, e-mail, order, name, size or colour. */
function givesValue(entities: Entities): boolean {
  return (
    entities.postcodes.length > 0 ||
    entities.emails.length > 0 ||
    entities.orderNumbers.length > 0 ||
    entities.orderReferences.length > 0 ||
    entities.lastName !== undefined ||
    entities.attributes.length > 0 ||
    entities.quantity !== undefined
  );
}

function rescaleAlternatives(
  ranked: readonly IntentScore[],
  chosen: Intent,
  confidence: number,
): IntentScore[] {
  const others = ranked.filter((r) => r.intent !== chosen);
  const mass = others.reduce((s, r) => s + r.confidence, 0);
  const scale = mass > 0 ? Math.min(1, (1 - confidence) / mass) : 0;
  return others.slice(0, 3).map((r) => ({ intent: r.intent, confidence: round(r.confidence * scale) }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The English and French dictionaries' word tests for the speller, loaded once per process, unless the
 * caller gave its own: `createNlu` and `npm run eval:nlu` build the same model.
 */
export async function dictionaries(
  given: Pick<NluModelOptions, 'isWord' | 'isFrenchWord'> = {},
): Promise<Pick<NluModelOptions, 'isWord' | 'isFrenchWord'>> {
  const [english, french] = await Promise.all([
    given.isWord ? undefined : loadLexicon('en'),
    given.isFrenchWord ? undefined : loadLexicon('fr'),
  ]);
  const isWord = given.isWord ?? (english ? (word: string) => english.has(word) : undefined);
  const isFrenchWord = given.isFrenchWord ?? (french ? (word: string) => french.has(word) : undefined);
  return { ...(isWord ? { isWord } : {}), ...(isFrenchWord ? { isFrenchWord } : {}) };
}

/** The NLU as the conversation engine uses it: built once, one call per turn. */
export interface Nlu {
  readonly model: NluModel;
  understand(text: string, context?: NluContext): Promise<Understanding>;
}

/**
 * Builds the NLU. With an `embedder`, training examples are embedded once here and each message
 * once per turn, and the dense similarity is blended into the lexical score; without one the NLU
 * is fully synchronous underneath and does no I/O.
 */
export async function createNlu(options: NluModelOptions & { embedder?: Embedder }): Promise<Nlu> {
  const { embedder } = options;
  const vectors = embedder ? await embedder.embed(options.examples.map((e) => e.text)) : undefined;
  const model = buildNluModel({ ...options, ...(await dictionaries(options)), vectors });
  return {
    model,
    async understand(text: string, context: NluContext = {}): Promise<Understanding> {
      const vector = embedder ? (await embedder.embed([clean(text)]))[0] : undefined;
      return analyse(model, text, context, vector);
    },
  };
}

/** Words that speak of the store itself: "from you", "do you sell", "your site", "chez vous", "vous vendez". */
const THE_STORE_ITSELF =
  /\b(?:from you|you (?:guys )?sell|do (?:you|u) (?:guys )?(?:sell|have|carry|stock)|your (?:store|shop|site|website|catalog(?:ue)?)|chez vous|vous (?:vendez|avez|proposez|faites)|votre (?:boutique|magasin|site|catalogue))\b/;

/**
 * The message names the shop's goods or the store itself: a product, a product pointed at ("the second
 * one"; not a pronoun, which the world's questions have too), an order or e-mail, or words about the store ("do you sell", "chez vous").
 */
function namesTheShopsThings(folded: string, entities: Entities): boolean {
  return (
    entities.products.length > 0 ||
    entities.references.some((r) => r.kind !== 'pronoun') ||
    entities.orderNumbers.length > 0 ||
    entities.orderReferences.length > 0 ||
    entities.emails.length > 0 ||
    THE_STORE_ITSELF.test(folded)
  );
}
