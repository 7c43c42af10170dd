import { rawFeatures } from './features.js';
import { analyse, type NluModel } from './understand.js';
import { LANGUAGES, type Language } from './language.js';
import type { CatalogEntry, Intent, LabeledUtterance } from './types.js';

export interface LanguageAccuracy {
  lang: Language;
  correct: number;
  total: number;
  accuracy: number;
}

/** Accuracy per language of the labeled set, for the languages it has. */
export function accuracyByLanguage(
  predictions: ReadonlyArray<{ lang: Language; correct: boolean }>,
): LanguageAccuracy[] {
  return LANGUAGES.flatMap((lang) => {
    const own = predictions.filter((p) => p.lang === lang);
    if (own.length === 0) return [];
    const correct = own.filter((p) => p.correct).length;
    return [{ lang, correct, total: own.length, accuracy: correct / own.length }];
  });
}

/** Confidence buckets against observed accuracy: is "0.8" right about 80 % of the time? */
export function reliability(
  predictions: ReadonlyArray<{ confidence: number; correct: boolean }>,
  edges: readonly number[] = [0, 0.2, 0.3, 0.4, 0.6, 0.8, 0.95, 1.0001],
): Array<{ from: number; to: number; count: number; accuracy: number | null }> {
  return edges.slice(1).map((to, i) => {
    const from = edges[i] ?? 0;
    const inBucket = predictions.filter((p) => p.confidence >= from && p.confidence < to);
    const correct = inBucket.filter((p) => p.correct).length;
    return {
      from,
      to: Math.min(to, 1),
      count: inBucket.length,
      accuracy: inBucket.length ? correct / inBucket.length : null,
    };
  });
}

/**
 * k-fold cross-validation over every labeled utterance (folds taken round-robin per intent), so the
 * estimate rests on the whole set rather than one held-out quarter.
 */
export function crossValidate(
  utterances: readonly LabeledUtterance[],
  build: (train: readonly LabeledUtterance[]) => NluModel,
  folds = 4,
): {
  accuracy: number;
  byLanguage: LanguageAccuracy[];
  predictions: Array<{ confidence: number; correct: boolean; lang: Language }>;
} {
  const seen = new Map<Intent, number>();
  const fold = utterances.map((u) => {
    const n = seen.get(u.intent) ?? 0;
    seen.set(u.intent, n + 1);
    return n % folds;
  });
  const predictions: Array<{ confidence: number; correct: boolean; lang: Language }> = [];
  for (let k = 0; k < folds; k++) {
    const model = build(utterances.filter((_, i) => fold[i] !== k));
    utterances.forEach((u, i) => {
      if (fold[i] !== k) return;
      const p = analyse(model, u.text);
      predictions.push({ confidence: p.confidence, correct: p.intent === u.intent, lang: u.lang });
    });
  }
  return {
    accuracy: predictions.filter((p) => p.correct).length / Math.max(predictions.length, 1),
    byLanguage: accuracyByLanguage(predictions),
    predictions,
  };
}

/**
 * The fold of each utterance for k-fold cross-validation, near-duplicates kept in one fold. Utterances
 * whose stemmed words and word bigrams overlap by at least `overlap` (Jaccard) are one group
 * (transitively: "where is my order" and "where is my order?? pls" and "where's my order"), and groups
 * are dealt, largest first, to the fold with the fewest utterances of the group's intent. Round-robin
 * folds let a model be scored on a message it trained on in other words, which flatters a
 * nearest-neighbour scorer most: the folds should measure phrasings the model has not seen.
 */
