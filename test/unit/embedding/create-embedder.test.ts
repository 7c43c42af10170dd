import { describe, expect, it } from 'vitest';
import { createEmbedder } from '../../../common/embedding/create-embedder.js';
import { HashingEmbedder } from '../../../common/embedding/hashing-embedder.js';

const base = {
  dataDir: '/nonexistent',
  OPENAI_API_KEY: undefined,
  OPENAI_BASE_URL: undefined,
  OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small',
  TRANSFORMERS_MODEL_DIR: undefined,
};

describe('createEmbedder', () => {
  it('builds the configured embedder', async () => {
    expect(await createEmbedder({ ...base, EMBEDDER: 'hashing' })).toBeInstanceOf(HashingEmbedder);
    const openai = await createEmbedder({ ...base, EMBEDDER: 'openai', OPENAI_API_KEY: 'k' });
    expect(openai.id).toBe('openai:text-embedding-3-small:1536');
  });

  it('names the missing model directory for transformers', async () => {
    await expect(
      createEmbedder({ ...base, EMBEDDER: 'transformers', TRANSFORMERS_MODEL_DIR: '/nonexistent/model' }),
    ).rejects.toThrow(/TRANSFORMERS_MODEL_DIR .*is not a directory/);
  });
});
