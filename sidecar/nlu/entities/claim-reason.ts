import { foldDiacritics } from '../text.js';
import type { ClaimReason } from '../types.js';

/**
 * Checked in order: the more specific or more serious reason wins when several apply; lateness
 * comes before size so "taking too long" is not read as "too long". English, then French over
 * diacritic-folded text ("abîmé" → "abime"), so accents are optional.
 */
const REASONS: ReadonlyArray<[ClaimReason, RegExp]> = [
  [
    'damaged',
    /\b(?:damaged|broken|broke|cracked|smashed|shattered|dented|scratched|torn|ripped|crushed|leaking|abime\w*|casse[es]{0,2}|endommage\w*|fissure\w*|ebreche\w*|raye[es]{0,2}|dechire\w*|ecrase\w*|brise[es]{0,2}|fele[es]{0,2}|en morceaux)\b/i,
  ],
  [
    'defective',
    /\b(?:defective|faulty|malfunction\w*|doesn'?t work|does not work|not working|stopped working|won'?t (?:turn|switch|charge|start)|dead on arrival|doa|broke down|(?:came|come|fell|falling) apart|gave out|gave way|defectueu\w*|(?:marche|fonctionne|s'allume|charge|demarre) (?:plus|pas)|en panne|hors service|(?:a|ont|est|sont) (?:deja )?(?:lache|craque|pete|claque)e?s?|(?:tombe|tombee|partie?) en (?:morceaux|miettes)|se (?:decoud|dechire|decolle)|s'est (?:decousue?|decollee?|cassee?|dechiree?))\b/i,
  ],
  [
    'wrong_item',
    /\b(?:wrong (?:item|product|colou?r|model|thing|one|order)|not what i (?:ordered|bought)|sent me the wrong|different (?:item|product) than|mauvaise? (?:article|produit|couleur|modele|commande|colis|reference)|pas (?:le bon|la bonne) (?:article|produit|couleur|modele|colis|reference)|pas ce que j'ai commande)\b/i,
  ],
  [
    'late',
    /\b(?:(?:is|was|are|were|arrived|running|came|be|been) (?:so |very |really |super )?late|late (?:delivery|arrival|shipment|package|parcel|order)|delayed|taking (?:too|so) long|still (?:hasn'?t|has not|not) (?:arrived|come|shipped)|overdue|way past|en retard|retarde[es]{0,2}|(?:avec|de) (?:\w+ )?(?:jours?|semaines?|mois) de retard|(?:a|one|two|three|\d+) (?:days?|weeks?) late|(?:longer|later) than (?:promised|expected|announced|quoted|planned|it should)|took (?:forever|ages)|(?:showed|turned) up late|plus (?:long|tard) que (?:prevu|promis|annonce)\w*|toujours pas (?:arrive|recu|livre|expedie)\w*|pas encore (?:arrive|livre)\w*|(?:ca|c'est) (?:prend |met )?(?:beaucoup )?trop (?:de temps|long)|(?:delai|attente) (?:beaucoup )?trop long)\b/i,
  ],
  [
    'wrong_size',
    /\b(?:too (?:small|big|large|tight|loose|short|long)|(?:doesn'?t|does not|didn'?t|won'?t) fit|wrong size|runs? (?:small|large|big)|bigger size|smaller size|trop (?:petit|grand|large|serre|court|long|etroit|ample)\w*|ne (?:me|lui|leur) va(?:nt)? pas|(?:pas la bonne|mauvaise) taille|taille (?:au-dessus|au-dessous|en dessous|superieure|inferieure|plus (?:grande|petite)))\b/i,
  ],
  [
    'not_received',
    /\b(?:never (?:arrived|came|got it|received|showed up)|(?:didn'?t|did not|haven'?t|have not|never) (?:receive|get)|not received|package (?:is )?(?:missing|lost|stolen)|lost in (?:the )?(?:post|mail|transit)|(?:says|shows?|showing|marked|listed|status|tracking|apparently)\b[^.?!]{0,20}\bdelivered\b[^.?!]{0,40}\b(?:but|yet|though|although)\b|delivered\b[^.?!]{0,15}\b(?:but|yet)\b[^.?!]{0,30}\b(?:don'?t|dont|do not|didn'?t|did not|never|no|not|nothing|nowhere|can'?t find|isn'?t|wasn'?t)\b|(?:parcel|package|box) (?:is |was )?nowhere (?:to be (?:found|seen))?|can'?t find (?:my|the) (?:parcel|package|delivery)|(?:marque|indique|dit|affiche|note|passe|mis)\w* (?:comme |en |qu'(?:il|elle) est |que c'est )?livre\w*\b[^.?!]{0,30}\b(?:mais|pourtant|alors que)\b|livre\w*\b[^.?!]{0,15}\b(?:mais|pourtant|alors que)\b[^.?!]{0,30}\b(?:rien|pas|jamais|aucun|g rien|introuvable)\b|colis introuvable|(?:pas|rien) dans (?:ma|la) boite aux lettres|jamais (?:recu|arrive|livre)\w*|(?:pas|rien) recu|colis (?:perdu|vole|egare)\w*|perdu (?:par|pendant) (?:la poste|le transporteur|la livraison))\b/i,
  ],
  [
    'changed_mind',
    /\b(?:changed? my mind|don'?t (?:want|need|like) (?:it|them|this|these)|do not (?:want|need) (?:it|them)|no longer (?:want|need)|by mistake|ordered (?:it )?accidentally|don'?t need it|not needed anymore|change\w* d'avis|plus besoin|ne (?:le |la |les )?veux plus|n'en veux plus|ne me (?:plait|convient) (?:pas|plus)|par erreur)\b/i,
  ],
];

export function extractClaimReason(text: string): ClaimReason | undefined {
  const folded = foldDiacritics(text);
  return REASONS.find(([, re]) => re.test(folded))?.[0];
}
