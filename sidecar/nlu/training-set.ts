import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { ValidationError, formatIssuePath } from '../../common/errors.js';
import { labeledUtteranceSchema, type LabeledUtterance } from './types.js';

/**
 * The labeled training utterances: those written for training (`utterances.jsonl`, and
 * `off-topic-and-escalation.jsonl`: the world's questions in French and English and asking for a person
 * or complaining in many registers), the held-out sets the team had studied (`studied-sets.jsonl`: the
 * first four, retired into training on 2026-12-07 once their failures had been read, written by other
 * people in other registers), and out-of-scope lines sampled from a public corpus
 * (`public-corpus-oos.jsonl`: HWU64, CC BY 4.0, by scripts/derive-public-oos-sample.ts; docs/nlu.md).
 * The NLU is measured on a held-out set nobody tuning it has read (evals/nlu/held-out-fifth.jsonl, see
 * held-out.ts).
 */
export const TRAINING_FILES: readonly string[] = [
  'utterances.jsonl',
  'studied-sets.jsonl',
  'off-topic-and-escalation.jsonl',
  'public-corpus-oos.jsonl',
].map((file) => fileURLToPath(new URL(`./training/${file}`, import.meta.url)));

/** Every labeled training utterance, from all of {@link TRAINING_FILES}. */
export function loadTrainingSet(): LabeledUtterance[] {
  return TRAINING_FILES.flatMap(loadLabeledUtterances);
}

/** Parses a JSONL file of labeled utterances; every line is validated, errors name the line. */
export function parseLabeledUtterances(jsonl: string, source = 'utterances'): LabeledUtterance[] {
  const out: LabeledUtterance[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (cause) {
      throw new ValidationError(`${source}:${i + 1}: not JSON (${(cause as Error).message})`);
    }
    const parsed = labeledUtteranceSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(
        `${source}:${i + 1}: ${issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : 'invalid'}`,
      );
    }
    out.push(parsed.data);
  });
  return out;
}

export function loadLabeledUtterances(path: string): LabeledUtterance[] {
  return parseLabeledUtterances(readFileSync(path, 'utf8'), path);
}
