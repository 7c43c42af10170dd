import { editDistance } from '../../common/language/edit-distance.js';
import { stem } from '../../common/language/stemmer.js';
import { isStopword } from '../../common/language/stopwords.js';
import { foldDiacritics, words } from '../../common/language/tokenizer.js';
import { LANGUAGE_PACKS } from './language-packs.js';
import { LANGUAGES } from './language.js';
import { words as messageWords } from './text.js';
import type { AttributeVocabulary, CatalogLexicon, Entities } from './types.js';

/**
 * The words the store's catalog is made of — product names and their other names, brands, attribute
 * labels, category names — in the store view's language, injected (built from Magento per store view;
 * nothing here knows the demo catalog). Used for one signal: a message made only of catalog words and
 * search framing ("do you have…", "under $30") is a product search, in any store.
 */
export interface CatalogVocabulary {
  /** A folded word is a catalog word: exactly, by its stem (English or French), or with one typo (5+ letters). */
  has(word: string): boolean;
  readonly size: number;
}

export function buildCatalogVocabulary(input: {
  lexicon?: CatalogLexicon;
  attributes?: AttributeVocabulary;
  /** Category names ("Rain Jackets", "Vestes de pluie"). */
  categories?: readonly string[];
}): CatalogVocabulary {
  const texts: string[] = [...(input.categories ?? [])];
  for (const p of input.lexicon ?? [])
    texts.push(p.name, ...(p.aliases ?? []), ...(p.otherNames ?? []), p.brand ?? '');
  for (const options of Object.values(input.attributes ?? {}))
    for (const o of options) texts.push(o.label, ...(o.synonyms ?? []));
  const exact = new Set<string>();
  for (const t of texts)
    for (const w of words(t)) {
      if (w.length < 2 || /\d/.test(w) || LANGUAGES.some((l) => isStopword(w, l))) continue;
      exact.add(w);
    }
  const stems = new Set<string>();
  for (const w of exact) for (const l of LANGUAGES) stems.add(stem(w, l));
  const byLength = new Map<number, string[]>();
  for (const w of exact) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
  const memo = new Map<string, boolean>();
  return {
    size: exact.size,
    has(word: string): boolean {
      if (exact.has(word)) return true;
      const cached = memo.get(word);
      if (cached !== undefined) return cached;
      let found = LANGUAGES.some((l) => stems.has(stem(word, l)));
      if (!found && word.length >= 5) {
        for (let n = word.length - 1; n <= word.length + 1 && !found; n++)
          found = (byLength.get(n) ?? []).some((c) => c[0] === word[0] && editDistance(word, c, 1) <= 1);
      }
      // Bounded: one entry per distinct word customers type.
      if (memo.size < 50_000) memo.set(word, found);
      return found;
    },
  };
}

const SEARCH_FRAME = new Set(LANGUAGES.flatMap((l) => [...LANGUAGE_PACKS[l].searchFrame]));
const DOMAIN = new Set(LANGUAGES.flatMap((l) => [...LANGUAGE_PACKS[l].domain]));
const DOMAIN_STEMS = new Set(LANGUAGES.flatMap((l) => [...DOMAIN].map((w) => stem(w, l))));
/** Money and plain numbers frame a search too ("under $30", "size 42"). */
const VALUE = /^[\d.,]+$/;

/**
 * Catalog words and search framing only, and at least one catalog word: "sweatpants", "bras and tanks",
 * "yoga shorts under $30", "do you have rain jackets?", "vous avez des vestes de pluie ?".
 */
export function isCatalogSearch(text: string, vocabulary: CatalogVocabulary): boolean {
  if (vocabulary.size === 0) return false;
  let catalog = 0;
  for (const w of words(text.replace(/[$€£]/g, ' '))) {
    if (VALUE.test(w)) continue;
    if (vocabulary.has(w)) catalog++;
    else if (!SEARCH_FRAME.has(w)) return false;
  }
  return catalog > 0;
}

