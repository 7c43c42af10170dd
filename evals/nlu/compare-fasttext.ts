/**
 * fastText's supervised mode against the NLU's own classifier, each alone (no rules, no catalog
 * words), trained on the training set (sidecar/nlu/training/) and scored on the held-out set. fastText is
 * not a dependency of the project: install it for this measurement only, then run
 *
 *   npm install --no-save fasttext.wasm.js && npx tsx evals/nlu/compare-fasttext.ts
 *
 * fastText's settings are its usual ones for short texts (subwords 2–5, word bigrams, 50 epochs), not
 * tuned on the held-out sets. Prints a table for docs/nlu.md.
 */
import { fileURLToPath } from 'node:url';
import { words } from '../../common/language/tokenizer.js';
import { classifyIntent, trainIntentModel } from '../../sidecar/nlu/intent-classifier.js';
import { loadHeldOut, type HeldOutUtterance } from '../../sidecar/nlu/held-out.js';
import { loadTrainingSet } from '../../sidecar/nlu/training-set.js';

interface FastTextPrediction {
  size(): number;
  get(i: number): [number, string];
}
interface FastTextModel {
  predict(text: string, k: number, threshold: number): FastTextPrediction;
}
interface FastTextModule {
  getFastTextClass(options: { getFastTextModule: unknown }): Promise<
    new () => {
      trainSupervised(
        url: string,
        args: Record<string, unknown>,
        callback: () => void,
      ): Promise<FastTextModel>;
    }
  >;
  getFastTextModule: unknown;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const name = 'fasttext.wasm.js';
const fastText = (await import(name).catch(() => undefined)) as FastTextModule | undefined;
if (!fastText) {
  console.log(`${name} is not installed: npm install --no-save ${name}`);
  process.exit(0);
}

const training = loadTrainingSet();
/** The NLU's tokens (folded, French clitics split), long digit runs masked as the classifier does. */
const prep = (text: string) =>
  words(text)
    .map((w) => (/^\d{5,}$/.test(w) ? '<number>' : w))
    .join(' ');
const body = training.map((u) => `__label__${u.intent} ${prep(u.text)}`).join('\n');
const FastText = await fastText.getFastTextClass({ getFastTextModule: fastText.getFastTextModule });
const started = process.hrtime.bigint();
const ft = await new FastText().trainSupervised(
  `data:text/plain;base64,${Buffer.from(body).toString('base64')}`,
  { epoch: 50, lr: 0.5, wordNgrams: 2, minn: 2, maxn: 5, dim: 50, loss: 'softmax', verbose: 0 },
  () => {},
);
const trainMs = Number(process.hrtime.bigint() - started) / 1e6;
const own = trainIntentModel(training, {});

const score = (set: readonly HeldOutUtterance[], predict: (text: string) => string | undefined) => {
  const right = set.filter((u) => predict(u.text) === u.intent).length;
  return `${((100 * right) / set.length).toFixed(1)} % (${right}/${set.length})`;
};
const fastTextIntent = (text: string) => {
  const p = ft.predict(prep(text), 1, 0);
  return p.size() > 0 ? p.get(0)[1].replace('__label__', '') : undefined;
};
const ownIntent = (text: string) => classifyIntent(own, text)[0]?.intent;

console.log(`fastText trained on ${training.length} utterances in ${trainMs.toFixed(0)} ms.\n`);
console.log('| set | language | NLU classifier alone | fastText supervised alone |');
console.log('|---|---|---|---|');
for (const file of ['held-out-fifth.jsonl']) {
  const set = loadHeldOut(`${root}evals/nlu/${file}`);
  for (const lang of ['en', 'fr']) {
    const part = set.filter((u) => u.lang === lang);
    console.log(`| ${file} | ${lang} | ${score(part, ownIntent)} | ${score(part, fastTextIntent)} |`);
  }
}
