import OpenAI from 'openai';
import { AppError, BackendUnavailableError } from '../errors.js';
import type { Embedder } from './embedder.js';
import { normalizeInPlace } from './vector-math.js';

/** Native output size of OpenAI's embedding models; other models are probed once. */
const KNOWN_DIMENSIONS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};

export interface OpenAiEmbedderOptions {
  apiKey: string;
  /** An OpenAI-compatible endpoint (Azure, vLLM, Ollama, LiteLLM…). @default OpenAI */
  baseURL?: string;
  /** @default 'text-embedding-3-small' */
  model?: string;
  /** Requested output size (text-embedding-3 models can shorten); unset: the model's own size. */
  dimensions?: number;
  /** Texts per request (OpenAI accepts up to 2048). @default 256 */
  batchSize?: number;
  /**
   * Characters kept per text: OpenAI rejects inputs over 8,191 tokens; ~4 characters per token
   * leaves a margin for text that tokenizes densely. @default 24000
   */
  maxInputChars?: number;
  /** Retries on 408/409/429/5xx and connection errors, with exponential backoff (the SDK's). @default 3 */
  maxRetries?: number;
  /** Per-request timeout in ms. @default 30000 */
  timeoutMs?: number;
  /** Replaces the HTTP transport (tests). */
  fetch?: typeof fetch;
}

/** Embeddings from an OpenAI-compatible `/embeddings` endpoint: batched, retried, inputs cut to the model's limit. */
export class OpenAiEmbedder implements Embedder {
  readonly id: string;

  private constructor(
    private readonly client: OpenAI,
    private readonly model: string,
    readonly dimensions: number,
    private readonly requestDimensions: number | undefined,
    private readonly batchSize: number,
    private readonly maxInputChars: number,
  ) {
    this.id = `openai:${model}:${dimensions}`;
  }

  /** Creates the embedder; for a model of unknown size, one probe request learns its dimensions. */
  static async create(options: OpenAiEmbedderOptions): Promise<OpenAiEmbedder> {
    const client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      maxRetries: options.maxRetries ?? 3,
      timeout: options.timeoutMs ?? 30_000,
      fetch: options.fetch,
    });
    const model = options.model ?? 'text-embedding-3-small';
    const batchSize = options.batchSize ?? 256;
    const maxInputChars = options.maxInputChars ?? 24_000;
    let dimensions = options.dimensions ?? KNOWN_DIMENSIONS[model];
    if (dimensions === undefined) {
      const probe = new OpenAiEmbedder(client, model, 0, undefined, 1, maxInputChars);
      const [vector] = await probe.request(['dimension probe']);
      dimensions = vector!.length;
    }
    return new OpenAiEmbedder(client, model, dimensions, options.dimensions, batchSize, maxInputChars);
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const out: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += this.batchSize) {
      out.push(...(await this.request(texts.slice(start, start + this.batchSize))));
    }
    return out;
  }

  private async request(texts: readonly string[]): Promise<Float32Array[]> {
    // The API rejects empty strings; a single space embeds as "nothing" without failing the batch.
    const input = texts.map((t) => (t.trim() === '' ? ' ' : t.slice(0, this.maxInputChars)));
    let response: OpenAI.Embeddings.CreateEmbeddingResponse;
    try {
      response = await this.client.embeddings.create({
        model: this.model,
        input,
        encoding_format: 'float',
        ...(this.requestDimensions === undefined ? {} : { dimensions: this.requestDimensions }),
      });
    } catch (error) {
      if (
        error instanceof OpenAI.APIError &&
        error.status !== undefined &&
        error.status < 500 &&
        error.status !== 429
      ) {
        throw new AppError(
          'embedder_rejected',
          `Embedding endpoint refused the request (${error.status}): ${error.message}`,
          {
            cause: error,
            details: { model: this.model },
          },
        );
      }
      throw new BackendUnavailableError(
        'embeddings',
        `Embedding endpoint unavailable: ${(error as Error).message}`,
        error,
      );
    }
    const vectors = new Array<Float32Array>(input.length);
    for (const item of response.data)
      vectors[item.index] = normalizeInPlace(Float32Array.from(item.embedding));
    for (let i = 0; i < vectors.length; i++) {
      const v = vectors[i];
      if (!v || (this.dimensions !== 0 && v.length !== this.dimensions)) {
        throw new AppError(
          'embedder_bad_response',
          `Embedding endpoint returned no ${this.dimensions}-d vector for input ${i}.`,
          {
            details: { model: this.model, got: v?.length ?? null },
          },
        );
      }
    }
    return vectors;
  }
}
