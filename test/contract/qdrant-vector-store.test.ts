import { describe, it } from 'vitest';
import { QdrantVectorStore } from '../../common/vector-store/qdrant-vector-store.js';
import { runVectorStoreContract } from './vector-store.contract.js';

// Qdrant cannot run on the CI machines: the contract runs against a real server when QDRANT_URL is set.
const url = process.env.QDRANT_URL;

if (url) {
  runVectorStoreContract('qdrant', {
    create: async () => new QdrantVectorStore({ url, apiKey: process.env.QDRANT_API_KEY }),
  });
} else {
  describe('VectorStore contract: qdrant', () => {
    it.skip('runs when QDRANT_URL points at a Qdrant server', () => {});
  });
}
