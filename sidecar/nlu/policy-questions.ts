/**
 * Questions about the store's terms — returns and their cost, restocking, warranty, price match,
 * shipping cost and time, exchanges — in English and French, told apart from requests to act on the
 * customer's own order ("I want to return my order", "je veux renvoyer mon colis"). The patterns read
 * lower-cased, diacritic-folded text ("délai" → "delai"), so accents are optional.
 */

import { stem } from '../../common/language/stemmer.js';
import { isStopword } from '../../common/language/stopwords.js';
import { words } from '../../common/language/tokenizer.js';
import { LANGUAGES, type Language } from './language.js';
import type { PolicyQuestionEntity, PolicyTopic } from './types.js';

const any = (...alternatives: string[]): RegExp => new RegExp(String.raw`\b(?:${alternatives.join('|')})\b`);

/** Only the store's terms are asked about here, whatever else the message says. */
const TERMS = any(
  // English
  String.raw`polic(?:y|ies)`,
  String.raw`warrant(?:y|ies|eed)`,
  String.raw`guarantee[ds]?`,
  String.raw`restocking`,
  String.raw`restock(?:ing)? fees?`,
  String.raw`final sale`,
  String.raw`return (?:window|period|deadline|time ?frame|time limit|shipping|postage|label fees?)`,
  String.raw`(?:free|paid) (?:shipping|delivery|returns?|exchanges?)`,
  String.raw`ships? (?:for )?free`,
  String.raw`(?:returns?|exchanges?|refunds?) (?:are |is )?(?:allowed|possible|accepted|free)`,
  String.raw`(?:return|exchang|swapp|refund)\w*\b[^.?!]{0,40}\b(?:allowed|permitted|accepted)`,
  String.raw`(?:returnable|refundable|exchangeable)`,
  String.raw`(?:be|get) (?:returned|exchanged|refunded|swapped)`,
  String.raw`if (?:i|we) change (?:my|our) minds?`,
  // A hypothetical ("if it doesn't fit, …"): the customer asks what would happen, not to act.
  String.raw`if (?:it|they|the \S+(?: \S+){0,4}) (?:does not|doesn't|do not|don't|is not|isn't|are not|aren't|'s not|dies|breaks|stops working)`,
  String.raw`(?:am i|are we|is it|is this|are they) (?:still )?covered`,
  // French
  String.raw`politique`,
  String.raw`conditions? (?:de |d'|generales )?(?:retours?|echanges?|remboursements?|livraisons?|ventes?|garantie)`,
  String.raw`garanti(?:e|es|s)?`,
  String.raw`frais (?:de |d')?(?:retours?|ports?|livraisons?|renvois?|expeditions?|envois?|remise en stock|restockage|reapprovisionnement)`,
  String.raw`remise en stock`,
  String.raw`delais? (?:de |d')?(?:retours?|retractation|livraisons?|expeditions?|echanges?|renvois?|remboursements?)`,
  String.raw`(?:retours?|livraisons?|echanges?|renvois?|expeditions?|ports?) (?:est |sont |est-il |est-elle |sont-ils )?(?:gratuite?s?|payante?s?|offerte?s?|possibles?|autorisee?s?|acceptee?s?)`,
  String.raw`vente (?:finale|definitive|ferme)`,
  String.raw`(?:retournable|remboursable|echangeable|reprise?)s?`,
  String.raw`peu(?:t|vent) etre (?:retourne|rendu|echange|rembourse|repris)\w*`,
  String.raw`si je change d'avis`,
  String.raw`couverte?s? par (?:une|la) garantie`,
  // A hypothetical ("si le Raptor ne me plaît pas, je peux l'échanger ?"): nothing is bought yet.
  String.raw`si (?:\S+ ){1,8}ne (?:me |nous )?(?:plait|convient|va) pas`,
);

