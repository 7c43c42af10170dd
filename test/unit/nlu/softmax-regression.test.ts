import { describe, expect, it } from 'vitest';
import {
  score,
  softmaxInPlace,
  trainSoftmaxRegression,
  type SparseRow,
} from '../../../sidecar/nlu/softmax-regression.js';

const row = (ids: number[], values = ids.map(() => 1)): SparseRow => ({
  ids: Int32Array.from(ids),
  values: Float64Array.from(values),
});

/** Three classes, each told by its own feature (0, 1, 2); feature 3 is on every row and tells nothing. */
const rows = [row([0, 3]), row([0, 3]), row([1, 3]), row([1, 3]), row([2, 3]), row([2, 3])];
const labels = Int32Array.from([0, 0, 1, 1, 2, 2]);

function probabilities(model: ReturnType<typeof trainSoftmaxRegression>, r: SparseRow): Float64Array {
  return softmaxInPlace(score(model.weights, model.bias, model.classes, r, new Float64Array(model.classes)));
}

describe('softmax regression', () => {
  it('learns which feature tells each class, and not the one every class has', () => {
    const model = trainSoftmaxRegression(rows, labels, 3, 4);
    for (const [feature, truth] of [
      [0, 0],
      [1, 1],
      [2, 2],
    ] as const) {
      const p = probabilities(model, row([feature, 3]));
      expect(p.indexOf(Math.max(...p))).toBe(truth);
      expect(p[truth]).toBeGreaterThan(0.8);
    }
    // The shared feature alone leaves the classes about even.
    const shared = probabilities(model, row([3]));
    expect(Math.max(...shared) - Math.min(...shared)).toBeLessThan(0.2);
  });

  it('trains the same weights from the same seed, and other ones from another', () => {
    const a = trainSoftmaxRegression(rows, labels, 3, 4, { seed: 7 });
    const b = trainSoftmaxRegression(rows, labels, 3, 4, { seed: 7 });
    const c = trainSoftmaxRegression(rows, labels, 3, 4, { seed: 8 });
    expect([...a.weights]).toEqual([...b.weights]);
    expect([...a.weights]).not.toEqual([...c.weights]);
  });

  it('shrinks weights harder with a stronger L2', () => {
    const size = (l2: number) =>
      trainSoftmaxRegression(rows, labels, 3, 4, { l2 }).weights.reduce((s, w) => s + w * w, 0);
    expect(size(0.1)).toBeLessThan(size(0));
  });

  it('turns logits into probabilities that sum to one, flatter at a higher temperature', () => {
    const sharp = softmaxInPlace(Float64Array.from([2, 1, 0]));
    const flat = softmaxInPlace(Float64Array.from([2, 1, 0]), 3);
    expect(sharp.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(flat.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(flat[0]).toBeLessThan(sharp[0]!);
    // Large logits do not overflow.
    expect(softmaxInPlace(Float64Array.from([1000, 0]))[0]).toBeCloseTo(1, 12);
  });
});
