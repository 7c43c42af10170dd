import type { CatalogLexicon, ProductMatchEntity } from '../types.js';
import { editDistance, normalize, stem } from '../text.js';

/** Fuzzy product lookup over an injected catalog; build once, query per turn. */
export interface CatalogMatcher {
  match(text: string): ProductMatchEntity[];
}

export interface CatalogMatcherOptions {
  /** Matches below this score are dropped. @default 0.6 */
  minScore?: number;
  /** At most this many products per message. @default 5 */
  limit?: number;
}

interface Surface {
  entry: number;
  via: 'name' | 'alias';
  tokens: string[];
  totalWeight: number;
  /** Tokens that identify a product on their own: the brand (else the first word) and model codes. */
  identifying: Set<string>;
}

interface QueryToken {
  stem: string;
  start: number;
  end: number;
}

/** At most this many products may share the matched words for a joint match. */
const JOINT_MATCH_MAX_PRODUCTS = 3;
const JOINT_MATCH_SCORE = 0.65;

/**
 * Words that name no product; "back" is the particle of "send it back", not the "Open-Back" of a name.
 * French articles and prepositions too: translated names are full of them ("Casque … de voyage"), so
 * "de" and a brand would otherwise name every product of that brand with a "de".
 */
const QUERY_STOPWORDS = new Set(
  [
    'a an the and or of for with to in on at is are be it this that these those one ones i you my me do does have has can what which how any some your our vs versus than or about from by back',
    'le la les un une des du de au aux et ou en pour avec sur par',
  ]
    .join(' ')
    .split(' '),
);

