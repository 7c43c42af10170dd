import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGloveCache, readGloveCache } from '../../../common/embedding/glove-cache.js';
import { GloveSifEmbedder, gloveCachePath } from '../../../common/embedding/glove-sif-embedder.js';
import { dot } from '../../../common/embedding/vector-math.js';
import { writeTinyGloveSource } from './glove-fixture.js';

let dir: string;
let source: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verity-glove-'));
  source = await writeTinyGloveSource(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('GloVe binary cache', () => {
  it('keeps only words the tokenizer can produce, in frequency order, with their ranks', async () => {
    const out = path.join(dir, 'cache.bin');
    const { words } = await buildGloveCache({ sourcePath: source, outPath: out });
    expect(words).toBe(9);
    const cache = await readGloveCache(out);
    expect(cache.index.has(',')).toBe(false);
    expect(cache.index.has('u.s.')).toBe(false);
    expect(cache.index.get('bag')).toBe(2);
    expect(cache.ranks[cache.index.get('bag')!]).toBe(3);
    expect(cache.sourceVocabularySize).toBe(12);
    const row = cache.index.get('mug')!;
    const dequantised = [0, 1, 2, 3].map((d) => cache.vectors[row * 4 + d]! * cache.scales[row]!);
    dequantised.forEach((v, d) => expect(v).toBeCloseTo([0, 0.05, 0.9, 0.2][d]!, 2));
  });

  it('caps the vocabulary and refuses a file that is not a cache', async () => {
    const out = path.join(dir, 'small.bin');
    expect((await buildGloveCache({ sourcePath: source, outPath: out, maxWords: 3 })).words).toBe(3);
    const bogus = path.join(dir, 'bogus.bin');
    await writeFile(bogus, 'not a cache');
    await expect(readGloveCache(bogus)).rejects.toThrow(/delete it to rebuild/);
  });

  it('rejects a malformed source naming the field', async () => {
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ dimensions: 4, size: 1, words: 'x', vectors: {} }));
    await expect(buildGloveCache({ sourcePath: bad, outPath: path.join(dir, 'x.bin') })).rejects.toThrow(
      /words/,
    );
  });
});

describe('GloveSifEmbedder', () => {
  let embedder: GloveSifEmbedder;
  beforeAll(async () => {
    const dataDir = path.join(dir, 'data');
    embedder = await GloveSifEmbedder.open(dataDir, { sourcePath: source });
    expect((await stat(gloveCachePath(dataDir))).size).toBeGreaterThan(0);
  });

  it('builds the cache lazily and names itself by its checksum', async () => {
    const cache = await readGloveCache(gloveCachePath(path.join(dir, 'data')));
    expect(embedder.id).toBe(`glove-sif-4d@${cache.checksum.slice(0, 12)}`);
    expect(embedder.dimensions).toBe(4);
  });

  it('is deterministic and unit length', async () => {
    const [a, b] = await embedder.embed(['Travel luggage for the bike', 'Travel luggage for the bike']);
    expect(Array.from(a!)).toEqual(Array.from(b!));
    expect(dot(a!, a!)).toBeCloseTo(1, 5);
  });

  it('puts synonyms close and unrelated words apart, through plurals and punctuation', async () => {
    const [query, bags, mugs] = await embedder.embed(['Suitcases!', 'the bags, for luggage', 'coffee mugs']);
    expect(dot(query!, bags!)).toBeGreaterThan(0.9);
    expect(dot(query!, mugs!)).toBeLessThan(0.3);
  });

  it('gives an unknown word a stable vector of its own', async () => {
    const [a, b, c] = await embedder.embed(['zentro', 'Zentro', 'kazumi']);
    expect(dot(a!, b!)).toBeCloseTo(1, 5);
    expect(Math.abs(dot(a!, c!))).toBeLessThan(0.99);
  });

  it('removes a fitted common component and records it in the id', async () => {
    const corpus = ['bag for the bike', 'luggage bag', 'bicycle bag', 'suitcase bag'];
    const u = embedder.fitCommonComponent(corpus);
    expect(dot(u, u)).toBeCloseTo(1, 5);
    const withPc = embedder.withCommonComponent(u);
    expect(withPc.id).toMatch(new RegExp(`^${embedder.id}-pc[0-9a-f]{8}$`));
    const [v] = await withPc.embed(['luggage bag']);
    expect(Math.abs(dot(v!, u))).toBeLessThan(1e-5);
  });

  it('maps empty text to a fixed unit vector', async () => {
    const [v] = await embedder.embed(['']);
    expect(Array.from(v!)).toEqual([1, 0, 0, 0]);
  });
});