/**
 * The words of the message that name what the store sells ("wireless", "headphones" in "i'd like
 * wireless headphones not too expensive for my son"), framing and stop words left out. An unsure reading
 * with such words is worth a search before "I didn't get that".
 */
export function catalogTermsIn(text: string, vocabulary: CatalogVocabulary): string[] {
  if (vocabulary.size === 0) return [];
  return words(text.replace(/[$€£]/g, ' ')).filter(
    (w) =>
      w.length > 2 &&
      !VALUE.test(w) &&
      !SEARCH_FRAME.has(w) &&
      !LANGUAGES.some((l) => isStopword(w, l)) &&
      vocabulary.has(w),
  );
}

/** "do you sell gift cards?", "vous vendez des cartes cadeaux ?": asking whether the store sells something. */
const DO_YOU_SELL =
  /^(?:(?:hi|hello|hey|bonjour|salut)[,!.]?\s+)?(?:(?:do|does|d'?you)\s+(?:you|u|ya|y'all|your (?:store|shop))(?: guys)?\s+(?:sell|carry|stock|have|got)|(?:you|u)\s+(?:guys\s+)?(?:sell|carry|stock)|(?:est-ce que\s+)?vous\s+(?:vendez|avez|proposez)|(?:vendez|avez|proposez)-vous)\b/;
const NOT_A_PRODUCT_WORD =
  /\b(?:available|in stock|left|price|cost|sales?|deals?|offers?|tax|recommend\w*|advice|payment|pay|professionals?|businesses|ship\w*|deliver\w*|return\w*|refund\w*|discount|coupon|voucher|promo\w*|warranty|exchange\w*|wholesale|bulk|account|order\w*|disponibles?|stock|reste|prix|livr\w*|retour\w*|rembours\w*|garantie|echang\w*|remise|reduction|commande\w*|compte|frais|gros|devis|soldes?|offres?|recommand\w*|conseil\w*|paiement|pros?|professionn\w*|ones?|celui|celle|it|them)\b/;
/** The same, or a definite article: "do you have the rain jacket in XXL" asks about one product. */
const NOT_A_PRODUCT = new RegExp(String.raw`${NOT_A_PRODUCT_WORD.source}|\b(?:le|la|les|l)\b`);

/**
 * The same asked the way text messages write it, read on the word view (`words()`: "vs avez" → "vous
 * avez", "ya des" → "il y a des", "t'aurais" → "t aurais"): "ya des doudounes ?", "t'as des gourdes ?",
 * "got any headlamps", "auriez-vous des gants".
 */
const HAVE_ANY =
  /^(?:(?:hi|hello|hey|bonjour|salut|slt|bjr) )?(?:(?:est ce que |est ce qu )?(?:il y a|y a|il y aurait|(?:t|tu) (?:as|aurais|vends)|vous (?:auriez|avez|vendez|proposez)|(?:avez|auriez|vendez|proposez) vous|on (?:trouve|peut trouver)) (?:des|du|de la|de l|d|un|une|pas des|pas de)|(?:you )?got any|have you got any|(?:any chance )?(?:you|u) (?:have|got|sell) any)\b/;

/**
 * Looking for a thing, named with an indefinite article: "je cherche une tente 4 places pas trop chère",
 * "need a cooler for the beach", "t'aurais un sac à dos pour la rando", "il me faudrait une glacière".
 * Read on the word view, like `HAVE_ANY`.
 */
const LOOKING_FOR =
  /^(?:(?:hi|hello|hey|bonjour|salut|slt|bjr|yo) )?(?:(?:i am |i m |im |am )?(?:looking|searching) for|i (?:need|want|would like)|need|want|je (?:cherche|recherche|voudrais|veux|souhaite)|(?:il )?me (?:faut|faudrait)|j ai besoin d|besoin d|(?:t|tu) (?:as|aurais)) (?:a|an|some|new|un|une|des|du|de la|de l|nouveau|nouvelle)\b/;