function trigrams(token: string): string[] {
  const padded = `  ${token} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

function splitTokens(text: string): QueryToken[] {
  const n = normalize(text);
  return [...n.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    stem: stem(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * Products by SKU (exact, case- and punctuation-insensitive) and by name or alias (token overlap
 * weighted by rarity, with typo tolerance through trigram candidates and edit distance). A name
 * matches when most of its weight is covered, or when a token only one or two products have
 * ("bose", "xm5") is matched closely.
 */
export function createCatalogMatcher(
  lexicon: CatalogLexicon,
  options: CatalogMatcherOptions = {},
): CatalogMatcher {
  const minScore = options.minScore ?? 0.6;
  const limit = options.limit ?? 5;
  const skuIndex = new Map<string, number>();
  const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  lexicon.forEach((e, i) => {
    skuIndex.set(e.sku.toLowerCase(), i);
    skuIndex.set(compact(e.sku), i);
  });

  const surfaces: Surface[] = [];
  const df = new Map<string, Set<number>>();
  lexicon.forEach((e, i) => {
    const brand = e.brand ? new Set(splitTokens(e.brand).map((t) => t.stem)) : undefined;
    const all: Array<[string, 'name' | 'alias']> = [
      [e.name, 'name'],
      ...(e.otherNames ?? []).map((n) => [n, 'name'] as [string, 'name']),
      ...(e.aliases ?? []).map((a) => [a, 'alias'] as [string, 'alias']),
    ];
    for (const [text, via] of all) {
      const tokens = [...new Set(splitTokens(text).map((t) => t.stem))];
      for (const t of tokens) {
        const set = df.get(t) ?? new Set<number>();
        set.add(i);
        df.set(t, set);
      }
      const identifying = new Set(
        tokens.filter((t, k) => (brand ? brand.has(t) : k === 0) || /\d/.test(t) || via === 'alias'),
      );
      surfaces.push({ entry: i, via, tokens, totalWeight: 0, identifying });
    }
  });
  const idf = new Map<string, number>();
  for (const [t, set] of df) idf.set(t, Math.log(1 + lexicon.length / set.size));
  const postings = new Map<string, number[]>();
  surfaces.forEach((s, si) => {
    s.totalWeight = s.tokens.reduce((sum, t) => sum + (idf.get(t) ?? 0), 0);
    for (const t of s.tokens) {
      const list = postings.get(t) ?? [];
      list.push(si);
      postings.set(t, list);
    }
  });
  const gramIndex = new Map<string, string[]>();
  for (const t of df.keys()) {
    for (const g of new Set(trigrams(t))) {
      const list = gramIndex.get(g) ?? [];
      list.push(t);
      gramIndex.set(g, list);
    }
  }

  /**
   * Two or more closely matched words, one of them a name word (brand, model code), that together
   * occur in at most a few products ("Kestrel Air" in "Kestrel Air Chromebook F80") name those
   * products even when each word alone is common.
   */
  function identifiesFew(sims: ReadonlyMap<string, number>, identifying: ReadonlySet<string>): boolean {
    const tokens = [...sims].filter(([t, sim]) => sim >= 0.8 && t.length >= 2).map(([t]) => t);
    // Generic words ("waterproof jacket") must not add up to a product: one has to be a name word.
    if (tokens.length < 2 || !tokens.some((t) => identifying.has(t))) return false;
    let products: Set<number> | undefined;
    for (const t of tokens) {
      const having = df.get(t) ?? new Set<number>();
      products = products ? new Set([...products].filter((p) => having.has(p))) : new Set(having);
      if (products.size === 0) return false;
    }
    return (products?.size ?? 0) <= JOINT_MATCH_MAX_PRODUCTS;
  }

  const fuzzyCache = new Map<string, Array<[string, number]>>();
  /** Vocabulary tokens close to a query token, with a similarity in (0, 1]. */
  function near(token: string): Array<[string, number]> {
    const cached = fuzzyCache.get(token);
    if (cached) return cached;
    const out: Array<[string, number]> = [];
    if (df.has(token)) out.push([token, 1]);
    else if (token.length >= 4 && !/^\d+$/.test(token)) {
      const counts = new Map<string, number>();
      const grams = new Set(trigrams(token));
      for (const g of grams) for (const t of gramIndex.get(g) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
      const maxEdits = token.length >= 7 ? 2 : 1;
      for (const [t, shared] of counts) {
        const dice = (2 * shared) / (grams.size + new Set(trigrams(t)).size);
        if (dice < 0.4) continue;
        const d = editDistance(token, t, maxEdits);
        if (d <= maxEdits) out.push([t, 1 - d / Math.max(token.length, t.length)]);
      }
    }
    if (fuzzyCache.size > 20_000) fuzzyCache.clear();
    fuzzyCache.set(token, out);
    return out;
  }

  return {
    match(text: string): ProductMatchEntity[] {
      const best = new Map<number, { match: ProductMatchEntity; words: Set<number> }>();
      const offer = (match: ProductMatchEntity, entry: number, words: Set<number>): void => {
        const current = best.get(entry);
        // The product explains every word any of its matches took (its SKU and its name).
        const all = new Set([...words, ...(current?.words ?? [])]);
        if (!current || match.score > current.match.score) best.set(entry, { match, words: all });
        else current.words = all;
      };

      for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-_./][\p{L}\p{N}]+)*/gu)) {
        const entry =
          skuIndex.get(m[0].toLowerCase()) ?? (m[0].length >= 4 ? skuIndex.get(compact(m[0])) : undefined);
        const product = entry === undefined ? undefined : lexicon[entry];
        if (entry !== undefined && product) {
          offer(
            {
              sku: product.sku,
              name: product.name,
              score: 1,
              via: 'sku',
              raw: m[0],
              start: m.index,
              end: m.index + m[0].length,
            },
            entry,
            new Set([m.index]),
          );
        }
      }

      // Per surface: best similarity of each of its tokens, and which query tokens matched.
      const hits = new Map<number, { sims: Map<string, number>; spans: QueryToken[] }>();
      const normalized = normalize(text);
      for (const q of splitTokens(text)) {
        // Single digits count: "XPS 15" and "Ultra 2" differ only by their numbers.
        if (QUERY_STOPWORDS.has(q.stem) || (q.stem.length < 2 && !/\d/.test(q.stem))) continue;
        for (const [token, sim] of near(q.stem)) {
          for (const si of postings.get(token) ?? []) {
            const h = hits.get(si) ?? { sims: new Map<string, number>(), spans: [] };
            if (sim > (h.sims.get(token) ?? 0)) h.sims.set(token, sim);
            h.spans.push(q);
            hits.set(si, h);
          }
        }
      }
      for (const [si, h] of hits) {
        const s = surfaces[si];
        const product = s ? lexicon[s.entry] : undefined;
        if (!s || !product || s.totalWeight === 0) continue;
        let covered = 0;
        let distinctive = false;
        for (const [token, sim] of h.sims) {
          covered += (idf.get(token) ?? 0) * sim;
          const rare = (df.get(token)?.size ?? Infinity) <= 2;
          if (rare && s.identifying.has(token) && token.length >= 3 && sim >= 0.8) distinctive = true;
        }
        let score = covered / s.totalWeight;
        if (distinctive) score = Math.max(score, 0.7);
        else if (score < minScore && identifiesFew(h.sims, s.identifying))
          score = Math.max(score, JOINT_MATCH_SCORE);
        if (score < minScore) continue;
        const start = Math.min(...h.spans.map((q) => q.start));
        const end = Math.max(...h.spans.map((q) => q.end));
        offer(
          {
            sku: product.sku,
            name: product.name,
            score: Math.min(score, 0.99),
            via: s.via,
            raw: normalized.slice(start, end),
            start,
            end,
          },
          s.entry,
          new Set(h.spans.map((q) => q.start)),
        );
      }
      const ranked = [...best.values()].sort((a, b) => b.match.score - a.match.score);
      // A match explained entirely by the words of stronger ones, or of equal ones that matched more
      // words, adds nothing: "trail runner earbuds" is the earbuds, not also the Trail Runner shoe, and
      // "the Acme Family Tent S10 and the Trailwise Backpacking Tent G40" names two tents, not also the
      // Acme … Camp Chair G40 that "Acme" and "G40" together meet.
      const kept = ranked.filter((m) => {
        const covered = new Set(
          ranked
            .filter(
              (other) =>
                other !== m &&
                (other.match.score > m.match.score ||
                  (other.match.score === m.match.score && other.words.size > m.words.size)),
            )
            .flatMap((other) => [...other.words]),
        );
        return ![...m.words].every((w) => covered.has(w));
      });
      return kept.slice(0, limit).map((m) => m.match);
    },
  };
}
