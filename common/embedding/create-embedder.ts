import type { Config } from '../config/config.js';
import type { Embedder } from './embedder.js';
import { GloveSifEmbedder } from './glove-sif-embedder.js';
import { HashingEmbedder } from './hashing-embedder.js';

/** The embedder chosen by `EMBEDDER` (config validation already guarantees its required settings). */
export async function createEmbedder(
  config: Pick<
    Config,
    | 'EMBEDDER'
    | 'dataDir'
    | 'OPENAI_API_KEY'
    | 'OPENAI_BASE_URL'
    | 'OPENAI_EMBEDDING_MODEL'
    | 'TRANSFORMERS_MODEL_DIR'
  >,
): Promise<Embedder> {
  switch (config.EMBEDDER) {
    case 'glove':
      return GloveSifEmbedder.open(config.dataDir);
    case 'openai':
      // Loaded only when chosen (the openai package).
      return (await import('./openai-embedder.js')).OpenAiEmbedder.create({
        apiKey: config.OPENAI_API_KEY ?? '',
        baseURL: config.OPENAI_BASE_URL,
        model: config.OPENAI_EMBEDDING_MODEL,
      });
    case 'transformers':
      return (await import('./transformers-embedder.js')).TransformersEmbedder.create({
        modelDir: config.TRANSFORMERS_MODEL_DIR ?? '',
      });
    case 'hashing':
      return new HashingEmbedder();
  }
}
