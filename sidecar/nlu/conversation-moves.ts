/**
 * Moves of the conversation that are not requests: dropping what was asked ("never mind", "leave it,
 * I'll keep it", "finalement je le garde"), hesitating ("wait", "hmm not sure", "what happens if I
 * do?"), and greetings or thanks that open a message before its request ("hi, I'd like to return the
 * earbuds"). Every pattern reads lower-cased, diacritic-folded text, in English and French.
 */

/** Keeping the item or the order as it is: the request is dropped. */
const KEEP =
  /\b(?:(?:i'?ll|i will|i'?m (?:going to|gonna)|gonna|i'?d rather|i want to|i wanna|let me|i think i'?ll|i can) (?:just |actually |probably )?(?:keep|hang on to|hold on to|hold onto|stick with)|(?:keep|keeping) (?:it|them|the order|my order|everything)(?: as (?:it is|is))?$|(?:je vais|je prefere|je prefererais|je veux|finalement je|en fait je|bon je|ok je|non je) (?:le |la |les |l')?(?:garder|garde)|(?:je|on) (?:le |la |les |l')garde|je garde (?:le|la|les|tout|mon|ma|mes)|on (?:le |la |les )?garde)\b/;

/** Dropping what was being done. */
const DROP =
  /(?:^|[\s,.!])(?:never ?mind|nvm|forget (?:it|about it|that|it all|the whole thing)|leave it|leave (?:it|them|everything|the order) (?:as (?:it is|is)|alone|be)|scratch that|don'?t bother|no need(?: to)?|not needed|on second thoughts?|(?:actually|no wait|wait|hmm|ok|okay|nah|no)[, ]+(?:no|nope|nah|don'?t)|nope|nah|no,? thank(?:s| you)(?: anyway)?|i changed my mind$|changed my mind[,.]? (?:keep|leave|never|forget|don'?t|no)|don'?t (?:do|cancel|change|return|process|touch) (?:it|that|anything|them|a thing)|do not (?:do|cancel|change|process) (?:it|that|anything)|dont do anything|do nothing|stop(?:$|[,.!])|laisse[sz]? tomber|oubliez(?: ca| cela| tout| ma demande)?|oublie (?:ca|cela|tout|ma demande)|pas la peine|(?<!(?:oui|ok|okay|d'accord|daccord|parfait|super|yes|ouais)[\s,.!]+)c'est bon(?: finalement| merci| laisse[sz]?)?$|finalement non|en fait non|non (?:finalement|en fait|merci|laisse[sz]?|c'est bon|surtout pas|pas du tout|pas la peine)|surtout pas|pas du tout|on laisse(?: comme ca| tomber)?|laisse[sz]? comme (?:ca|c'est)|ne (?:faites|fais) rien|(?:n')?annule[sz]? rien|rien du tout|j'ai change d'avis$|change d'avis[,.]? (?:on laisse|laisse|je garde|non|oubli))(?=$|[\s,.!?])/;

/** A request to act in the same message ("I changed my mind, I want to return it"): then it is no drop. */
const ACT =
  /\b(?:i (?:want|wanna|need|would like|'d like)(?: to)? (?:return|refund|cancel|exchange|swap|send|change)|can (?:i|you) (?:return|refund|cancel|exchange|swap|send|change)|(?:return|refund|cancel|exchange) (?:it|them|my|the)|je (?:veux|voudrais|souhaite|peux)(?: le| la| les| l')? ?(?:retourner|renvoyer|annuler|echanger|rembours\w*|changer)|(?:remboursez|annulez|renvoyez)-moi|(?:don'?t|do not) (?:ship|send|dispatch|deliver) (?:it|them|my|the)|n'(?:envoyez|expediez|envoie|expedie|livrez) pas|ne (?:l'|les |la |le )?(?:envoyez|expediez|livrez) pas)\b/;

/**
 * A request the customer meant to make and no longer does: "was gonna return it but nvm", "i was going
 * to send it back, never mind", "j'allais le retourner mais finalement non". Its verb is no request.
 */
const PAST_INTENTION =
  /\b(?:(?:i|we) (?:was|were|had been)|was|i'?d|i had) (?:gonna|going to|about to|planning (?:to|on)|thinking (?:of|about)|meant to|meaning to|considering|wanting to|hoping to)\b[^,.;!?]*?(?=\bbut\b|[,.;!?]|$)|\b(?:j'allais|je (?:voulais|pensais|comptais|devais|m'appretais a)|j'avais (?:prevu|pense|l'intention) de?|on (?:allait|voulait|pensait))\b[^,.;!?]*?(?=\bmais\b|[,.;!?]|$)/g;

/** The customer drops the request or keeps the item: a deny, or a cancel of the flow under way. */
export function isChangeOfMind(text: string): boolean {
  // What the customer was going to do is told, not asked: only the rest can ask to act.
  const folded = text.replace(PAST_INTENTION, ' ');
  if (!KEEP.test(folded) && !DROP.test(folded)) return false;
  if (
    /\bn'?annule\w* (?:pas|rien)|\bdon'?t (?:cancel|return|change)\b|\bdo not (?:cancel|return|change)\b/.test(
      folded,
    )
  )
    return true;
  return !ACT.test(folded) && !/\?/.test(folded);
}

/**
 * What follows the words that drop the request ("actually nvm, do u have tents" → "do u have tents"):
 * '' when nothing does. `folded`: lower-cased, no accents. The drop cancels what was pending; a request
 * after it is the customer's new one.
 */
export function afterChangeOfMind(folded: string): string {
  let end = -1;
  for (const m of folded.matchAll(new RegExp(DROP.source, 'g'))) end = m.index + m[0].length;
  // "hmm no, actually sleeping bags": the word that turns to the new request is no part of it.
  const rest =
    end < 0
      ? ''
      : folded
          .slice(end)
          .replace(/^[\s,.!;:-]*(?:(?:actually|rather|instead|en fait|plutot)\b[\s,.!;:-]*)?/, '');
  // "forget it, I'll keep the earbuds": what is kept is no new request.
  return KEEP.test(rest) ? '' : rest;
}

/**
 * Hesitation: "wait", "hold on", "hmm not sure", "let me think", "what happens if I do?", "is that
 * going to cost me anything?", "attends", "je sais pas", "il se passe quoi si…". Never a yes.
 */
const HESITATION =
  /(?:^|[\s,.!])(?:wait|hold on|hang on|one (?:sec|second|moment)|just a (?:sec|second|moment)|give me a (?:sec|second|minute)|hmm+|umm*|uh+|erm|not (?:so |too |really )?sure|unsure|i'?m not sure|i don'?t know|idk|dunno|let me think|need to think|have to think|think about it|maybe|perhaps|what (?:happens|would happen|will happen|if)|would (?:i|that|it) (?:lose|cost|be charged)|will (?:i|that|it) (?:lose|cost|be charged)|is (?:that|it|this) (?:gonna|going to) cost|does (?:that|it|this) cost|attends?|attendez|une (?:seconde|minute)|deux secondes|euh+|bof|je (?:ne )?sais pas|j(?:e |')sais pas|pas (?:trop |tres |vraiment )?sur|peut-etre|je dois reflechir|je vais reflechir|laisse[zr]?-moi reflechir|il se passe quoi|qu'est-ce qui se passe|que se passe-t-il|ca (?:coute|va couter) (?:quelque chose|combien)|je (?:perds|perdrais|vais perdre))(?=$|[\s,.!?])/;

/** A plain yes or go-ahead, which a hesitation word next to it does not cancel ("yes wait no" aside). */
const CLEAR_YES =
  /^(?:yes|yep|yeah|sure|ok|okay|oui|d'accord|ouais)[,.! ]+(?:please|go ahead|do it|allez-y|vas-y|faites-le)\b/;

export function isHesitation(folded: string): boolean {
  return HESITATION.test(folded) && !CLEAR_YES.test(folded);
}

/**
 * More of what was shown, with nothing else asked: "show me more", "more please", "any others?", "what
 * else do you have", "next page", "d'autres ?", "t'en as d'autres", "montre-m'en plus", "la suite".
 * Whole-message patterns: "more" inside a request ("more info on the tent") is no paging.
 */
const MORE_RESULTS =
  /^(?:(?:ok|okay|and|so|hmm|alright|et|bon|ok et|euh)[,.!]?\s+)?(?:(?:can you |could you |pls |please )?(?:show|give|send)(?: me| us)? (?:some |a few |any )?(?:more|others|other (?:ones|options|results|models))(?: (?:ones|options|results|models|products|items|please|pls))?|(?:some |any |got any |have you got any |do you have any |are there any )?(?:more|other|others)(?: (?:ones|options|results|models|products|items|choices|suggestions))?(?: please| pls)?|(?:what|anything) else(?: (?:do you have|have you got|you got|is there|ya got))?|is that (?:all|it)(?: you have| you got)?|(?:next|more) (?:page|results|options|ones)|see more|load more|keep going|(?:d'autres?|autres?|encore|plus de) (?:choix|modeles|options|resultats|propositions|produits|articles|idees)|(?:vous (?:en )?avez|t'en as|tu en as|t'as|vous auriez|y en a|il y en a|y a|il y a) (?:pas )?d'autres?(?: (?:modeles|choix|options|produits|trucs|articles))?|(?:montre|montrez|affiche|affichez|propose|proposez)(?:-moi|-m'en| moi| m'en)? (?:en |encore |d')?(?:plus|d'autres?|autre chose)|d'autres?|autre chose|encore|la suite|page suivante|c'est tout ce que vous avez)(?:[\s,.!?]*)$/;

/**
 * Orders beyond those listed: "show me more orders", "any older orders?", "the rest of my orders",
 * "d'autres commandes ?", "mes commandes plus anciennes". `folded`: lower-cased, no accents.
 */
const MORE_ORDERS =
  /\b(?:more|other|older|earlier|previous|remaining|rest of (?:my|the)|next) orders\b|\b(?:d'autres|autres|plus de|anciennes|reste de mes|suite de mes) commandes\b|\bcommandes (?:plus anciennes|precedentes|suivantes)\b/;

export function asksForMoreOrders(folded: string): boolean {
  return MORE_ORDERS.test(folded);
}

/** Products that cannot be bought now, named by the shopper: "the sold-out ones too", "même épuisés". */
const SOLD_OUT =
  /\b(?:sold[- ]?out|out[- ]of[- ]stock|not in stock|unavailable ones|rupture de stock|epuises?|epuisees?|pas en stock|indisponibles?)\b/;

/**
 * The shopper asks to see products that are not in stock ("even the sold-out ones", "show out of stock
 * too", "même épuisés"): a search then leaves them in. `folded`: lower-cased, no accents.
 */
export function asksForSoldOut(folded: string): boolean {
  return SOLD_OUT.test(folded);
}

/** The customer asks for more of what was shown (next results), and nothing else. `folded`: lower-cased, no accents. */
export function asksForMoreResults(folded: string): boolean {
  return MORE_RESULTS.test(folded.trim());
}

/**
 * A greeting, thanks or yes that opens the message ("hi, ", "hello there ", "bonjour, ", "merci ! et …",
 * "ok then, …"), of one social word or several ("ok merci, et …", "hi there, thanks, …"):
 * the length of that opening in `text` (0 when none, or when nothing follows it). Case-insensitive on
 * the text as written, so the offset indexes into it.
 */
/** One word or phrase of a greeting or thanks that can open a message. */
const OPENING_WORD = String.raw`(?:(?:hi+|hello|hey+|hiya|howdy|yo|good (?:morning|afternoon|evening|day)|morning|greetings|dear (?:team|support|sir|madam)|bonjour|bonsoir|salut|coucou|bjr|slt|allo|allô|thanks?(?: you)?(?: (?:so|very) much)?|thx|ty|cheers|great|perfect|ok(?:ay)?|merci(?: beaucoup| bien)?|parfait|super|d'accord|yes|yeah|yep|yup|sure|alright|all right|cool|oui|ouais)(?: there| all| team| guys| everyone| folks| verity| a tous| à tous| l'equipe| l'équipe| madame| monsieur| then| alors)?)`;
const OPENING = new RegExp(
  String.raw`^${OPENING_WORD}(?:[\s,.!:;-]+${OPENING_WORD})*(?:[\s,.!:;-]+|$)(?:(?:and|also|et|aussi)\b[\s,]*)?`,
  'iu',
);

export function openingLength(text: string): number {
  const m = OPENING.exec(text);
  if (!m) return 0;
  const rest = text.slice(m[0].length);
  // "hi", "thanks!" alone, "salut, à plus": the opening is the whole message, or a social one.
  const n = rest.trim().split(/\s+/).length;
  return /\p{L}/u.test(rest) && (n >= 3 || (n === 2 && rest.includes('?'))) ? m[0].length : 0;
}

/**
 * A polite closing after a request ("… merci d'avance", "… thanks in advance", "… cordialement", "…
 * bonne journée"): where it starts in `text` (`text.length` when none, or when nothing comes before it).
 * The request before it is the message's, not thanks.
 */
const CLOSING =
  /[\s,.!;:-]*(?:(?:(?:and |et )?(?:many |a lot of |big )?(?:thanks?|thank you|thx|ty|cheers|merci)(?: (?:so |very )?much| beaucoup| bien| mille fois)?(?: (?:in advance|in anticipation|d'avance|par avance|a vous|pour (?:votre|ton) (?:aide|retour|reponse)|for (?:your|the) (?:help|reply|answer)))?|(?:kind |best )?regards|cordialement|bien a vous|bonne (?:journee|soiree|fin de journee)|have a (?:nice|good|great) (?:day|evening|one))[\s,.!]*)+$/iu;

export function closingStart(text: string): number {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  const m = CLOSING.exec(folded);
  if (!m || m.index === 0) return text.length;
  // Three words at least before it: "ok thanks" is thanks.
  return text.slice(0, m.index).trim().split(/\s+/).length >= 3 ? m.index : text.length;
}

/**
 * Taking leave in so many words, the whole message: "see ya", "cya later", "catch you later", "talk
 * soon", "take care", "à plus", "à la prochaine". A goodbye ("ya" is also a yes).
 */
const LEAVE_TAKING =
  /^(?:(?:ok(?:ay)?|alright|right|cool|thanks?|merci|bon|allez)[,!. ]+)?(?:see (?:ya|you|u|y'all)|cya|catch (?:you|ya|u) later|talk (?:to you |to ya )?(?:soon|later)|ttyl|laters?|take care|a (?:plus|\+|la prochaine|bientot|tout a l'heure|tout')|salut (?:a|et) (?:plus|bientot))(?: (?:later|soon|around|tomorrow|next time|then|all|guys|tout le monde|alors))?[\s!.]*$/;

export function isLeaveTaking(folded: string): boolean {
  return LEAVE_TAKING.test(folded.trim());
}

/**
 * Whether the assistant is a machine, asked and nothing more: "r u a bot?", "am I talking to a real
 * person?", « vous êtes un robot ? ». Owed an honest answer (and a person one step away), not a ticket:
 * "I want a real person" asks for one and is no such question. `folded`: lower-cased, no accents.
 */
const ASKS_IF_BOT =
  /^(?:(?:hi|hello|hey|ok|so|wait|bonjour|salut|attends?)[,!. ]+)?(?:(?:are|r) (?:you|u|ya)|is (?:this|it|that)|am i (?:talking|speaking|chatting) (?:to|with)|(?:est-ce que )?(?:vous etes|t'es|tu es|c'est|je parle a|je (?:discute|parle) avec)|etes-vous|es-tu) (?:(?:just |only |actually |really )?(?:an? |un |une |une? vraie? )?(?:bot|robot|chat ?bot|ai|a\.i\.|ia|machine|computer|ordinateur|program(?:me)?|real (?:person|human)|human|person|humain|personne|vraie personne|vrai humain|automated|automatique|live agent))(?: or (?:a |an )?(?:real )?(?:person|human|bot|robot|not))?(?: ou (?:un |une )?(?:vrai(?:e)? )?(?:humain|personne|robot|pas))?\s*[?!.]*\s*$/;

export function asksIfBot(folded: string): boolean {
  return ASKS_IF_BOT.test(folded.trim());
}
