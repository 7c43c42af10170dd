/**
 * `npm run eval:nlu`: trains on the train split of sidecar/nlu/training/utterances.jsonl, measures the
 * held-out split (accuracy overall and per language, per-intent precision/recall, confusion, entity
 * accuracy, latency with a 1,200-product lexicon) and writes the results block into docs/nlu.md.
 * `npm run eval:nlu -- --glove` also measures the classifier blended with the GloVe SIF embedder
 * (cache in DATA_DIR, built on first use).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { z } from 'zod';
import { loadConfig } from '../common/config/config.js';
import { GloveSifEmbedder } from '../common/embedding/glove-sif-embedder.js';
import { buildNluModel, analyse, LOW_CONFIDENCE_THRESHOLD } from '../sidecar/nlu/understand.js';
import { loadLabeledUtterances, TRAINING_SET } from '../sidecar/nlu/training-set.js';
import {
  accuracyByLanguage,
  crossValidate,
  evaluateEntities,
  evaluateIntents,
  reliability,
  syntheticLexicon,
  type LanguageAccuracy,
} from '../sidecar/nlu/evaluation.js';
import { LANGUAGES } from '../sidecar/nlu/language.js';
import type { AttributeVocabulary, CatalogEntry } from '../sidecar/nlu/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtureSchema = z.object({
  products: z.array(z.object({ sku: z.string(), name: z.string(), aliases: z.array(z.string()).optional() })),
  attributes: z.record(
    z.string(),
    z.array(z.object({ value: z.string(), label: z.string(), synonyms: z.array(z.string()).optional() })),
  ),
});

const utterances = loadLabeledUtterances(TRAINING_SET);
const fixture = fixtureSchema.parse(
  JSON.parse(readFileSync(`${root}test/fixtures/nlu/catalog.json`, 'utf8')),
);
const train = utterances.filter((u) => u.split === 'train');
const test = utterances.filter((u) => u.split === 'test');
const now = () => new Date('2026-11-23T12:00:00Z');
const model = buildNluModel({
  examples: train,
  lexicon: fixture.products,
  attributes: fixture.attributes as AttributeVocabulary,
  now,
});

const intents = evaluateIntents(model, test);
const entities = evaluateEntities(model, utterances);
const cv = crossValidate(utterances, (examples) =>
  buildNluModel({
    examples,
    lexicon: fixture.products,
    attributes: fixture.attributes as AttributeVocabulary,
    now,
  }),
);

// Latency with a store-sized lexicon: 1,200 products, indexes built once.
const lexicon: CatalogEntry[] = [...fixture.products, ...syntheticLexicon(1200 - fixture.products.length)];
const big = buildNluModel({
  examples: train,
  lexicon,
  attributes: fixture.attributes as AttributeVocabulary,
  now,
});
const texts = test.map((u) => u.text);
for (const t of texts) analyse(big, t);
const rounds = 20;
const start = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const t of texts) analyse(big, t);
const perMessageMs = Number(process.hrtime.bigint() - start) / 1e6 / (rounds * texts.length);

const percent = (x: number): string => `${(x * 100).toFixed(1)} %`;
/** "EN 83.6 % (102/122), FR 78.1 % (89/114)". */
const perLanguage = (accuracies: readonly LanguageAccuracy[]): string =>
  accuracies
    .map((a) => `${a.lang.toUpperCase()} ${percent(a.accuracy)} (${a.correct}/${a.total})`)
    .join(', ');

/** Held-out accuracy with the GloVe SIF embedder blended in at several weights. */
async function gloveLines(): Promise<string[]> {
  const embedder = await GloveSifEmbedder.open(loadConfig().dataDir);
  const vectors = await embedder.embed(train.map((u) => u.text));
  const testVectors = await embedder.embed(test.map((u) => u.text));
  const out = [`- With the GloVe SIF embedder (\`${embedder.id}\`) blended into the classifier:`];
  for (const denseWeight of [0.1, 0.2, 0.3, 0.5]) {
    const m = buildNluModel({ examples: train, vectors, denseWeight, lexicon: fixture.products, now });
    const results = test.map((u, i) => ({
      lang: u.lang,
      correct: analyse(m, u.text, {}, testVectors[i]).intent === u.intent,
    }));
    out.push(`  - dense weight ${denseWeight}: ${perLanguage(accuracyByLanguage(results))}`);
  }
  return out;
}
const glove = process.argv.includes('--glove') ? await gloveLines() : [];

