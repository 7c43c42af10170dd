import { stemFrench } from './stem-french.js';
import { foldDiacritics, stem } from './text.js';

/**
 * Hand-written concept groups: words that mean the same thing for intent purposes. Each word in a
 * group also emits the group's feature, so "parcel" learned from one example helps "package" in
 * another. This is where the labeled set is small; extend it when the eval shows a confusion.
 */
const CONCEPTS: Readonly<Record<string, string>> = {
  greet: 'hi hello hey hiya howdy yo morning evening afternoon greetings heya sup',
  thank: 'thanks thank thx cheers appreciate appreciated ty grateful',
  bye: 'bye goodbye cya later farewell night ciao',
  yes: 'yes yeah yep ya yup sure ok okay correct absolutely confirmed confirm agree definitely',
  no: 'no nope nah never incorrect wrong not',
  order: 'order orders purchase purchases bought ordered buy',
  parcel: 'package parcel delivery shipment stuff courier',
  where: 'where track tracking status arrive arrived shipped dispatched eta come transit',
  refund: 'refund refunds refunded money reimburse reimbursement reimbursment charge charged overcharged',
  back: 'return returns returned retrun exchange swap back label',
  cancel: 'cancel cancle cancellation void stop',
  rule: 'policy policies shipping ship warranty window restocking payment paypal deliver international weekends fee free days',
  account: 'account password login log sign profile address locked verification unsubscribe card',
  // No "operator": it shares its stem with "operations" ("the order of operations in maths"); the
  // rules read "operator" as asking for a person.
  human: 'human person agent representative someone somebody manager staff support service',
  angry:
    'worst terrible awful disappointed ridiculous unacceptable furious rude sucks joke useless scam disgusting pathetic hate horrible',
  legal: 'gdpr ccpa data privacy personal lawyer sue legal delete erase information',
  business:
    'wholesale bulk quote quotation business company office corporate trade resell invoice employees procurement units school volume',
  price:
    'price prices cost costs much discount discounts sale promo coupon coupons code deal deals expensive cheaper',
  stock: 'stock available availability restock sold carry left pick notify',
  compare: 'compare compair comparison difference vs versus better each both differ',
  recommend: 'recommend recomend suggest best gift present ideal choose pick ideas top',
  detail:
    'battery material weight heavy dimensions waterproof compatible resolution watts strap wash colours colors',
  search: 'looking show find search sell any got list carry',
  history: 'history previous past recent recently all everything',
  world:
    'weather joke football capital homework movie cook bitcoin translate flight sentient poem story president taxes',
};

/** The same groups in French: a French example and an English one meet on the group's feature. */
const FRENCH_CONCEPTS: Readonly<Record<string, string>> = {
  greet: 'bonjour bonsoir salut coucou allo',
  thank: 'merci remercie remerciements',
  bye: 'revoir bientôt adieu journée soirée',
  yes: 'oui ouais accord exactement volontiers carrément confirme confirmer',
  no: 'non nan jamais pas aucun aucune',
  order: 'commande commandes commander commandé achat achats acheté',
  parcel: 'colis paquet livraison envoi livreur transporteur',
  where: 'suivi suivre statut arrive arrivé arrivée expédié expédiée reçu acheminement route',
  refund: 'remboursement rembourser remboursé argent débité prélevé facturé',
  back: 'retour retours retourner renvoyer renvoi rendre échange échanger remplacer remplacement étiquette',
  cancel: 'annuler annulation annulé arrêter stopper',
  rule: 'politique conditions garantie garanti délai délais frais gratuit gratuite paiement payer livrer livrez expédier expédiez international étranger samedi jours alignement',
  account: 'compte mot connexion connecter identifiant adresse profil bloqué désabonner newsletter carte',
  human: "humain personne agent quelqu'un responsable",
  angry:
    'nul nulle inadmissible honteux scandaleux inacceptable arnaque pire lamentable déçu déçue dégoûté furieux honte incompétent catastrophique',
  legal: 'rgpd cnil données privée confidentialité avocat justice tribunal supprimer effacer personnelles',
  business:
    'devis grossiste entreprise société professionnel revendeur revente salariés employés unités quantité volume école association',
  price:
    'prix coût coûte coûtent combien tarif tarifs promo promotion réduction remise solde soldes coupon cher',
  stock: 'stock disponible dispo disponibilité rupture reste restant épuisé',
  compare: 'comparer comparaison différence différences versus mieux lequel laquelle',
  recommend: 'recommander recommandation suggérer suggestion idée idées cadeau offrir idéal choisir meilleur',
  // "supporte" is "withstands" ("le duvet supporte quelle température ?"), not customer support.
  detail:
    'batterie autonomie matière poids lourd dimensions étanche compatible résolution puissance lavable couleurs supporte supporter supportent résiste résister',
  search: 'cherche chercher recherche trouver montrez vendez',
  history: 'historique précédent précédente dernier dernière récentes',
  world:
    'météo blague football capitale devoirs film recette traduire poème histoire habitants président impôts',
};

const CONCEPT_OF = new Map<string, string>();
for (const [concept, list] of Object.entries(CONCEPTS)) {
  for (const w of list.split(' ')) {
    CONCEPT_OF.set(w, concept);
    CONCEPT_OF.set(stem(w), concept);
  }
}
for (const [concept, list] of Object.entries(FRENCH_CONCEPTS)) {
  for (const w of foldDiacritics(list).split(' ')) {
    CONCEPT_OF.set(w, concept);
    CONCEPT_OF.set(stemFrench(w), concept);
  }
}

/** The concept a (diacritic-folded) word belongs to, if any, whichever language stemmed it. */
export function conceptOf(word: string): string | undefined {
  return CONCEPT_OF.get(word) ?? CONCEPT_OF.get(stem(word)) ?? CONCEPT_OF.get(stemFrench(word));
}
