/**
 * `npm run build:embeddings`: converts the installed GloVe word vectors into the compact binary
 * cache in the data directory, so the first search does not pay the ~10 s conversion.
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../common/config/config.js';
import { buildGloveCache } from '../common/embedding/glove-cache.js';
import { GloveSifEmbedder, gloveCachePath } from '../common/embedding/glove-sif-embedder.js';

const config = loadConfig();
const outPath = gloveCachePath(config.dataDir);
const started = performance.now();
const { words, bytes } = await buildGloveCache({ outPath });
const built = performance.now();
const embedder = await GloveSifEmbedder.open(config.dataDir);
const loaded = performance.now();
console.log(
  `${outPath}: ${words} words, ${(bytes / 1e6).toFixed(1)} MB, built in ${((built - started) / 1000).toFixed(1)} s, ` +
    `opens in ${(loaded - built).toFixed(0)} ms; embedder id ${embedder.id}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
