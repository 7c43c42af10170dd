import { describe, expect, it } from 'vitest';
import { createVectorStore } from '../../../common/vector-store/create-vector-store.js';

describe('createVectorStore', () => {
  it('uses Qdrant when QDRANT_URL is set and the embedded index otherwise', () => {
    expect(
      createVectorStore({ QDRANT_URL: 'http://qdrant:6333', QDRANT_API_KEY: undefined, dataDir: '/tmp/x' })
        .kind,
    ).toBe('qdrant');
    expect(
      createVectorStore({ QDRANT_URL: undefined, QDRANT_API_KEY: undefined, dataDir: '/tmp/x' }).kind,
    ).toBe('embedded');
  });
});
