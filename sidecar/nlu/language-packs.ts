import type { Language } from './language.js';

/**
 * Per-language word lists the NLU's decisions read, one pack per language the NLU serves: adding a
 * language without its pack does not compile. Words are folded (lower case, no accents), as
 * `common/language` `words()` returns them.
 */
export interface LanguagePack {
  /**
   * Words that frame a product search without asking anything else: "do you have", "looking for",
   * "under", "size". A message made of these and catalog words is a search ("do you have rain jackets?").
   */
  searchFrame: ReadonlySet<string>;
  /**
   * Words of a shop's business — orders, delivery, returns, money, accounts, products, people to talk
   * to. A question with none of them, no catalog word and no entity is out of scope ("where was John
   * Denver born").
   */
  domain: ReadonlySet<string>;
  /**
   * How questions about the world start ("who won…", "when did…", "where was … born", "how far…", "tell
   * me a joke"): with no shop word in them they are out of scope, however sure the classifier is.
   * Reads folded text.
   */
  worldQuestion: RegExp;
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const LANGUAGE_PACKS: Readonly<Record<Language, LanguagePack>> = {
  en: {
    searchFrame: words(`
      do does you u ya guys have got carry sell any some anything a an the of and or in for with without
      i im am looking look search searching need want wanna would like show me find get buy please pls plz
      under below less than over above around about between max up to cheap cheaper budget affordable
      size sizes color colour colours colors men mens women womens kids kid boys girls unisex new
      hi hello hey is are there what kind kinds types sort`),
    domain: words(`
      order orders ordered ordering purchase purchased bought buy buying package parcel delivery deliver delivered
      shipping ship shipped shipment courier tracking track arrive arrived arrival dispatch
      refund refunded money charge charged return returned returning exchange swap cancel cancelled cancellation
      price prices cost costs discount coupon voucher code promo sale deal deals offer cheaper expensive pay paid payment
      stock available availability restock size sizes fit color colour product products item items model brand
      account password login log sign email address profile card invoice receipt subscription newsletter
      store shop website site checkout cart basket warranty guarantee policy policies
      agent human person representative manager someone staff support service complaint complain
      battery material waterproof compatible weight dimensions recommend gift compare difference better best
      wholesale bulk quote business data privacy gdpr`),
    worldQuestion:
      /^(?:(?:hey|hi|ok|so),? )?(?:who (?:is|was|were|won|wrote|invented|made|discovered|painted|sang|directed|plays|played|owns|founded|killed)\b|when (?:did|was|were)\b|what year\b|how (?:far|tall|old|big|high|deep|long ago)\b|where (?:was|were|is|are) (?:\S+ ){1,3}(?:born|located|buried|from)\b|what(?:'s| is| are) (?:the )?(?:capital|population|weather|temperature|meaning|speed|square root|distance|time in|exchange rate)\b|how (?:much|many) (?:ram|memory|storage|calories|people)\b|how do (?:i|you) (?:cook|bake|fix|update|learn|install|get rid)\b|tell me a (?:joke|story)|(?:write|compose) (?:me )?an? (?:poem|story|song|essay|letter|cover letter)\b)/,
  },
  fr: {
    searchFrame: words(`
      vous avez auriez faites vendez proposez des de du le la les un une et ou en pour avec sans
      je j cherche recherche besoin voudrais veux aimerais montrez montrer trouver acheter svp stp
      moins plus entre environ max pas cher cheres chers budget taille tailles couleur couleurs
      homme hommes femme femmes enfant enfants garcon fille mixte nouveau nouvelle
      bonjour salut est ce qu que il y a quel quelle quels quelles genre types sorte`),
    domain: words(`
      commande commandes commander commande achat achats achete acheter colis paquet livraison livrer livre livree
      expedition expedie envoi envoye transporteur livreur suivi suivre arrive arrivee
      remboursement rembourser rembourse argent debite preleve facture retour retourner renvoyer echange echanger annuler annulation
      prix cout coute tarif reduction remise coupon code promo solde soldes offre cher paiement payer paye
      stock disponible dispo taille couleur produit produits article articles modele marque
      compte mot passe connexion connecter email mail adresse profil carte abonnement newsletter
      boutique magasin site panier garantie politique conditions
      conseiller humain personne agent responsable service client reclamation plainte
      batterie matiere etanche compatible poids dimensions conseillez recommandez cadeau comparer difference mieux meilleur
      gros devis entreprise donnees confidentialite rgpd numero telephone`),
    worldQuestion:
      /^(?:(?:dis|dites|bon|alors),? )?(?:qui (?:est|etait|a (?:gagne|ecrit|invente|fait|fonde|peint|tue))\b|quand (?:a|est|etait)\b|en quelle annee\b|(?:quelle est|c'est quoi) (?:la|le) (?:capitale|population|hauteur|vitesse|distance|sens|meteo|temperature)\b|quel temps\b|ou (?:est|etait) ne\b|ou est nee?\b|combien (?:de ram|de memoire|de stockage|de calories|d'habitants)\b|comment (?:cuire|reparer|apprendre)\b|raconte-moi\b|ecris-moi\b)/,
  },
};
