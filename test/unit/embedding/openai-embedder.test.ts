import { describe, expect, it } from 'vitest';
import { OpenAiEmbedder } from '../../../common/embedding/openai-embedder.js';
import { AppError, BackendUnavailableError } from '../../../common/errors.js';

interface Call {
  input: string[];
  model: string;
  dimensions?: number;
}

/** A fake `/embeddings` endpoint: answers with `status` codes from the queue first, then with vectors. */
function fakeEndpoint(dimensions: number, failures: number[] = []) {
  const calls: Call[] = [];
  const fetchImpl = async (_url: unknown, init?: { body?: unknown }): Promise<Response> => {
    const body = JSON.parse(String(init?.body)) as Call;
    calls.push(body);
    const failure = failures.shift();
    if (failure !== undefined) {
      return new Response(JSON.stringify({ error: { message: 'boom' } }), {
        status: failure,
        headers: { 'content-type': 'application/json', 'retry-after-ms': '1' },
      });
    }
    // Answer out of order: the adapter must place vectors by index.
    const data = body.input
      .map((text, index) => ({
        object: 'embedding',
        index,
        embedding: Array.from({ length: dimensions }, (_, d) => text.length + d),
      }))
      .reverse();
    return new Response(
      JSON.stringify({
        object: 'list',
        data,
        model: body.model,
        usage: { prompt_tokens: 1, total_tokens: 1 },
      }),
      {
        status: 200,
        headers: { 'content-type': 'application/json' },
      },
    );
  };
  return { calls, fetch: fetchImpl as typeof fetch };
}

describe('OpenAiEmbedder', () => {
  it('batches, cuts long inputs, replaces empty ones and normalises in input order', async () => {
    const endpoint = fakeEndpoint(1536);
    const embedder = await OpenAiEmbedder.create({
      apiKey: 'k',
      fetch: endpoint.fetch,
      batchSize: 2,
      maxInputChars: 5,
    });
    expect(embedder.id).toBe('openai:text-embedding-3-small:1536');
    const vectors = await embedder.embed(['a', 'bbbbbbbbbb', '']);
    expect(endpoint.calls.map((c) => c.input)).toEqual([['a', 'bbbbb'], [' ']]);
    expect(vectors).toHaveLength(3);
    const norm = Math.hypot(...vectors[1]!);
    expect(norm).toBeCloseTo(1, 5);
    expect(vectors[0]![0]).not.toBe(vectors[1]![0]);
  });

  it('probes an unknown model for its dimensions and passes requested dimensions', async () => {
    const endpoint = fakeEndpoint(384);
    const embedder = await OpenAiEmbedder.create({ apiKey: 'k', fetch: endpoint.fetch, model: 'bge-small' });
    expect(embedder.dimensions).toBe(384);
    expect(endpoint.calls).toHaveLength(1);
    const shortened = await OpenAiEmbedder.create({
      apiKey: 'k',
      fetch: fakeEndpoint(256).fetch,
      dimensions: 256,
    });
    expect(shortened.id).toBe('openai:text-embedding-3-small:256');
  });

  it('retries 5xx and 429 with backoff, then succeeds', async () => {
    const endpoint = fakeEndpoint(1536, [503, 429]);
    const embedder = await OpenAiEmbedder.create({ apiKey: 'k', fetch: endpoint.fetch });
    await expect(embedder.embed(['x'])).resolves.toHaveLength(1);
    expect(endpoint.calls).toHaveLength(3);
  });

  it('gives up with a retryable BackendUnavailableError, and a non-retryable error on 400', async () => {
    const down = await OpenAiEmbedder.create({
      apiKey: 'k',
      fetch: fakeEndpoint(1536, [500, 500]).fetch,
      maxRetries: 1,
    });
    await expect(down.embed(['x'])).rejects.toBeInstanceOf(BackendUnavailableError);
    const refused = await OpenAiEmbedder.create({ apiKey: 'k', fetch: fakeEndpoint(1536, [400]).fetch });
    const error = await refused.embed(['x']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('embedder_rejected');
    expect((error as AppError).retryable).toBe(false);
  });

  it('rejects vectors of the wrong size', async () => {
    const embedder = await OpenAiEmbedder.create({ apiKey: 'k', fetch: fakeEndpoint(10).fetch });
    await expect(embedder.embed(['x'])).rejects.toThrow(/no 1536-d vector/);
  });
});