const date = new Date().toISOString().slice(0, 10);
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown cpu'}), Node ${process.version}`;
const lines: string[] = [];
lines.push(`Measured ${date} on ${machine} with \`npm run eval:nlu\`.`, '');
const languages = LANGUAGES.flatMap((lang) => {
  const own = utterances.filter((u) => u.lang === lang);
  return own.length === 0
    ? []
    : [`${lang.toUpperCase()} ${own.length} (${own.filter((u) => u.split === 'test').length} held out)`];
});
lines.push(
  `- Labeled set: ${utterances.length} utterances (${languages.join(', ')}), ${train.length} train / ${test.length} held-out test, ${new Set(utterances.map((u) => u.intent)).size} intents.`,
);
lines.push(
  `- **Held-out intent accuracy: ${perLanguage(intents.byLanguage)}**; both languages ${percent(intents.accuracy)} (${intents.correct}/${test.length}).`,
);
lines.push(
  `- 4-fold cross-validation over all ${utterances.length} utterances: ${perLanguage(cv.byLanguage)}; both ${percent(cv.accuracy)} (folds round-robin per intent).`,
);
lines.push(
  `- Below the low-confidence threshold (${LOW_CONFIDENCE_THRESHOLD}): ${intents.lowConfidence} of ${test.length} test messages; accuracy on the rest ${(intents.accuracyAboveThreshold * 100).toFixed(1)} %.`,
);
lines.push(
  `- Mean confidence when right ${intents.meanConfidenceRight.toFixed(2)}, when wrong ${intents.meanConfidenceWrong.toFixed(2)}.`,
);
const entitiesByLanguage = LANGUAGES.map((lang) => {
  const e = evaluateEntities(
    model,
    utterances.filter((u) => u.lang === lang),
  );
  return `${lang.toUpperCase()} ${e.correct}/${e.total}`;
});
lines.push(
  `- Entity accuracy on labeled entities (all ${utterances.length} utterances): ${entities.correct}/${entities.total} = ${percent(entities.correct / Math.max(entities.total, 1))} (${entitiesByLanguage.join(', ')}).`,
);
lines.push(...glove);
lines.push(
  `- \`analyse()\` latency with a 1,200-product lexicon: ${perMessageMs.toFixed(3)} ms per message (mean over ${rounds * texts.length} calls).`,
  '',
);
lines.push('| intent | precision | recall | support |', '|---|---|---|---|');
for (const r of intents.perIntent) {
  lines.push(
    `| ${r.intent} | ${r.precision === null ? '–' : r.precision.toFixed(2)} | ${r.recall.toFixed(2)} | ${r.support} |`,
  );
}
lines.push(
  '',
  'Calibration (4-fold cross-validation predictions): confidence bucket → how often the intent was right.',
  '',
);
lines.push('| confidence | messages | accuracy |', '|---|---|---|');
for (const b of reliability(cv.predictions)) {
  lines.push(
    `| ${b.from.toFixed(2)}–${b.to.toFixed(2)} | ${b.count} | ${b.accuracy === null ? '–' : `${(b.accuracy * 100).toFixed(0)} %`} |`,
  );
}
lines.push('', 'Entity accuracy by kind:', '', '| entity | correct | labeled |', '|---|---|---|');
for (const [kind, v] of Object.entries(entities.byKind))
  lines.push(`| ${kind} | ${v.correct} | ${v.total} |`);
lines.push('', 'Confusions on the held-out split:', '');
if (intents.confusions.length === 0) lines.push('none');
else lines.push('| lang | expected | predicted | count | example |', '|---|---|---|---|---|');
for (const c of intents.confusions)
  lines.push(
    `| ${c.lang} | ${c.expected} | ${c.predicted} | ${c.count} | ${c.example.replace(/\|/g, '\\|')} |`,
  );
if (entities.misses.length > 0) {
  lines.push('', 'Entity misses:', '');
  for (const m of entities.misses) lines.push(`- ${m}`);
}
const block = lines.join('\n');
console.log(block);

const docPath = `${root}docs/nlu.md`;
const BEGIN = '<!-- eval:nlu:begin -->';
const END = '<!-- eval:nlu:end -->';
if (existsSync(docPath)) {
  const doc = readFileSync(docPath, 'utf8');
  const from = doc.indexOf(BEGIN);
  const to = doc.indexOf(END);
  if (from >= 0 && to > from) {
    // Formatted the way `npm run check` expects, so a fresh eval never fails the prettier check.
    const updated = `${doc.slice(0, from + BEGIN.length)}\n${block}\n${doc.slice(to)}`;
    const options = (await prettier.resolveConfig(docPath)) ?? {};
    writeFileSync(docPath, await prettier.format(updated, { ...options, filepath: docPath }));
    console.log(`\nwrote results into ${docPath}`);
  }
}
