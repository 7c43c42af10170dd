import type { Embedder } from '../embedding/embedder.js';
import type {
  CollectionViolationCode,
  SearchMode,
  VectorCollection,
  VectorStore,
} from '../vector-store/vector-store.js';
import { lexicalTerms } from '../language/analyzer.js';
import { stem } from '../language/stemmer.js';
import { isAskingWord, isPurposeWord, isStopword, isTalkWord } from '../language/stopwords.js';
import { tokenSpans, words } from '../language/tokenizer.js';
import { type Audience, audiencesIn, suitsAudience } from '../language/audience.js';
import type { Language } from '../language/language.js';
import { kindSynonymStems, kindSynonyms } from '../language/kind-synonyms.js';
import { type Lexicon, loadLexicon } from '../language/lexicon.js';
import { catalogCollectionSpec } from './catalog-collection.js';
import { type CatalogDocument, type DocType, documentSearchText } from './catalog-document.js';
import { type FusionWeights, fuseRankings } from './rank-fusion.js';
import { SpellingSuggester } from './spelling-suggester.js';

/** Constraints the caller parsed from the customer's words (a budget, "in red"): applied as filters, never as hints. */
export interface SearchFilters {
  /** Inclusive, in the store view's currency. */
  minPrice?: number;
  /** Inclusive, in the store view's currency. */
  maxPrice?: number;
  /** Any of these categories. */
  categoryIds?: number[];
  /** Attribute code → accepted option labels (any of, case-insensitive); every listed attribute must match. */
  attributes?: Record<string, string[]>;
  /** Yes/no attribute codes that must all hold (`sale`, `new`, `eco_collection`: the store's own). */
  flags?: string[];
  /** true: only salable products; false: only not salable; absent: both. Stock is still read live before it is stated. */
  inStock?: boolean;
  /**
   * Only products for these audiences (or for everyone, or not saying). Without it, an audience the
   * query names ("women's hoodie") demotes products for another one instead of excluding them.
   */
  audience?: Audience[];
}

export interface SearchOptions {
  /** Store view code. */
  store: string;
  filters?: SearchFilters;
  /** @default 10 */
  limit?: number;
  /** Hits to skip ("show more"): the next page of the same ranking. @default 0 */
  offset?: number;
  /** @default ['product'] */
  docTypes?: DocType[];
  /** Add corrections of words the store view's catalog does not contain ("leggins" → "leggings"). @default true */
  spelling?: boolean;
  /**
   * What the shopper asked the product to be, beyond hard filters ("waterproof", "for running"): each
   * hit says which of these its indexed text states (`matched`) and which it does not (`unmatched`).
   * `'query'`: every word of the query that the store view's catalog uses (stop words, numbers and
   * words no product has left out), as the shopper wrote it, so the caller can tell which of them the
   * results lack (`unmetWords`).
   */
  wanted?: string[] | 'query';
}

/**
 * `ranked` (the default): both signals for every candidate, fused by {@link fuseRankings};
 * `lexical`, `semantic` and `hybrid` (the backend's own fusion) are exposed for evaluation.
 */
export type SearchStrategy = 'ranked' | SearchMode;

/** One result with the fields a reply needs; price and stock here are index-time values, to be confirmed live. */
export interface SearchHit {
  type: DocType;
  /** Document id: the SKU for products. */
  id: string;
  score: number;
  matchedBy: 'both' | 'lexical' | 'semantic';
  name: string;
  sku?: string;
  url_key?: string;
  price?: number;
  currency?: string;
  categories: string[];
  attributes: Record<string, string[]>;
  /** Yes/no attributes that hold: code → label. */
  flags: Record<string, string>;
  /** The beginning of the document text, cut at a word boundary. */
  snippet: string;
  in_stock: boolean;
  rating?: number;
  review_count?: number;
  /** Of `SearchOptions.wanted`, what the product's indexed text states (every word of it, stemmed). */
  matched: string[];
  /** Of `SearchOptions.wanted`, what it does not state: never present these as matches. */
  unmatched: string[];
  /**
   * The kind of product the query asks for (its head word, stemmed: `boot` in "hiking boots") and
   * whether this product's name or categories name it; absent when the head is no kind of product ("gift
   * for my dad": a purpose, `isPurposeWord`) or nothing in the query is a word a product could have.
   * `missing`: the shopper's word for it, as written, when no product of the store view has that word
   * at all ("jigsaw", "beanies"); `named` then says whether the product's name and categories mean it
   * (puzzles for "jigsaw"): when none does, the store does not sell that kind of product.
   */
  kind?: { term: string; named: boolean; missing?: string };
}

