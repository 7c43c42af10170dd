import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TransformersEmbedder,
  type TransformersModule,
} from '../../../common/embedding/transformers-embedder.js';

let dir: string;
let modelDir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verity-transformers-'));
  modelDir = path.join(dir, 'all-MiniLM-L6-v2');
  await mkdir(modelDir);
  await writeFile(path.join(modelDir, 'config.json'), JSON.stringify({ hidden_size: 3 }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const packageInstalled = (() => {
  try {
    createRequire(import.meta.url).resolve('@huggingface/transformers');
    return true;
  } catch {
    return false;
  }
})();

describe('TransformersEmbedder', () => {
  it('names the missing model directory', async () => {
    await expect(TransformersEmbedder.create({ modelDir: path.join(dir, 'nope') })).rejects.toThrow(
      /TRANSFORMERS_MODEL_DIR .*nope is not a directory/,
    );
  });

  it('names a model directory without config.json', async () => {
    const empty = path.join(dir, 'empty');
    await mkdir(empty, { recursive: true });
    await expect(TransformersEmbedder.create({ modelDir: empty })).rejects.toThrow(/config.json is missing/);
  });

  it.skipIf(packageInstalled)(
    'explains how to get the optional package when it is not installed',
    async () => {
      await expect(TransformersEmbedder.create({ modelDir })).rejects.toThrow(
        /needs the optional package @huggingface\/transformers/,
      );
    },
  );

  it('loads the local model offline and returns normalised mean-pooled vectors in batches', async () => {
    const requests: { model: string; options: unknown; batches: string[][] } = {
      model: '',
      options: null,
      batches: [],
    };
    const module: TransformersModule = {
      env: { localModelPath: '', allowRemoteModels: true, allowLocalModels: false },
      async pipeline(_task, model, options) {
        requests.model = model;
        requests.options = options;
        return async (texts) => {
          requests.batches.push(texts);
          return { tolist: () => texts.map((t) => [t.length, 0, 0]) };
        };
      },
    };
    const embedder = await TransformersEmbedder.create({
      modelDir,
      batchSize: 2,
      loadModule: async () => module,
    });
    expect(module.env).toEqual({ localModelPath: dir, allowRemoteModels: false, allowLocalModels: true });
    expect(requests).toMatchObject({ model: 'all-MiniLM-L6-v2', options: { local_files_only: true } });
    expect(embedder.id).toBe('transformers:all-MiniLM-L6-v2:mean:3');
    const vectors = await embedder.embed(['a', 'bb', 'ccc']);
    expect(requests.batches).toEqual([['a', 'bb'], ['ccc']]);
    expect(vectors.map((v) => Array.from(v))).toEqual([
      [1, 0, 0],
      [1, 0, 0],
      [1, 0, 0],
    ]);
  });
});
