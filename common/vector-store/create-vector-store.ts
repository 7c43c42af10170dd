import path from 'node:path';
import type { Config } from '../config/config.js';
import { EmbeddedVectorStore } from './embedded-vector-store.js';
import { QdrantVectorStore } from './qdrant-vector-store.js';
import type { VectorStore } from './vector-store.js';

/** Qdrant when `QDRANT_URL` is set, otherwise the embedded index in `<DATA_DIR>/search-index`. */
export function createVectorStore(
  config: Pick<Config, 'QDRANT_URL' | 'QDRANT_API_KEY' | 'dataDir'>,
): VectorStore {
  if (config.QDRANT_URL)
    return new QdrantVectorStore({ url: config.QDRANT_URL, apiKey: config.QDRANT_API_KEY });
  return new EmbeddedVectorStore({ directory: path.join(config.dataDir, 'search-index') });
}