export interface SearchServiceOptions {
  /** @default {@link DEFAULT_FUSION} */
  fusion?: FusionWeights;
  /** Candidates fetched per side, as a multiple of offset + limit (at least 50). @default 5 */
  candidateFactor?: number;
  /** Snippet length in characters. @default 240 */
  snippetChars?: number;
  /** How long a store view's vocabulary (the spelling dictionary) is kept before it is read again. @default 600000 */
  vocabularyTtlMs?: number;
  now?: () => number;
}

/**
 * Fusion chosen on the two labeled catalogs (`npm run eval:search`, docs/search.md): normalised linear
 * fusion, words weighed a little above meaning.
 */
export const DEFAULT_FUSION: FusionWeights = { method: 'linear', lexicalWeight: 0.6, minSimilarity: 0.3 };

/** Score factor of a product for another audience than the one the query names. */
const AUDIENCE_MISMATCH = 0.5;

/** Score factor of a product whose name and categories lack the query's head word ("laptop" in "gaming laptop"). */
const HEAD_MISSING = 0.6;

/** Languages whose noun phrases put the head first ("tente 2 places", "chaussures de randonnée"). */
const HEAD_FIRST: ReadonlySet<Language> = new Set(['fr', 'es', 'it', 'pt']);

/** Documents a word outside the language must be written in to be a product's word ("gooseneck", a brand). */
const WRITTEN_MIN = 3;

/** Fewest candidates fetched per side: a short page must still see enough of the catalog to rank. */
const MIN_CANDIDATES = 50;

export type OpenSearchResult =
  | { ok: true; service: SearchService }
  | { ok: false; violations: { code: CollectionViolationCode; message: string }[] };

/**
 * Catalog search for the sidecar: hard filters, lexical-first ranking with a semantic rerank and
 * backfill. Opens the collection read-only and refuses one built by another embedder.
 */
export class SearchService {
  private readonly fusion: FusionWeights;
  private readonly candidateFactor: number;
  private readonly snippetChars: number;
  private readonly vocabularyTtlMs: number;
  private readonly now: () => number;
  private readonly profiles = new Map<string, { profile: Promise<StoreProfile>; at: number }>();

  constructor(
    private readonly collection: VectorCollection,
    private readonly embedder: Embedder,
    options: SearchServiceOptions = {},
  ) {
    this.fusion = options.fusion ?? DEFAULT_FUSION;
    this.candidateFactor = options.candidateFactor ?? 5;
    this.snippetChars = options.snippetChars ?? 240;
    this.vocabularyTtlMs = options.vocabularyTtlMs ?? 600_000;
    this.now = options.now ?? Date.now;
  }

  /** Opens the catalog collection the indexer built; a missing collection or another embedder's is a refusal. */
  static async open(
    vectorStore: VectorStore,
    embedder: Embedder,
    options: SearchServiceOptions = {},
  ): Promise<OpenSearchResult> {
    const opened = await vectorStore.openCollection(catalogCollectionSpec(embedder), {
      createIfMissing: false,
    });
    if (!opened.ok) return { ok: false, violations: opened.violations };
    return { ok: true, service: new SearchService(opened.collection, embedder, options) };
  }

