import { foldDiacritics } from '../../../common/language/tokenizer.js';

/**
 * The customer corrects something said before: "sorry, the postcode is 98102", "actually it's Smyth",
 * "I meant order 46", "no wait, my email is…", "pardon, le code postal c'est 75012", "je me suis trompé".
 * Reads lower-cased text; the values themselves are the message's entities.
 */
const CORRECTION =
  /(?:^|[\s,.!])(?:sorry|oops|whoops|actually|i meant|i mean|meant to say|no wait|wait|correction|my bad|typo|wrong one|i made a mistake|not \S+ but|instead of|pardon|oups|en fait|je voulais dire|je veux dire|plutot|je me suis trompee?|erreur|correction|non attendez|attendez|au temps pour moi|autant pour moi|c'est pas \S+ mais)(?=$|[\s,.!:])/;

/** Other ways of putting a correction: "make that the green one", "wrong email, it's…", "my mistake". */
const CORRECTION_PHRASES =
  /\b(?:make (?:that|it) (?:a|an|the|one|two|size|\d+)|change (?:that|it) to|wrong (?:e-?mail|zip|zip ?code|postcode|post code|number|order|address|name|size|colou?r|one)|my mistake|mistake on my (?:part|end)|i typed (?:it )?wrong|i gave (?:you )?the wrong|not the \S+(?: \S+)?,? (?:but )?the|erreur de ma part|je me suis (?:trompe|gourre)\w*|j'ai mal (?:tape|ecrit)|c'est plutot|pas (?:le|la|les) \S+(?: \S+)?,? (?:mais )?(?:le|la|les)|mauvais(?:e)? (?:adresse|numero|mail|e-?mail|code|taille|couleur))\b/;
/** "no, the postcode is 75011", "non c'est la commande 91": a no that leads a value corrects it. */
const LEADING_NO = /^(?:no+|nope|nah|non+)\b[\s,.!]*(?:\S)/;

/**
 * True when the message corrects something said before. `givesValue`: the message carries a value (a
 * postcode, e-mail, order number, name, size…), which makes a leading "no" a correction rather than a refusal.
 */
export function isCorrection(normalized: string, givesValue = false): boolean {
  const folded = foldDiacritics(normalized);
  return (
    CORRECTION.test(folded) || CORRECTION_PHRASES.test(folded) || (givesValue && LEADING_NO.test(folded))
  );
}
