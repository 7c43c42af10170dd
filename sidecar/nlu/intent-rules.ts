import { asksAboutPolicy, asksAboutPriceMatch } from './policy-questions.js';
import { editDistance } from '../../common/language/edit-distance.js';
import { foldDiacritics } from './text.js';
import type { Entities, Intent } from './types.js';

export interface RuleHit {
  intent: Intent;
  /** Floor for the confidence: rules are written for the unambiguous. */
  confidence: number;
  rule: string;
}

// The patterns below read lower-cased, diacritic-folded text ("à" → "a"), so French accents are optional.
const HUMAN =
  /\b(?:human(?: being)?|(?:real|actual|live) (?:person|human|agent|chat)|(?:an?|the|live|support|sales|customer service) (?:agent|representative|rep|operator)|^agent$|^operator|representative|(?:speak|talk|chat) (?:to|with) (?:someone|somebody|a person|a manager|a supervisor|your (?:manager|supervisor|staff|team)|staff)|escalate (?:this|it|me)|(?:a|your) supervisor|transfer me|put me through|connect me (?:to|with) (?:a |an )?(?:customer service|support|someone|human|agent|person)|someone (?:call|phone) me|phone number for (?:customer service|support)|(?:parler|discuter|echanger) (?:a|au|avec) (?:un |une |le |la |quelqu'un|quelqu un)?(?:conseill\w+|humain|personne|agent|operat\w+|responsable|service client|vrai\w*|quelqu'un)|(?:un|une) (?:vrai|vraie|etre) (?:humain|personne)|(?:une )?personne reelle|mettez-moi en (?:relation|contact)|(?:passez|transferez)-moi (?:un|une|a|au|le|la|quelqu'un)|(?:rappelez|appelez)[- ]moi|^conseiller$)\b/;
const LEGAL =
  /\b(?:gdpr|ccpa|personal (?:data|information|info)|my (?:data|personal)|privacy|right to be forgotten|data protection|erase my|delete my (?:data|account|information|info)|(?:everything|all|whatever|what) (?:data |info |information )?you (?:have|know|hold|keep|store) (?:on|about) me|tout ce que vous (?:avez|savez|detenez|gardez) sur moi|lawyer|attorney|solicitor|sue|suing|legal action|court|data sharing|rgpd|cnil|donnees (?:personnelles|que vous)|mes (?:donnees|informations personnelles)|vie privee|confidentialite|droit a l'oubli|suppression de (?:mon compte|mes donnees)|supprim\w+ (?:mon compte|mes donnees|toutes mes)|effac\w+ (?:mes|toutes mes)|avocat|poursuivre en justice|en justice|tribunal|porter plainte|mise en demeure|protection des donnees)\b/;
/** A lawyer for one's own life, not against the shop: "i need a divorce lawyer", "un avocat pour mon divorce". */
const PERSONAL_LAW =
  /\b(?:divorce|custody|alimony|immigration|visa|landlord|my (?:employer|boss)|car accident|inheritance|my will\b|dui|garde (?:des|de mes|de nos) enfants|pension alimentaire|succession|heritage|proprio\w*|bailleur|mon (?:employeur|patron)|licenciement|prud'?hommes|accident de (?:voiture|la route))\b/;
/** "vous n'avez pas le droit de garder mes infos", "stop keeping my details": one's data, in other words. */
const KEEPING_MY_DATA =
  /\b(?:(?:keep|keeping|store|storing|hold|holding|sell|selling|share|sharing|use|using) (?:all )?(?:my|our) (?:details|info|information|contact details|address|phone number|email address|browsing)|(?:garder|conserver|stocker|vendre|partager|utiliser|exploiter) (?:toutes )?(?:mes|nos) (?:infos?|informations|coordonnees|donnees|adresses?|numeros?)|droit de (?:garder|conserver|stocker|vendre|partager|utiliser) (?:mes|nos))\b/;
const B2B =
  /\b(?:wholesale|bulk (?:order|pricing|discount|buy)|quotation|(?:a|formal) quote|quote (?:for|request)|net ?30|net ?60|trade account|b2b|resell|reseller|procurement|volume discount|corporate (?:gifting|order|account)|purchase order|devis|prix de gros|(?:achat|acheter|vente|commander|commande) en (?:gros|grande quantite)|grossiste|revendeur|compte pro(?:fessionnel)?|bons? de commande|remise (?:sur|en) (?:volume|quantite)|tarifs? (?:pro|professionnels?|degressifs?)|commande groupee|proposition commerciale|(?:prix|tarifs?|remises?|conditions|reductions?) (?:pour (?:les |des )?|)(?:pros|professionnels|entreprises|societes|associations|collectivites|comites d'entreprise)|(?:pricing|prices|discounts?|rates) for (?:businesses|companies|organi[sz]ations|schools|nonprofits|teams|clubs))\b/;
const REFUND_RETURN_CANCEL =
  /\b(?:refund\w*|return\w*|retrun|cancel\w*|cancle|send (?:it|them|this) back|money back|rembours\w*|retour\w*|renvo\w*|rendre|annul\w*)\b/;
const WHERE_STATUS =
  /\b(?:where|status|track\w*|arriv\w*|ship(?:ped|ping)?|dispatch\w*|deliver\w*|out for delivery|carrier|when|ou|statut|suivi|suivre|expedi\w*|livr\w*|envoye\w*|quand|transporteur)\b/;

/** The customer has the item (or was meant to): what separates "it arrived broken" from "does it break?". */
const HAS_THE_ITEM =
  /\b(?:my|mine|i (?:got|received|bought|ordered)|arrived|came|delivered|showed up|mon|ma|mes|recu\w*|arrive\w*|livre\w*|achete\w*|commande\w*)\b/;
/** Things that "don't work" without being an item the store sold: account, site and payment trouble. */
const NOT_AN_ITEM =
  /\b(?:link|password|site|website|web ?page|page|app|code|coupon|voucher|checkout|account|log ?in|sign ?in|payment|card|lien|mot de passe|identifiant|compte|appli\w*|connexion|paiement|carte|code promo)\b/;
/** Item problems that are a claim to handle, not a question: broken, faulty, not what was ordered. */
const ITEM_CLAIMS: ReadonlySet<string> = new Set(['damaged', 'defective', 'wrong_item']);

/** A shipping address being changed: an address word, a change, and the order or parcel it belongs to. */
const ADDRESS =
  /\b(?:address|addr|zip ?code|postcode|postal code|street|apartment|apt|adresse|code postal|rue)\b/;
const ADDRESS_CHANGE =
  /\b(?:chang\w*|updat\w*|modif\w*|correct\w*|fix|edit|wrong|old|new|different|another|typo|mistake|missing|moved|redirect\w*|instead|mauvaise?|ancienne|nouvelle|autre|erreur|faute|faux|fausse|trompe\w*|demenag\w*|manque|redirig\w*|plutot)\b/;
const SHIPMENT =
  /\b(?:orders?|ordered|package|parcel|deliver\w*|ship\w*|sent|send|commande\w*|colis|livr\w*|expedi\w*|envo\w*)\b/;
/** Addresses that are not where an order goes: e-mail, billing, the account's address book. */
const NOT_SHIPPING_ADDRESS =
  /\b(?:e-?mail|mail|courriel|billing|facturation|account|profile|saved|address book|compte|carnet|profil)\b/;
/** "send it to my office instead", "livrez au bureau": somewhere else, without the word "address". */
const SEND_ELSEWHERE =
  /\b(?:(?:ship|send|deliver|redirect|reroute)\w* (?:\S+ ){0,3}(?:to|at) (?:my |the |our )?(?:office|work|workplace|mom'?s?|mum'?s?|parents'?|neighbou?r'?s?|friend'?s?|new (?:place|home|house|apartment|flat))|(?:livr|envo|expedi|redirig)\w* (?:\S+ ){0,3}(?:au bureau|au travail|au boulot|a mon (?:travail|boulot|bureau)|chez (?:mes|mon|ma) |ailleurs|a une autre adresse)|(?:colis|commande|paquet|livraison)\b[^.?!]{0,30}\b(?:aller|arriver|partir|etre (?:livre|envoye|expedie)e?s?) (?:a|au|chez) (?:mon |ma |mes )?(?:nouvel\w* |nouveau |nouvelle )?(?:appart\w*|adresse|maison|logement|travail|boulot|bureau))/;

/** Asking to have a price matched or adjusted on one's own purchase (a question about the terms is a policy question). */
const PRICE_MATCH_REQUEST = new RegExp(
  [
    String.raw`(?:i want|i'd like|i would like|request(?:ing)?|apply|please|je veux|je voudrais|demande\w*|appliquez)\b[^.?!]{0,30}\b(?:price[- ]?match|price adjustment|alignement de prix|ajustement de prix)`,
    String.raw`\b(?:price adjustment|ajustement de prix)\b`,
    String.raw`\b(?:refund\w*|get|give|want|pay)\b[^.?!]{0,30}\bthe difference\b`,
    String.raw`\b(?:rembours\w*|veux|avoir)\b[^.?!]{0,30}\b(?:la difference|l'ecart)\b`,
    String.raw`\b(?:please match|match (?:it|that|this) for me|want you to match|alignez-vous|faites-moi le meme prix)\b`,
    // "can you match that price?", "Amazon has it for $10 less, can you match?": this price, asked to be
    // matched ("will you match a lower price from another shop?", any price, is the policy).
    String.raw`\b(?:can|could|would|will) (?:you|u|ya)(?: guys)? (?:please |pls )?match(?: (?:it|that|this|them|(?:that|this|the|their|his|her|\S+'s?) (?:price|offer|deal)))?\s*(?:$|[?.!,]|for me|please|pls)`,
    String.raw`\b(?:vous pouvez|pouvez-vous|vous pourriez|pourriez-vous|tu peux|tu pourrais|peux-tu)(?: vous| t'| me)? ?(?:aligner|faire (?:le meme prix|pareil|la meme chose)|egaler)\b`,
    // "amazon le vend 20 € de moins, vous faites pareil ?", "it's $10 less at REI, can you do the same?"
    String.raw`\b(?:moins cher|de moins|less|cheaper|lower)\b[^?!]{0,40}\b(?:(?:vous|tu) (?:faites|feriez|fais|feriez|pouvez faire|pourriez faire) (?:pareil|la meme chose|le meme prix|mieux|un effort)|(?:can|could|would|will) (?:you|u) (?:do the same|do that|beat it|beat that|go lower))\b`,
  ].join('|'),
);
const PRICE_DROPPED =
  /\b(?:price (?:dropped|went down|has dropped|fell|is lower)|went on sale|now (?:on sale|cheaper|\d+ ?% off)|lowered the price|a baisse|baisse le prix|en promo (?:maintenant|aujourd'hui)|maintenant (?:a -|en promo|solde)|est solde|soldee?s? maintenant)\b/;
const OWN_PURCHASE =
  /\b(?:i (?:just )?(?:bought|ordered|paid)|i've (?:bought|ordered|paid)|my (?:order|purchase)|j'ai (?:achete|commande|paye)|je l'ai (?:achete|commande|paye)|mon achat|ma commande|que j'ai (?:achete|commande))\w*/;

/** Asking to exchange one's own item (what the exchange terms are is a policy question, decided before). */
const EXCHANGE_REQUEST = new RegExp(
  [
    String.raw`\b(?:want|wanna|i'd like|i would like|need|help me|let me|i wish|start an?|can you|could you|please|how do i)(?: to)? (?:\S+ )?(?:exchange|swap|trade)\b`,
    String.raw`\b(?:exchange|swap|trade|replace)\w* (?:it|them|this|these|mine|my \S+(?: \S+)?|the \S+(?: \S+)? i (?:got|bought|ordered))\b[^.?!]{0,30}\b(?:for|with)\b`,
    String.raw`\b(?:size|colou?r) (?:exchange|swap)|(?:exchange|swap) please`,
    String.raw`\b(?:je veux|je voudrais|j'aimerais|je souhaite|il faut que je|je dois|vous pouvez|pouvez-vous)(?: me)?(?: l'| le | la | les | )?(?:echanger|faire un echange|echange)\b`,
    String.raw`\bechang\w* (?:\S+ ){0,4}contre\b`,
    String.raw`\bechange (?:de (?:taille|pointure|couleur)|svp)\b`,
    String.raw`\bremplacer (?:mon|ma|mes) \S+ (?:\S+ ){0,3}par\b`,
  ].join('|'),
);

/**
 * "can I still return the earbuds from order 5?": asked about goods of an order the message names, it is
 * that order's return, not the general terms ("can I return shoes?").
 */
const CAN_I_RETURN =
  /\b(?:(?:can|could|may) (?:i|we) (?:still )?(?:return|send (?:\S+ ){0,4}back|bring (?:\S+ ){0,4}back)|(?:je peux|puis-je|est-ce que je peux|on peut|peut-on|je pourrais|pourrais-je)(?: encore)? (?:retourner|renvoyer|rendre|rapporter))\b/;

/** "can i swap the medium for a large", "je peux échanger le M contre un L": one's own item for another. */
const OWN_EXCHANGE =
  /\b(?:swap|exchange|trade|switch|echanger|changer) (?:(?:the|my|this|these|those|le|la|les|mon|ma|mes|ce|cette|ces) |l')\S+(?: \S+)? (?:for|to|into|contre|pour|par) (?:a|an|the|one|some|un|une|le|la|les|du|des|en)\b/;
/** The account's own details: "how do I change my email", "comment changer mon adresse mail", a saved card. */
const ACCOUNT_DETAILS =
  /\b(?:(?:chang|updat|modif|edit|reset|rese)\w* (?:my|mon|ma|mes|l'|le|la) ?(?:e-?mail|email address|adresse (?:e-?)?mail|mot de passe|password|username|identifiant|login|phone number|numero de telephone)|(?:saved|stored|enregistree?s?|memorisee?s?) (?:cards?|cartes?|payment methods?|moyens? de paiement)|(?:cards?|cartes?) (?:enregistree?s?|memorisee?s?|saved|on file))\b/;
/** Whether something is on sale, asked about it: "la cafetière est en promo ?", "is the tent on sale?". */
const ON_SALE_QUESTION =
  /\b(?:(?:is|are) (?:it|this|that|they|these|those|the \S+(?: \S+)?) (?:on sale|discounted|on offer|reduced)|(?:est|sont)(?:-(?:il|elle|ils|elles))? (?:en (?:promo|promotion|solde|soldes)|soldee?s?|remisee?s?))\b/;
/**
 * When a sale starts or ends: "ça s'arrête quand les soldes ?", "les promos finissent quand", "when does the
 * sale end?", "jusqu'à quand le black friday ?". About prices, not an order to stop.
 */
const SALE_TIMING =
  /\b(?:(?:soldes|promos?|promotions?|black friday|cyber monday|(?:the|your|this|ce|la|les) sales?|offres? speciales?)\b[^.?!]{0,30}\b(?:quand|jusqu'a quand|finiss\w*|fini\w*|termin\w*|arret\w*|commenc\w*|debut\w*|ends?|ending|starts?|starting|finish\w*|last|over)\b|\b(?:quand|jusqu'a quand|when|until when|how long)\b[^.?!]{0,40}\b(?:soldes|promos?|promotions?|black friday|cyber monday|(?:the|your|this) sales?)\b)/;
/** "which is lighter, the daypack or the trekking pack", "lequel est le plus léger, A ou B": two things weighed. */
const WHICH_OF_TWO =
  /\b(?:(?:which|what) (?:one )?(?:is|'s|would be|should i (?:get|buy|pick|choose)) (?:\w+er|more \w+|less \w+|better|best|the best)\b[^?!.]{0,60}\bor\b|(?:lequel|laquelle|lesquels|lesquelles|quel|quelle) (?:est|serait|des deux)[^?!.]{0,30}\b(?:plus|moins|mieux|meilleure?)\b[^?!.]{0,60}\bou\b)/;
/** "cheaper", "more expensive", "better": a comparative (not "other", "order", "under $50"). */
const COMPARATIVE = String.raw`(?:(?!(?:rather|other|order|ever|never|over|under|after|either|neither)\b)\w+er|more \w+|less \w+|better|worse)`;
/**
 * "is the Nova G16 cheaper than the Raptor X15?", « le X est-il plus léger que le Y ? »: a comparative
 * with "than"/« que » (a comparison when two products are named: see `applyIntentRules`).
 */
const COMPARATIVE_THAN = new RegExp(
  String.raw`\b${COMPARATIVE} than\b|\b(?:(?:plus|moins) \w+|meilleure?s?|mieux|pire) (?:que\b|qu')`,
);
/**
 * "which one is cheaper?", "which has the bigger screen": a comparative about "which one", the products
 * at hand (a superlative, "which is the best tent?", asks for a recommendation).
 */
const WHICH_ONE_COMPARATIVE = new RegExp(
  String.raw`^(?:(?:so|and|ok|okay|then|and then),? )?(?:which|what) (?:one |of (?:the two|them|these|those) )?(?:is|'s|has|would be|lasts|weighs|costs) (?:(?:the|a) )?${COMPARATIVE}\b`,
);

/** "raptor or kestrel mouse, which is better for fps", "A ou B, lequel est le mieux ?": the two things first. */
const EITHER_THEN_WHICH =
  /\b(?:or|ou)\b[^?!.]{1,40}[,;:?]\s*(?:so |then |alors |du coup )?(?:which|what|lequel|laquelle|lesquels|lesquelles|quel|quelle)\b(?: one| des deux| est le mieux| est mieux)?\s*(?:is|'s|would|should|do you|est|serait|vaut|me conseill\w*|tu conseill\w*|vous conseill\w*|prendre|choisir|\?|$)/;

/** Words of one's order, parcel, money back or account: a question with them is not about a product. */
const OWN_MATTERS =
  /\b(?:order\w*|parcel|package|deliver\w*|ship\w*|refund\w*|return\w*|account|warranty|guarantee|commande\w*|colis|livr\w*|expedi\w*|rembours\w*|retour\w*|compte|garantie)\b/;
/** Two things weighed against each other: a comparison, even about a property. */
const COMPARING =
  /\b(?:lequel|laquelle|lesquels|lesquelles|which (?:one|of)|entre (?:les|ces) deux|between|compar\w*|versus|vs|than|que l'autre|(?:plus|moins) \w+ que)\b/;
/** Looking for something, not asking about it: "je cherche un casque compatible ps5". */
const SEARCHING =
  /\b(?:cherche|recherche|looking|search\w*|need|want|wanna|voudrais|veux|besoin|faudrait|faut|recommend\w*|conseil\w*|suggest\w*|do you (?:have|sell|carry)|vous (?:avez|vendez|proposez)|any)\b/;
/** What goods are made of, in English and French (folded). */
const MATERIALS = String.raw`(?:coton|cuir|laine|polyester|nylon|lin|soie|plastique|inox|metal|bois|verre|aluminium|alu|acier|silicone|ceramique|fonte|bambou|merinos|duvet|plumes?|synthetique|gore-?tex|polaire|daim|caoutchouc|titane|carbone|cachemire|velours|cotton|leather|wool|linen|silk|plastic|stainless steel|steel|metal|wood|wooden|glass|aluminum|aluminium|ceramic|cast iron|bamboo|merino|(?:goose|duck) down|feathers?|synthetic|fleece|suede|rubber|titanium|carbon|cashmere|velvet)`;

/**
 * A property of a product asked about — weight, size and capacity, material, washing, compatibility,
 * battery, a feature it has: "le sac de couchage pèse combien ?", "la bouilloire fait combien de litres
 * ?", "le tapis est en quoi ?", "ça passe au lave-vaisselle ?", "what's the yoga mat made of", "is the
 * kettle dishwasher safe", "le drone a une caméra ?". `combien` here is no price.
 */
const PROPERTY_QUESTION = new RegExp(
  [
    String.raw`\bhow (?:heavy|big|small|wide|tall|warm|loud|bright|durable|thick|strong)\b`,
    String.raw`\bhow much does (?:it|this|that|the \S+(?: \S+)?) weigh\b`,
    String.raw`\bhow many (?:people|persons|liters|litres|watts|ports|cups)\b`,
    String.raw`\b(?:made (?:of|from|out of)|what material|dishwasher|machine washable|washing machine|battery life|compatible|works? with (?:a |an |my |the )?(?:iphone|android|mac|pc|windows|ps[45]|xbox|switch))\b`,
    String.raw`\b(?:does|do) (?:it|they|this|that|the \S+(?: \S+)?) (?:have|come with|include|fold|fit in)\b`,
    String.raw`\b(?:pese\w*|mesure\w*) combien\b`,
    String.raw`\bcombien (?:pese\w*|mesure\w*)\b`,
    String.raw`\bcombien de (?:litres?|l|places?|personnes|kg|kilos?|grammes?|cm|centimetres?|metres?|watts?|w|heures?|mah|go|ports?|piles?|couchages?|degres|tasses)\b`,
    String.raw`\b(?:(?:de |en )?quelle matiere|(?:est|sont|fait|faite|faits|faites|c'est) en quoi|en quoi (?:est|sont|c'est))\b`,
    String.raw`\b(?:lave-vaisselle|lave vaisselle|en machine|au micro-ondes|compatibles?|autonomie)\b`,
    String.raw`\b(?:marche|marchent|fonctionne|fonctionnent|va|vont) (?:avec|sur) (?:un |une |mon |ma |les? |la )?(?:iphone|android|mac|pc|windows|ps[45]|xbox|switch|samsung|ordi\w*|telephone|tele)\b`,
    String.raw`\b(?:est|sont)(?:-(?:il|elle|ils|elles))? (?:etanches?|rechargeables?|pliables?|reglables?|lavables?|sans fil|impermeables?|en (?:plastique|inox|metal|bois|verre|aluminium|alu|acier|coton|laine|cuir|polyester|nylon|silicone|ceramique|fonte|bambou|merinos))\b`,
    // "c'est du coton ?", "c'est en cuir véritable ?", "is it real leather?": what it is made of.
    String.raw`\b(?:c'est|c|est-ce|est-ce que c'est|c'est bien|(?:il|elle) est|(?:ils|elles) sont) (?:du |de la |de l'|en |fait en |faite en )(?:vrai |vraie |pur |pure |100 ?% )?${MATERIALS}\b`,
    String.raw`\b(?:(?:is|are) (?:it|this|that|they|these|those|the \S+(?: \S+)?)|it's|its) (?:made (?:of|from) |real |genuine |pure |100 ?% )?${MATERIALS}\b`,
    String.raw`\b(?:a|ont)(?:-t-(?:il|elle)|-(?:ils|elles))? (?:une|un|des) (?:camera|capuche|batterie|ecran|micro|poches?|housse|telecommande|minuteur|couvercle|bluetooth|wifi|port usb|prise usb|lampe|eclairage|filtre)\b`,
  ].join('|'),
);

/**
 * Asking what to choose, rather than for a thing: "quel sac de couchage pour l'hiver ?", "which tent for
 * 4 people", "what's a good beginner drone", "je sais pas quoi prendre comme ordi", "il me faut quoi ?".
 */
const WHAT_TO_CHOOSE = new RegExp(
  [
    String.raw`^(?:(?:so|ok|and|hi|hey|bonjour|salut|et|bon|alors),? )?(?:which|what) (?!(?:size|colou?r|price|time|day|date|one|ones|is|are|was|do|does|did|about|else|kind of (?:payment|shipping))\b)\S+(?: \S+)? (?:for|to (?:get|buy|take)|should i (?:get|buy|take|choose|pick))\b`,
    String.raw`\bwhat(?:'s| is| are| would be) (?:a |some )?(?:good|decent|nice|solid)\b`,
    String.raw`\bwhat (?:should|do) (?:i|we) (?:get|buy|take|bring|pack|need) (?:for|my|to)\b`,
    String.raw`^(?:(?:et|bon|alors|bonjour|salut),? )?(?:quel|quelle|quels|quelles) (?!(?:prix|taille|pointure|couleur|delai|delais|frais|heure|jour|date|numero|adresse|statut|est|sont|moyen|mode|type de (?:paiement|livraison))\b)\S+(?: \S+){0,3} (?:pour|me conseill\w*|choisir|prendre|acheter|offrir)\b`,
    String.raw`\b(?:je (?:ne )?sais pas|j sais pas|aucune idee de|hesite sur) (?:quoi|quel\w*) (?:prendre|choisir|acheter|offrir)\b`,
    String.raw`\b(?:il (?:me|nous) faut quoi|(?:je dois|on doit|faut) (?:prendre|emporter|acheter) quoi|qu'est-ce qu'il (?:me|nous) faut|(?:tu|vous) (?:me|nous) conseille[sz]? quoi)\b`,
    String.raw`\b(?:quel|quelle|lequel|laquelle) (?:\S+ ){0,3}(?:est|serait) (?:le|la) (?:mieux|meilleure?|plus adaptee?) pour\b`,
  ].join('|'),
);

/** Sizes and colours a product comes in, as shoppers name them. */
const VARIANT = String.raw`(?:taille |size |pointure )?(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|small|medium|large|extra large|petit|moyen|grand|\d{1,2}(?:[.,]5)?|black|white|blue|red|green|grey|gray|pink|yellow|brown|beige|navy|orange|purple|noire?s?|blanche?s?|bleue?s?|rouges?|verte?s?|grise?s?|roses?|jaunes?|marron|kaki|violette?s?|another colou?r|other colou?rs?|une autre couleur|d'autres couleurs)`;
/** Whether one thing comes in a size or colour: "do you have the rain jacket in XXL", "vous l'avez en bleu ?". */
const HAS_VARIANT = new RegExp(
  String.raw`\b(?:(?:do|does) (?:you|u) (?:have|got|carry|stock) (?:it|this|that|these|those|them|the \S+(?: \S+)?) in|(?:does|do|will) (?:it|this|that|they|these|the \S+(?: \S+)?) come in|(?:is|are) (?:it|this|that|they|these|the \S+(?: \S+)?) (?:available|in stock|sold) in|vous (?:l'|les |la |le )avez(?: aussi| encore)? en|(?:l'|les )avez-vous en|vous avez (?:le|la|les|ce|cet|cette|ces) \S+(?: \S+){0,2} en|(?:existe|existent|dispo|disponibles?)(?: aussi| encore)? en) ` +
    VARIANT +
    String.raw`(?=$|[\s?.!,])`,
);

/** Asking to be given a discount, code, voucher or goodwill credit (not whether something is on sale). */
const COUPON_WORDS =
  /\b(?:coupons?|vouchers?|promo ?codes?|promotional codes?|discount codes?|codes? (?:for|de) (?:free shipping|la livraison gratuite)|code (?:promo|de reduction|reduc|de remise)|bons? (?:de reduction|d'achat)|un avoir|store credit|goodwill|geste(?: commercial)?|compensation|dedommag\w*|ristourne)\b/;
const ASKS_FOR_DISCOUNT =
  /\b(?:(?:give|offer|get|have|knock)\b[^.?!]{0,20}\b(?:\d+ ?% off|discount|a few (?:dollars|bucks|euros) off)|(?:faites|faire|donne\w*|avoir)\b[^.?!]{0,20}\b(?:\d+ ?% (?:de )?(?:remise|reduction)|une (?:remise|reduction)|un effort sur le prix)|(?:do something|faire un effort) (?:on|sur) (?:the|le) pri(?:ce|x))\b/;
/** A code that fails is account or checkout trouble, not a request for one. */
const DOES_NOT_WORK =
  /\b(?:not work\w*|(?:isn'?t|is not|aren'?t|are not|wasn'?t|never) work\w*|doesn't work|does not work|didn't work|won't work|invalid|expired|error|declined|rejected|not (?:apply|applied|accepted)|ne (?:marche|fonctionne|passe) pas|invalide|expire|refuse)\b/;

/** Typed in a hurry: "humna", "agnet", "reprsentative", "umain", "conseillé". */
const PERSON_WORDS = [
  'human',
  'humans',
  'agent',
  'representative',
  'operator',
  'humain',
  'conseiller',
  'personne',
];
const TALK = /\b(?:talk|tlak|speak|chat|get|want|need|connect|transfer|parl\w*|veux|voudrais|passe\w*)\b/;
/** Asking for a person in other words: "someone who actually works there", "a member of your team", "quelqu'un de réel". */
const PERSON_PHRASES =
  /\b(?:someone (?:who|that) (?:actually )?works? (?:there|here|for you)|(?:a )?member of (?:your|the) (?:team|staff)|is there (?:a|any) (?:real )?(?:person|human|one)|a person i can (?:talk|speak|chat)|stop the bot|not a bot|no (?:more )?bots?|quelqu'un de (?:reel|vrai)|y a quelqu'un|passe(?:z)?-moi quelqu'un|un membre de (?:votre|l') ?equipe|en contact avec (?:un|une|quelqu'un)|(?:who(?:ever)?|someone|somebody|the person) (?:is )?in charge|one of your (?:staff|employees|agents|people|team)|(?:un|une|l'un|l'une) (?:de vos|des votres) (?:employe\w*|conseill\w*|agents?|vendeu\w*|collaborat\w*)|(?:me|m') passer (?:un |une |le |la )?(?:vrai |vraie )?(?:conseill\w+|operat\w+|humain|responsable|agent|personne|quelqu'un|gerant|manager))\b/;
/**
 * Asking for a person in more words: "is there anyone there who can actually help", "y'a un conseiller ?",
 * "passe moi qqn", "speak with an actual employee", "arrête le robot", "I don't want a bot".
 */
const PERSON_MORE =
  /\b(?:is there (?:any|some)(?:one|body)\b[^.?!]{0,30}\b(?:help|talk|speak|chat|real|human|alive|there|here)|^(?:(?:hello|hi|hey|yo)[,!.]* )?(?:is )?(?:anyone|anybody|someone|somebody) (?:actually |really |even )?(?:there|here|home|alive|real|human)(?: (?:here|there|in there|out there))?\s*\?*\s*$|(?:speak|talk|chat) (?:to|with) (?:an? |the |your )?(?:actual |real |live |human )?(?:employee|staff member|member of staff|person|people|human|team member|customer (?:service|care|support)(?: team)?)|(?:want|need|get|give) (?:me )?(?:an? |the |your )?(?:actual|real|live|proper) (?:person|human|employee|agent|someone)|(?:i )?(?:don'?t|do not) want (?:to (?:talk|speak|chat) (?:to|with) )?(?:an?|the|this|your) (?:bot|robot|chat ?bot|ai|automated)|(?:not|no) (?:an? |the |this |your )?(?:bot|robot|chat ?bot|automated (?:reply|response|thing))s?\b|(?:stop|end|quit|enough of|done with|fed up with) (?:the |this |your |talking to (?:the |a |this )?)?(?:bot|robot|chat ?bot|automated)|(?:y ?'?a|il y a|y a-t-il|est-ce qu'il y a|ya)(?: pas)? (?:quelqu'un|qqn|qqun|un humain|une personne|un conseill\w+|une conseill\w+|un agent|un operat\w+|un responsable|un vrai|une vraie|un etre humain)|(?:passe|passez|mets|mettez|met|transfere|transferez|file|filez|donne|donnez)[- ]?(?:moi|moy|m') (?:en (?:relation|contact|ligne) avec )?(?:un |une |le |la |ton |votre |quelqu'un|qqn|qqun)?(?:vrai |vraie |autre )?(?:conseill\w+|humain|personne|agent|operat\w+|responsable|chef|manager|superieur|collegue|service client|sav|quelqu'un|qqn|qqun)|(?:parler|discuter|echanger|voir) (?:a|au|avec|a un|avec un) (?:qqn|qqun|quelqu'un|kelkun)|(?:arrete[sz]?|stop|stoppe[sz]?|coupe[sz]?) (?:le |ce |ton |votre |avec (?:le |ce |votre )?)?(?:robot|bot|chatbot|ia)\b|(?:veux|voudrais|souhaite) (?:pas|plus) (?:de |d'|parler (?:a|avec) (?:un |une |le |la |ce |votre )?|un |une |le |la |ce |votre )?(?:robot|bot|chatbot|ia|machine)\b|marre (?:de|du|des) (?:ce |votre |ton )?(?:robot|bot|chatbot)|(?:je veux|je voudrais|j'aimerais|jveux|j'veux) (?:un |une |le |la )?(?:vrai|vraie|etre) (?:humain|personne|conseill\w+|gens)|(?:quelqu'un|qqn|qqun) (?:de (?:reel|vrai|chez vous|votre equipe|humain)|qui (?:travaille|bosse) (?:chez vous|ici|la))|responsable du (?:magasin|site|service))/;
/**
 * How to reach the store's people ("what's your phone number?", "how can I contact you?", « je peux vous
 * appeler ? »): the way to a person is the answer, never a search for phones. The shopper's own number
 * ("my phone number changed") is account help, not this.
 */
const CONTACT =
  /\b(?:(?:your|a|ur) (?:phone|telephone|contact|support) (?:number|no|nr|line|details|info|email)|(?:(?:can|could|may) (?:i|we)|(?:want|need|like|trying|try) to) (?:call|phone|ring|email|e-mail|contact|reach|txt|text) (?:you|u|your (?:team|support|customer (?:service|care)|store|shop|company|staff))(?: guys)?\b|how (?:can|do|could|would) (?:i|we) (?:call|contact|reach|email|phone|get in touch|get hold of)|(?:customer service|customer care|support) (?:phone |telephone )?(?:number|line|email)|votre (?:numero|num|no) (?:de )?(?:telephone|tel)|(?:un|le) numero (?:de telephone |de tel )?(?:pour )?(?:vous|du service client|du sav)|(?:peux|peut|puis|pourrais|veux|voudrais|faut|comment)(?:-je| je| on)? (?:vous )?(?:joindre|contacter|appeler|telephoner|ecrire)|(?:joindre|contacter|appeler) (?:le |votre )?(?:service client|sav|magasin|boutique))/;
/** A complaint said as such ("I want to make a complaint", "je veux faire une réclamation"); "porter plainte" is legal, decided before. */
const COMPLAINT_WORDS =
  /\b(?:complaint|complain\w*|reclamation|plainte|fed up|sick of|had enough|en ai marre|marre de|ras le bol|foutage de gueule|n'importe quoi|honte\w*|scandale\w*|inadmissible|inacceptable|intolerable|lamentable|minable|pitoyable|nul(?:le)? a chier|unacceptable|appalling|atrocious|shocking service|terrible service|awful service|horrible service|joke of a|you(?: guys)? are a joke|what a joke|worst|pathetic|disgrac\w*|never (?:shop|order|buy)\w* (?:here|from you|again)|plus jamais|(?:vous )?(?:vous )?moque[zr]? (?:du monde|de moi|des clients|de nous|de vos clients)|on se moque de|se fout (?:de moi|du monde|de nous)|vous me prenez pour (?:un|une)|prendre les gens pour|service (?:client )?(?:nul|pourri|lamentable|minable|catastrophique|inexistant)|treated (?:like|badly|poorly)|incompet\w*|incapables?|(?:lie|lying|lied|lies) to (?:me|us)|(?:me |m'|m'a |m'ont |nous a |nous ont )(?:mentez|ment|mentir|menti)\b|menteurs?|(?:i'?m|i am|we'?re) (?:so |totally |completely )?done with (?:this|you|your)|j'arrete avec (?:vous|votre|cette)|fuming|livid|furious|furieu(?:x|se)|furax|frustra\w*|niais(?:ez|er|e)\b|manque de respect|disrespect\w*|pas serieux|not impressed|quelle blague|(?:site|store|shop|service|company|app) (?:is|was) (?:trash|garbage|rubbish|a mess)|heard (?:that|this|it) (?:one )?before|(?:bounced|passed|shuffled|transferred) (?:around|between|from (?:one|department|person))|why is (?:this|it|everything) so (?:hard|difficult|complicated)|pourquoi c'est (?:si|aussi|tellement) (?:complique|difficile|dur)|(?:c'est|cest|is this|are you) (?:une blague|a joke|kidding me)|vous (?:rigolez|plaisantez)|^(?:genial|super|bravo|parfait|great|wonderful|awesome|perfect|fantastic|lovely)\b[^?]{0,40}\b(?:toujours rien|toujours pas|encore rien|still nothing|still no|nothing yet)|useless (?:bot|robot|chat ?bot|assistant)|(?:robot|bot|chatbot|assistant) (?:inutile|debile|nul(?:le)?|de merde)|(?:chu|je suis|jsuis|suis) (?:\w+ )?(?:tanne|ecoeure)e?s?\b(?! de (?:mon|ma|mes)\b)|(?:great|amazing|stellar|wonderful|fantastic|brilliant|excellent|awesome|lovely|superb|outstanding)\b[^?!]{0,40}[.!,]+ not(?=[.!\s]*$)|traite\w* comme (?:un chien|des chiens|de la merde|un moins que rien|un idiot|une idiote|un con|une conne|un pigeon|des pigeons))\b/;
/**
 * Disappointment and indignation, a complaint when nothing else is asked: "I'm really disappointed with
 * the quality", "je suis très déçu de votre service", "this is ridiculous". With a request ("really
 * disappointed, I'd like to exchange it") or a question, the request or question is read.
 */
const DISAPPOINTED =
  /\b(?:(?:tres|vraiment|trop|super|hyper|tellement|profondement) decue?s?|decue?s? (?:de|par) (?:votre|vos)|(?:very|really|so|extremely|deeply|massively|hugely|bitterly) disappointed|disappointed (?:with|in|by) (?:your|you|how)|(?:this|that|it) is (?:ridiculous|outrageous|absurd)|c'est (?:ridicule|abuse|abusif|du foutage))\b/;

/**
 * Praise that means the opposite, with waiting or nothing to show for it: "great service, 3 weeks and
 * nothing", "wow amazing customer service, still waiting", "bravo le service, toujours rien reçu", "super
 * le suivi, trois semaines et toujours rien", "thanks for nothing", "merci pour rien".
 */
const SARCASM =
  /\b(?:(?:great|amazing|wonderful|fantastic|brilliant|excellent|awesome|lovely|perfect|stellar|superb|outstanding|top notch|impressive|wow|bravo|super|genial|top|parfait|magnifique|formidable|chapeau|felicitations|beau|belle|quel|quelle)(?:,? (?:le|la|les|du|de|pour|votre|vos|ton|the|your|on|for|with|this|that|customer|client|guys|a|an|what|job))*,? (?:service|job|work|support|customer (?:service|care)|communication|delivery|shipping|tracking|travail|boulot|suivi|sav|livraison|efficacite|reactivite|organisation)\b[^?!]{0,60}\b(?:nothing|never (?:arrived|came|got|received|showed|heard|answered|replied|responded)|no(?:body| one| reply| answer| response| news| update| word)|still (?:waiting|nothing|no|not|haven'?t|hasn'?t|don'?t|didn'?t)|waiting|(?:\d+|a few|two|three|four|five|six|several|many) (?:weeks?|months?|days?) (?:and|later|now|of waiting|waiting|still|with)|(?:toujours|encore|et) rien|rien (?:recu|eu|vu|de rien)|toujours (?:pas|en attente|aucune?)|jamais (?:recu|arrive|livre|eu de reponse|repondu|rappele)|personne ne|aucune (?:reponse|nouvelle)|(?:\d+|deux|trois|quatre|cinq|six|plusieurs) (?:semaines?|mois|jours) (?:et|que|plus tard|d'attente|sans)|j'attends|attente)\b|thanks? (?:a lot |so much )?for nothing|thanks for (?:wasting|ruining)|merci (?:beaucoup )?pour rien|merci de (?:m'avoir fait perdre|me faire perdre)|(?:i|we) (?:just )?love (?:waiting|being ignored|paying for nothing)|j'adore (?:attendre|etre ignore\w*|payer pour rien))/;
/**
 * Threats of what the customer will do about the shop: a bad review, the bank, a watchdog, the press
 * ("I'll post a review everywhere", "I'm calling my bank to dispute the charge", "report you to the BBB",
 * "je vais laisser un avis sur trustpilot", "je fais opposition", "je vous signale à la DGCCRF"). A lawyer
 * or court is legal_privacy, decided before.
 */
const THREAT =
  /\b(?:(?:i'?ll|i will|i'?m (?:going to|gonna)|gonna|going to|i am (?:going to|about to)|about to|will be) (?:\S+ ){0,2}(?:post|leave|write|put|give|share|tell)\w* (?:\S+ ){0,3}(?:reviews?|ratings?|twitter|facebook|tiktok|instagram|reddit|social media|online|everyone|everywhere|trustpilot|yelp)|(?:i'?ll|i will|i'?m (?:going to|gonna)|gonna|going to|about to) (?:\S+ ){0,2}(?:call|contact|ring|phone|go to|talk to) my (?:bank|credit card (?:company|provider|issuer)|card (?:company|issuer))|(?:dispute|disputing|reverse|reversing|contest\w*) (?:the |this |my |a )?(?:charge|payment|transaction)|charge ?back|(?:report|reporting) (?:you|your (?:store|shop|company|business)|this (?:store|shop|company))|\bbbb\b|better business bureau|trading standards|consumer (?:protection|affairs|rights (?:agency|group))|\bftc\b|attorney general|(?:laisse|laisser|mettre|mets|poster|ecrire|donner|publier|faire)\w* (?:\S+ ){0,3}(?:avis|note|commentaire|etoile)s? (?:\S+ ){0,3}(?:negatif|negative|partout|trustpilot|sur (?:les )?reseaux|facebook|twitter|tiktok|instagram|0|zero|1|une etoile)|je vais (?:\S+ ){0,1}(?:appeler|contacter|prevenir|voir|passer par) ma banque|faire (?:une )?opposition|fais opposition|(?:vous|te) signaler (?:a|aux?|chez)|dgccrf|repression des fraudes|signal ?conso|60 millions|ufc[- ]que choisir|associations? de consommateurs|(?:le )?(?:dire|raconter) (?:a tout le monde|partout)|(?:balancer|poster|publier|raconter|mettre|afficher)\w* (?:\S+ ){0,3}sur les reseaux)/;
/** A review that praises: no threat ("I'll leave a 5 star review", "je vais mettre un bon avis"). */
const PRAISING_REVIEW =
  /\b(?:5|five|great|good|positive|glowing|nice|excellent|amazing|bon|bonne|super|positif|positive|5 etoiles|cinq etoiles)\b[^.?!]{0,15}\b(?:reviews?|ratings?|stars?|avis|note|etoiles?)\b/;
/** How the customer was treated: a courier's conduct, being ignored. */
const MISTREATED =
  /\b(?:(?:courier|driver|delivery (?:guy|man|person|driver)|livreur|transporteur|chauffeur)\b[^.?!]{0,40}\b(?:rude|threw|thrown|tossed|dumped|yelled|swore|insult\w*|aggressive|desagreable|impoli\w*|jete|lance|balance|insult\w*|agressi\w*|mal poli)|(?:ignor(?:e|es|ed|ing) (?:me|my|us|our)|(?:m.|mes \w+ )?ignorez|no (?:one|body) (?:ever )?(?:answers|replies|responds|gets back)|personne ne (?:me )?(?:repond|rappelle)|jamais de reponse|sans (?:aucune )?reponse|no (?:response|reply)|never (?:answer|reply|respond)\w*|(?:no (?:one|body)|nobody) (?:has |have |ever )?(?:bothered|replied|answered|responded|answers|replies|responds|called (?:me )?back|calls (?:me )?back|gets back|got(?:ten)? back)))/;
/** Swearing and abuse, with the usual masks ("f***ing"). */
const ABUSE =
  /\b(?:f\*+\w*|fuck\w*|shit\w*|crap\w*|bullshit|wtf|putain|merde\w*|bordel|connard\w*|foutez?|fout\w*)\b/;

/**
 * A story of repeated failures, with no complaint word: "this is the third time my delivery is late", "3
 * of my last 4 parcels came late", "every order arrives damaged", "encore un colis en retard, à chaque fois
 * pareil". Repetition and a failure together: a person takes over.
 */
const REPEATED =
  /\b(?:(?:my|the) last (?:\d+|two|three|four|five) (?:orders|parcels|packages|deliveries)|mes (?:\d+|deux|trois|quatre|cinq) (?:dernieres (?:commandes|livraisons)|derniers colis)|(?:deuxieme|troisieme|quatrieme|cinquieme|\d+e) (?:commande|colis|livraison)|(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:order|parcel|package|delivery)|(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+(?:th|rd|nd)|umpteenth|nth) time|(?:two|three|four|five|several|multiple|many|\d+) times? (?:now|already|in a row|this (?:month|year|week))|times? in a row|every (?:single )?(?:time|order|delivery|parcel|package)|each (?:time|order)|all of my (?:orders|parcels|deliveries)|(?:\d+|two|three|four) (?:out )?of (?:my |the )?(?:last )?(?:\d+|two|three|four|five) (?:orders|parcels|packages|deliveries)|again and again|yet again|once again|(?:late|damaged|broken|wrong|missing) again|always (?:late|damaged|broken|wrong|missing)|(?:deuxieme|troisieme|quatrieme|cinquieme|enieme|\d+e) fois|(?:deux|trois|quatre|plusieurs) fois (?:deja|de suite|d'affilee|ce mois)|a chaque fois|chaque (?:fois|commande|livraison|colis)|toutes mes commandes|(?:\d+|deux|trois|quatre) (?:colis |commandes |livraisons )?sur (?:\d+|deux|trois|quatre|cinq)|encore une fois|une fois de plus|encore (?:un|une) (?:colis|commande|livraison|retard)|(?:en retard|abime\w*|casse\w*) (?:encore|a nouveau)|toujours (?:en retard|pareil|la meme chose))\b/;
/** Writing or calling again about the same thing: "this is the third time I'm writing", « ça fait trois fois que je vous contacte ». */
const REPEATED_CONTACT =
  /\b(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+(?:th|rd|nd)|umpteenth|nth) time (?:that )?(?:i'?m |i am |i'?ve |i have |we'?ve )?(?:been )?(?:writ|contact|call|ask|email|messag|reach|chatt|explain)\w*|(?:deuxieme|troisieme|quatrieme|cinquieme|enieme|\d+e) fois que (?:je|j') ?(?:vous )?(?:ecri|appel|contact|demand|relanc|explique)\w*|(?:\d+|deux|trois|quatre|cinq|plusieurs) fois que (?:je|j') ?(?:vous )?(?:ecri|appel|contact|demand|relanc|explique)\w*)/;
const FAILURE =
  /\b(?:late|delay\w*|never (?:came|arrived|showed)|didn't (?:arrive|come|show)|missing|lost|damaged|broken|crushed|soaked|wet|dented|smashed|wrong|same (?:problem|issue|thing)|problem|issue|mess\w*|retard\w*|jamais (?:arrive|recu|livre)\w*|perdu\w*|abime\w*|casse\w*|ecrase\w*|mouille\w*|tremp\w*|mauvais\w*|erreur|probleme|pareil|meme chose|la meme|different (?:answer|story|thing)|autre chose|(?:reponse|histoire|version) differente)\b/;
/** Swearing and abuse that is only tone: "wtf where is my package" asks where the package is. */
export function withoutAbuse(folded: string): string {
  return folded.replace(new RegExp(ABUSE.source, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Carriers' words for where a parcel is, and waiting for one's goods: "label created", "out for delivery",
 * "stuck in transit", "still waiting on my headphones", "has it left yet", "en cours d'acheminement",
 * "toujours en attente de mon colis". An order's status, unless money or a return is what is waited for.
 */
const CARRIER_STATUS =
  /\b(?:(?:shipping |tracking )?label (?:was )?(?:created|printed|made)|(?:says|still|been|shows?|showing) (?:\S+ ){0,2}(?:out for delivery|in transit|label created|processing|pending|pre-?transit)|(?:stuck|sitting|held) (?:in|at) (?:transit|customs|the (?:depot|warehouse|hub|sorting (?:centre|center)))|tracking (?:hasn'?t|has not|hasnt|doesn'?t|does not|isn'?t|is not|still|says|shows|number (?:doesn'?t|does not|isn'?t) (?:work|show|update))\w*|(?:still|been) waiting (?:on|for) (?:my|the|our|me|it|them|this)\b|(?:has|did|is) (?:it|my (?:order|parcel|package|stuff)|the (?:order|parcel|package)) (?:left|shipped|gone out|been (?:sent|shipped|dispatched|posted))|(?:any|no) (?:news|update|movement|sign) (?:on|about|of) (?:my|the) (?:order|parcel|package|delivery|stuff|\S+)|en cours d'acheminement|en cours de (?:livraison|preparation|traitement|acheminement)|pris en charge par (?:le transporteur|la poste|colissimo|chronopost)|bloque\w* (?:en|a la|au) (?:transit|douane|depot|entrepot|plateforme)|(?:toujours|encore) (?:en attente|rien recu|pas recu|rien vu)|j'attends (?:toujours|encore) (?:mon|ma|mes|le|la|les)|(?:il|elle|ils|elles|c'est|mon colis|ma commande) (?:est |sont )?(?:partie?s?|expediee?s?|envoyee?s?) (?:ou pas|ou non)|(?:pas|aucune?) (?:de )?(?:nouvelles?|mise a jour) (?:de|sur) (?:mon|ma|mes))\b/;
/** What is waited for is money or a return: then it is that request, not where the parcel is. */
const MONEY_OR_RETURN =
  /\b(?:refund\w*|money|credit|reimburs\w*|return label|exchange|rembours\w*|argent|avoir|etiquette de retour|echange|reply|response|answer|email back|call back|reponse|rappel)\b/;

/**
 * One's own refund, asked about when or how much: "when will I get refunded", "when do I get my money
 * back for the jacket I sent back", "refund me the shipping fee", "quand est-ce que je serai remboursé".
 * How long refunds take in general ("how long does a refund take") is the terms, a policy question.
 */
const OWN_REFUND =
  /\b(?:(?:when|how soon|how long (?:until|till|before)) (?:will|do|can|should|would|am) (?:i|we) (?:\S+ )?(?:get|be|receive|see) (?:my |our |a |the )?(?:refund\w*|money back|money|reimburs\w*)|(?:how long (?:until|till|before)|when (?:will|does|should)) (?:my|our|the) refund|refund me\b|(?:i|we) (?:still )?(?:haven'?t|have not|didn'?t|did not|never) (?:got|gotten|received|seen) (?:my |our |a |the |any )?(?:refund|money)|(?:quand|dans combien de temps) (?:est-ce que )?(?:je|j'|on|nous) (?:\S+ )?(?:serai|serais|serons|vais etre|vas etre|sera|va etre|vais|recevrai|recupere\w*|aurai)\b[^.?!]{0,20}\b(?:rembours\w*|mon argent|mes sous)|(?:je|on) (?:serai|sera|vais etre|va etre) rembourse\w* quand|(?:quand|ou en est) (?:mon|le) remboursement|remboursez-moi\b|(?:je n'ai|j'ai) (?:toujours )?(?:pas|rien|jamais) (?:recu|eu|vu) (?:mon |le |de |d')?(?:remboursement|argent))\b/;

/**
 * Services a shop's terms cover that no flow acts on: gift wrapping, collection in store, cash on
 * delivery, PO boxes, whether the box is needed to return, what delivery costs. Asked in general, a
 * policy question ("do you do gift wrapping", "je peux retirer ma commande en magasin ?").
 */
const POLICY_SERVICE =
  /\b(?:gift ?-?wrap\w*|wrap (?:it|them|this|the \S+) (?:as a gift|up)|gift (?:box|bag|message|note|receipt)|emballage\w* cadeau|papier cadeau|paquet cadeau|(?:pick|picking|collect|collecting) (?:it |them |my order |the order |this |up )?(?:up )?(?:in|at|from) (?:the |your |a )?(?:store|shop|warehouse|person)|in-?store (?:pick ?-?up|collection)|click (?:and|&|n) collect|store pick ?-?up|(?:retir\w*|recuper\w*|chercher|prendre) (?:ma |mon |la |le |les |mes )?(?:commande |colis |article )?(?:en|au|dans un|dans votre) (?:magasin|boutique|point relais|entrepot)|retrait (?:en|au) (?:magasin|boutique)|click and collect|cash on delivery|\bcod\b|pay (?:in cash|cash|on delivery|at the door|when it arrives|upon delivery)|(?:paiement|payer|paye) (?:a la livraison|en (?:especes|liquide|cash)|a la reception)|contre-remboursement|p\.? ?o\.? box\w*|post office box|boite postale|(?:do|will) (?:i|we) (?:need|have to (?:keep|have)) (?:the |my |an? )?(?:original )?(?:box|packaging|receipt|tags?|label|invoice)\b|(?:faut-il|il faut|dois-je|je dois) (?:garder |avoir |conserver |renvoyer )?(?:le |l'|la |les )?(?:carton|boite|emballage|etiquettes?|ticket|facture) (?:d'origine|original\w*)|how much (?:is|does|for|do you charge for) (?:the )?(?:delivery|shipping|postage)(?: cost)?|(?:delivery|shipping|postage) (?:cost|costs|fee|fees|charge|charges|price)\b|(?:combien (?:coute|coutent|est|sont|je paie|on paie|ca coute|ca fait)|(?:c'est|c|ca fait|ca coute) combien) (?:la livraison|les frais de (?:port|livraison)|le port|l'envoi)|(?:la livraison|les frais de (?:port|livraison)|le port|l'envoi) (?:c'est |c |ca fait |ca coute |coute |coutent |est a |sont de |revient a )?combien|frais de (?:port|livraison|d'envoi))/;

/** "i'd rather exchange it than get a refund", "plutôt un échange qu'un remboursement": the one preferred. */
const RATHER_EXCHANGE =
  /\b(?:(?:i'?d|i would|we'?d) (?:much )?rather (?:\S+ ){0,2}(?:exchange|swap)|(?:exchange|swap) (?:it |them )?(?:instead|rather)|plutot (?:l'|un |une )?echang\w*|(?:prefere\w*|voudrais plutot|aimerais mieux) (?:\S+ ){0,2}echang\w*)\b/;
const RATHER_REFUND =
  /\b(?:(?:i'?d|i would|we'?d) (?:much )?rather (?:\S+ ){0,2}(?:refund|money back)|plutot (?:un |etre |me faire )?rembours\w*|(?:prefere\w*|voudrais plutot|aimerais mieux) (?:\S+ ){0,2}rembours\w*)\b/;

/** Avocado, not a lawyer: "l'avocat c'est un fruit ?", "comment savoir si un avocat est mûr". */
const AVOCADO =
  /\bavocats?\b[^.?!]{0,40}\b(?:fruit|legume|murs?|mure?s?|manger|guacamole|recette|salade|noyau|toast|cuisine|calories)\b|\b(?:mang\w*|recette|guacamole|salade|toast|cuisin\w*|couper|eplucher|murir|noyau)\b[^.?!]{0,30}\bavocats?\b/;

/** Real words one letter away from a person word: "argent" is money, not "agent". */
const NOT_A_PERSON = new Set(['argent', 'urgent', 'urgente', 'agents', 'humains', 'personnes', 'operators']);

function fuzzyPersonWord(folded: string): boolean {
  return folded
    .split(/[^\p{L}']+/u)
    .some(
      (w) =>
        w.length >= 5 &&
        !NOT_A_PERSON.has(w) &&
        PERSON_WORDS.some((p) => w !== p && editDistance(w, p, 1) <= 1),
    );
}

/** Words allowed around verification details in a message that does nothing else. */
const VERIFICATION_FILLER = new Set(
  (
    "my the a an is it it's its and email e-mail mail address order number no nr id last name surname family billing zip zipcode code post postcode postal here you go are is: ok okay sure yes of on for with also plus i am and, its i'm " +
    // A correction of a detail is still only the detail: "sorry, the zip is 78704", "non, c'est le 69003".
    'nope sorry oops whoops actually wait meant mean non pardon oups plutot ' +
    "mon ma mes le la les de du est c'est voici voilà commande numéro numero n nom famille courriel adresse code postal et oui"
  ).split(' '),
);

/** True when the message only carries order number / email / last name / postcode. */
export function isVerificationOnly(normalized: string, entities: Entities): boolean {
  const details =
    entities.orderNumbers.length +
    entities.emails.length +
    entities.postcodes.length +
    (entities.lastName ? 1 : 0);
  if (details === 0) return false;
  let rest = normalized;
  for (const e of entities.emails) rest = rest.split(e).join(' ');
  for (const o of entities.orderNumbers) rest = rest.split(o.value).join(' ');
  for (const p of entities.postcodes) rest = rest.split(p.toLowerCase()).join(' ');
  if (entities.lastName) rest = rest.split(entities.lastName.toLowerCase()).join(' ');
  const leftover = rest.split(/[^\p{L}\p{N}'-]+/u).filter((w) => w !== '' && !VERIFICATION_FILLER.has(w));
  return leftover.length === 0;
}

/** Messages of emoji alone that answer as a word does (skin tones and variation selectors allowed). */
const EMOJI_ANSWERS: ReadonlyArray<readonly [RegExp, Intent]> = [
  [/^[\s!.]*(?:(?:👍|👌|✅|☑️?|✔️?|🆗)(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F)?[\s!.]*)+$/u, 'affirm'],
  [/^[\s!.]*(?:(?:👎|❌|🚫)(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F)?[\s!.]*)+$/u, 'deny'],
  [/^[\s!.]*(?:(?:🙏|❤️?|💙|💚|😊|🙂|🥰|😍|👏|💯)(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F)?[\s!.]*)+$/u, 'thanks'],
];

/**
 * Deterministic rules for what a classifier should never get wrong: a message without words, asking for a human, legal and
 * privacy words, a bare set of verification details, a known order number with "where/status",
 * an item that arrived broken, faulty or wrong, and business quotes. First hit wins; the classifier still supplies the alternatives.
 */
export function applyIntentRules(normalized: string, entities: Entities): RuleHit | undefined {
  if (!/[\p{L}\p{N}]/u.test(normalized)) {
    // A thumbs-up answers like a word: "👍" to "shall I go ahead?" is a yes, "🙏" after an answer a thanks.
    const emoji = EMOJI_ANSWERS.find(([pattern]) => pattern.test(normalized));
    if (emoji) return { intent: emoji[1], confidence: 0.9, rule: 'emoji_answer' };
    // Other emoji, punctuation or nothing: no request to classify, and nothing to be confident about.
    return { intent: 'out_of_scope', confidence: 0, rule: 'no_words' };
  }
  if (isVerificationOnly(normalized, entities)) {
    return { intent: 'guest_verification', confidence: 0.95, rule: 'verification_details_only' };
  }
  const folded = foldDiacritics(normalized);
  if (
    HUMAN.test(folded) ||
    PERSON_PHRASES.test(folded) ||
    PERSON_MORE.test(folded) ||
    CONTACT.test(folded) ||
    ((TALK.test(folded) || folded.split(/\s+/).length <= 3) && fuzzyPersonWord(folded))
  )
    return { intent: 'human_agent', confidence: 0.95, rule: 'asks_for_human' };
  if (
    (LEGAL.test(folded) &&
      !(AVOCADO.test(folded) && !LEGAL.test(folded.replace(/\bavocats?\b/g, ' '))) &&
      !PERSONAL_LAW.test(folded)) ||
    KEEPING_MY_DATA.test(folded)
  )
    return { intent: 'legal_privacy', confidence: 0.9, rule: 'legal_or_privacy_words' };
  // A complaint in so many words, or abuse with nothing else to act on: a person takes over.
  if (
    COMPLAINT_WORDS.test(folded) ||
    MISTREATED.test(folded) ||
    SARCASM.test(folded) ||
    (THREAT.test(folded) && !PRAISING_REVIEW.test(folded)) ||
    (DISAPPOINTED.test(folded) &&
      !folded.includes('?') &&
      (entities.claimReason === undefined ||
        entities.claimReason === 'late' ||
        entities.claimReason === 'not_received') &&
      !REFUND_RETURN_CANCEL.test(folded) &&
      !/\b(?:exchange|swap|replace\w*|echang\w*|remplac\w*)\b/.test(folded)) ||
    (REPEATED.test(folded) && FAILURE.test(folded)) ||
    REPEATED_CONTACT.test(folded)
  )
    return { intent: 'complaint', confidence: 0.9, rule: 'complaint_words' };
  // Swearing alone: a complaint unless the rest asks for something (decided with the classifier).
  if (ABUSE.test(folded) && !REFUND_RETURN_CANCEL.test(folded) && entities.orderNumbers.length === 0)
    return { intent: 'complaint', confidence: 0.9, rule: 'abuse' };
  if (
    (ADDRESS.test(folded) &&
      ADDRESS_CHANGE.test(folded) &&
      SHIPMENT.test(folded) &&
      !NOT_SHIPPING_ADDRESS.test(folded)) ||
    SEND_ELSEWHERE.test(folded)
  ) {
    return { intent: 'change_address', confidence: 0.85, rule: 'shipping_address_change' };
  }
  if (entities.orderNumbers.length > 0 && WHERE_STATUS.test(folded) && !REFUND_RETURN_CANCEL.test(folded)) {
    return { intent: 'order_status', confidence: 0.9, rule: 'order_number_with_status_word' };
  }
  if (CARRIER_STATUS.test(folded) && !MONEY_OR_RETURN.test(folded))
    return { intent: 'order_status', confidence: 0.85, rule: 'carrier_status' };
  // "it says delivered but i dont have it", "marqué livré mais j'ai rien reçu": where the goods went is
  // an order's status (its claim reason not_received), unless money or a return is asked for.
  if (
    entities.claimReason === 'not_received' &&
    !REFUND_RETURN_CANCEL.test(folded) &&
    !MONEY_OR_RETURN.test(folded) &&
    !NOT_AN_ITEM.test(folded)
  )
    return { intent: 'order_status', confidence: 0.85, rule: 'not_received' };
  if (ACCOUNT_DETAILS.test(folded) && !SHIPMENT.test(folded))
    return { intent: 'account_help', confidence: 0.85, rule: 'account_details' };
  if (WHICH_OF_TWO.test(folded) || EITHER_THEN_WHICH.test(folded))
    return { intent: 'comparison', confidence: 0.85, rule: 'which_of_two' };
  if (WHICH_ONE_COMPARATIVE.test(folded))
    return { intent: 'comparison', confidence: 0.85, rule: 'which_one_comparative' };
  if (new Set(entities.products.map((p) => p.sku)).size >= 2 && COMPARATIVE_THAN.test(folded))
    return { intent: 'comparison', confidence: 0.85, rule: 'two_products_compared' };
  if (
    PRICE_MATCH_REQUEST.test(folded) ||
    ((PRICE_DROPPED.test(folded) || asksAboutPriceMatch(folded)) && OWN_PURCHASE.test(folded))
  ) {
    return { intent: 'price_match', confidence: 0.85, rule: 'price_match_request' };
  }
  if (
    (COUPON_WORDS.test(folded) || ASKS_FOR_DISCOUNT.test(folded)) &&
    !DOES_NOT_WORK.test(folded) &&
    !REFUND_RETURN_CANCEL.test(folded) &&
    !B2B.test(folded) &&
    (entities.quantity === undefined || entities.quantity < 10)
  ) {
    return { intent: 'coupon_request', confidence: 0.85, rule: 'asks_for_coupon' };
  }
  if (SALE_TIMING.test(folded) && !OWN_PURCHASE.test(folded) && !OWN_MATTERS.test(folded))
    return { intent: 'price_promotion', confidence: 0.85, rule: 'sale_timing' };
  if (ON_SALE_QUESTION.test(folded) && !OWN_PURCHASE.test(folded))
    return { intent: 'price_promotion', confidence: 0.85, rule: 'on_sale_question' };
  if (asksAboutPriceMatch(folded))
    return { intent: 'policy_question', confidence: 0.9, rule: 'price_match_policy' };
  // One's own item for another size or colour, asked as a question, is a request, not the terms.
  if (OWN_EXCHANGE.test(folded) && !B2B.test(folded))
    return { intent: 'exchange', confidence: 0.85, rule: 'own_exchange' };
  if ((entities.orderNumbers.length > 0 || entities.orderReferences.length > 0) && CAN_I_RETURN.test(folded))
    return { intent: 'return_request', confidence: 0.85, rule: 'return_from_named_order' };
  if (OWN_REFUND.test(folded)) return { intent: 'refund_request', confidence: 0.85, rule: 'own_refund' };
  if (RATHER_EXCHANGE.test(folded)) return { intent: 'exchange', confidence: 0.85, rule: 'rather_exchange' };
  if (RATHER_REFUND.test(folded))
    return { intent: 'refund_request', confidence: 0.85, rule: 'rather_refund' };
  if (entities.orderNumbers.length === 0 && POLICY_SERVICE.test(folded))
    return { intent: 'policy_question', confidence: 0.85, rule: 'policy_service' };
  if (entities.orderNumbers.length === 0 && asksAboutPolicy(folded)) {
    return { intent: 'policy_question', confidence: 0.9, rule: 'policy_terms_without_order' };
  }
  if (EXCHANGE_REQUEST.test(folded))
    return { intent: 'exchange', confidence: 0.85, rule: 'exchange_request' };
  // "My package arrived damaged" is a claim to start, not an order-status lookup; said in anger it goes to
  // a person. Messages that already name refund/return/cancel are left to the classifier to tell apart.
  if (
    entities.claimReason !== undefined &&
    ITEM_CLAIMS.has(entities.claimReason) &&
    (entities.claimReason === 'defective' || HAS_THE_ITEM.test(folded)) &&
    !NOT_AN_ITEM.test(folded) &&
    !REFUND_RETURN_CANCEL.test(folded)
  ) {
    return entities.sentiment.polarity === 'negative'
      ? { intent: 'complaint', confidence: 0.85, rule: 'item_claim_in_anger' }
      : { intent: 'return_request', confidence: 0.85, rule: 'item_claim' };
  }
  if (
    B2B.test(folded) ||
    (entities.quantity !== undefined &&
      entities.quantity >= 50 &&
      /\b(?:price|pricing|quote|discount|cost|prix|tarifs?|devis|for (?:my|our|a|the) (?:team|club|company|business|school|office|staff|event|wedding|employees)|pour (?:mon|ma|notre|nos|un|une|le|la|les) (?:equipe|club|entreprise|societe|boite|asso\w*|ecole|personnel|salaries|employes|evenement|mariage|comite))\b/.test(
        folded,
      ))
  ) {
    return { intent: 'b2b_quote', confidence: 0.9, rule: 'business_quote' };
  }
  if (OWN_MATTERS.test(folded)) return undefined;
  if (HAS_VARIANT.test(folded)) return { intent: 'availability', confidence: 0.8, rule: 'comes_in_variant' };
  if (PROPERTY_QUESTION.test(folded) && !SEARCHING.test(folded) && !COMPARING.test(folded))
    return { intent: 'product_question', confidence: 0.8, rule: 'property_question' };
  if (WHAT_TO_CHOOSE.test(folded))
    return { intent: 'recommendation', confidence: 0.8, rule: 'what_to_choose' };
  return undefined;
}
