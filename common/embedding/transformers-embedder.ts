import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.js';
import type { Embedder } from './embedder.js';
import { normalizeInPlace } from './vector-math.js';

/** The part of `@huggingface/transformers` this adapter uses. */
export interface TransformersModule {
  env: { localModelPath: string; allowRemoteModels: boolean; allowLocalModels: boolean };
  pipeline(
    task: 'feature-extraction',
    model: string,
    options?: Record<string, unknown>,
  ): Promise<
    (
      texts: string[],
      options: { pooling: 'mean' | 'cls'; normalize: boolean },
    ) => Promise<{ tolist(): number[][] }>
  >;
}

export interface TransformersEmbedderOptions {
  /** A local model directory in the Hugging Face layout (`config.json`, `tokenizer.json`, `onnx/model.onnx`). */
  modelDir: string;
  /** @default 'mean' */
  pooling?: 'mean' | 'cls';
  /** Texts per forward pass. @default 32 */
  batchSize?: number;
  /** Loads the library; tests replace it. @default dynamic import of `@huggingface/transformers` */
  loadModule?: () => Promise<TransformersModule>;
}

/**
 * A local ONNX sentence-embedding model through transformers.js. The library is an optional
 * dependency (its install downloads onnxruntime binaries), loaded only when this embedder is chosen;
 * remote model downloads are disabled, so it runs only from `modelDir`.
 */
export class TransformersEmbedder implements Embedder {
  readonly id: string;

  private constructor(
    private readonly extract: Awaited<ReturnType<TransformersModule['pipeline']>>,
    readonly dimensions: number,
    modelName: string,
    private readonly pooling: 'mean' | 'cls',
    private readonly batchSize: number,
  ) {
    this.id = `transformers:${modelName}:${pooling}:${dimensions}`;
  }

  static async create(options: TransformersEmbedderOptions): Promise<TransformersEmbedder> {
    const modelDir = path.resolve(options.modelDir);
    const isDir = await stat(modelDir).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) {
      throw new AppError(
        'embedder_unavailable',
        `TRANSFORMERS_MODEL_DIR ${modelDir} is not a directory; point it at a downloaded model (config.json, tokenizer.json, onnx/).`,
      );
    }
    const dimensions = await readHiddenSize(modelDir);
    const module = await (options.loadModule ?? importTransformers)();
    module.env.localModelPath = path.dirname(modelDir);
    module.env.allowLocalModels = true;
    module.env.allowRemoteModels = false;
    const modelName = path.basename(modelDir);
    const extract = await module.pipeline('feature-extraction', modelName, { local_files_only: true });
    return new TransformersEmbedder(
      extract,
      dimensions,
      modelName,
      options.pooling ?? 'mean',
      options.batchSize ?? 32,
    );
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const out: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += this.batchSize) {
      const batch = texts.slice(start, start + this.batchSize);
      const tensor = await this.extract(batch, { pooling: this.pooling, normalize: true });
      for (const row of tensor.tolist()) {
        if (row.length !== this.dimensions) {
          throw new AppError(
            'embedder_bad_response',
            `The model returned ${row.length}-d vectors; its config says ${this.dimensions}.`,
          );
        }
        out.push(normalizeInPlace(Float32Array.from(row)));
      }
    }
    return out;
  }
}

async function readHiddenSize(modelDir: string): Promise<number> {
  const configPath = path.join(modelDir, 'config.json');
  let config: unknown;
  try {
    config = JSON.parse(await readFile(configPath, 'utf8'));
  } catch (cause) {
    throw new AppError(
      'embedder_unavailable',
      `${configPath} is missing or not JSON: the model directory is incomplete.`,
      { cause },
    );
  }
  const size =
    (config as { hidden_size?: unknown; d_model?: unknown }).hidden_size ??
    (config as { d_model?: unknown }).d_model;
  if (typeof size !== 'number' || !Number.isInteger(size) || size <= 0) {
    throw new AppError(
      'embedder_unavailable',
      `${configPath} has no hidden_size: cannot tell the embedding dimensions.`,
    );
  }
  return size;
}

async function importTransformers(): Promise<TransformersModule> {
  // A variable specifier keeps TypeScript and bundlers from requiring the optional package.
  const specifier = '@huggingface/transformers';
  try {
    return (await import(specifier)) as TransformersModule;
  } catch (cause) {
    throw new AppError(
      'embedder_unavailable',
      'EMBEDDER=transformers needs the optional package @huggingface/transformers (npm install @huggingface/transformers on a machine that can download onnxruntime).',
      { cause },
    );
  }
}
