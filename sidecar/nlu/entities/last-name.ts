/**
 * A billing last name offered for guest order verification. Only when introduced as a name: a
 * capitalised word elsewhere is far more often a product or a brand.
 */
const SURNAME =
  /\b(?:last ?name|surname|family name|nom de famille)\s*(?:is|=|:|-|est|c['’]est)?\s*([\p{L}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)/iu;
const FULL_NAME =
  /\b(?:(?:(?:billing|full)\s+)?name\s+(?:on\s+the\s+(?:order|account|card)\s+)?(?:is|:)|nom\s+(?:complet\s+)?(?:(?:sur|de)\s+la\s+(?:commande|facture|carte)\s+|du\s+compte\s+)?(?:est|:|c['’]est))\s+([\p{Lu}][\p{L}'’-]+)\s+([\p{Lu}][\p{L}'’-]+)/u;

export function extractLastName(text: string): string | undefined {
  const surname = SURNAME.exec(text);
  if (surname?.[1]) {
    const stopAt = surname[1].split(/\s+/);
    // "last name is Smith and email ..." — the second word is only kept when it is capitalised.
    return stopAt.length > 1 && /^\p{Lu}/u.test(stopAt[1] ?? '') ? surname[1] : (stopAt[0] ?? surname[1]);
  }
  const full = FULL_NAME.exec(text);
  return full?.[2];
}

/**
 * Words that can stand around verification details but are no name: fillers, answers, politeness,
 * labels ("email", "zip"), and what a customer says instead of answering ("help", "agent").
 */
const NOT_A_NAME = new Set(
  (
    'my the a an is it its and or email e-mail mail address order number no nr id last name surname family billing zip zipcode code post postcode postal here you go are ok okay sure yes yeah yep no nope of on for with also plus i am im me and sorry actually oops wait meant mean correction typo not it is hi hello hey thanks thank please pls thx help human agent person someone bye cancel stop what why how where when who which idk dunno unknown ' +
    // Verbs that start a request instead of an answer ("can i cancel it", "want to return it").
    'to can could would will shall should may might must do does did want wanna need have has had get got give make send return refund change ship track ' +
    'mon ma mes le la les de du est c voici voila commande numero nom famille courriel adresse code postal et oui non merci bonjour salut pardon desole dsl enfin plutot je suis moi svp stp aide humain conseiller quoi pourquoi comment ou quand qui peux peut pouvez veux veut voulez voudrais aimerais faut annuler rendre retourner rembourser changer suivre'
  ).split(' '),
);

/**
 * A last name given on its own after the engine asked for verification details: "Smith", "jane@x.com
 * smith", "Smith 98101", "it's O'Brien". `taken` are the other details found in the message (e-mails,
 * order numbers, postcodes), removed first. One to three name-like words are left: the last is the
 * last name ("Jane Smith" → "Smith"). Anything else, or a word that is no name, gives nothing.
 */
export function extractBareLastName(text: string, taken: readonly string[]): string | undefined {
  let rest = text;
  for (const t of taken) rest = rest.split(t).join(' ');
  const ws = rest
    .split(/[\s,;:.!?()"/|]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/gu, ''))
    .filter((w) => w !== '');
  const names = ws.filter((w) => !NOT_A_NAME.has(w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')));
  if (names.length === 0 || names.length > 3) return undefined;
  if (!names.every((w) => /^\p{L}[\p{L}'’-]*$/u.test(w) && w.length >= 2)) return undefined;
  // Words dropped as fillers must not outnumber the name: "where is my order smith" is a question.
  if (ws.length - names.length > 3) return undefined;
  return names[names.length - 1];
}