/** Price matching: "price match", "match Amazon's price", "alignement de prix", "vous vous alignez". */
const PRICE_MATCH = any(
  String.raw`price[- ]?match\w*`,
  String.raw`match\w* (?:\S+ ){0,3}prices?`,
  String.raw`(?:beat|honou?r) (?:\S+ ){0,3}prices?`,
  String.raw`(?:cheaper|for less|lower price|better price)\b.{0,60}\b(?:match|beat|honou?r)`,
  String.raw`if (?:i|we) (?:find|see|spot)\b.{0,50}\bcheaper`,
  String.raw`alignement (?:de |des |sur les )?prix`,
  String.raw`(?:vous )?(?:vous )?aligne[rz]? (?:sur|vos|les|votre|nos)`,
  String.raw`vous vous alignez`,
  String.raw`s'aligne\w*`,
  String.raw`(?:egale[rz]?|egalisez) (?:\S+ ){0,3}prix`,
  String.raw`moins chers? ailleurs[^.?!]*\b(?:aligne\w*|rembours\w*|egale\w*)`,
  String.raw`si (?:je|j'|on) (?:le |la |les |l')?(?:trouve|vois)\w*\b.{0,50}\bmoins chers?`,
  String.raw`(?:lowest|best) price guarantee\w*|price guarantee\w*|guarantee\w* (?:the )?(?:lowest|best) price`,
  String.raw`(?:prix le plus bas|meilleur prix) garanti\w*|garanti\w* (?:le |les )?(?:prix les plus bas|prix le plus bas|meilleur prix)`,
);

/**
 * How a policy is asked about without naming it: the cost or time of returning, shipping or
 * exchanging, and "can I return…" about goods in general. These also fit questions about one's own
 * order ("how long will my order take to arrive"), so they count only when no own order is named.
 */
