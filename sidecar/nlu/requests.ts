import type { Span } from './types.js';

/**
 * Where a message's clauses are: "do you have rain jackets and how long does shipping take?" → "do you
 * have rain jackets" + "how long does shipping take?". Splits at sentence punctuation, at connectors
 * that open another request ("also", "btw", "and then", "et aussi", "sinon"), and at "and"/"et"/a comma
 * followed by a question word, a modal, "I want"/"je voudrais" or a request verb with its object ("and
 * change my password", "et changer mon mot de passe"). "black and white sneakers", "tents and sleeping
 * bags", "i bought a tent and it ripped" stay whole. Spans index into `text`; leading connectors and
 * spaces are left out of each clause.
 */

/** Words that open a question or a request. */
const OPENER = String.raw`(?:how|what|what's|whats|where|where's|wheres|when|why|which|who|can|could|would|will|do|does|did|is|are|was|were|any|i want|i wanna|i'd like|i would like|i need|i also|i'd also|also|please|pls|tell me|let me know|comment|combien|o[uù]|quand|pourquoi|quel|quelle|quels|quelles|est-ce|est ce|je veux|je voudrais|j'aimerais|j'ai besoin|je peux|puis-je|pouvez|pourriez|vous|il y a|y a-t-il|y a t il|c'est combien|[cç]a co[uû]te)`;
/** Request verbs that open a clause of their own when an object follows ("and change my password"). */
const VERB = String.raw`(?:change|cancel|return|reset|update|track|send|check|give|tell|exchange|swap|add|remove|delete|refund|ship|show|find|changer|annuler|retourner|renvoyer|modifier|suivre|[eé]changer|supprimer|ajouter|rembourser|envoyer|v[eé]rifier|montrer|trouver)`;
const OBJECT = String.raw`(?:my|the|it|them|me|a|an|mon|ma|mes|le|la|les|l'|l’)`;
/** Connectors that start another request wherever they stand. */
const STRONG = String.raw`(?:and also|btw|by the way|oh and|and then|and another thing|another thing|one more thing|et aussi|et puis|et ensuite|autre chose|autre question)`;
/** Connectors that start another request after a comma or "and" ("…, also can I…"); "I also want" is one. */
const WEAK = String.raw`(?:also|then|plus|aussi|sinon|par ailleurs|ensuite|en plus|puis)`;
const CONNECTOR = String.raw`(?:${STRONG}|${WEAK})`;

const BREAKS = new RegExp(
  [
    // Sentence punctuation (not inside "4.5", "e.g." or an e-mail), and line breaks.
    String.raw`[.?!;]+(?=\s|$)|\n+`,
    // " btw …", " and then …", ", also …", " and also …".
    String.raw`\s+(?=${STRONG}\b)|(?:,\s*|\s+(?:and|et)\s+)(?=${WEAK}\b)`,
    // ", and …", ", et …": a comma before "and" joins clauses ("tents, stoves, and bags" is read back as one search).
    String.raw`,\s*(?:and|et|but|mais)\s+`,
    // ", and how long…", " and can I…", " et combien…", ", je voudrais…".
    String.raw`(?:,\s*(?:and\s+|et\s+|but\s+|mais\s+)?|\s+(?:and|et|but|mais)\s+)(?=${OPENER}\b)`,
    String.raw`(?:,\s*|\s+)(?:and|et)\s+(?=${VERB}\s+${OBJECT})`,
  ].join('|'),
  'giu',
);
const LEADING = new RegExp(
  String.raw`^(?:[\s,.;:!?-]+|(?:and|et|but|mais|so|then|donc|puis|${CONNECTOR})\b[\s,]*)+`,
  'iu',
);

/** A clause, and whether a connector ("also", "btw", "et aussi", "sinon") opened it. */
export interface Clause extends Span {
  connected: boolean;
}
const HAS_CONNECTOR = new RegExp(String.raw`\b${CONNECTOR}\b`, 'iu');

/** The clauses of `text`, in order, each with at least one letter or digit. */
export function splitClauses(text: string): Clause[] {
  const spans: Clause[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const lead = LEADING.exec(text.slice(start, end));
    const s = start + (lead ? lead[0].length : 0);
    let e = end;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e)))
      spans.push({ start: s, end: e, connected: HAS_CONNECTOR.test(lead?.[0] ?? '') });
  };
  for (const m of text.matchAll(BREAKS)) {
    const at = m.index ?? 0;
    // Punctuation stays with the clause it ends ("how long does shipping take?").
    const end = /^[.?!;]/.test(m[0]) ? at + m[0].length : at;
    push(from, end);
    from = at + m[0].length;
  }
  push(from, text.length);
  return spans;
}

/**
 * A clause that asks for something: a question, a request verb, "I want", an imperative. A statement
 * ("my order is late again", "i bought a tent") is context for the request next to it, not one of its own.
 */
const ASKS = new RegExp(
  String.raw`\?|^(?:${OPENER}|${VERB}|has|have|hasn't|haven't|please|pls|could|can|do you|have you|got any|looking for|i'?m looking|need|want|give|cancel|refund|track|ship|send|show|tell|help|stop|remboursez|annulez|envoyez|renvoyez|passez|donnez|montrez|aidez|je cherche|je recherche|vous avez|avez-vous|je souhaite|je vais|help)\b|\b(?:i (?:want|need|would like|'d like|wanna)|can (?:i|you)|could you|please|je (?:veux|voudrais|souhaite|cherche)|j'aimerais|pouvez-vous|vous pouvez|svp|s'il vous pla[iî]t)\b`,
  'iu',
);

export function asksSomething(clause: string): boolean {
  return ASKS.test(clause.trim());
}
