import type { ChatDeps } from '../flow-deps.js';
import type { Turn } from '../turn.js';

/** How deep in the catalog's ranking an ordered product may be and still be the one the words mean. */
const RANK_DEPTH = 5;
/** A hit scoring under this share of the best one is a weak match, not what the words mean. */
const RELATIVE_SCORE = 0.5;

/** A product the customer bought: an order line's SKU and name. */
export interface BoughtProduct {
  sku: string;
  name: string;
}

/**
 * Which of the customer's bought products a phrase means when its words are not in their names: "my
 * power bank order" is the order with the "PowerCube 10,000 mAh Portable Charger". The store's own search
 * decides (its categories, attributes, descriptions and spelling), over the whole catalog: the best-ranked
 * product that was bought is the one meant, if it ranks among the first {@link RANK_DEPTH} and scores at
 * least {@link RELATIVE_SCORE} of the best hit. Returns its SKUs (a product may sit on several lines), or
 * none. Whatever it picks is put to the customer to confirm before anything is done.
 */
export async function boughtProductsMeant(
  phrase: string,
  bought: readonly BoughtProduct[],
  turn: Turn,
  deps: ChatDeps,
): Promise<string[]> {
  if (bought.length === 0 || phrase.trim() === '') return [];
  const hits = await deps.catalog.searchProducts(phrase, {
    store: turn.store.code,
    language: turn.store.locale,
    // Bought products may be sold out or off sale by now: the phrase names what was bought, not what is for sale.
    filters: { includeOutOfStock: true },
    limit: RANK_DEPTH,
  });
  const best = hits[0]?.score ?? 0;
  for (const hit of hits.filter((h) => h.score >= best * RELATIVE_SCORE)) {
    const meant = bought.filter((b) => b.sku === hit.sku || sameName(b.name, hit.title));
    if (meant.length > 0) return [...new Set(meant.map((b) => b.sku))];
  }
  return [];
}

/** A configurable's child is ordered under its own SKU and the parent's name (plus its options). */
function sameName(lineName: string, title: string): boolean {
  const a = lineName.trim().toLowerCase();
  const b = title.trim().toLowerCase();
  return a === b || a.startsWith(`${b} `) || a.startsWith(`${b}-`);
}

/** Item phrases tried by meaning, at most: a message names a few things, rarely more. */
const PHRASES_TRIED = 3;

/**
 * The bought products the first of `phrases` that means one names ("je peux avoir un refund pour le filet
 * vélo ?": not "refund", but "filet vélo"); none when no phrase means a bought product.
 */
export async function boughtProductsMeantByAny(
  phrases: readonly string[],
  bought: readonly BoughtProduct[],
  turn: Turn,
  deps: ChatDeps,
): Promise<string[]> {
  for (const phrase of [...new Set(phrases)].slice(0, PHRASES_TRIED)) {
    const skus = await boughtProductsMeant(phrase, bought, turn, deps);
    if (skus.length > 0) return skus;
  }
  return [];
}
