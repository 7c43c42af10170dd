import { INTENTS, type Intent, type IntentScore } from './types.js';
import { Speller, denseCosine, rawFeatures, weigh } from './features.js';
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

/** A vector over the model's feature ids: parallel arrays, ids ascending. */
interface IndexedVector {
  ids: Int32Array;
  weights: Float64Array;
}

interface Centroid {
  intent: Intent;
  /** Sum of the class's unit vectors, dense over feature ids. */
  sum: Float64Array;
  norm2: number;
  denseSum: Float32Array | undefined;
  denseNorm2: number;
}

/** A trained classifier: immutable, built once, shared by every turn. */
export interface IntentModel {
  readonly featureIds: ReadonlyMap<string, number>;
  readonly idf: ReadonlyMap<string, number>;
  readonly maxIdf: number;
  readonly speller: Speller;
  /** Intent of each training example. */
  readonly labels: readonly Intent[];
  readonly vectors: readonly IndexedVector[];
  /** Inverted index: feature id → (example, weight) pairs, for nearest-neighbour scoring. */
  readonly postings: ReadonlyArray<{ examples: Int32Array; weights: Float64Array }>;
  readonly centroids: readonly Centroid[];
  readonly dense: readonly (Float32Array | undefined)[];
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
  const featureIds = new Map<string, number>();
  for (const [f, n] of df) {
    idf.set(f, Math.log((1 + examples.length) / (1 + n)) + 1);
    featureIds.set(f, featureIds.size);
  }
  const maxIdf = Math.log(1 + examples.length) + 1;
  const vectors = raws.map((r) => toIndexed(weigh(r, idf, maxIdf), featureIds));

  const postingLists: Array<{ examples: number[]; weights: number[] }> = Array.from(
    { length: featureIds.size },
    () => ({
      examples: [],
      weights: [],
    }),
  );
  vectors.forEach((v, i) => {
    v.ids.forEach((id, k) => {
      postingLists[id]?.examples.push(i);
      postingLists[id]?.weights.push(v.weights[k] ?? 0);
    });
  });
  const postings = postingLists.map((p) => ({
    examples: Int32Array.from(p.examples),
    weights: Float64Array.from(p.weights),
  }));

  const centroids: Centroid[] = [];
  for (const intent of INTENTS) {
    const members = examples.flatMap((e, i) => (e.intent === intent ? [i] : []));
    if (members.length === 0) continue;
    const sum = new Float64Array(featureIds.size);
    let denseSum: Float32Array | undefined;
    for (const i of members) {
      const v = vectors[i];
      if (v) v.ids.forEach((id, k) => (sum[id] = (sum[id] ?? 0) + (v.weights[k] ?? 0)));
      const d = options.vectors?.[i];
      if (d) {
        denseSum ??= new Float32Array(d.length);
        for (let j = 0; j < d.length; j++) denseSum[j] = (denseSum[j] ?? 0) + (d[j] ?? 0);
      }
    }
    const norm2 = sum.reduce((s, w) => s + w * w, 0);
    centroids.push({
      intent,
      sum,
      norm2,
      denseSum,
      denseNorm2: denseSum ? denseCosine(denseSum, denseSum) : 0,
    });
  }

  const base = {
    featureIds,
    idf,
    maxIdf,
    speller,
    labels: examples.map((e) => e.intent),
    vectors,
    postings,
    centroids,
    dense: examples.map((_, i) => options.vectors?.[i]),
    denseWeight: options.vectors ? (options.denseWeight ?? 0.3) : 0,
  };
  const loo = vectors.map((v, i) => ({
    scores: rawScores(base, v, base.dense[i], i),
    truth: base.labels[i],
  }));
  let temperature = TEMPERATURES[0] ?? 0.05;
  let bestLoss = Infinity;
  for (const t of TEMPERATURES) {
    let loss = 0;
    for (const { scores, truth } of loo) {
      const probs = softmax(scores, t);
      loss -= Math.log(Math.max((truth && probs.get(truth)) || 0, 1e-9));
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      temperature = t;
    }
  }
  return { ...base, temperature };
}

