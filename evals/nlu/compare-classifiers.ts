/**
 * The intent classifier measured on the training set only, by 4-fold cross-validation — never on the
 * blind held-out sets — and timed:
 *
 *   npx tsx evals/nlu/compare-classifiers.ts [--glove DATA_DIR]
 *
 * Two fold schemes: round-robin per intent (as `npm run eval:nlu` reports) and grouped (near-duplicates
 * in one fold, `groupedFolds`), which measures phrasings the model has not seen. For each: the
 * classifier alone (`classifyIntent`'s best intent) and the whole NLU (`analyse`: rules, catalog words
 * of the demo store, then the classifier), per language, with out-of-scope recall and escalation
 * recall (human_agent and complaint). Then the model's training time (as a process trains it at
 * start-up, calibration included) and the classifier's scoring cost per message (median over the
 * training set). With `--glove DATA_DIR` the examples and messages also get GloVe sentence vectors, as
 * the sidecar's default embedder gives them (the cache is built there on first use). Prints markdown
 * for docs/nlu.md.
 */
import os from 'node:os';
import { GloveSifEmbedder } from '../../common/embedding/glove-sif-embedder.js';
import { groupedFolds } from '../../sidecar/nlu/evaluation.js';
import { classifyIntent, trainIntentModel } from '../../sidecar/nlu/intent-classifier.js';
import { loadTrainingSet } from '../../sidecar/nlu/training-set.js';
import type { Intent, LabeledUtterance } from '../../sidecar/nlu/types.js';
import { analyse, buildNluModel, dictionaries } from '../../sidecar/nlu/understand.js';
import { demoCatalog } from './demo-catalog.js';

const FOLDS = 4;
const ESCALATION = new Set<Intent>(['human_agent', 'complaint']);

const gloveAt = process.argv.indexOf('--glove');
const utterances = loadTrainingSet();
const spelling = await dictionaries();
const { lexicon, categories } = demoCatalog();
const embedder = gloveAt > 0 ? await GloveSifEmbedder.open(process.argv[gloveAt + 1] ?? '.') : undefined;
const vectors = embedder ? await embedder.embed(utterances.map((u) => u.text)) : undefined;

type Predict = (u: LabeledUtterance, i: number) => Intent;
/** Trains on the utterances outside a fold (given their indexes) and returns its predictor. */
type Train = (train: readonly number[]) => Predict;

const classifierAlone: Train = (train) => {
  const model = trainIntentModel(
    train.map((i) => utterances[i]!),
    { ...spelling, ...(vectors ? { vectors: train.map((i) => vectors[i]!) } : {}) },
  );
  return (u, i) => classifyIntent(model, u.text, vectors?.[i])[0]!.intent;
};
const wholeNlu: Train = (train) => {
  const model = buildNluModel({
    examples: train.map((i) => utterances[i]!),
    lexicon,
    categories,
    now: () => new Date('2026-11-23T12:00:00Z'),
    ...spelling,
    ...(vectors ? { vectors: train.map((i) => vectors[i]!) } : {}),
  });
  return (u, i) => analyse(model, u.text, {}, vectors?.[i]).intent;
};

function crossValidate(fold: readonly number[], trainer: Train): string[] {
  const tally = (filter: (u: LabeledUtterance) => boolean) => ({ filter, right: 0, total: 0 });
  const cells = [
    tally((u) => u.lang === 'en'),
    tally((u) => u.lang === 'fr'),
    tally((u) => u.intent === 'out_of_scope'),
    tally((u) => ESCALATION.has(u.intent)),
  ];
  for (let k = 0; k < FOLDS; k++) {
    const predict = trainer(utterances.flatMap((_, i) => (fold[i] === k ? [] : [i])));
    utterances.forEach((u, i) => {
      if (fold[i] !== k) return;
      const right = predict(u, i) === u.intent;
      for (const c of cells)
        if (c.filter(u)) {
          c.total++;
          if (right) c.right++;
        }
    });
  }
  return cells.map((c) => `${((100 * c.right) / c.total).toFixed(1)} % (${c.right}/${c.total})`);
}

const seen = new Map<Intent, number>();
const roundRobin = utterances.map((u) => {
  const n = seen.get(u.intent) ?? 0;
  seen.set(u.intent, n + 1);
  return n % FOLDS;
});
const grouped = groupedFolds(utterances, FOLDS);

console.log(
  `${utterances.length} training utterances; ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}${embedder ? `; GloVe vectors (${embedder.id})` : '; lexical only'}\n`,
);
console.log('| folds | reading | EN | FR | out of scope | escalation |');
console.log('|---|---|---|---|---|---|');
for (const [name, fold] of [
  ['round-robin', roundRobin],
  ['grouped', grouped],
] as const) {
  console.log(`| ${name} | classifier alone | ${crossValidate(fold, classifierAlone).join(' | ')} |`);
  console.log(`| ${name} | whole NLU | ${crossValidate(fold, wholeNlu).join(' | ')} |`);
}

// A fresh process trains once at start-up (no fold above trained on the whole set): time it, then
// the scoring per message.
const started = process.hrtime.bigint();
const trainCpu = process.cpuUsage();
const model = trainIntentModel(utterances, { ...spelling, ...(vectors ? { vectors } : {}) });
const trainMs = Number(process.hrtime.bigint() - started) / 1e6;
const trainUsage = process.cpuUsage(trainCpu);
const trainCpuMs = (trainUsage.user + trainUsage.system) / 1e3;
for (const u of utterances) classifyIntent(model, u.text);
// Wall time per call (its median resists this shared machine's pauses) and CPU time per call (the
// process's user + system time over all calls: what issue #17's per-turn CPU budget counts).
const cpuBefore = process.cpuUsage();
const micros = utterances.map((u, i) => {
  const t = process.hrtime.bigint();
  classifyIntent(model, u.text, vectors?.[i]);
  return Number(process.hrtime.bigint() - t) / 1e3;
});
const cpu = process.cpuUsage(cpuBefore);
micros.sort((a, b) => a - b);
const at = (q: number) => micros[Math.min(micros.length - 1, Math.floor(q * micros.length))]!.toFixed(0);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(
  `\nTraining (calibration included): ${trainMs.toFixed(0)} ms wall, ${trainCpuMs.toFixed(0)} ms CPU. classifyIntent per message: median ${at(0.5)} µs, p90 ${at(0.9)} µs wall; ${((cpu.user + cpu.system) / micros.length).toFixed(0)} µs CPU (mean over ${micros.length} messages). Load after: ${load()}.`,
);