  /**
   * The query as searched: with the shop's words for the kinds it names ("coat" → jacket, parka) and
   * corrections from the store view's own words appended (never substituted).
   */
  async expandQuery(text: string, options: Pick<SearchOptions, 'store' | 'spelling'>): Promise<string> {
    const profile = await this.profile(options.store);
    const synonyms = new Set(words(text, profile.language).flatMap((w) => kindSynonyms(w, profile.language)));
    const expanded = synonyms.size === 0 ? text : `${text} ${[...synonyms].join(' ')}`;
    if (options.spelling === false) return expanded;
    return profile.speller.expandQuery(expanded, profile.language, profile.lexicon);
  }

  async search(
    text: string,
    options: SearchOptions,
    strategy: SearchStrategy = 'ranked',
  ): Promise<SearchHit[]> {
    const query = await this.expandQuery(text, options);
    // The query is analysed in the language the store view's documents were analysed in, or it
    // would not meet their terms (stems, stop words).
    const { language } = await this.profile(options.store);
    const limit = options.limit ?? 10;
    const offset = options.offset ?? 0;
    const { audience: audienceFilter, ...indexFilters } = options.filters ?? {};
    const filter = { store: options.store, docTypes: options.docTypes ?? ['product'], ...indexFilters };
    const named = audienceFilter ?? audiencesIn(text, language);
    const vector = strategy === 'lexical' ? undefined : (await this.embedder.embed([query]))[0]!;
    const wanted = wantedTerms(
      options.wanted === 'query' ? await this.storeWords(text, options.store) : (options.wanted ?? []),
      language,
    );
    const profile = await this.profile(options.store);
    const { stems } = profile;
    const head = headTerm(text, language, stems);
    // The kind reported with each hit: the head, or the word of a kind no product has at all.
    const missing = missingKind(
      text,
      language,
      stems,
      (word) => this.corrects(word, profile),
      (word) => profile.lexicon?.has(word) ?? true,
    );
    const kind: HitKind | undefined =
      missing ?? (head && !isPurposeWord(head, language) ? { term: head } : undefined);
    if (strategy !== 'ranked') {
      const hits = await this.collection.search({
        mode: strategy,
        text: query,
        vector,
        filter,
        limit: offset + limit,
        ...(language ? { language } : {}),
      });
      const page = hits
        .filter((hit) => !audienceFilter || suitsAudience(hit.document.audience, audienceFilter))
        .slice(offset);
      const meant = await this.meansKind(kind, page);
      return page.map((hit, i) =>
        this.toSearchHit(
          hit,
          hit.score,
          strategy === 'hybrid' ? 'both' : strategy,
          wanted,
          language,
          kind,
          meant[i],
        ),
      );
    }
    const depth = Math.max(MIN_CANDIDATES, (offset + limit) * this.candidateFactor);
    const [lexical, semantic] = await Promise.all([
      this.collection.search({
        mode: 'lexical',
        text: query,
        filter,
        limit: depth,
        withVectors: true,
        ...(language ? { language } : {}),
      }),
      this.collection.search({ mode: 'semantic', vector, filter, limit: depth }),
    ]);
    // Candidates beyond the page, so that products demoted or excluded for their audience can be replaced.
    const fused = fuseRankings(vector!, lexical, semantic, this.fusion, depth)
      .filter((f) => !audienceFilter || suitsAudience(f.hit.document.audience, audienceFilter))
      .map((f) =>
        suitsAudience(f.hit.document.audience, named) ? f : { ...f, score: f.score * AUDIENCE_MISMATCH },
      )
      .map((f) =>
        !head || namesHead(f.hit.document, head, language) ? f : { ...f, score: f.score * HEAD_MISSING },
      )
      .sort((a, b) => b.score - a.score);
    const page = fused.slice(offset, offset + limit);
    const asked = await this.unnamedKind(kind, text, page, options.store, language);
    const meant = await this.meansKind(
      asked,
      page.map((f) => f.hit),
    );
    return page.map((f, i) =>
      this.toSearchHit(f.hit, f.score, f.matchedBy, wanted, language, asked, meant[i]),
    );
  }