const GENERAL = any(
  // English: what returning, shipping or exchanging costs and takes.
  String.raw`(?:cost|costs|charge|charges|fee|fees|pay|price|much)\b[^.?!]{0,25}\b(?:to|for|on) (?:return\w*|ship\w*|send\w* (?:\S+ ){0,3}back|exchang\w*|deliver\w*|postage)`,
  String.raw`(?:return|returns|shipping|delivery|exchange|exchanges|postage)\b[^.?!]{0,15}\b(?:cost|costs|fee|fees|charge|charges|free|price|prices|rate|rates|time|times|options?|methods?)`,
  String.raw`(?:cost|costs|charge|charges|fee|fees)\b[^.?!]{0,20}\b(?:if|when) (?:i|we|you) (?:return|send|exchange|swap|ship)\w*`,
  String.raw`(?:be|get) charged\b.{0,40}\b(?:return\w*|send\w* (?:\S+ ){0,6}back|exchang\w*|deliver\w*|ship\w*)`,
  String.raw`how (?:long|many days|much time)\b[^.?!]{0,30}\b(?:to (?:return|send (?:\S+ )?back|exchange)|shipping|delivery|to (?:ship|deliver))`,
  String.raw`how (?:soon|fast|quickly)\b[^.?!]{0,40}\b(?:ship\w*|deliver\w*|arriv\w*)`,
  String.raw`how long (?:until|till|before)\b[^.?!]{0,40}\b(?:ship\w*|deliver\w*|arriv\w*|reach\w*|get here)`,
  String.raw`deadline\b[^.?!]{0,20}\b(?:return\w*|send\w* (?:\S+ ){0,3}back|exchang\w*)`,
  // "how long do refunds take?": the terms; "my refund" is about one's own (OWN_ORDER).
  String.raw`how (?:long|many days|much time)\b[^.?!]{0,30}\brefunds?\b`,
  String.raw`combien de (?:temps|jours)\b[^.?!]{0,30}\brembourse\w*`,
  // "Can I return…" about goods in general; "can I return it/my…" is about one's own.
  String.raw`(?:can|could|may) (?:i|we|one) (?:still )?(?:return|exchange|swap|trade|send back|bring back)\b(?! (?:it|them|this|that|these|those|my|mine|(?:one|some|both|all|two|either) of (?:them|these|those|my))\b)`,
  String.raw`(?:can|could|may) (?:i|we|one) (?:still )?(?:send|bring) (?!(?:it|them|this|that|these|those|my|mine|(?:one|some|both|all|two|either) of (?:them|these|those|my))\b)(?:\S+ ){1,6}back\b`,
  String.raw`is it possible to (?:return|exchange|swap)`,
  // "If I buy something from the clearance section, can I return it?": "it" is not bought yet.
  String.raw`\b(?:if|when|once) (?:i|we) (?:buy|order|purchase|get)\b[^.?!]{0,60}\b(?:can|could|may|will) (?:i|we) (?:still )?(?:return|exchange|swap|send|bring)\b`,
  String.raw`\bsi (?:j'achete|je commande|j'acquiers|on achete|on commande)\b[^.?!]{0,60}\b(?:je peux|puis-je|on peut|je pourrai|pourrai-je) (?:le |la |les |l')?(?:retourner|renvoyer|rendre|echanger|rapporter)\b`,
  String.raw`do you (?:\w+ ){0,2}(?:exchanges?|returns|refunds)\b`,
  String.raw`do you (?:ship|deliver)\b`,
  String.raw`do (?:i|we) (?:have to|need to) pay\b`,
  // French: "combien coûte le retour", "combien de temps pour renvoyer", "je peux renvoyer des…"
  // ("j'ai payé la livraison" is past: no question about terms).
  String.raw`(?:coute|coutent|payer|payant\w*)\b[^.?!]{0,25}\b(?:retour\w*|renvo\w*|rendre|livr\w*|expedi\w*|envoi|port|echang\w*)`,
  String.raw`(?:cout|prix|tarif)s? (?:du |de la |de l'|des |d'un |d'une )?(?:retours?|livraisons?|renvois?|expeditions?|ports?|echanges?)`,
  String.raw`(?:retours?|renvois?|livraisons?|expeditions?|echanges?|ports?)\b[^.?!]{0,60}\b(?:gratuite?s?|payante?s?|offerte?s?|a (?:ma|ta|votre|notre|la) charge)`,
  String.raw`frais\b[^.?!]{0,20}\b(?:si (?:je|on)|pour) (?:\S+ ){0,2}(?:retourn|renvoi|renvoy|rend|echang)\w*`,
  String.raw`combien de (?:temps|jours)\b[^.?!]{0,30}\b(?:retourn\w*|renvoy\w*|rendre|echang\w*|livr\w*|expedi\w*|recevoir|recoi\w*)`,
  String.raw`(?:livr|expedi|envoy)\w* (?:en|sous) combien`,
  String.raw`(?:livraisons?|expeditions?)\b[^.?!]{0,15}\b(?:prend|prennent|dure|met)\b`,
  String.raw`(?:je peux|puis-je|est-ce que je peux|(?:est-il|c'est|est-ce) possible|possible) (?:de |d')?(?:encore )?(?:retourner|renvoyer|rendre|rapporter|ramener|echanger|faire (?:un |des )?(?:retours?|echanges?))\b(?! (?:mes|mon|ma|le mien|la mienne|les miens|les miennes)\b)`,
  // "On" is anyone: "les produits soldés, on peut les retourner ?" asks about goods, not one's own.
  String.raw`(?:peut-on|on peut|est-ce qu'on peut) (?:encore )?(?:les |le |la |l')?(?:retourner|renvoyer|rendre|echanger)\b`,
  String.raw`(?:faites|acceptez|proposez|prenez|reprenez)-vous (?:les |des )?(?:retours|echanges|remboursements)`,
  String.raw`vous (?:faites|acceptez|proposez|prenez|reprenez|remboursez) (?:les |des )?(?:retours|echanges|remboursements)`,
  String.raw`(?:reprenez|remboursez|livrez|expediez|envoyez)-vous`,
  String.raw`vous (?:reprenez|remboursez|livrez|expediez|envoyez)\b`,
  String.raw`jusqu'(?:a|au) quand\b[^.?!]{0,30}\b(?:retourn\w*|renvoy\w*|rendre|echang\w*)`,
);

/** A customer's own order, parcel or refund: the general forms above then ask about it, not about terms. */
const OWN_ORDER = any(
  String.raw`(?:my|our) (?:order|orders|package|parcel|delivery|shipment|refund|purchase)`,
  String.raw`(?:ma|mes|notre|nos) (?:commandes?|livraisons?|colis)`,
  String.raw`mon (?:colis|remboursement|achat|paquet|envoi)`,
);

/** Asking to act: "I want to return…", "je voudrais l'échanger". Then it is a request, not a question. */
const ACTION_REQUEST = any(
  String.raw`(?:i want|i wanna|i'd like|i would like|i need|i wish|help me|i am trying|i'm trying|let me)(?: to)? (?:\S+ )?(?:return|exchange|swap|send (?:\S+ )?back|refund|cancel|start a return)`,
  String.raw`(?:je veux|je voudrais|j'aimerais|je souhaite|je souhaiterais|je dois|il faut que je|aidez-moi a|merci de|veuillez)(?: vous)?(?: l'| le | la | les | me | ma | mon | mes | )?(?:retourner|renvoyer|rendre|echanger|annuler|rembourser|faire rembourser|etre rembourse\w*|faire un (?:retour|echange))`,
);

