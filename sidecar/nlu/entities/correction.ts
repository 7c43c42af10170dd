import { foldDiacritics } from '../../../common/language/tokenizer.js';

/**
 * The customer corrects something said before: "sorry, the postcode is 98102", "actually it's Smyth",
 * "I meant order 46", "no wait, my email is…", "pardon, le code postal c'est 75012", "je me suis trompé".
 * Reads lower-cased text; the values themselves are the message's entities.
 */
const CORRECTION =
  /(?:^|[\s,.!])(?:sorry|oops|whoops|actually|i meant|i mean|meant to say|no wait|wait|correction|my bad|typo|wrong one|i made a mistake|not \S+ but|instead of|pardon|oups|en fait|je voulais dire|je veux dire|plutot|je me suis trompee?|erreur|correction|non attendez|attendez|au temps pour moi|autant pour moi|c'est pas \S+ mais)(?=$|[\s,.!:])/;

export function isCorrection(normalized: string): boolean {
  return CORRECTION.test(foldDiacritics(normalized));
}