/** What one looks for that is no product: advice, a gift idea, money, a detail of one's account or order. */
const NOT_A_THING =
  /\b(?:gift|present|idea|ideas|cadeau|idee|idees|suggestion|help|aide|password|mot de passe|label|etiquette|number|numero|e-?mail|mail|invoice|facture|receipt|recu|replacement|remplacement|person|personne|human|humain|someone|quelqu'un|agent|conseiller|answer|reponse|solution|job|emploi|travail|stage|devis?|quotes?|quotation)\b/;

/**
 * `spelled`: the message's words as the speller corrects them ("i want a refnd" → "i want a refund"), so
 * that a request word typed in a hurry is still no product.
 */
export function asksWhetherSold(folded: string, spelled: string = folded): boolean {
  const view = messageWords(folded).join(' ');
  if (
    (DO_YOU_SELL.test(folded) || HAVE_ANY.test(view)) &&
    !NOT_A_PRODUCT.test(folded) &&
    !NOT_A_PRODUCT.test(spelled)
  )
    return true;
  // The indefinite article already says "a thing of that kind", not "the one shown": "pour la rando" is fine.
  return (
    (HAVE_ANY.test(view) || LOOKING_FOR.test(view)) &&
    ![folded, spelled].some((t) => NOT_A_PRODUCT_WORD.test(t) || NOT_A_THING.test(t))
  );
}

/**
 * Words that frame advice or a comparison (either language's pack), not a matter of the shop by
 * themselves: "the best way to learn Spanish", "the difference between a crocodile and an alligator".
 */
const FRAMING = new Set(
  'best better compare difference recommend meilleur meilleure mieux comparer difference conseillez recommandez'.split(
    ' ',
  ),
);
const FRAMING_STEMS = new Set(LANGUAGES.flatMap((l) => [...FRAMING].map((w) => stem(w, l))));

/**
 * Anything that ties the message to a shop: a word of the business (either language's pack), a catalog
 * word, or an entity the store can act on. Without any, a question is out of scope. For a question
 * shaped like one about the world (`framing: false`), words that only frame advice or a comparison
 * ("best", "difference") are no tie: the thing compared or advised on must be the shop's.
 */
export function hasDomainEvidence(
  text: string,
  entities: Entities,
  vocabulary: CatalogVocabulary,
  options: {
    framing?: boolean;
    /** A dictionary word is meant as typed ("lievre" is no "livre"): then no typo of a domain word. */
    isWord?: (word: string) => boolean;
  } = {},
): boolean {
  const framing = options.framing ?? true;
  // Words of a world question's frame tie nothing to the shop ("how long", "best … place near").
  const frame = new Set(framing ? [] : words(worldQuestionFrame(foldDiacritics(text.toLowerCase()))));
  if (
    entities.orderNumbers.length > 0 ||
    entities.orderReferences.length > 0 ||
    entities.emails.length > 0 ||
    entities.products.length > 0 ||
    entities.attributes.length > 0 ||
    entities.references.length > 0 ||
    entities.budget !== undefined ||
    entities.claimReason !== undefined ||
    entities.lastName !== undefined ||
    entities.postcodes.length > 0
  )
    return true;
  // "what's the difference between the two", "lequel des deux": the things compared are the ones shown.
  if (POINTS_AT_SHOWN.test(foldDiacritics(text.toLowerCase()))) return true;
  // "is this toy safe for toddlers", "ce jouet convient à quel âge": a thing pointed at is the shop's.
  if (POINTED_THING.test(foldDiacritics(text.toLowerCase()))) return true;
  return words(text).some(
    (w) =>
      // A model code ("XM5", "G16", "QC45") names a product, whichever store sells it.
      /^(?=[a-z-]*\d)(?=\d*[a-z])[a-z\d-]{3,}$/.test(w) ||
      (!(!framing && (FRAMING.has(w) || LANGUAGES.some((l) => FRAMING_STEMS.has(stem(w, l))))) &&
        (DOMAIN.has(w) ||
          LANGUAGES.some((l) => DOMAIN_STEMS.has(stem(w, l))) ||
          (w.length >= 4 && !frame.has(w) && vocabulary.has(w)) ||
          (misspeltDomainWord(w) && !options.isWord?.(w)))),
  );
}

/** Pointers at products on screen: a question about them is the shop's, whatever its frame. */
const POINTS_AT_SHOWN =
  /\b(?:(?:the|these|those) (?:two|2|three|3)|both (?:of them|models|ones)|between (?:them|these|those)|(?:the|this|that) (?:first|second|third|last|other|cheaper|bigger) one|(?:les|ces) (?:deux|2|trois|3)(?! (?:jours|semaines|mois|ans|heures|minutes))|lequel des|laquelle des|entre eux|(?:le|la) (?:premier|premiere|deuxieme|second|seconde|dernier|derniere)\b)/;

/** "this toy", "ce jouet", "cette veste": a demonstrative before a thing (not a time: "this weekend"). */
const POINTED_THING =
  /\b(?:this|these|ce|cet|cette|ces) (?!(?:week|weekend|year|month|morning|evening|afternoon|time|moment|summer|winter|spring|autumn|fall|soir|matin|week-end|semaine|mois|annee|fois|moment|ete|hiver|printemps|automne|midi|apres-midi|nuit|jour|is|are|was|one|que|qui|n'est|est|sont|sera|serait)\b)[a-z][a-z-]{2,}\b/;

const DOMAIN_BY_INITIAL = new Map<string, string[]>();
for (const w of DOMAIN) DOMAIN_BY_INITIAL.set(w[0] ?? '', [...(DOMAIN_BY_INITIAL.get(w[0] ?? '') ?? []), w]);

/**
 * A word of the business typed in a hurry ("oder", "comande", "rembourcement", "pakage"): one edit from
 * a domain word of five letters or more, same first letter, and not itself a function word ("were" is
 * no "where"). Short messages are where typos cost most, and they still ask about the shop.
 */
function misspeltDomainWord(w: string): boolean {
  if (w.length < 4 || LANGUAGES.some((l) => isStopword(w, l))) return false;
  return (DOMAIN_BY_INITIAL.get(w[0] ?? '') ?? []).some(
    (d) => d.length >= 5 && Math.abs(d.length - w.length) <= 1 && editDistance(w, d, 1) <= 1,
  );
}

/** A question about the world rather than the shop ("who won the super bowl", "où est né Victor Hugo ?"). `folded`: lower-cased, no accents. */
export function asksAboutTheWorld(folded: string): boolean {
  return LANGUAGES.some((l) => LANGUAGE_PACKS[l].worldQuestion.test(folded));
}

/**
 * The words that shape a question about the world ("how long do you…", "what's the best pizza place
 * near…", "combien de temps faut-il pour…"), which are no catalog words whatever the catalog names
 * ("Long Sleeve Tee", "tente 2 places"); '' when the message is no such question, or when the frame
 * holds its subject ("where are the headlamps from": the subject may be the shop's).
 */
export function worldQuestionFrame(folded: string): string {
  for (const l of LANGUAGES) {
    const frame = LANGUAGE_PACKS[l].worldQuestion.exec(folded)?.[0];
    if (frame !== undefined) return /\b(?:born|located|buried|from|ne|nee)$/.test(frame) ? '' : frame;
  }
  return '';
}

const GROCERIES = new Set(LANGUAGES.flatMap((l) => [...LANGUAGE_PACKS[l].groceries]));

/**
 * Food or drink asked for, and nothing of the store's catalog named: "do you have fresh salmon?",
 * "des croissants pour demain matin", "recipe for pancakes". A grocer's catalog has those words, and
 * then this is no such message.
 */
export function asksForGroceries(text: string, vocabulary: CatalogVocabulary): boolean {
  const ws = words(text);
  return (
    ws.some((w) => GROCERIES.has(w) && !vocabulary.has(w)) &&
    !ws.some((w) => w.length >= 4 && !GROCERIES.has(w) && vocabulary.has(w))
  );
}

/** A topic no shop handles (the weather, films, the customer's own computer, goods bought elsewhere). `folded`: lower-cased, no accents. */
export function isOffTopic(folded: string): boolean {
  return LANGUAGES.some((l) => LANGUAGE_PACKS[l].offTopic.test(folded));
}

const LIFE_TOPIC_PATTERNS = LANGUAGES.flatMap((l) =>
  Object.values(LANGUAGE_PACKS[l].lifeTopics).map((re) => new RegExp(re.source, 'g')),
);

/**
 * A matter of the customer's life no shop handles (health, work, housing, money, sport, travel…: the
 * packs' `lifeTopics`), with no word of the store's catalog besides the words that name it: "je cherche
 * un appart à lyon", "did the lakers win last night", "c'est combien un billet pour new york". "une veste
 * pour mes vacances au japon" names a catalog word and stays the shop's. Returns the message without the
 * words that name the matter (whose shop words then tie it to the shop: "tesla stock price" asks no
 * price of the shop), or undefined when it is no such matter. `folded`: lower-cased, no accents.
 */
export function lifeMatterRest(folded: string, vocabulary: CatalogVocabulary): string | undefined {
  let rest = folded;
  let found = false;
  for (const re of LIFE_TOPIC_PATTERNS) {
    re.lastIndex = 0;
    if (!re.test(rest)) continue;
    found = true;
    rest = rest.replace(re, ' ');
  }
  return found && catalogTermsIn(rest, vocabulary).every((w) => w.length < 4) ? rest : undefined;
}

/** What one orders from others, not from a shop: "order me a taxi", "commande-moi une pizza". */
const ELSEWHERE_GOODS = String.raw`(?:[- ](?:me|us|moi|nous))? (?:(?:me|us|moi|nous) )?(?:(?:an?|some|un|une|des|du|de la|de|d'|a) )?(?:taxi|uber|lyft|cab|vtc|pizzas?|food|takeaway|takeout|dinner|lunch|sushis?|kebab|burgers?|a manger|repas|plats?|chinese|indian|thai|flowers|fleurs)\b`;
/**
 * A matter of this shop, which an off-topic word does not take away: an order, delivery, refund,
 * warranty, the account ("my order of a film projector", "the weather ruined my parcel"); ordering a
 * taxi or a pizza is none.
 */
const SHOP_MATTER = new RegExp(
  String.raw`\b(?:orders?\b(?!${ELSEWHERE_GOODS})|ordered|refund\w*|return\w*|deliver\w*\b(?!${ELSEWHERE_GOODS})|shipping|shipped|parcel|package|warranty|guarantee|invoice|receipt|(?<!bank |banking |savings )account|password|price|prices|match|cheaper|prix|moins cher|align\w*|log ?in|sign ?in|from you|you sold|your (?:store|shop|site|website)|commande(?:[rsz]|es|ee|ees)?\b(?!${ELSEWHERE_GOODS})|rembours\w*|retour\w*|renvo\w*|livr\w*\b(?!${ELSEWHERE_GOODS})|colis|garantie|facture|compte(?! (?:en banque|bancaire|epargne|courant))|mot de passe|chez vous|vous m'avez vendu|votre (?:boutique|magasin|site))\b`,
);

/** The message names an order, an e-mail or this shop's business: not out of scope, whatever else it says. */
export function isShopMatter(folded: string, entities: Entities): boolean {
  return (
    entities.orderNumbers.length > 0 ||
    entities.orderReferences.length > 0 ||
    entities.emails.length > 0 ||
    SHOP_MATTER.test(folded)
  );
}
