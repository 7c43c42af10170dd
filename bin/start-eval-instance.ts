import { loadConfig } from '../common/config/config.js';
import { EVAL_INSTANCE_SETTINGS, type EvalInstance } from '../evals/eval-command.js';
import { startThrowawayEmbedded } from './start-throwaway-embedded.js';

/** Settings of the shell that reach the in-process eval instance: logging and the optional LLM layer. */
const PASSED_THROUGH = ['LOG_LEVEL', 'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL'] as const;

/**
 * The instance `verity eval` runs against without `--url`: the embedded demo (the store the gold sets
 * were written from) on free ports with a throw-away data directory, a fresh shared secret and no
 * other backend of the shell's (so an eval never writes into a configured database). The word-vector
 * cache is copied from `DATA_DIR`, where `npm start` keeps it.
 */
export async function startEvalInstance(env: NodeJS.ProcessEnv = process.env): Promise<EvalInstance> {
  // The harness sends hundreds of conversations from one address: the eval's own limits, as the tests use.
  const settings: Record<string, string> = { ...EVAL_INSTANCE_SETTINGS };
  for (const key of PASSED_THROUGH) {
    const value = env[key];
    if (value !== undefined && value !== '') settings[key] = value;
  }
  const { running, close } = await startThrowawayEmbedded(settings, {
    gloveCacheFrom: loadConfig(env).dataDir,
  });
  return { url: running.sidecar.url, sharedSecret: running.sidecar.sharedSecret, close };
}
