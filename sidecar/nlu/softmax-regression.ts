/**
 * Multinomial logistic regression (softmax regression) over sparse rows, trained by AdaGrad with L2.
 *
 * Why not a library: the npm ones (ml-logistic-regression) are dense one-vs-rest with batch gradient
 * descent, which over ~40k sparse features and 27 classes costs seconds per epoch; this trainer touches
 * only a row's non-zero features, so an epoch over the training set is a few tens of milliseconds.
 * AdaGrad gives rare features (a French word seen twice) large steps and frequent ones small steps,
 * which suits short texts; L2 is applied to the weights a row touches ("lazy" L2), the usual sparse
 * approximation. Deterministic: the visiting order comes from a seeded generator.
 */

/** One example: feature ids (any order, no repeats) and their values. */
export interface SparseRow {
  readonly ids: Int32Array;
  readonly values: Float64Array;
}

export interface SoftmaxRegressionOptions {
  /** Passes over the rows. @default 10 */
  epochs?: number;
  /** AdaGrad's base step. @default 0.2 */
  learningRate?: number;
  /** L2 strength per update of a weight. @default 1e-5 */
  l2?: number;
  /**
   * A class whose gradient on a row is smaller than this (in absolute value) is not updated for that
   * row. Once a row is learned most classes have probability ~0 on it; skipping them makes an epoch
   * several times cheaper, and spares rare features AdaGrad's full-size first step on a gradient that
   * is only noise. @default 0.01
   */
  minGradient?: number;
  /** Seed of the visiting order. @default 1 */
  seed?: number;
}

/** A trained model: `weights[feature * classes + c]`, one bias per class. */
export interface SoftmaxRegression {
  readonly classes: number;
  readonly features: number;
  readonly weights: Float32Array;
  readonly bias: Float64Array;
}

/** mulberry32: a small seeded generator, so training is the same on every run and machine. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains on `rows` with class indexes `labels` (0 … classes − 1). */
export function trainSoftmaxRegression(
  rows: readonly SparseRow[],
  labels: Int32Array,
  classes: number,
  features: number,
  options: SoftmaxRegressionOptions = {},
): SoftmaxRegression {
  const epochs = options.epochs ?? 10;
  const rate = options.learningRate ?? 0.2;
  const l2 = options.l2 ?? 1e-5;
  const skip = options.minGradient ?? 0.01;
  const random = generator(options.seed ?? 1);
  const weights = new Float32Array(features * classes);
  const squares = new Float32Array(features * classes);
  const bias = new Float64Array(classes);
  const biasSquares = new Float64Array(classes);
  const logits = new Float64Array(classes);
  const order = Int32Array.from(rows, (_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    // Fisher–Yates: a fresh order each pass, so no class is always seen last.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let n = 0; n < order.length; n++) {
      const r = order[n]!;
      const row = rows[r]!;
      score(weights, bias, classes, row, logits);
      softmaxInPlace(logits);
      const truth = labels[r]!;
      for (let c = 0; c < classes; c++) {
        const g = logits[c]! - (c === truth ? 1 : 0);
        if (g > -skip && g < skip) continue;
        biasSquares[c]! += g * g;
        bias[c]! -= (rate * g) / Math.sqrt(biasSquares[c]! + 1e-8);
        for (let k = 0; k < row.ids.length; k++) {
          const at = row.ids[k]! * classes + c;
          const w = weights[at]!;
          const grad = g * row.values[k]! + l2 * w;
          if (grad === 0) continue;
          const s = squares[at]! + grad * grad;
          squares[at] = s;
          weights[at] = w - (rate * grad) / Math.sqrt(s);
        }
      }
    }
  }
  return { classes, features, weights, bias };
}

/** The row's logits into `out` (length `classes`): bias plus the sum of its features' weights. */
export function score(
  weights: Float32Array,
  bias: Float64Array,
  classes: number,
  row: SparseRow,
  out: Float64Array,
): Float64Array {
  out.set(bias);
  for (let k = 0; k < row.ids.length; k++) {
    const base = row.ids[k]! * classes;
    const v = row.values[k]!;
    for (let c = 0; c < classes; c++) out[c]! += v * weights[base + c]!;
  }
  return out;
}

/** `logits` become probabilities, in place (shifted by the maximum, so no overflow). */
export function softmaxInPlace(logits: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < logits.length; c++) if (logits[c]! > max) max = logits[c]!;
  let total = 0;
  for (let c = 0; c < logits.length; c++) {
    const e = Math.exp((logits[c]! - max) / temperature);
    logits[c] = e;
    total += e;
  }
  for (let c = 0; c < logits.length; c++) logits[c]! /= total;
  return logits;
}