  /**
   * The kind as reported: a head word that some text of the store has (a description, a policy page)
   * but no product of the store view is named or categorised by ("bonnet" in a care instruction) is a
   * kind the store does not sell either, like a word no product has (`missing`). Only looked up when
   * no product of the page names it; filters do not apply (the store may sell it above the budget).
   */
  private async unnamedKind(
    kind: HitKind | undefined,
    text: string,
    page: readonly { hit: { document: CatalogDocument } }[],
    store: string,
    language: Language | undefined,
  ): Promise<HitKind | undefined> {
    if (!kind || kind.missing !== undefined) return kind;
    if (page.some((f) => namesHead(f.hit.document, kind.term, language))) return kind;
    const word = words(text, language).find((w) => stem(w, language) === kind.term);
    if (!word) return kind;
    const having = await this.collection.search({
      mode: 'lexical',
      text: word,
      filter: { store, docTypes: ['product'] },
      limit: MIN_CANDIDATES,
      ...(language ? { language } : {}),
    });
    return having.some((h) => namesHead(h.document, kind.term, language)) ? kind : { ...kind, missing: word };
  }

  /**
   * For a kind no product has the word of ("jigsaw", "beanies"): whether each product's name and
   * categories mean it — their embedding's cosine to the word's at least the fusion's `minSimilarity`,
   * the floor under which a meaning-only candidate is noise. Puzzles mean "jigsaw" (0.39), soccer balls
   * "football" (0.75); smart plugs do not mean "beanies" (−0.02). Empty when the kind has its word.
   */
  private async meansKind(kind: HitKind | undefined, hits: readonly { document: CatalogDocument }[]) {
    if (!kind?.missing || hits.length === 0) return [];
    const [word, ...products] = await this.embedder.embed([
      kind.missing,
      ...hits.map((h) => `${h.document.title} ${h.document.categories.join(' ')}`),
    ]);
    return products.map((v) => cosine(word!, v) >= this.fusion.minSimilarity);
  }

  /**
   * The query's words that some product of the store view is described by, as written (lower case,
   * accents kept), once each: stop words, words of asking ("vendez": "vendu avec …" is in descriptions),
   * numbers and words the catalog does not contain (typos, "wife") are not properties a product could
   * be said to lack; nor is talk around the purchase ("hoping", "bought", "covered": `isTalkWord`), nor a
   * word that is neither of the language nor written as such in a few of the store's products (typos and
   * chat shorthand whose stem happens to be a store word: "sz", "anythin"; "gooseneck" and brands stay).
   */
  private async storeWords(text: string, store: string): Promise<string[]> {
    const { stems, language, lexicon, vocabulary } = await this.profile(store);
    const written = (w: string) => !lexicon || lexicon.has(w) || (vocabulary.get(w) ?? 0) >= WRITTEN_MIN;
    const seen = new Set<string>();
    const out: string[] = [];
    for (const token of tokenSpans(text)) {
      const said = words(token.text, language).filter(
        (w) => !/\d/.test(w) && !isStopword(w, language) && !isAskingWord(w, language),
      );
      if (said.some((w) => isTalkWord(w, language) || !written(w))) continue;
      const terms = said.map((w) => stem(w, language));
      const key = terms.join(' ');
      if (terms.length === 0 || seen.has(key) || !terms.every((t) => stems.has(t))) continue;
      seen.add(key);
      out.push(token.text.toLowerCase());
    }
    return out;
  }

  /** Whether the query's spelling step corrects this folded word into a store word (`expandQuery`). */
  private corrects(word: string, profile: StoreProfile): boolean {
    return !profile.lexicon?.has(word) && profile.speller.suggest(word) !== undefined;
  }

  /** The store view's speller and language, from its indexed documents, read again after `vocabularyTtlMs`. */
  private profile(store: string): Promise<StoreProfile> {
    const cached = this.profiles.get(store);
    if (cached && this.now() - cached.at < this.vocabularyTtlMs) return cached.profile;
    const profile = this.collection.vocabulary(store).then(async (vocabulary) => ({
      speller: SpellingSuggester.fromFrequencies(vocabulary.words),
      stems: new Set([...vocabulary.words.keys()].map((w) => stem(w, vocabulary.language))),
      vocabulary: vocabulary.words,
      language: vocabulary.language,
      lexicon: await loadLexicon(vocabulary.language),
    }));
    this.profiles.set(store, { profile, at: this.now() });
    profile.catch(() => this.profiles.delete(store));
    return profile;
  }