/** Asks about a price-match policy. `folded`: lower-cased, diacritics dropped. */
export function asksAboutPriceMatch(folded: string): boolean {
  return PRICE_MATCH.test(folded);
}

/** Asks what the store's terms are (not to act on an order). `folded`: lower-cased, diacritics dropped. */
export function asksAboutPolicy(folded: string): boolean {
  if (ACTION_REQUEST.test(folded)) return false;
  return TERMS.test(folded) || (GENERAL.test(folded) && !OWN_ORDER.test(folded));
}

/**
 * The words that name each part of the terms, per language: a message names a topic when one pack's
 * pattern meets its folded words (customers mix languages: « le shipping est gratuit ? »). Typed by
 * language and topic, so a language or topic without its words does not compile. The order of
 * `TOPIC_ORDER` is the order the answer states them in.
 */
const TOPIC_WORDS: Readonly<Record<Language, Readonly<Record<PolicyTopic, RegExp>>>> = {
  en: {
    warranty: any(String.raw`warrant\w*`, String.raw`guarantee\w*`, 'covered'),
    price_match: any(
      String.raw`price[- ]?match\w*`,
      String.raw`match\w* (?:[\w']+ ){0,3}prices?`,
      String.raw`(?:beat|honou?r)\w* (?:[\w']+ ){0,3}prices?`,
      'cheaper elsewhere',
      String.raw`for less\b.{0,60}\bmatch`,
      '(?:lowest|best) price',
    ),
    shipping: any(
      String.raw`ship\w*`,
      String.raw`deliver\w*`,
      'postage',
      'how long (?:does|will) it take',
      'arrive',
      String.raw`reach\w*`,
      'express',
    ),
    exchange: any(
      String.raw`exchange\w*`,
      'swap(?:s|ped|ping)?',
      'trade',
      'change (?:the |to a )?(?:size|colou?r)',
    ),
    fees: any(
      'fee',
      'fees',
      'cost',
      'costs',
      String.raw`charge\w*`,
      'pays? for',
      String.raw`free return\w*`,
      String.raw`restock\w*`,
    ),
    returns: any(
      String.raw`return\w*`,
      String.raw`send\w* (?:\w+ ){0,6}back`,
      String.raw`bring\w* (?:\w+ ){0,6}back`,
      String.raw`refund\w*`,
    ),
  },
  fr: {
    warranty: any(String.raw`garanti\w*`, 'couverte?s?'),
    price_match: any(
      String.raw`align\w*`,
      String.raw`egale[rz]? (?:\S+ ){0,3}prix`,
      'moins chers? ailleurs',
      'prix le plus bas',
      'meilleur prix',
    ),
    shipping: any('livraisons?', 'livre[rsz]?', 'livree?s?', String.raw`expedi\w*`, 'recevoir', 'express'),
    exchange: any(
      String.raw`echange\w*`,
      String.raw`chang\w* (?:de|pour|contre) (?:taille|pointure|couleur|modele)`,
    ),
    fees: any('frais', String.raw`gratuit\w*`, String.raw`payant\w*`, String.raw`coute\w*`, 'cout'),
    returns: any(
      String.raw`retour\w*`,
      String.raw`rembours\w*`,
      String.raw`renvo\w*`,
      'rendre',
      'rends',
      'repris',
      'rapporter',
      'ramener',
    ),
  },
};

const TOPIC_ORDER: readonly PolicyTopic[] = [
  'warranty',
  'price_match',
  'shipping',
  'exchange',
  'fees',
  'returns',
];

/**
 * Words after "for", « pour »… that do not name a product or category ("return policy for my order",
 * « combien de temps pour renvoyer un achat », "a fee for sending it back"), and the words that lead to
 * the thing a question is about. Folded.
 */
const TARGETS: Readonly<
  Record<
    Language,
    {
      lead: string;
      /** Each with the space after it, if any. */ articles: string;
      generic: ReadonlySet<string>;
    }
  >
