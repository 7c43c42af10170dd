/**
 * One tokenizer for every text path of search: the GloVe embedder's word lookup, the embedded
 * index's BM25 and Qdrant's sparse lexical vectors. Sharing it means a query term and a document
 * term meet as the same token whichever side ranks them.
 */

/** Words too common in shop text to carry meaning for ranking. */
const STOPWORDS = new Set(
  (
    'a an and are as at be but by for from has have i if in into is it its me my of on or our so ' +
    'that the their them then there these they this to was we were what when where which who will with ' +
    'you your am do does some any can could would should something anything need want looking'
  ).split(' '),
);

/**
 * Lower-cased word and number tokens: diacritics folded (`café` → `cafe`), punctuation split
 * (`t-shirt` → `t`, `shirt`; `50%` → `50`), currency signs dropped (`$49.99` → `49.99`),
 * possessives dropped (`kid's` → `kid`). Stopwords are kept: the embedder weighs them itself.
 */
export function tokenize(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const tokens: string[] = [];
  for (const match of folded.matchAll(/\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu)) {
    let token = match[0];
    if (/^\d/.test(token)) token = token.replace(/,(?=\d{3}\b)/g, '');
    token = token.replace(/'s$/, '').replace(/'/g, '');
    if (token.length > 0) tokens.push(token);
  }
  return tokens;
}

/**
 * Light English stemming, the kind a store's full-text search does: plurals and a few common
 * suffix variants fold to one form (`bags` → `bag`, `batteries` → `battery`, `boxes` → `box`,
 * `waterproofing` stays distinct). Conservative on purpose: over-stemming merges unrelated products.
 */
export function stem(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(token)) return token.slice(0, -2);
  if (token.endsWith('ss') || token.endsWith('us') || token.endsWith('is')) return token;
  if (token.endsWith('s')) return token.slice(0, -1);
  return token;
}

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

/** Tokens for lexical ranking: tokenized, stopwords removed, stemmed. */
export function lexicalTerms(text: string): string[] {
  return tokenize(text)
    .filter((t) => !STOPWORDS.has(t))
    .map(stem);
}

/**
 * Stable 32-bit id of a term (FNV-1a over its UTF-8 bytes): the sparse-vector index of a lexical
 * term and the feature bucket of the hashing embedder. Never change it: stored vectors depend on it.
 */
export function termId(term: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(term, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