function toIndexed(v: ReadonlyMap<string, number>, featureIds: ReadonlyMap<string, number>): IndexedVector {
  const pairs: Array<[number, number]> = [];
  for (const [f, w] of v) {
    const id = featureIds.get(f);
    if (id !== undefined) pairs.push([id, w]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(pairs, (p) => p[0]), weights: Float64Array.from(pairs, (p) => p[1]) };
}

/** Every known intent with a calibrated probability, best first. */
export function classifyIntent(model: IntentModel, text: string, dense?: Float32Array): IntentScore[] {
  const query = toIndexed(weigh(rawFeatures(text, model.speller), model.idf, model.maxIdf), model.featureIds);
  const probs = softmax(rawScores(model, query, dense, -1), model.temperature);
  return [...probs]
    .map(([intent, confidence]) => ({ intent, confidence }))
    .sort((a, b) => b.confidence - a.confidence);
}

function dotDense(v: IndexedVector, dense: Float64Array): number {
  let s = 0;
  for (let k = 0; k < v.ids.length; k++) s += (v.weights[k] ?? 0) * (dense[v.ids[k] ?? 0] ?? 0);
  return s;
}

/** Per-intent similarity: best neighbour blended with the centroid; `exclude` leaves one example out. */
function rawScores(
  model: Omit<IntentModel, 'temperature'>,
  query: IndexedVector,
  dense: Float32Array | undefined,
  exclude: number,
): Map<Intent, number> {
  const sims = new Float64Array(model.labels.length);
  for (let k = 0; k < query.ids.length; k++) {
    const posting = model.postings[query.ids[k] ?? 0];
    const w = query.weights[k] ?? 0;
    if (!posting) continue;
    for (let j = 0; j < posting.examples.length; j++) {
      const e = posting.examples[j] ?? 0;
      sims[e] = (sims[e] ?? 0) + w * (posting.weights[j] ?? 0);
    }
  }
  const useDense = model.denseWeight > 0 && dense !== undefined;
  const best = new Map<Intent, number>();
  const bestDense = new Map<Intent, number>();
  model.labels.forEach((intent, i) => {
    if (i === exclude) return;
    const s = sims[i] ?? 0;
    if (s > (best.get(intent) ?? -1)) best.set(intent, s);
    const d = model.dense[i];
    if (useDense && d) {
      const ds = denseCosine(dense, d);
      if (ds > (bestDense.get(intent) ?? -1)) bestDense.set(intent, ds);
    }
  });

  const excludedVector = model.vectors[exclude];
  const excludedIntent = model.labels[exclude];
  const excludedDense = model.dense[exclude];
  const out = new Map<Intent, number>();
  for (const c of model.centroids) {
    let dot = dotDense(query, c.sum);
    let norm2 = c.norm2;
    const leaveOut = excludedVector !== undefined && excludedIntent === c.intent;
    if (leaveOut) {
      // Centroid without the left-out example: (sum − v)·q and ‖sum − v‖² (v is a unit vector).
      dot -= sims[exclude] ?? 0;
      norm2 = norm2 - 2 * dotDense(excludedVector, c.sum) + 1;
    }
    const centroidSim = norm2 > 1e-9 ? dot / Math.sqrt(norm2) : 0;
    let score = NEIGHBOUR_WEIGHT * (best.get(c.intent) ?? 0) + (1 - NEIGHBOUR_WEIGHT) * centroidSim;
    if (useDense && c.denseSum) {
      let ddot = denseCosine(dense, c.denseSum);
      let dnorm2 = c.denseNorm2;
      if (leaveOut && excludedDense) {
        ddot -= denseCosine(dense, excludedDense);
        dnorm2 = dnorm2 - 2 * denseCosine(c.denseSum, excludedDense) + 1;
      }
      const denseScore =
        NEIGHBOUR_WEIGHT * (bestDense.get(c.intent) ?? 0) +
        (1 - NEIGHBOUR_WEIGHT) * (dnorm2 > 1e-9 ? ddot / Math.sqrt(dnorm2) : 0);
      score = (1 - model.denseWeight) * score + model.denseWeight * denseScore;
    }
    out.set(c.intent, score);
  }
  return out;
}

function softmax(scores: ReadonlyMap<Intent, number>, temperature: number): Map<Intent, number> {
  const max = Math.max(...scores.values());
  const exps = new Map<Intent, number>();
  let total = 0;
  for (const [intent, s] of scores) {
    const e = Math.exp((s - max) / temperature);
    exps.set(intent, e);
    total += e;
  }
  for (const [intent, e] of exps) exps.set(intent, e / total);
  return exps;
}