> = {
  en: {
    lead: 'for|on|about',
    articles: 'the |a |an ',
    generic: new Set(
      'it them this that these those me you us everything anything all any my your our order orders purchase purchases items item products product things online store shop delivery shipping returns return fee fees cost costs warranty price prices exchange exchanges refund refunds policy returning sending exchanging getting'.split(
        ' ',
      ),
    ),
  },
  fr: {
    lead: 'pour|sur|concernant|des|du',
    articles: "les |le |la |l'|l’|des |du |un |une ",
    generic: new Set(
      'vous tout tous toutes ma mon mes votre vos commande commandes article articles produits produit achat achats boutique magasin livraison retour retours frais delai delais garantie prix echange echanges remboursement conditions politique retourner renvoyer rendre echanger recevoir payer etre avoir faire'.split(
        ' ',
      ),
    ),
  },
};

/**
 * Words that say which policy a question is about or how it is asked, not the detail it asks for: once
 * they (and stop words) are gone, "what does the warranty not cover?" leaves "cover", which the
 * configured values do not answer and the warranty page does. Matched by stem, in their language.
 */
const NOT_A_DETAIL: Readonly<Record<Language, string>> = {
  en: 'what which how does do is are can could would will you your our the a an not any about tell me please there come comes get got take find know want need buy bought give make send if cheaper elsewhere policy policies store shop item items product products order orders return returns returning refund refunds warranty guarantee shipping ship delivery deliver exchange exchanges price prices match fee fees cost free long much many days',
  fr: 'quel quelle quels quelles comment est sont pouvez vous votre vos nos les des une pas politique conditions boutique article articles produit produits commande retour retours remboursement garantie livraison echange prix frais gratuit combien jours temps dure duree delai delais',
};
const NOT_A_DETAIL_STEMS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(words(NOT_A_DETAIL.en, 'en').map((w) => stem(w, 'en'))),
  fr: new Set(words(NOT_A_DETAIL.fr, 'fr').map((w) => stem(w, 'fr'))),
};

/** A question's word that is no detail in any language: a stop word or one of {@link NOT_A_DETAIL}. */
const notADetail = (word: string): boolean =>
  LANGUAGES.some((l) => isStopword(word, l) || NOT_A_DETAIL_STEMS[l].has(stem(word, l)));

const LANGUAGES_READ = LANGUAGES;

/**
 * Which parts of the store's terms a message names, in every language's words (`folded`: lower-cased,
 * no diacritics). `spelled`, the same words as the speller corrects them, lets "retrun" and "garanty"
 * name theirs.
 */
export function policyTopicsIn(folded: string, spelled = folded): PolicyTopic[] {
  return TOPIC_ORDER.filter((topic) =>
    LANGUAGES_READ.some((l) => TOPIC_WORDS[l][topic].test(folded) || TOPIC_WORDS[l][topic].test(spelled)),
  );
}

/** "for the …", « pour les … »: a lead word and an article, in any language's words (customers mix them). */
const TARGET = new RegExp(
  String.raw`(?:^|\s)(?:${LANGUAGES_READ.map((l) => TARGETS[l].lead).join('|')})\s+(?:(?:${LANGUAGES_READ.map((l) => TARGETS[l].articles).join('|')}))?([\p{L}][\p{L}'’-]{2,}(?:\s+[\p{L}][\p{L}'’-]{2,}){0,2})`,
  'giu',
);

/** The specific thing a question names after "for", « pour »… when it is no generic word; see {@link PolicyQuestionEntity}. */
export function policyTarget(folded: string): string | undefined {
  for (const target of folded.matchAll(TARGET)) {
    const first = target[1]!.split(/[\s'’-]+/).find((w) => w.length > 1);
    if (first !== undefined && !LANGUAGES_READ.some((l) => TARGETS[l].generic.has(first))) return target[1];
  }
  return undefined;
}

/** What a message asks about the store's terms: topics, target and details (`folded`, `spelled` as above). */
export function readPolicyQuestion(folded: string, spelled = folded): PolicyQuestionEntity {
  const target = policyTarget(folded);
  return {
    topics: policyTopicsIn(folded, spelled),
    ...(target ? { target } : {}),
    details: [...new Set(words(folded))].filter((w) => w.length > 2 && !notADetail(w)),
  };
}
