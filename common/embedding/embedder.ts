/**
 * Turns texts into dense vectors. Adapters: GloVe word vectors (offline default), OpenAI-compatible,
 * transformers.js (local ONNX), hashing (tests that do not judge quality).
 */
export interface Embedder {
  /** Stable identity of model + configuration, recorded in the collection it builds, e.g. `glove-sif-100d@<checksum>`. */
  readonly id: string;
  readonly dimensions: number;
  /** One L2-normalised vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}
