import { INTENTS, type Intent, type IntentScore } from './types.js';
import { Speller, cosine, denseCosine, rawFeatures, weigh, type SparseVector } from './features.js';
import { words } from './text.js';

export interface TrainingExample {
  text: string;
  intent: Intent;
}

export interface IntentModelOptions {
  /** One unit vector per example (same order), from an injected `Embedder`; omit for lexical only. */
  vectors?: readonly Float32Array[];
  /** Share of the dense similarity in the score when vectors are given. @default 0.3 */
  denseWeight?: number;
}

interface Prototype {
  intent: Intent;
  vector: SparseVector;
  dense: Float32Array | undefined;
}

interface Centroid {
  sum: SparseVector;
  norm2: number;
  denseSum: Float32Array | undefined;
  denseNorm2: number;
}

/** A trained classifier: immutable, built once, shared by every turn. */
export interface IntentModel {
  readonly prototypes: readonly Prototype[];
  readonly centroids: ReadonlyMap<Intent, Centroid>;
  readonly idf: ReadonlyMap<string, number>;
  readonly maxIdf: number;
  readonly speller: Speller;
  readonly denseWeight: number;
  /** Softmax temperature fitted by leave-one-out on the training examples. */
  readonly temperature: number;
}

/** Share of the best neighbour vs. the class centroid in an intent's raw score. */
const NEIGHBOUR_WEIGHT = 0.6;
const TEMPERATURES = [0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.13, 0.16, 0.2, 0.3];

/**
 * Nearest neighbour + centroid classifier over TF-IDF lexical features (and optionally dense vectors).
 * Scores become probabilities with a softmax whose temperature is fitted on leave-one-out
 * predictions over the training set, so `confidence` reads as "how often this is right".
 */
export function trainIntentModel(
  examples: readonly TrainingExample[],
  options: IntentModelOptions = {},
): IntentModel {
  const vocabulary = new Set(examples.flatMap((e) => words(e.text)));
  const speller = new Speller(vocabulary);
  const raws = examples.map((e) => rawFeatures(e.text, speller));
  const df = new Map<string, number>();
  for (const r of raws) for (const f of r.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [f, n] of df) idf.set(f, Math.log((1 + examples.length) / (1 + n)) + 1);
  const maxIdf = Math.log(1 + examples.length) + 1;

  const prototypes: Prototype[] = examples.map((e, i) => ({
    intent: e.intent,
    vector: weigh(raws[i] ?? new Map(), idf, maxIdf),
    dense: options.vectors?.[i],
  }));
  const centroids = new Map<Intent, Centroid>();
  for (const p of prototypes) {
    const c = centroids.get(p.intent) ?? { sum: new Map(), norm2: 0, denseSum: undefined, denseNorm2: 0 };
    for (const [f, w] of p.vector) c.sum.set(f, (c.sum.get(f) ?? 0) + w);
    if (p.dense) {
      c.denseSum ??= new Float32Array(p.dense.length);
      for (let i = 0; i < p.dense.length; i++) c.denseSum[i] = (c.denseSum[i] ?? 0) + (p.dense[i] ?? 0);
    }
    centroids.set(p.intent, c);
  }
  for (const c of centroids.values()) {
    c.norm2 = [...c.sum.values()].reduce((s, w) => s + w * w, 0);
    c.denseNorm2 = c.denseSum ? denseCosine(c.denseSum, c.denseSum) : 0;
  }

  const base = {
    prototypes,
    centroids,
    idf,
    maxIdf,
    speller,
    denseWeight: options.vectors ? (options.denseWeight ?? 0.3) : 0,
  };
  const loo = prototypes.map((p, i) => ({ scores: rawScores(base, p.vector, p.dense, i), truth: p.intent }));
  let temperature = TEMPERATURES[0] ?? 0.05;
  let bestLoss = Infinity;
  for (const t of TEMPERATURES) {
    let loss = 0;
    for (const { scores, truth } of loo) {
      const probs = softmax(scores, t);
      loss -= Math.log(Math.max(probs.get(truth) ?? 0, 1e-9));
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      temperature = t;
    }
  }
  return { ...base, temperature };
}

/** Vectorises a text with the model's vocabulary, idf and spelling correction. */
export function featurize(
  model: Pick<IntentModel, 'idf' | 'maxIdf' | 'speller'>,
  text: string,
): SparseVector {
  return weigh(rawFeatures(text, model.speller), model.idf, model.maxIdf);
}

/** Every known intent with a calibrated probability, best first. */
export function classifyIntent(model: IntentModel, text: string, dense?: Float32Array): IntentScore[] {
  const probs = softmax(rawScores(model, featurize(model, text), dense, -1), model.temperature);
  return [...probs]
    .map(([intent, confidence]) => ({ intent, confidence }))
    .sort((a, b) => b.confidence - a.confidence);
}

/** Per-intent similarity: best neighbour blended with the centroid; `exclude` leaves one example out. */
function rawScores(
  model: Omit<IntentModel, 'temperature'>,
  query: SparseVector,
  dense: Float32Array | undefined,
  exclude: number,
): Map<Intent, number> {
  const best = new Map<Intent, number>();
  const bestDense = new Map<Intent, number>();
  const useDense = model.denseWeight > 0 && dense !== undefined;
  model.prototypes.forEach((p, i) => {
    if (i === exclude) return;
    const s = cosine(query, p.vector);
    if (s > (best.get(p.intent) ?? -1)) best.set(p.intent, s);
    if (useDense && p.dense) {
      const d = denseCosine(dense, p.dense);
      if (d > (bestDense.get(p.intent) ?? -1)) bestDense.set(p.intent, d);
    }
  });
  const excluded = model.prototypes[exclude];
  const out = new Map<Intent, number>();
  for (const [intent, c] of model.centroids) {
    let dot = cosine(query, c.sum);
    let norm2 = c.norm2;
    if (excluded && excluded.intent === intent) {
      // Centroid without the left-out example: (sum − v)·q and ‖sum − v‖².
      dot -= cosine(query, excluded.vector);
      norm2 = norm2 - 2 * cosine(c.sum, excluded.vector) + 1;
    }
    const centroidSim = norm2 > 1e-9 ? dot / Math.sqrt(norm2) : 0;
    let score = NEIGHBOUR_WEIGHT * (best.get(intent) ?? 0) + (1 - NEIGHBOUR_WEIGHT) * centroidSim;
    if (useDense && c.denseSum) {
      let ddot = denseCosine(dense, c.denseSum);
      let dnorm2 = c.denseNorm2;
      if (excluded?.dense && excluded.intent === intent) {
        ddot -= denseCosine(dense, excluded.dense);
        dnorm2 = dnorm2 - 2 * denseCosine(c.denseSum, excluded.dense) + 1;
      }
      const denseScore =
        NEIGHBOUR_WEIGHT * (bestDense.get(intent) ?? 0) +
        (1 - NEIGHBOUR_WEIGHT) * (dnorm2 > 1e-9 ? ddot / Math.sqrt(dnorm2) : 0);
      score = (1 - model.denseWeight) * score + model.denseWeight * denseScore;
    }
    out.set(intent, score);
  }
  return out;
}

function softmax(scores: ReadonlyMap<Intent, number>, temperature: number): Map<Intent, number> {
  const max = Math.max(...scores.values());
  const exps = new Map<Intent, number>();
  let total = 0;
  for (const intent of INTENTS) {
    const s = scores.get(intent);
    if (s === undefined) continue;
    const e = Math.exp((s - max) / temperature);
    exps.set(intent, e);
    total += e;
  }
  for (const [intent, e] of exps) exps.set(intent, e / total);
  return exps;
}