  private toSearchHit(
    hit: { document: CatalogDocument },
    score: number,
    matchedBy: SearchHit['matchedBy'],
    wanted: readonly WantedTerms[],
    language: Language | undefined,
    kind: HitKind | undefined,
    meant = false,
  ): SearchHit {
    const d = hit.document;
    const have =
      wanted.length === 0
        ? new Set<string>()
        : new Set(lexicalTerms(documentSearchText(d, Infinity), d.language ?? language));
    const lang = d.language ?? language;
    const has = (t: string) => have.has(t) || kindSynonymStems(t, lang).some((s) => have.has(s));
    const holds = (w: WantedTerms) => w.terms.length > 0 && w.terms.every(has);
    return {
      type: d.type,
      id: d.id,
      score,
      matchedBy,
      name: d.title,
      ...(d.sku === undefined ? {} : { sku: d.sku }),
      ...(d.url_key === undefined ? {} : { url_key: d.url_key }),
      ...(d.price === undefined ? {} : { price: d.price }),
      ...(d.currency === undefined ? {} : { currency: d.currency }),
      categories: d.categories,
      attributes: d.attributes,
      flags: d.flags,
      snippet: snippet(d.text, this.snippetChars),
      in_stock: d.in_stock,
      ...(d.rating === undefined ? {} : { rating: d.rating }),
      ...(d.review_count === undefined ? {} : { review_count: d.review_count }),
      matched: wanted.filter(holds).map((w) => w.phrase),
      unmatched: wanted.filter((w) => !holds(w)).map((w) => w.phrase),
      ...(kind === undefined
        ? {}
        : kind.missing === undefined
          ? { kind: { term: kind.term, named: namesHead(d, kind.term, language) } }
          : { kind: { term: kind.term, named: meant, missing: kind.missing } }),
    };
  }
}

interface StoreProfile {
  speller: SpellingSuggester;
  /** The stems of the store view's words: what some product is described by. */
  stems: ReadonlySet<string>;
  /** The store view's words as written (folded) → how many documents have them. */
  vocabulary: ReadonlyMap<string, number>;
  language: Language | undefined;
  /** The language's words: those are never corrected. */
  lexicon: Lexicon | undefined;
}

/** The kind a search asks for, before it is checked against each hit. */
interface HitKind {
  term: string;
  missing?: string;
}

interface WantedTerms {
  phrase: string;
  terms: string[];
}

/**
 * Pure: the wanted words none of `hits` is described as, when they are described by another one —
 * "waterproof" for the fleece jackets found for "waterproof jackets". Empty when no hit meets any wanted
 * word (the results are only alike in meaning) or when there are no hits.
 */
export function unmetWords(hits: readonly Pick<SearchHit, 'matched' | 'unmatched'>[]): string[] {
  const met = new Set(hits.flatMap((h) => h.matched));
  const unmet = [...new Set(hits.flatMap((h) => h.unmatched))].filter((w) => !met.has(w));
  return met.size > 0 ? unmet : [];
}

/**
 * Pure: the head of the query's first noun phrase, stemmed — the kind of product asked for: the last
 * store word of the first run of words between stop words in English, German and Dutch ("gaming
 * laptop", "wireless earbuds for running" → `earbud`), the first in French, Spanish, Italian and
 * Portuguese ("tente 2 places" → `tent`). Undefined when no word of the query is a store word.
 */
