import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GloveSifEmbedder } from '../../../common/embedding/glove-sif-embedder.js';
import { dot } from '../../../common/embedding/vector-math.js';

// Builds the real 100k-word cache from the installed package (~9 s, ~570 MB peak): cheap
// enough to run on every CI build, and the only check that the shipped vectors carry meaning.
let dir: string;
let embedder: GloveSifEmbedder;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verity-glove-real-'));
  embedder = await GloveSifEmbedder.open(dir);
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('GloveSifEmbedder on the shipped word vectors', () => {
  it('ranks the related product above unrelated ones', async () => {
    const [query, ...docs] = await embedder.embed([
      'suitcase for travel',
      'Carry-on luggage with spinner wheels',
      'Ceramic coffee mug',
      'Wireless gaming mouse',
    ]);
    const scores = docs.map((d) => dot(query!, d));
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(scores[0]).toBeGreaterThan(scores[2]!);
    expect(embedder.id).toMatch(/^glove-sif-100d@[0-9a-f]{12}$/);
    expect(embedder.dimensions).toBe(100);
  });
});