export function groupedFolds(
  utterances: ReadonlyArray<{ text: string; intent: Intent }>,
  folds = 4,
  overlap = 0.5,
): number[] {
  const bags = utterances.map(
    (u) => new Set([...rawFeatures(u.text).keys()].filter((f) => f.startsWith('w:') || f.startsWith('b:'))),
  );
  const parent = utterances.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < bags.length; i++) {
    const a = bags[i]!;
    for (let j = i + 1; j < bags.length; j++) {
      const b = bags[j]!;
      // Jaccard ≥ overlap needs the smaller bag to be at least `overlap` of the larger one.
      if (Math.min(a.size, b.size) < overlap * Math.max(a.size, b.size)) continue;
      let shared = 0;
      for (const f of a) if (b.has(f)) shared++;
      const union = a.size + b.size - shared;
      if (union > 0 && shared / union >= overlap) parent[root(i)] = root(j);
    }
  }
  const groups = new Map<number, number[]>();
  utterances.forEach((_, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  const counts = Array.from({ length: folds }, () => new Map<Intent, number>());
  const fold = new Array<number>(utterances.length).fill(0);
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  for (const group of ordered) {
    const intent = utterances[group[0]!]!.intent;
    let best = 0;
    for (let k = 1; k < folds; k++)
      if ((counts[k]!.get(intent) ?? 0) < (counts[best]!.get(intent) ?? 0)) best = k;
    for (const i of group) {
      fold[i] = best;
      const own = utterances[i]!.intent;
      counts[best]!.set(own, (counts[best]!.get(own) ?? 0) + 1);
    }
  }
  return fold;
}

export interface EntityEvaluation {
  correct: number;
  total: number;
  byKind: Record<string, { correct: number; total: number }>;
  misses: string[];
}

/** Exact-match accuracy of every labeled entity (order numbers, SKUs, budgets, emails…). */
export function evaluateEntities(model: NluModel, utterances: readonly LabeledUtterance[]): EntityEvaluation {
  const byKind: EntityEvaluation['byKind'] = {};
  const misses: string[] = [];
  const check = (kind: string, text: string, expected: unknown, actual: unknown): void => {
    const k = (byKind[kind] ??= { correct: 0, total: 0 });
    k.total++;
    if (JSON.stringify(expected) === JSON.stringify(actual)) k.correct++;
    else
      misses.push(
        `${kind} in "${text}": expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
      );
  };
  for (const u of utterances) {
    const labels = u.entities;
    if (!labels) continue;
    const e = analyse(model, u.text).entities;
    if (labels.orderNumbers)
      check(
        'orderNumbers',
        u.text,
        labels.orderNumbers,
        e.orderNumbers.map((o) => o.value),
      );
    if (labels.skus) check('skus', u.text, [...labels.skus].sort(), e.products.map((p) => p.sku).sort());
    if (labels.emails) check('emails', u.text, labels.emails, e.emails);
    if (labels.lastName) check('lastName', u.text, labels.lastName, e.lastName);
    if (labels.claimReason) check('claimReason', u.text, labels.claimReason, e.claimReason);
    if (labels.quantity !== undefined) check('quantity', u.text, labels.quantity, e.quantity);
    if (labels.budget) {
      const { raw: _raw, ...budget } = e.budget ?? { raw: '' };
      check('budget', u.text, sortKeys(labels.budget), sortKeys(budget));
    }
  }
  const values = Object.values(byKind);
  return {
    correct: values.reduce((s, v) => s + v.correct, 0),
    total: values.reduce((s, v) => s + v.total, 0),
    byKind,
    misses,
  };
}

function sortKeys(o: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

const BRANDS = [
  'Acme',
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Tyrell',
];
const LINES = [
  'Pro',
  'Lite',
  'Max',
  'Mini',
  'Ultra',
  'Sport',
  'Classic',
  'Edge',
  'Prime',
  'Flex',
  'Air',
  'Core',
];
const TYPES = [
  'Headphones',
  'Laptop',
  'Backpack',
  'Jacket',
  'Sneakers',
  'Blender',
  'Desk Lamp',
  'Monitor',
  'Tent',
  'Watch',
];

/** A deterministic store-sized lexicon for latency measurements ("Acme Pro 3 Headphones"). */
export function syntheticLexicon(count: number): CatalogEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const brand = BRANDS[i % BRANDS.length] ?? 'Acme';
    const line = LINES[Math.floor(i / BRANDS.length) % LINES.length] ?? 'Pro';
    const type = TYPES[Math.floor(i / (BRANDS.length * LINES.length)) % TYPES.length] ?? 'Watch';
    return { sku: `SYN-${String(i).padStart(5, '0')}`, name: `${brand} ${line} ${(i % 7) + 1} ${type}` };
  });
}