export function headTerm(
  text: string,
  language: Language | undefined,
  storeStems: ReadonlySet<string>,
): string | undefined {
  let run: string[] = [];
  const runs: string[][] = [run];
  for (const word of words(text, language)) {
    if (isStopword(word, language) || isAskingWord(word, language) || isTalkWord(word, language))
      runs.push((run = []));
    else if (!/\d/.test(word) && sellsKind(stem(word, language), language, storeStems))
      run.push(stem(word, language));
  }
  const first = runs.find((r) => r.length > 0);
  if (!first) return undefined;
  return language && HEAD_FIRST.has(language) ? first[0] : first.at(-1);
}

/**
 * Pure: the word of the kind of product asked for when it is no word the store view's products have
 * (`storeStems`): the head of the first phrase by the same rule as {@link headTerm}, over every word
 * ("do you have beanies?", "do you carry umbrellas" → `umbrellas`, "vous vendez des bonnets ?" →
 * `bonnets`), as written (folded). Words of asking ("vendez"), purposes ("gift") and for whom it is ("wife", "femme") are no
 * kind of product. Undefined when that head is a store word (then {@link headTerm} is the kind) or one
 * the spelling step corrects into a store word (`corrected`: "jaket"), or no word is left.
 */
export function missingKind(
  text: string,
  language: Language | undefined,
  storeStems: ReadonlySet<string>,
  corrected: (word: string) => boolean = () => false,
  isWord: (word: string) => boolean = () => true,
): { term: string; missing: string } | undefined {
  let run: string[] = [];
  const runs: string[][] = [run];
  // An English contraction ("I'm", "what's") is no kind of product; French elisions ("d'hiver") are words.
  const said: (string | null)[] = tokenSpans(text).flatMap((t) => {
    if (language === 'en' && /['’]/.test(t.text)) return [null];
    const parts = words(t.text, language);
    // An inverted pronoun (« savez-vous ») joins a stop word: its joined form is no word either.
    return parts.length > 2 && parts.slice(0, -1).some((w) => isStopword(w, language))
      ? parts.slice(0, -1)
      : parts;
  });
  for (const word of said) {
    // "A gift for a runner": what follows a purpose is whom it is for, not a kind of product.
    if (word !== null && isPurposeWord(stem(word, language), language)) break;
    // Talk around the purchase ("a guy who likes coffee") and chat shorthand ("sz 10") name no kind.
    if (
      word === null ||
      isStopword(word, language) ||
      isAskingWord(word, language) ||
      isTalkWord(word, language) ||
      (word.length <= 2 && !isWord(word))
    )
      runs.push((run = []));
    else if (/\d/.test(word) || !/\p{L}\p{L}/u.test(word)) continue;
    else if (audiencesIn(word, language).length === 0) run.push(word);
  }
  const first = runs.find((r) => r.length > 0);
  if (!first) return undefined;
  const word = language && HEAD_FIRST.has(language) ? first[0]! : first.at(-1)!;
  // A store word, one the store has another word for ("coat": jackets), or one misspelt ("jaket"): the
  // search finds that kind by it.
  if (sellsKind(stem(word, language), language, storeStems) || corrected(word)) return undefined;
  return { term: stem(word, language), missing: word };
}

/** Whether the store's words have the stemmed kind, or a shop's word for it ("coat": `jacket`). */
function sellsKind(term: string, language: Language | undefined, storeStems: ReadonlySet<string>): boolean {
  return storeStems.has(term) || kindSynonymStems(term, language).some((t) => storeStems.has(t));
}

/** Whether a product's name or categories contain the term (stemmed) or a shop's word for it ("coat": a jacket). */
function namesHead(document: CatalogDocument, head: string, language: Language | undefined): boolean {
  const lang = document.language ?? language;
  const terms = lexicalTerms(`${document.title} ${document.categories.join(' ')}`, lang);
  return terms.includes(head) || kindSynonymStems(head, lang).some((t) => terms.includes(t));
}

function wantedTerms(wanted: readonly string[], language: Language | undefined): WantedTerms[] {
  return wanted.map((phrase) => ({ phrase, terms: lexicalTerms(phrase, language) }));
}

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return aa > 0 && bb > 0 ? dot / Math.sqrt(aa * bb) : 0;
}

function snippet(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
